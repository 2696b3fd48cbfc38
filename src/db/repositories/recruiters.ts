import type { Sender } from '../../core/message';
import { displayName, recruiterIdentities } from '../../core/recruiter';
import type { RecruiterAllyDb } from '../database';
import type { RecruiterRecord, TrustState } from '../records';

/**
 * The recruiter behind a message's sender: found by any identity they share with one already known
 * (a LinkedIn profile, an address, name and company), which then learns the sender's other identities;
 * otherwise a new, neutral recruiter. Counts the message either way. Null when the sender shows
 * nothing to recognise them by.
 */
export async function resolveRecruiter(
  db: RecruiterAllyDb,
  sender: Sender,
  at: number,
  now: number = at,
): Promise<RecruiterRecord | null> {
  const identities = recruiterIdentities(sender);
  if (!identities.length) return null;
  return db.transaction('rw', db.recruiters, async () => {
    const found = await db.recruiters.where('identities').anyOf(identities).distinct().toArray();
    // When the sender links two known records, the older one keeps the history.
    const known = found.toSorted((a, b) => a.firstSeenAt - b.firstSeenAt || a.id.localeCompare(b.id))[0];
    if (known) {
      const merged: RecruiterRecord = {
        ...known,
        identities: [...new Set([...known.identities, ...identities])],
        messageCount: known.messageCount + 1,
        lastContactAt: Math.max(known.lastContactAt, at),
        ...(known.company === undefined && sender.company ? { company: sender.company } : {}),
      };
      await db.recruiters.put(merged);
      return merged;
    }
    const created: RecruiterRecord = {
      id: crypto.randomUUID(),
      displayName: displayName(sender) || sender.name,
      ...(sender.company ? { company: sender.company } : {}),
      identities,
      trust: 'neutral',
      firstSeenAt: now,
      lastContactAt: at,
      messageCount: 1,
    };
    await db.recruiters.add(created);
    return created;
  });
}

/** Sets the candidate's standing for a recruiter; a note of '' removes the note. Null for an unknown id. */
export async function setTrust(
  db: RecruiterAllyDb,
  id: string,
  trust: TrustState,
  note?: string,
): Promise<RecruiterRecord | null> {
  return db.transaction('rw', db.recruiters, async () => {
    const record = await db.recruiters.get(id);
    if (!record) return null;
    const { note: previous, ...rest } = record;
    const nextNote = note === undefined ? previous : note.trim() || undefined;
    const updated: RecruiterRecord = { ...rest, trust, ...(nextNote === undefined ? {} : { note: nextNote }) };
    await db.recruiters.put(updated);
    return updated;
  });
}

export interface RecruiterQuery {
  limit: number;
  /** Only the recruiters with this standing. */
  trust?: TrustState;
}

/** Most recently in touch first. */
export async function listRecruiters(db: RecruiterAllyDb, query: RecruiterQuery): Promise<RecruiterRecord[]> {
  if (query.trust === undefined) return db.recruiters.orderBy('lastContactAt').reverse().limit(query.limit).toArray();
  const matching = await db.recruiters.where('trust').equals(query.trust).reverse().sortBy('lastContactAt');
  return matching.slice(0, query.limit);
}

export async function countRecruiters(db: RecruiterAllyDb, trust?: TrustState): Promise<number> {
  return trust === undefined ? db.recruiters.count() : db.recruiters.where('trust').equals(trust).count();
}
