import { DUPLICATE_WINDOW_MS, viewOf, type HistoryQuery } from '../../core/scoring/history';
import { bands, isNearDuplicate } from '../../core/scoring/fingerprint';
import type { HistoryView } from '../../core/scoring/types';
import type { RecruiterAllyDb } from '../database';
import { historyEntryOf } from '../message-scoring';
import type { MessageRecord } from '../records';

/** Most rows one lookup (thread, recruiter, agency, near duplicates) reads into a history. */
export const HISTORY_LOOKUP_LIMIT = 200;

export interface StoredHistoryQuery extends HistoryQuery {
  /** The message being scored, left out of its own history; null for one not stored yet. */
  key: string | null;
  /** The recruiter the message is filed under: all their messages count as the same sender. */
  recruiterId: string | null;
}

/**
 * What the stored messages know that bears on one message, read through the indexes. Each lookup
 * stops at HISTORY_LOOKUP_LIMIT rows that can matter (earlier, not the message itself), so a
 * prolific agency or a template sent a thousand times costs the same as a handful.
 */
export async function historyFor(db: RecruiterAllyDb, query: StoredHistoryQuery): Promise<HistoryView> {
  const earlier = (row: MessageRecord): boolean => row.key !== query.key && row.receivedAt <= query.sentAt;
  const limit = HISTORY_LOOKUP_LIMIT;
  const lookups: Promise<MessageRecord[]>[] = [];
  if (query.threadKey) {
    lookups.push(db.messages.where('threadKey').equals(query.threadKey).filter(earlier).limit(limit).toArray());
  }
  if (query.recruiterId) {
    lookups.push(db.messages.where('recruiterId').equals(query.recruiterId).filter(earlier).limit(limit).toArray());
  }
  if (query.agency) {
    lookups.push(db.messages.where('agency').equals(query.agency).filter(earlier).limit(limit).toArray());
  }
  const keys = bands(query.fingerprint);
  if (keys.length) {
    // A band is a few bits wide and shared by many unrelated texts: only confirmed near duplicates
    // inside the window the scorer looks at count toward the limit.
    const duplicate = (row: MessageRecord): boolean =>
      earlier(row) && query.sentAt - row.receivedAt <= DUPLICATE_WINDOW_MS && isNearDuplicate(row.fingerprint, query.fingerprint);
    lookups.push(db.messages.where('bands').anyOf(keys).distinct().filter(duplicate).limit(limit).toArray());
  }
  const rows = (await Promise.all(lookups)).flat();
  const recruiter = query.recruiterId ? { id: query.recruiterId, identities: query.identities } : undefined;
  return viewOf(query, rows.map((row) => historyEntryOf(row, recruiter)));
}
