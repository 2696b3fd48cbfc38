import Dexie from 'dexie';
import { cleanSender, messageKey, type IncomingMessage, type Sender } from '../../core/message';
import { companyFromHeadline } from '../../core/recruiter';
import { pickOfferedRole } from '../../core/replies/offered-role';
import { prepare } from '../../core/scoring/score';
import type { RecruiterAllyDb } from '../database';
import { scorerMessageOf, scoringFieldsOf, type ScoringFields } from '../message-scoring';
import { searchWordsOf } from './triage';
import type { MessageRecord, MessageState, StoredLabel } from '../records';

export interface SavedMessage {
  key: string;
  /** False when the message was already stored: a page visited again stores nothing twice. */
  isNew: boolean;
}

/**
 * Stores messages seen in a page, once each, unscored; a second sighting keeps the first record and its
 * verdict. The worker scores as it saves (background/scoring.ts); this serves imports and tests.
 */
export async function saveIncoming(
  db: RecruiterAllyDb,
  incoming: readonly IncomingMessage[],
  now = Date.now(),
): Promise<SavedMessage[]> {
  return db.transaction('rw', db.messages, async () => {
    const keys = incoming.map(messageKey);
    const existing = await db.messages.bulkGet(keys);
    const fresh = new Map<string, MessageRecord>();
    const saved = incoming.map((message, i): SavedMessage => {
      const key = keys[i]!;
      // Only the first sighting of a key is new, also when a batch repeats it.
      if (existing[i] || fresh.has(key)) return { key, isNew: false };
      fresh.set(key, newRecord(message, key, now));
      return { key, isNew: true };
    });
    await db.messages.bulkAdd([...fresh.values()]);
    return saved;
  });
}

/** A message as first stored: no verdict yet, with the fields later messages look it up by. */
export function newRecord(message: IncomingMessage, key: string, now: number): MessageRecord {
  const sentAt = Date.parse(message.sentAt);
  const record: Omit<MessageRecord, keyof ScoringFields> = {
    key,
    site: message.site,
    siteMessageId: message.siteMessageId,
    threadKey: message.threadKey,
    sender: cleanSender(message.sender),
    subject: message.subject,
    body: message.body,
    receivedAt: Number.isFinite(sentAt) ? sentAt : now,
    firstSeenAt: now,
    isOwn: message.isOwn,
    ...(message.inMail === undefined ? {} : { inMail: message.inMail }),
    recipientCount: message.recipientCount,
    ...(message.isPreview ? { isPreview: true } : {}),
    // The worker has checked the address (background/validate.ts safeThreadUrl) before it gets here.
    ...(typeof message.threadUrl === 'string' && message.threadUrl ? { threadUrl: message.threadUrl } : {}),
    ...triageFieldsOf(message),
    label: 'unscored',
    score: null,
    reasons: [],
    state: message.isOwn ? 'answered' : 'awaiting',
  };
  return { ...record, ...scoringFieldsOf(prepare({ message: scorerMessageOf(record) })) };
}

/** Longest role or company kept for the triage list. */
const TRIAGE_FIELD_CHARS = 200;

/** The role a message offers, as the reply drafts name it (core/replies/offered-role.ts). */
export function roleOf(body: string, subject: string | null): string | undefined {
  const role = pickOfferedRole(body, subject);
  return role ? role.slice(0, TRIAGE_FIELD_CHARS) : undefined;
}

/** The sender's company or agency: as the page names it, else from their headline. */
export function companyOf(sender: Sender): string | undefined {
  const company = sender.company?.trim() || (sender.headline ? companyFromHeadline(sender.headline) : null);
  return company ? company.slice(0, TRIAGE_FIELD_CHARS) : undefined;
}

/**
 * Role, company and the words the triage search finds the message by, read once when a message is
 * stored so the triage list does no text analysis. Migration 3 fills them in for older rows.
 */
export function triageFieldsOf(message: Pick<IncomingMessage, 'isOwn' | 'body' | 'subject' | 'sender'>): Pick<MessageRecord, 'role' | 'company' | 'search'> {
  if (message.isOwn) return { search: [] };
  const role = roleOf(message.body, message.subject);
  const company = companyOf(message.sender);
  const fields = { ...(role === undefined ? {} : { role }), ...(company === undefined ? {} : { company }) };
  return { ...fields, search: searchWordsOf({ ...fields, sender: message.sender, subject: message.subject, isOwn: false }) };
}

/** Newest first, one page at a time. */
export async function recentMessages(db: RecruiterAllyDb, limit: number): Promise<MessageRecord[]> {
  return db.messages.orderBy('receivedAt').reverse().limit(limit).toArray();
}

/** One triage bucket (say targeted and awaiting), newest first, through the compound index. */
export async function messagesIn(
  db: RecruiterAllyDb,
  label: StoredLabel,
  state: MessageState,
  limit: number,
): Promise<MessageRecord[]> {
  return db.messages
    .where('[label+state+receivedAt]')
    .between([label, state, Dexie.minKey], [label, state, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

export async function countMessages(db: RecruiterAllyDb): Promise<number> {
  return db.messages.count();
}
