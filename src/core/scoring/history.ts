/**
 * The candidate's earlier messages as the scorer needs them: by thread, by recruiter, by agency and
 * by near-duplicate text. The worker keeps the same in IndexedDB; this in-memory copy serves Node
 * (evaluation, benchmarks) and tests, with the same lookups.
 */
import type { Label } from '../message';
import { bands, isNearDuplicate } from './fingerprint';
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

export class MemoryHistory {
  private readonly entries = new Map<string, HistoryEntry>();
  private readonly index = new Map<string, Set<string>>();

  private link(key: string, entryKey: string): void {
    let set = this.index.get(key);
    if (!set) this.index.set(key, (set = new Set()));
    set.add(entryKey);
  }

  add(entry: HistoryEntry): void {
    this.entries.set(entry.key, entry);
    if (entry.threadKey) this.link(`thread:${entry.threadKey}`, entry.key);
    for (const id of entry.identities) this.link(`id:${id}`, entry.key);
    if (entry.agency) this.link(`agency:${entry.agency}`, entry.key);
    for (const band of bands(entry.fingerprint)) this.link(`band:${band}`, entry.key);
  }

  relabel(key: string, label: Label, corrected = true): void {
    const entry = this.entries.get(key);
    if (entry) this.entries.set(key, { ...entry, label, corrected });
  }

  get(key: string): HistoryEntry | undefined {
    return this.entries.get(key);
  }

  get size(): number {
    return this.entries.size;
  }

  view(query: HistoryQuery): HistoryView {
    const keys = new Set<string>();
    const collect = (indexKey: string): void => {
      for (const key of this.index.get(indexKey) ?? []) keys.add(key);
    };
    if (query.threadKey) collect(`thread:${query.threadKey}`);
    for (const id of query.identities) collect(`id:${id}`);
    if (query.agency) collect(`agency:${query.agency}`);
    for (const band of bands(query.fingerprint)) collect(`band:${band}`);
    const candidates: HistoryEntry[] = [];
    for (const key of keys) candidates.push(this.entries.get(key)!);
    return viewOf(query, candidates);
  }
}
