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
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, ' ');
}

const FOLD_SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th' };

/** Lower case without accents, for matching: "Köhler" → "kohler", "Straße" → "strasse". */
export function fold(text: string): string {
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

function isWordChar(code: number, ch: string): boolean {
  // ASCII fast path, then any letter or digit.
  if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  return code > 127 && /[\p{L}\p{N}]/u.test(ch);
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
      } else if (c === '.' && i + 1 < n && /[a-z]/i.test(cleaned[i + 1]!) && /[a-z]/i.test(cleaned[i - 1]!)) {
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
  return { text, folded: fold(text), tokens: tokenize(text) };
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
 * Finds many multi-word phrases in a token list in one pass: phrases are indexed by their first
 * word, so the cost is the number of tokens times the few phrases sharing a first word.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  private readonly unsorted = new Set<string>();

  constructor(entries: Iterable<readonly [phrase: string, value: T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): this {
    const words = phraseWords(phrase);
    if (!words.length) return this;
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    this.byFirst.set(words[0]!, list);
    this.unsorted.add(words[0]!);
    return this;
  }

  /** Every match, longest phrase first at each position; overlapping matches are all reported. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseHit<T>[] {
    if (this.unsorted.size) {
      // Longest first, so the most specific phrase wins at a position; sorted once, not per add.
      for (const first of this.unsorted) this.byFirst.get(first)!.sort((a, b) => b.words.length - a.words.length);
      this.unsorted.clear();
    }
    const hits: PhraseHit<T>[] = [];
    for (let i = from; i < to; i += 1) {
      const candidates = this.byFirst.get(tokens[i]!.text);
      if (!candidates) continue;
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
    return hits;
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
