/**
 * Text handling shared by every scorer signal: bounded, normalised, tokenised once per message.
 * Everything here runs in linear time in the length of the text: no backtracking patterns.
 */

/** A message body is analysed up to this many characters: the head and the tail (footers live there). */
export const HEAD_CHARS = 32_000;
export const TAIL_CHARS = 8_000;

/** Keeps the head and the tail of a very long text, so analysis cost stays bounded. */
export function boundText(text: string): string {
  if (text.length <= HEAD_CHARS + TAIL_CHARS) return text;
  return `${text.slice(0, HEAD_CHARS)}\n…\n${text.slice(text.length - TAIL_CHARS)}`;
}

// Invisible characters that hide words from matching: zero-width, joiners, soft hyphen, BOM, bidi controls.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// Controls other than tab and newline.
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const MARKS = /\p{M}+/gu;

/** Unicode-normalised text without invisible or control characters, case kept. */
export function clean(text: string): string {
  // ASCII is already NFKC and holds no invisible characters: only controls may need replacing.
  if (isAscii(text)) return text.replace(CONTROL, ' ');
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, ' ');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 127) return false;
  return true;
}

const FOLD_SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th' };

/** Lower case without accents, for matching: "Köhler" → "kohler", "Straße" → "strasse". */
export function fold(text: string): string {
  // Plain ASCII has no accents to strip: lower case is all folding does, at a fraction of the cost.
  if (isAscii(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[ßæœøđłıþ]/g, (c) => FOLD_SPECIAL[c] ?? c);
}

export interface Token {
  /** Folded word: lower case, no accents. */
  text: string;
  /** Offsets of the word in the cleaned text. */
  start: number;
  end: number;
  /** The word as written (cleaned, case kept). */
  raw: string;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(code: number, ch: string): boolean {
  // ASCII fast path, then any letter or digit.
  if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  return code > 127 && WORD_CHAR.test(ch);
}

/**
 * Splits text into words. Inside a word, "." joins letters ("node.js", "next.js"), and a word may end
 * in "+" or "#" ("c++", "c#"). Hyphens, slashes and apostrophes split ("full-stack" → full, stack;
 * "A/B" → a, b), the same way for the text and for every phrase matched against it.
 */
export function tokenize(cleaned: string): Token[] {
  const tokens: Token[] = [];
  const n = cleaned.length;
  let i = 0;
  while (i < n) {
    const ch = cleaned[i]!;
    if (!isWordChar(ch.charCodeAt(0), ch)) {
      i += 1;
      continue;
    }
    const start = i;
    i += 1;
    while (i < n) {
      const c = cleaned[i]!;
      const code = c.charCodeAt(0);
      if (isWordChar(code, c)) {
        i += 1;
      } else if (c === '.' && i + 1 < n && isAsciiLetter(cleaned.charCodeAt(i + 1)) && isAsciiLetter(cleaned.charCodeAt(i - 1))) {
        i += 1;
      } else break;
    }
    while (i < n && (cleaned[i] === '+' || cleaned[i] === '#') && i - start < 30) i += 1;
    const raw = cleaned.slice(start, i);
    tokens.push({ text: fold(raw), start, end: i, raw });
  }
  return tokens;
}

/** A message's text, prepared once for every signal. */
export interface Analysed {
  /** Bounded and cleaned text, case kept. */
  text: string;
  /** Folded copy of `text`: same length is not guaranteed, use tokens for positions. */
  folded: string;
  tokens: Token[];
}

export function analyse(raw: string): Analysed {
  const text = clean(boundText(raw));
  const tokens = tokenize(text);
  let folded: string | undefined;
  // Folded lazily: few signals read it, and folding a whole body costs as much as tokenising it.
  return {
    text,
    get folded(): string {
      folded ??= fold(text);
      return folded;
    },
    tokens,
  };
}

/** Words of a phrase, tokenised exactly as message text is. */
export function phraseWords(phrase: string): string[] {
  return tokenize(clean(phrase)).map((t) => t.text);
}

export interface PhraseHit<T> {
  value: T;
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
}

/**
 * Where each word of a token list occurs, found in one pass and shared by every PhraseIndex that
 * reads the same list: an index then visits only the positions of its own first words, instead of
 * every index looking up every token.
 */
interface TokenScan {
  version: number;
  length: number;
  /** Positions of each word, ascending. */
  words: Map<string, number[]>;
  /** Positions, ascending, of the first words of each large (registered) index, by index id. */
  owners: Map<number, number[]>;
}

/** First word → ids of the large indexes that hold a phrase starting with it. */
const firstWordOwners = new Map<string, number[]>();
/** Bumped whenever firstWordOwners changes, so scans made before are redone. */
let ownersVersion = 0;
let nextIndexId = 0;
const scans = new WeakMap<readonly Token[], TokenScan>();
/** Ranges shorter than this are searched directly: a scan would cost more than it saves. */
const SCAN_MIN_TOKENS = 24;
/**
 * Indexes with more first words than this register them; smaller ones look their few words up. A
 * registered index stays in the registry for good: fine for word lists and the few per-profile ones.
 */
const REGISTER_FIRST_WORDS = 4;

function scanOf(tokens: readonly Token[]): TokenScan {
  const cached = scans.get(tokens);
  if (cached && cached.version === ownersVersion && cached.length === tokens.length) return cached;
  const words = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i += 1) {
    const text = tokens[i]!.text;
    const list = words.get(text);
    if (list) list.push(i);
    else words.set(text, [i]);
  }
  const owners = new Map<number, number[]>();
  for (const [word, positions] of words) {
    const ids = firstWordOwners.get(word);
    if (!ids) continue;
    for (const id of ids) {
      const list = owners.get(id);
      if (list) for (const p of positions) list.push(p);
      else owners.set(id, positions.slice());
    }
  }
  // Positions from several words interleave: ascending order keeps hits in text order.
  for (const list of owners.values()) list.sort((a, b) => a - b);
  const scan = { version: ownersVersion, length: tokens.length, words, owners };
  scans.set(tokens, scan);
  return scan;
}

const NO_POSITIONS: readonly number[] = [];

/**
 * Finds many multi-word phrases in a token list in one pass: phrases are indexed by their first
 * word, so the cost is the number of tokens times the few phrases sharing a first word. On long
 * lists the tokens are scanned once for every index (see TokenScan).
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  private readonly unsorted = new Set<string>();
  private readonly id = nextIndexId++;
  private registered = false;

  constructor(entries: Iterable<readonly [phrase: string, value: T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): this {
    const words = phraseWords(phrase);
    if (!words.length) return this;
    const first = words[0]!;
    const list = this.byFirst.get(first);
    if (list) list.push({ words, value });
    else {
      this.byFirst.set(first, [{ words, value }]);
      if (this.registered) this.register(first);
      else if (this.byFirst.size > REGISTER_FIRST_WORDS) {
        this.registered = true;
        for (const word of this.byFirst.keys()) this.register(word);
      }
    }
    this.unsorted.add(first);
    return this;
  }

  private register(word: string): void {
    const ids = firstWordOwners.get(word);
    if (ids) ids.push(this.id);
    else firstWordOwners.set(word, [this.id]);
    ownersVersion += 1;
  }

  /** Positions in [from, to) where one of this index's first words stands, ascending. */
  private positions(tokens: readonly Token[], from: number, to: number): readonly number[] | null {
    if (to - from < SCAN_MIN_TOKENS) return null;
    const scan = scanOf(tokens);
    if (this.registered) return scan.owners.get(this.id) ?? NO_POSITIONS;
    let out: number[] | null = null;
    let lists = 0;
    for (const word of this.byFirst.keys()) {
      const at = scan.words.get(word);
      if (!at) continue;
      out = lists === 0 ? at.slice() : out!.concat(at);
      lists += 1;
    }
    if (!out) return NO_POSITIONS;
    if (lists > 1) out.sort((a, b) => a - b);
    return out;
  }

  /** Every match, longest phrase first at each position; overlapping matches are all reported. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseHit<T>[] {
    if (this.unsorted.size) {
      // Longest first, so the most specific phrase wins at a position; sorted once, not per add.
      for (const first of this.unsorted) this.byFirst.get(first)!.sort((a, b) => b.words.length - a.words.length);
      this.unsorted.clear();
    }
    const hits: PhraseHit<T>[] = [];
    const positions = this.positions(tokens, from, to);
    if (positions) {
      for (const i of positions) if (i >= from && i < to) this.matchAt(tokens, i, to, hits);
    } else {
      for (let i = from; i < to; i += 1) this.matchAt(tokens, i, to, hits);
    }
    return hits;
  }

  private matchAt(tokens: readonly Token[], i: number, to: number, hits: PhraseHit<T>[]): void {
    const candidates = this.byFirst.get(tokens[i]!.text);
    if (!candidates) return;
    for (const { words, value } of candidates) {
      if (i + words.length > to) continue;
      let ok = true;
      for (let k = 1; k < words.length; k += 1) {
        if (tokens[i + k]!.text !== words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) hits.push({ value, from: i, to: i + words.length });
    }
  }

  has(tokens: readonly Token[]): boolean {
    return this.findAll(tokens).length > 0;
  }

  get size(): number {
    let n = 0;
    for (const list of this.byFirst.values()) n += list.length;
    return n;
  }
}

/** The words of `tokens` from `from` to `to`, as written. */
export function spanText(analysed: Analysed, from: number, to: number): string {
  if (from >= to) return '';
  return analysed.text.slice(analysed.tokens[from]!.start, analysed.tokens[to - 1]!.end);
}
