/**
 * Any text scored as a recruiter message (the context menu's selection, pasted text) against the
 * profile, the stored messages and what corrections taught: never stored as a message. The last one
 * is kept in the settings table, so the popup window opened for it finds it after a worker restart.
 */
import type { ReplyKind } from '../core/replies/drafts';
import { historyFor } from '../db/repositories/history';
import { loadLearnedState } from '../db/repositories/corrections';
import { loadProfile } from '../db/repositories/profile';
import { getSetting, setSetting } from '../db/repositories/settings';
import { prepare, scoreMessage } from '../core/scoring/score';
import type { ScorerMessage } from '../core/scoring/types';
import type { RecruiterAllyDb } from '../db/database';
import { HandlerError } from '../messaging/dispatch';
import type { AdhocVerdict, DraftedReply, ReplyOptions } from '../messaging/protocol';
import { draftForText } from './replies';

/** A selection longer than this is not one message. */
export const MAX_ADHOC_CHARS = 50_000;

export function checkAdhocText(text: unknown): string {
  if (typeof text !== 'string' || !text.trim()) throw new HandlerError('bad-request', 'Select or paste the text of a message to score it.');
  if (text.length > MAX_ADHOC_CHARS) {
    throw new HandlerError('bad-request', `The text is longer than ${MAX_ADHOC_CHARS.toLocaleString('en')} characters, too long to be one message.`);
  }
  return text.trim();
}

/** The text as the scorer reads a message: no sender, subject or thread is known from a selection. */
function messageOf(text: string, now: number): ScorerMessage {
  return { site: 'email', sender: { name: '' }, subject: null, body: text, sentAt: now, threadKey: null, recipientCount: null };
}

/** Scores the text and keeps the verdict as the last one ('adhoc.last'). */
export async function scoreAdhoc(db: RecruiterAllyDb, rawText: unknown, now: number): Promise<AdhocVerdict> {
  const text = checkAdhocText(rawText);
  const message = messageOf(text, now);
  const [profile, learned] = await Promise.all([loadProfile(db), loadLearnedState(db)]);
  const prepared = prepare({ message });
  // The stored messages bear on it as on any message: the same text sent to many, the same agency.
  const history = await historyFor(db, {
    key: null,
    threadKey: null,
    identities: prepared.identities,
    agency: prepared.agency,
    fingerprint: prepared.fingerprint,
    sentAt: now,
    recruiterId: null,
  });
  const verdict = scoreMessage({ message, profile, history, learned });
  const adhoc: AdhocVerdict = { text, scoredAt: now, label: verdict.label, score: verdict.score, reasons: verdict.reasons };
  await setSetting(db, 'adhoc.last', adhoc);
  return adhoc;
}

export async function currentAdhoc(db: RecruiterAllyDb): Promise<AdhocVerdict | null> {
  return getSetting(db, 'adhoc.last');
}

/** A reply to the last scored text, in its language unless the candidate chose another. */
export async function draftAdhoc(db: RecruiterAllyDb, kind: ReplyKind, options: ReplyOptions): Promise<DraftedReply> {
  const last = await currentAdhoc(db);
  if (!last) throw new HandlerError('bad-request', 'No text has been scored yet: select a message on a page and score it from the context menu.');
  return draftForText(db, { body: last.text, subject: null, sender: { name: '' } }, kind, options);
}
