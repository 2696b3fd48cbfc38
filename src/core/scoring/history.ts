/**
 * The candidate's earlier messages as the scorer needs them: by thread, by recruiter, by agency and
 * by near-duplicate text. The worker keeps the same in IndexedDB; this in-memory copy serves Node
 * (evaluation, benchmarks) and tests, with the same lookups.
 */
import type { Label } from '../message';
import { EMPTY_FINGERPRINT, NEAR_DUPLICATE_DISTANCE, bandValues, halves, isNearDuplicate, popcount32 } from './fingerprint';
import type { HistoryEntry, HistoryView } from './types';

/** Near duplicates older than this no longer say "blanket": a template is judged by this month's mail. */
export const DUPLICATE_WINDOW_MS = 31 * 24 * 60 * 60 * 1000;

export interface HistoryQuery {
  threadKey: string | null;
  identities: readonly string[];
  agency: string | null;
  fingerprint: string;
  sentAt: number;
}

/** Builds the view of history for one message from candidate entries the store found. */
export function viewOf(query: HistoryQuery, candidates: Iterable<HistoryEntry>): HistoryView {
  const view: HistoryView = { thread: [], sameSender: [], sameAgency: [], nearDuplicates: [] };
  const mine = new Set(query.identities);
  const seen = new Set<string>();
  for (const entry of candidates) {
    if (seen.has(entry.key) || entry.sentAt > query.sentAt) continue;
    seen.add(entry.key);
    const sameThread = query.threadKey !== null && entry.threadKey === query.threadKey;
    const sameSender = entry.identities.some((id) => mine.has(id));
    if (sameThread) view.thread.push(entry);
    if (sameSender && !entry.isOwn) view.sameSender.push(entry);
    else if (!entry.isOwn && query.agency !== null && entry.agency === query.agency) view.sameAgency.push(entry);
    if (
      !entry.isOwn &&
      !sameThread &&
      query.sentAt - entry.sentAt <= DUPLICATE_WINDOW_MS &&
      isNearDuplicate(entry.fingerprint, query.fingerprint)
    ) {
      view.nearDuplicates.push(entry);
    }
  }
  const byTime = (a: HistoryEntry, b: HistoryEntry): number => a.sentAt - b.sentAt;
  view.thread.sort(byTime);
  view.sameSender.sort(byTime);
  view.sameAgency.sort(byTime);
  view.nearDuplicates.sort(byTime);
  return view;
}

/** A fingerprint that can have near duplicates, as halves; null for an empty or invalid one. */
function parse(fp: string): [number, number] | null {
  if (typeof fp !== 'string' || fp.toLowerCase() === EMPTY_FINGERPRINT) return null;
  return halves(fp);
}

/** An entry with its fingerprint as two numbers, so a band candidate is confirmed without parsing hex. */
interface Stored {
  entry: HistoryEntry;
  hi: number;
  lo: number;
  /** The last lookup that took this entry: dedupes across indexes without a set per lookup. */
  mark: number;
}

export class MemoryHistory {
  private readonly entries = new Map<string, Stored>();
  private readonly index = new Map<string, Stored[]>();
  /** Band number × 2^16 + band value → entries; bands are at most 6 bits wide, 11 of them. */
  private readonly bandIndex = new Map<number, Stored[]>();

  private lookups = 0;

  private link(key: string, stored: Stored): void {
    const list = this.index.get(key);
    if (!list) this.index.set(key, [stored]);
    // A key added again may repeat in a list; lookups take each entry once (see view).
    else if (list[list.length - 1] !== stored) list.push(stored);
  }

  add(entry: HistoryEntry): void {
    const parts = parse(entry.fingerprint);
    const previous = this.entries.get(entry.key);
    // The same key again replaces the entry; index rows of its old fields are confirmed at lookup.
    const stored: Stored = previous ?? { entry, hi: 0, lo: 0, mark: 0 };
    stored.entry = entry;
    if (parts) [stored.hi, stored.lo] = parts;
    this.entries.set(entry.key, stored);
    if (entry.threadKey) this.link(`thread:${entry.threadKey}`, stored);
    for (const id of entry.identities) this.link(`id:${id}`, stored);
    if (entry.agency) this.link(`agency:${entry.agency}`, stored);
    if (parts) {
      const values = bandValues(parts[0], parts[1]);
      for (let b = 0; b < values.length; b += 1) {
        const key = b * 65536 + values[b]!;
        const bucket = this.bandIndex.get(key);
        if (!bucket) this.bandIndex.set(key, [stored]);
        else if (bucket[bucket.length - 1] !== stored) bucket.push(stored);
      }
    }
  }

  relabel(key: string, label: Label, corrected = true): void {
    const stored = this.entries.get(key);
    if (stored) stored.entry = { ...stored.entry, label, corrected };
  }

  get(key: string): HistoryEntry | undefined {
    return this.entries.get(key)?.entry;
  }

  get size(): number {
    return this.entries.size;
  }

  view(query: HistoryQuery): HistoryView {
    const mark = ++this.lookups;
    const candidates: HistoryEntry[] = [];
    const take = (stored: Stored): void => {
      if (stored.mark === mark) return;
      stored.mark = mark;
      candidates.push(stored.entry);
    };
    const collect = (indexKey: string): void => {
      const list = this.index.get(indexKey);
      if (list) for (const stored of list) take(stored);
    };
    if (query.threadKey) collect(`thread:${query.threadKey}`);
    for (const id of query.identities) collect(`id:${id}`);
    if (query.agency) collect(`agency:${query.agency}`);
    const parts = parse(query.fingerprint);
    if (parts) {
      const [hi, lo] = parts;
      const values = bandValues(hi, lo);
      for (let b = 0; b < values.length; b += 1) {
        // Band rows are only candidates: like the stored history (db/repositories/history.ts), only
        // earlier near duplicates inside the window reach viewOf, which would drop the rest anyway.
        for (const stored of this.bandIndex.get(b * 65536 + values[b]!) ?? []) {
          const age = query.sentAt - stored.entry.sentAt;
          if (age < 0 || age > DUPLICATE_WINDOW_MS || stored.mark === mark) continue;
          if (popcount32(stored.hi ^ hi) + popcount32(stored.lo ^ lo) <= NEAR_DUPLICATE_DISTANCE) take(stored);
        }
      }
    }
    return viewOf(query, candidates);
  }
}
