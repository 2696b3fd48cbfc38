/**
 * Near-duplicate fingerprints of message bodies: a 64-bit SimHash over shingles of three folded
 * words. One template sent by several recruiters with only the names changed, or the same
 * follow-up sent again, lands within NEAR_DUPLICATE_DISTANCE bits; unrelated messages land far
 * outside (about 32 bits apart, like two random numbers).
 *
 * Names must not count, so the words hashed leave out numbers (any word opening with a digit:
 * dates, salaries, phone numbers, "80k"), words capitalised inside a sentence (names, companies;
 * "Helen Marsh" opening a signature line too) and address parts (domains, e-mail addresses, URL
 * paths). When that would leave too little (an all-capitals shout, a line of German nouns), every
 * word but numbers counts.
 *
 * Linear in the number of tokens, 32-bit integer arithmetic only (Math.imul), no BigInt.
 */
import type { Analysed, Token } from '../text';

/** 16 lower-case hex digits: the high 32 bits, then the low 32 bits. */
export type Fingerprint = string;

/** The fingerprint of a text with no words to hash. Never a near duplicate of anything. */
export const EMPTY_FINGERPRINT: Fingerprint = '0000000000000000';

/**
 * Most bits two copies of one template may differ by. Calibrated in tests/core/scoring/fingerprint.test.ts
 * on 150-word templates refilled with other greeting, recruiter, agency and signature (0 to 2 bits
 * apart), the same with one sentence added, dropped or reworded (3 to 9 bits), and unrelated
 * recruiter messages of the same length (24 bits apart at the closest, 32 on average).
 * Bands of 5 or 6 bits follow from it (see bands()).
 */
export const NEAR_DUPLICATE_DISTANCE = 10;

/** Below this many words, whole words are hashed instead of three-word shingles. */
const MIN_SHINGLE_TOKENS = 5;
const SHINGLE = 3;
/** Name-like words are left out only when at least this many others (and a quarter of all) remain. */
const MIN_PLAIN_TOKENS = 3;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function isNumber(text: string): boolean {
  // Folded digits are ASCII after NFKC; "2026", "80k" and "21st" all start with one.
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

function isCapitalised(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = raw[0] ?? '';
  return first !== first.toLowerCase();
}

/** True when the text between two words ends a sentence or a line, so a capital there is ordinary. */
function startsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    // . ! ? : ; newline, and the Spanish inverted marks.
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 10 || c === 0xbf || c === 0xa1) return true;
  }
  return false;
}

/** A word that is part of an address: holds a dot (a domain) or touches an "@". */
function isAddressPart(text: string, token: Token): boolean {
  return token.text.includes('.') || text.charCodeAt(token.start - 1) === 64 || text.charCodeAt(token.end) === 64;
}

/** Capitalised inside a sentence: a name or a company ("I" excepted; "O'Neill" gives "O"). */
function isNameLike(token: Token, opensSentence: boolean): boolean {
  return !opensSentence && token.raw !== 'I' && isCapitalised(token.raw);
}

/** True when nothing but URL punctuation separates two words ("site.com/jobs", "a@b.com"). */
function joined(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) return false;
  }
  return true;
}

/** Two independent 32-bit hashes of a word: FNV-1a and a murmur3-style mix, both finalised. */
function hashWord(word: string, out: Uint32Array, index: number): void {
  let fnv = 0x811c9dc5;
  let mur = 0x9747b28c;
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    fnv = Math.imul(fnv ^ c, 0x01000193);
    let k = Math.imul(c, 0xcc9e2d51);
    k = Math.imul(rotl(k, 15), 0x1b873593);
    mur = (Math.imul(rotl(mur ^ k, 13), 5) + 0xe6546b64) | 0;
  }
  out[index * 2] = fmix32(fnv);
  out[index * 2 + 1] = fmix32(mur ^ word.length);
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/**
 * Which tokens to hash: not numbers, and not name-like words unless too few others remain
 * (an all-capitals shout, a German line of nouns), in which case every word but numbers counts.
 */
function selectTokens(text: string, tokens: readonly Token[]): Token[] {
  const words: Token[] = [];
  const named: boolean[] = [];
  let previousEnd = -1;
  let previousOpensLine = false;
  let previousAddress = false;
  for (const token of tokens) {
    if (!token || typeof token.text !== 'string' || !token.text || isNumber(token.text)) continue;
    const opensSentence = previousEnd < 0 || startsSentence(text, previousEnd, token.start);
    const address: boolean = isAddressPart(text, token) || (previousAddress && joined(text, previousEnd, token.start));
    const isNamed = address || isNameLike(token, opensSentence);
    // "Helen Marsh" or "Senior Consultant" opening a line: the first capital was a name's too.
    if (isNamed && previousOpensLine) named[named.length - 1] = true;
    previousOpensLine = opensSentence && token.raw.length > 1 && isCapitalised(token.raw);
    previousAddress = address;
    words.push(token);
    named.push(isNamed);
    previousEnd = token.end;
  }
  let plain = 0;
  for (const isNamed of named) if (!isNamed) plain += 1;
  if (plain < MIN_PLAIN_TOKENS || plain * 4 < words.length) return words;
  return words.filter((_, i) => !named[i]);
}

/** SimHash of a message body; EMPTY_FINGERPRINT when it holds no word but numbers. */
export function fingerprint(a: Analysed): Fingerprint {
  const tokens = a?.tokens;
  const text = typeof a?.text === 'string' ? a.text : '';
  if (!Array.isArray(tokens) || !tokens.length) return EMPTY_FINGERPRINT;
  const words = selectTokens(text, tokens);
  const n = words.length;
  if (!n) return EMPTY_FINGERPRINT;

  const hashes = new Uint32Array(n * 2);
  for (let i = 0; i < n; i += 1) hashWord(words[i]!.text, hashes, i);

  // Count, for each of the 64 bits, how many features set it. SWAR: lane j of a 32-bit half holds
  // four 8-bit counters (bits j, j+8, j+16, j+24), so a feature costs 16 additions, not 64;
  // lanes are flushed into the full counters before any 8-bit counter can overflow.
  const counts = new Uint32Array(64);
  const lanes = new Int32Array(16);
  let pending = 0;
  let total = 0;
  const flush = (): void => {
    for (let j = 0; j < 8; j += 1) {
      const lo = lanes[j]!;
      const hi = lanes[8 + j]!;
      for (let b = 0; b < 4; b += 1) {
        counts[b * 8 + j]! += (lo >>> (b * 8)) & 0xff;
        counts[32 + b * 8 + j]! += (hi >>> (b * 8)) & 0xff;
      }
    }
    lanes.fill(0);
    pending = 0;
  };
  const add = (hi: number, lo: number): void => {
    for (let j = 0; j < 8; j += 1) {
      lanes[j]! += (lo >>> j) & 0x01010101;
      lanes[8 + j]! += (hi >>> j) & 0x01010101;
    }
    total += 1;
    pending += 1;
    if (pending === 255) flush();
  };
  if (n < MIN_SHINGLE_TOKENS) {
    for (let i = 0; i < n; i += 1) add(hashes[i * 2]!, hashes[i * 2 + 1]!);
  } else {
    for (let i = 0; i + SHINGLE <= n; i += 1) {
      const a0 = hashes[i * 2]!;
      const a1 = hashes[i * 2 + 2]!;
      const a2 = hashes[i * 2 + 4]!;
      const b0 = hashes[i * 2 + 1]!;
      const b1 = hashes[i * 2 + 3]!;
      const b2 = hashes[i * 2 + 5]!;
      // Rotations and odd multipliers keep word order in the shingle: "a b c" differs from "c b a".
      add(
        fmix32(Math.imul(a0, 0x9e3779b1) + Math.imul(rotl(a1, 11), 0x85ebca77) + rotl(a2, 22)),
        fmix32(Math.imul(b0, 0xc2b2ae3d) + Math.imul(rotl(b1, 13), 0x27d4eb2f) + rotl(b2, 7)),
      );
    }
  }

  flush();
  // A bit of the result is set when more than half of the features set it.
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit += 1) {
    if (counts[bit]! * 2 > total) lo |= 1 << bit;
    if (counts[32 + bit]! * 2 > total) hi |= 1 << bit;
  }
  const result = hex32(hi) + hex32(lo);
  // A real SimHash of all zeros would read as "empty": nudge it (odds 2^-64).
  return result === EMPTY_FINGERPRINT ? '0000000000000001' : result;
}

const HEX = /^[0-9a-f]{16}$/;

/** The two 32-bit halves of a fingerprint, high first; null when the value is not one. */
export function halves(fp: Fingerprint): [hi: number, lo: number] | null {
  if (typeof fp !== 'string') return null;
  const lower = fp.toLowerCase();
  if (!HEX.test(lower)) return null;
  return [Number.parseInt(lower.slice(0, 8), 16) >>> 0, Number.parseInt(lower.slice(8), 16) >>> 0];
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Number of differing bits; 64 when either value is not a fingerprint. */
export function hamming(a: Fingerprint, b: Fingerprint): number {
  const x = halves(a);
  const y = halves(b);
  if (!x || !y) return 64;
  return popcount32(x[0] ^ y[0]) + popcount32(x[1] ^ y[1]);
}

/** Same template or same follow-up: close enough, and neither side is an empty text. */
export function isNearDuplicate(a: Fingerprint, b: Fingerprint): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  if (a.toLowerCase() === EMPTY_FINGERPRINT || b.toLowerCase() === EMPTY_FINGERPRINT) return false;
  return hamming(a, b) <= NEAR_DUPLICATE_DISTANCE;
}

const BAND_COUNT = NEAR_DUPLICATE_DISTANCE + 1;

/** Bit ranges [from, to) of each band, counted from the most significant bit, sizes differing by at most one. */
const BAND_BOUNDS: readonly (readonly [number, number])[] = Array.from({ length: BAND_COUNT }, (_, i) => [
  Math.floor((i * 64) / BAND_COUNT),
  Math.floor(((i + 1) * 64) / BAND_COUNT),
]);

/**
 * Keys for a multi-entry IndexedDB index. The 64 bits are cut into NEAR_DUPLICATE_DISTANCE + 1
 * bands; two fingerprints at most NEAR_DUPLICATE_DISTANCE bits apart differ in at most that many
 * bands, so (pigeonhole) at least one band is equal and they share its key `${band}:${hex}`.
 * The index finds candidates; confirm each with isNearDuplicate. [] for an empty or invalid value.
 */
export function bands(fp: Fingerprint): string[] {
  const parts = halves(fp);
  if (!parts || fp.toLowerCase() === EMPTY_FINGERPRINT) return [];
  const values = bandValues(parts[0], parts[1]);
  return values.map((value, index) => {
    const [from, to] = BAND_BOUNDS[index]!;
    return `${index}:${value.toString(16).padStart(Math.ceil((to - from) / 4), '0')}`;
  });
}

/** The value of each band of a fingerprint given as halves, in the order and bit ranges of bands(). */
export function bandValues(hi: number, lo: number): number[] {
  return BAND_BOUNDS.map(([from, to]) => {
    let value = 0;
    for (let bit = from; bit < to; bit += 1) value = value * 2 + (bit < 32 ? (hi >>> (31 - bit)) & 1 : (lo >>> (63 - bit)) & 1);
    return value;
  });
}
