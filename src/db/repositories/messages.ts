import Dexie from 'dexie';
import { cleanSender, messageKey, type IncomingMessage } from '../../core/message';
import { prepare } from '../../core/scoring/score';
import type { RecruiterAllyDb } from '../database';
import { scorerMessageOf, scoringFieldsOf, type ScoringFields } from '../message-scoring';
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
    label: 'unscored',
    score: null,
    reasons: [],
    state: message.isOwn ? 'answered' : 'awaiting',
  };
  return { ...record, ...scoringFieldsOf(prepare({ message: scorerMessageOf(record) })) };
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
