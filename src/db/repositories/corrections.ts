import type { LearnedState } from '../../core/scoring/learner';
import type { RecruiterAllyDb } from '../database';
import { learnedStateFrom } from '../message-scoring';
import type { CorrectionRecord } from '../records';
import { getSetting, setSetting } from './settings';

/** Stores a correction and answers its id. */
export async function addCorrection(db: RecruiterAllyDb, correction: Omit<CorrectionRecord, 'id'>): Promise<number> {
  return db.corrections.add(correction);
}

/**
 * Marks a correction undone; the row is kept so the history of the candidate's choices stays whole.
 * Answers the row as it now stands (unchanged when it was undone before), or null for an unknown id.
 */
export async function undoCorrection(db: RecruiterAllyDb, id: number, now = Date.now()): Promise<CorrectionRecord | null> {
  return db.transaction('rw', db.corrections, async () => {
    const record = await db.corrections.get(id);
    if (!record || record.undoneAt !== undefined) return record ?? null;
    const undone = { ...record, undoneAt: now };
    await db.corrections.put(undone);
    return undone;
  });
}

/** Newest first, undone ones included. */
export async function listCorrections(db: RecruiterAllyDb, limit: number): Promise<CorrectionRecord[]> {
  return db.corrections.orderBy(':id').reverse().limit(limit).toArray();
}

export async function countCorrections(db: RecruiterAllyDb): Promise<number> {
  return db.corrections.count();
}

/** The correction that stands for a message (the latest not undone), if any. */
export async function standingCorrection(db: RecruiterAllyDb, messageKey: string): Promise<CorrectionRecord | null> {
  const all = await db.corrections.where('messageKey').equals(messageKey).toArray();
  const standing = all.filter((c) => c.undoneAt === undefined).toSorted((a, b) => (b.id ?? 0) - (a.id ?? 0));
  return standing[0] ?? null;
}

export async function loadLearnedState(db: RecruiterAllyDb): Promise<LearnedState> {
  return getSetting(db, 'learner.state');
}

export async function saveLearnedState(db: RecruiterAllyDb, state: LearnedState): Promise<void> {
  await setSetting(db, 'learner.state', state);
}

/**
 * Replays every standing correction in order and stores the result: how an undo takes a correction
 * out of the weights as if it had never been made.
 */
export async function rebuildLearnedState(db: RecruiterAllyDb): Promise<LearnedState> {
  return db.transaction('rw', db.corrections, db.settings, async () => {
    const state = learnedStateFrom(await db.corrections.toArray());
    await saveLearnedState(db, state);
    return state;
  });
}
