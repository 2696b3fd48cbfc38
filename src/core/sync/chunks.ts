/**
 * The synced snapshot as storage.sync items. Each section's JSON text is cut into chunks that fit
 * one item; a chunk's key is named by its content, so a chunk the current manifest points to is never
 * overwritten, only added beside and removed once no manifest needs it. The manifest item lists the
 * chunks of each section and the checksum of the whole, and is written last: another browser reads
 * either the old snapshot or the new one, never a mix.
 */
import { checksum } from './checksum';
import { normaliseSnapshot, readSection, SYNC_SECTIONS, type SyncSection, type SyncSnapshot } from './snapshot';

/** chrome.storage.sync's limits (Firefox's are the same). */
export const SYNC_QUOTA = { bytes: 102_400, bytesPerItem: 8_192, maxItems: 512 } as const;

export const SYNC_FORMAT_VERSION = 1;
export const KEY_PREFIX = 'ra.';
export const MANIFEST_KEY = 'ra.manifest';
const CHUNK_PREFIX = 'ra.c.';
/** Every chunk key has the same length: prefix and 14 hex digits. */
const CHUNK_KEY_LENGTH = CHUNK_PREFIX.length + 14;

export interface SyncManifest {
  version: number;
  /** Of the sections' texts, in order: tells whether every chunk has arrived. */
  checksum: string;
  updatedAt: number;
  chunks: Record<SyncSection, string[]>;
}

export interface EncodedSnapshot {
  manifest: SyncManifest;
  /** Chunk key → text. */
  chunks: Map<string, string>;
}

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** What an item costs against the quotas, counted as Chrome does: its key plus its value as JSON. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value));
}

/** Cuts text into pieces whose JSON form, with a key of `keyLength` bytes, fits in one item. */
export function splitForItems(text: string, keyLength: number, perItem: number = SYNC_QUOTA.bytesPerItem): string[] {
  const budget = perItem - keyLength - 2; // the quotes around the string
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  // By code point, so a surrogate pair is never cut in two.
  for (const ch of text) {
    const cost = utf8Length(JSON.stringify(ch)) - 2;
    if (used + cost > budget && piece) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += ch;
    used += cost;
  }
  if (piece || pieces.length === 0) pieces.push(piece);
  return pieces;
}

export function chunkKey(piece: string): string {
  return `${CHUNK_PREFIX}${checksum(piece)}`;
}

function sectionTexts(snapshot: SyncSnapshot): Record<SyncSection, string> {
  const normal = normaliseSnapshot(snapshot);
  return Object.fromEntries(SYNC_SECTIONS.map((s) => [s, JSON.stringify(normal[s])])) as Record<SyncSection, string>;
}

function checksumOf(texts: Record<SyncSection, string>): string {
  return checksum(SYNC_SECTIONS.map((s) => texts[s]).join('\n'));
}

/** The snapshot's checksum, as its manifest would carry it. */
export function snapshotChecksum(snapshot: SyncSnapshot): string {
  return checksumOf(sectionTexts(snapshot));
}

export function encodeSnapshot(snapshot: SyncSnapshot, updatedAt: number): EncodedSnapshot {
  const texts = sectionTexts(snapshot);
  const chunks = new Map<string, string>();
  const lists = {} as Record<SyncSection, string[]>;
  for (const section of SYNC_SECTIONS) {
    lists[section] = splitForItems(texts[section], CHUNK_KEY_LENGTH).map((piece) => {
      const key = chunkKey(piece);
      chunks.set(key, piece);
      return key;
    });
  }
  return { manifest: { version: SYNC_FORMAT_VERSION, checksum: checksumOf(texts), updatedAt, chunks: lists }, chunks };
}

export type DecodedSnapshot =
  | { status: 'empty' }
  /** Chunks still on their way from another browser, or a newer format: try again on the next change. */
  | { status: 'incomplete'; reason: string }
  | { status: 'ok'; snapshot: SyncSnapshot; manifest: SyncManifest; dropped: number };

export function isManifest(value: unknown): value is SyncManifest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<SyncManifest>;
  return (
    typeof m.version === 'number' &&
    typeof m.checksum === 'string' &&
    typeof m.updatedAt === 'number' &&
    typeof m.chunks === 'object' &&
    m.chunks !== null &&
    SYNC_SECTIONS.every((s) => Array.isArray(m.chunks![s]) && m.chunks![s].every((k) => typeof k === 'string'))
  );
}

/** Reads the snapshot out of every item this extension keeps in storage.sync. */
export function decodeSnapshot(items: Record<string, unknown>): DecodedSnapshot {
  const manifest = items[MANIFEST_KEY];
  if (manifest === undefined) return { status: 'empty' };
  if (!isManifest(manifest)) return { status: 'incomplete', reason: 'The sync manifest is damaged.' };
  if (manifest.version > SYNC_FORMAT_VERSION) {
    return { status: 'incomplete', reason: 'Another browser syncs with a newer version of Recruiter Ally; update this one to sync.' };
  }
  const texts = {} as Record<SyncSection, string>;
  for (const section of SYNC_SECTIONS) {
    const pieces = manifest.chunks[section].map((key) => items[key]);
    if (pieces.some((p) => typeof p !== 'string')) return { status: 'incomplete', reason: 'Some synced data has not arrived yet.' };
    texts[section] = pieces.join('');
  }
  if (checksumOf(texts) !== manifest.checksum) return { status: 'incomplete', reason: 'Some synced data has not arrived yet.' };
  const snapshot = {} as Record<SyncSection, unknown>;
  let dropped = 0;
  for (const section of SYNC_SECTIONS) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(texts[section]);
    } catch {
      return { status: 'incomplete', reason: 'The synced data is damaged.' };
    }
    const read = readSection(section, parsed);
    snapshot[section] = read.value;
    dropped += read.dropped;
  }
  return { status: 'ok', snapshot: snapshot as unknown as SyncSnapshot, manifest, dropped };
}

export interface WriteStep {
  set?: Record<string, unknown>;
  remove?: string[];
}

export type PushPlan =
  | { status: 'unchanged' }
  | { status: 'over-quota'; error: string; bytes: number; items: number }
  | { status: 'write'; steps: WriteStep[]; bytes: number; items: number; written: number };

/**
 * How to bring storage.sync (`current`: everything in it, ours and anything else) to `next`:
 * only new chunks are written, then the manifest, then chunks no longer needed are removed. When the
 * old and new chunks do not fit side by side, the old manifest goes first, so readers see no snapshot
 * rather than half of one. Refuses, writing nothing, when the new snapshot does not fit at all.
 */
export function planPush(next: EncodedSnapshot, current: Record<string, unknown>, quota = SYNC_QUOTA): PushPlan {
  const ours = Object.keys(current).filter((k) => k.startsWith(KEY_PREFIX));
  const others = Object.keys(current).filter((k) => !k.startsWith(KEY_PREFIX));
  const otherBytes = others.reduce((sum, k) => sum + itemBytes(k, current[k]), 0);

  const nextItems = new Map<string, unknown>(next.chunks);
  nextItems.set(MANIFEST_KEY, next.manifest);
  const finalBytes = otherBytes + [...nextItems].reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
  const finalItems = others.length + nextItems.size;
  const tooLarge = [...nextItems].find(([k, v]) => itemBytes(k, v) > quota.bytesPerItem);
  if (finalBytes > quota.bytes || finalItems > quota.maxItems || tooLarge) {
    return { status: 'over-quota', error: overQuotaSentence(finalBytes - otherBytes, quota.bytes - otherBytes), bytes: finalBytes, items: finalItems };
  }

  const oldManifest = current[MANIFEST_KEY];
  const sameContent = isManifest(oldManifest) && oldManifest.checksum === next.manifest.checksum;
  const newChunks = [...next.chunks].filter(([k, v]) => current[k] !== v);
  const stale = ours.filter((k) => k !== MANIFEST_KEY && !next.chunks.has(k));
  if (sameContent && newChunks.length === 0 && stale.length === 0) return { status: 'unchanged' };

  const chunkSet: WriteStep | null = newChunks.length ? { set: Object.fromEntries(newChunks) } : null;
  const manifestSet: WriteStep = { set: { [MANIFEST_KEY]: next.manifest } };
  const staleRemove: WriteStep | null = stale.length ? { remove: stale } : null;
  const currentBytes = Object.keys(current).reduce((sum, k) => sum + itemBytes(k, current[k]), 0);
  const peakBytes = currentBytes + newChunks.reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
  const peakItems = Object.keys(current).length + newChunks.filter(([k]) => !(k in current)).length + (MANIFEST_KEY in current ? 0 : 1);
  const sideBySide = peakBytes + itemBytes(MANIFEST_KEY, next.manifest) <= quota.bytes && peakItems <= quota.maxItems;
  const steps = (
    (sideBySide
      ? [chunkSet, manifestSet, staleRemove]
      : [{ remove: [MANIFEST_KEY, ...stale] }, chunkSet, manifestSet]) as (WriteStep | null)[]
  ).filter((s): s is WriteStep => s !== null);
  return { status: 'write', steps, bytes: finalBytes, items: finalItems, written: newChunks.length + 1 };
}

export function overQuotaSentence(neededBytes: number, allowedBytes: number): string {
  const kb = (n: number): string => `${Math.ceil(Math.max(0, n) / 1024)} KB`;
  return (
    `Sync is full: your profile, templates, recruiters' trust and referral contacts need ${kb(neededBytes)} but the browser syncs at most ${kb(allowedBytes)} for this extension; ` +
    'shorten or remove some templates, notes or contacts and sync starts again; messages never sync.'
  );
}
