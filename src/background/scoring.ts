/**
 * The worker's side of scoring: every step reads what it needs from IndexedDB (profile, learned
 * state, recruiters, history) and writes its outcome back, so a restarted worker carries on exactly.
 * Each exported operation runs in one transaction: a batch, a correction or an undo is stored whole
 * or not at all.
 */
import { messageKey, type IncomingMessage, type Label } from '../core/message';
import type { Profile } from '../core/profile';
import { isNearDuplicate } from '../core/scoring/fingerprint';
import { learn, type LearnedClass, type LearnedState } from '../core/scoring/learner';
import { applyRules, featuresOf, prepare, scoreMessage } from '../core/scoring/score';
import type { ScoreInput, Verdict } from '../core/scoring/types';
import type { RecruiterAllyDb } from '../db/database';
import { scorerMessageOf } from '../db/message-scoring';
import type { MessageRecord, RecruiterRecord, TrustState } from '../db/records';
import {
  addCorrection,
  loadLearnedState,
  rebuildLearnedState,
  saveLearnedState,
  standingCorrection,
  undoCorrection,
} from '../db/repositories/corrections';
import { historyFor } from '../db/repositories/history';
import { newRecord } from '../db/repositories/messages';
import { loadProfile } from '../db/repositories/profile';
import { resolveRecruiter, setTrust } from '../db/repositories/recruiters';
import { HandlerError } from '../messaging/dispatch';
import type { MessageVerdict, RescoredMessage, SavedMessage } from '../messaging/protocol';
import { refreshToolbarBadge } from './toolbar-badge';

/** Most stored messages one lookup hands to rescoring (near duplicates, thread, recruiter). */
export const RESCORE_LIMIT = 200;

/** A score in the middle of a label's band, for a corrected message the rules cannot place there. */
const CORRECTED_SCORE: Record<Label, number> = { targeted: 80, unsure: 50, spam: 20, other: 10 };
const LABEL_WORDS: Record<Label, string> = {
  targeted: 'targeted',
  unsure: 'unsure',
  spam: 'spam',
  other: 'not recruiter outreach',
};

/** What every verdict of one operation shares, read once; recruiters are read as they come up. */
interface Context {
  db: RecruiterAllyDb;
  profile: Profile | null;
  learned: LearnedState;
  recruiters: Map<string, RecruiterRecord | null>;
}

function tables(db: RecruiterAllyDb) {
  return [db.messages, db.recruiters, db.corrections, db.settings, db.profile];
}

async function contextOf(db: RecruiterAllyDb): Promise<Context> {
  const [profile, learned] = await Promise.all([loadProfile(db), loadLearnedState(db)]);
  return { db, profile, learned, recruiters: new Map() };
}

async function recruiterOf(context: Context, id: string | undefined): Promise<RecruiterRecord | null> {
  if (id === undefined) return null;
  if (!context.recruiters.has(id)) context.recruiters.set(id, (await context.db.recruiters.get(id)) ?? null);
  return context.recruiters.get(id) ?? null;
}

/** The scorer's input for a stored (or about to be stored) message, its history read from the database. */
async function inputFor(context: Context, record: MessageRecord): Promise<ScoreInput> {
  const recruiter = await recruiterOf(context, record.recruiterId);
  // The recruiter's every known identity, so their messages under another one count as theirs.
  const identities = recruiter ? [...new Set([...record.identities, ...recruiter.identities])] : record.identities;
  const history = await historyFor(context.db, {
    key: record.key,
    threadKey: record.threadKey,
    identities,
    agency: record.agency,
    fingerprint: record.fingerprint,
    sentAt: record.receivedAt,
    recruiterId: record.recruiterId ?? null,
  });
  const trust: TrustState | undefined = recruiter?.trust;
  return {
    message: scorerMessageOf(record),
    profile: context.profile,
    history,
    learned: context.learned,
    ...(trust === undefined ? {} : { trust }),
  };
}

async function savedOf(context: Context, record: MessageRecord, isNew: boolean): Promise<SavedMessage> {
  const recruiter = await recruiterOf(context, record.recruiterId);
  return {
    ...verdictOf(record),
    isNew,
    recruiterId: recruiter?.id ?? null,
    trust: recruiter?.trust ?? null,
    senderName: record.sender.name,
  };
}

function verdictOf(record: Pick<MessageRecord, 'key' | 'label' | 'score' | 'reasons'>): MessageVerdict {
  return { key: record.key, label: record.label, score: record.score, reasons: record.reasons };
}

/**
 * Stores each new message of a batch and scores it, in the order given, so a follow-up later in the
 * batch sees the verdict of the message it follows. The candidate's own messages get no verdict;
 * they mark what came before them in the thread as answered. Known messages keep their verdict.
 */
export async function saveAndScore(db: RecruiterAllyDb, incoming: readonly IncomingMessage[], now: number): Promise<SavedMessage[]> {
  return afterwardsRefreshBadge(db, () => storeAndScore(db, incoming, now));
}

/**
 * Runs a stored change, then brings the toolbar badge up to date with it. The badge follows the
 * transaction (never inside it): a failed change leaves the count as it was.
 */
async function afterwardsRefreshBadge<T>(db: RecruiterAllyDb, change: () => Promise<T>): Promise<T> {
  const result = await change();
  await refreshToolbarBadge(db);
  return result;
}

async function storeAndScore(db: RecruiterAllyDb, incoming: readonly IncomingMessage[], now: number): Promise<SavedMessage[]> {
  return db.transaction('rw', tables(db), async () => {
    const context = await contextOf(db);
    const keys = incoming.map(messageKey);
    const known = new Map<string, MessageRecord>();
    for (const record of await db.messages.bulkGet(keys)) if (record) known.set(record.key, record);

    const saved: SavedMessage[] = [];
    for (const [i, message] of incoming.entries()) {
      const key = keys[i]!;
      const existing = known.get(key);
      if (existing && !(existing.isPreview && !message.isPreview)) {
        saved.push(await savedOf(context, existing, false));
        continue;
      }
      // A row's preview of a conversation already read in full: the full message speaks for it.
      if (message.isPreview && !existing) {
        const full = await latestFull(db, message.threadKey);
        if (full) {
          saved.push(await savedOf(context, full, false));
          continue;
        }
      }
      // New, or a list row's preview now read in full: the full text replaces the preview.
      const record = newRecord(message, key, now);
      if (existing) {
        record.firstSeenAt = existing.firstSeenAt;
        record.state = existing.state === 'dismissed' ? 'dismissed' : record.state;
        if (existing.corrected) {
          Object.assign(record, { label: existing.label, score: existing.score, reasons: existing.reasons, corrected: true });
        }
      }
      if (record.isOwn) {
        await markAnswered(db, record);
      } else {
        const recruiter = await resolveRecruiter(db, record.sender, record.receivedAt, now);
        if (recruiter) {
          record.recruiterId = recruiter.id;
          context.recruiters.set(recruiter.id, recruiter);
        }
        if (await answeredLater(db, record)) record.state = 'answered';
        if (!record.corrected) Object.assign(record, fromVerdict(scoreMessage(await inputFor(context, record))));
      }
      await db.messages.put(record);
      if (!record.isPreview) {
        // Row previews of this conversation are superseded by its messages read in full.
        await db.messages
          .where('threadKey')
          .equals(record.threadKey)
          .filter((m) => m.isPreview === true && m.key !== record.key && !m.corrected)
          .delete();
      }
      known.set(key, record);
      saved.push(await savedOf(context, record, !existing));
    }
    return saved;
  });
}

/** The newest message of a conversation stored in full (not a row preview), from the other side. */
async function latestFull(db: RecruiterAllyDb, threadKey: string): Promise<MessageRecord | null> {
  const full = await db.messages
    .where('threadKey')
    .equals(threadKey)
    .filter((m) => !m.isPreview && !m.isOwn)
    .toArray();
  return full.reduce<MessageRecord | null>((latest, m) => (!latest || m.receivedAt > latest.receivedAt ? m : latest), null);
}

/** The candidate wrote in a thread: what they were waiting to answer there is answered. */
async function markAnswered(db: RecruiterAllyDb, own: MessageRecord): Promise<void> {
  await db.messages
    .where('threadKey')
    .equals(own.threadKey)
    .filter((m) => !m.isOwn && m.state === 'awaiting' && m.receivedAt <= own.receivedAt)
    .modify({ state: 'answered' });
}

/** A page may show the candidate's reply before the message it answers reaches us. */
async function answeredLater(db: RecruiterAllyDb, record: MessageRecord): Promise<boolean> {
  const reply = await db.messages
    .where('threadKey')
    .equals(record.threadKey)
    .filter((m) => m.isOwn && m.receivedAt >= record.receivedAt)
    .first();
  return reply !== undefined;
}

/**
 * The corrected message's own verdict: the candidate's label, with the score and reasons of the
 * rules and learned state when they agree (trust set aside: the candidate's word on this message wins).
 */
function correctedVerdict(input: ScoreInput, label: Label): Pick<MessageRecord, 'label' | 'score' | 'reasons'> {
  const { trust: _trust, ...withoutTrust } = input;
  const verdict = scoreMessage(withoutTrust);
  const own = `You marked this message as ${LABEL_WORDS[label]}`;
  if (verdict.label !== label) return { label, score: CORRECTED_SCORE[label], reasons: [own] };
  // "Same text as a message you corrected" would only point back at this one.
  const rest = verdict.evidence.filter((e) => !e.id.startsWith('learned.')).map((e) => e.reason);
  return { label, score: verdict.score, reasons: [own, ...rest] };
}

export interface CorrectionOutcome {
  correctionId: number;
  verdict: MessageVerdict;
  rescored: RescoredMessage[];
}

/**
 * The candidate corrects a verdict: the correction is stored with what the learner saw, the learned
 * state learns from it, the message takes the label, and similar stored messages are rescored at once.
 */
export async function correctMessage(db: RecruiterAllyDb, key: string, label: LearnedClass, now: number): Promise<CorrectionOutcome> {
  return afterwardsRefreshBadge(db, () => db.transaction('rw', tables(db), async () => {
    const record = await db.messages.get(key);
    if (!record) throw new HandlerError('bad-request', 'No stored message has this key.');
    if (record.isOwn) throw new HandlerError('bad-request', 'Your own messages carry no verdict to correct.');
    const context = await contextOf(db);
    const input = await inputFor(context, record);
    const prepared = prepare(input);
    const rules = applyRules(input, prepared);
    const features = featuresOf(prepared, rules.evidence, input);
    const correctionId = await addCorrection(db, {
      messageKey: key,
      from: record.label,
      to: label,
      createdAt: now,
      features,
      ruleLogits: rules.logits,
      fingerprint: prepared.fingerprint,
    });
    context.learned = learn(context.learned, features, rules.logits, label, { fingerprint: prepared.fingerprint, label, key });
    await saveLearnedState(db, context.learned);

    const corrected = { ...record, ...correctedVerdict({ ...input, learned: context.learned }, label), corrected: true };
    await db.messages.put(corrected);
    const rescored = await rescoreSimilar(context, corrected);
    return { correctionId, verdict: verdictOf(corrected), rescored };
  }));
}

export interface UndoOutcome {
  verdict: MessageVerdict | null;
  rescored: RescoredMessage[];
}

/**
 * Takes a correction back: the learned state is rebuilt from the corrections that remain, and the
 * message (back to the rules, or to an earlier correction of it that still stands) and similar stored
 * messages are rescored.
 */
export async function undoMessageCorrection(db: RecruiterAllyDb, id: number, now: number): Promise<UndoOutcome> {
  return afterwardsRefreshBadge(db, () => db.transaction('rw', tables(db), async () => {
    const before = await db.corrections.get(id);
    if (!before) throw new HandlerError('bad-request', `No correction has the id ${id}.`);
    if (before.undoneAt !== undefined) throw new HandlerError('bad-request', `Correction ${id} was already undone.`);
    await undoCorrection(db, id, now);
    const context = await contextOf(db);
    context.learned = await rebuildLearnedState(db);

    const record = await db.messages.get(before.messageKey);
    if (!record) return { verdict: null, rescored: [] };
    const input = await inputFor(context, record);
    const standing = await standingCorrection(db, record.key);
    let updated: MessageRecord;
    if (standing) {
      updated = { ...record, ...correctedVerdict(input, standing.to), corrected: true };
    } else {
      const { corrected: _corrected, ...rest } = record;
      updated = { ...rest, ...fromVerdict(scoreMessage(input)) };
    }
    await db.messages.put(updated);
    return { verdict: verdictOf(updated), rescored: await rescoreSimilar(context, updated) };
  }));
}

function fromVerdict(verdict: Verdict): Pick<MessageRecord, 'label' | 'score' | 'reasons'> {
  return { label: verdict.label, score: verdict.score, reasons: verdict.reasons };
}

/** Only the rules and the learned state may change these: not the candidate's own, not corrected ones. */
function rescorable(record: MessageRecord): boolean {
  return !record.isOwn && !record.corrected;
}

/** Rescores stored messages oldest first, so a follow-up reads its thread's new verdict; answers the changed ones. */
async function rescore(context: Context, records: readonly MessageRecord[]): Promise<RescoredMessage[]> {
  const changed: RescoredMessage[] = [];
  const ordered = [...new Map(records.map((r) => [r.key, r])).values()].toSorted((a, b) => a.receivedAt - b.receivedAt || a.key.localeCompare(b.key));
  for (const record of ordered) {
    const verdict = scoreMessage(await inputFor(context, record));
    const same = verdict.label === record.label && verdict.score === record.score && verdict.reasons.join('\n') === record.reasons.join('\n');
    if (same) continue;
    await context.db.messages.update(record.key, fromVerdict(verdict));
    changed.push({ key: record.key, label: verdict.label, score: verdict.score, reasons: verdict.reasons });
  }
  return changed;
}

/** The stored messages a verdict on `record` bears on: its near duplicates, its thread, its recruiter's. */
async function rescoreSimilar(context: Context, record: MessageRecord): Promise<RescoredMessage[]> {
  const { db } = context;
  const other = (m: MessageRecord): boolean => m.key !== record.key && rescorable(m);
  const lookups: Promise<MessageRecord[]>[] = [
    db.messages.where('threadKey').equals(record.threadKey).filter(other).limit(RESCORE_LIMIT).toArray(),
  ];
  if (record.bands.length) {
    const duplicate = (m: MessageRecord): boolean => other(m) && isNearDuplicate(m.fingerprint, record.fingerprint);
    lookups.push(db.messages.where('bands').anyOf(record.bands).distinct().filter(duplicate).limit(RESCORE_LIMIT).toArray());
  }
  if (record.recruiterId !== undefined) {
    lookups.push(db.messages.where('recruiterId').equals(record.recruiterId).filter(other).limit(RESCORE_LIMIT).toArray());
  }
  return rescore(context, (await Promise.all(lookups)).flat());
}

/** Sets the candidate's standing for a recruiter and rescores that recruiter's messages at once. */
export async function setRecruiterTrust(
  db: RecruiterAllyDb,
  recruiterId: string,
  trust: TrustState,
  note: string | undefined,
): Promise<{ recruiter: RecruiterRecord; rescored: RescoredMessage[] }> {
  return afterwardsRefreshBadge(db, () => db.transaction('rw', tables(db), async () => {
    const recruiter = await setTrust(db, recruiterId, trust, note);
    if (!recruiter) throw new HandlerError('bad-request', 'No recruiter has this id.');
    const context = await contextOf(db);
    context.recruiters.set(recruiter.id, recruiter);
    const theirs = await db.messages.where('recruiterId').equals(recruiter.id).filter(rescorable).limit(RESCORE_LIMIT).toArray();
    return { recruiter, rescored: await rescore(context, theirs) };
  }));
}
