import { SENDER_FIELDS, type IncomingMessage, type Sender } from '../core/message';
import { isSiteId } from '../core/sites';

/** Upper bounds that keep one hostile page from filling the database. */
export const LIMITS = {
  messagesPerBatch: 500,
  bodyChars: 100_000,
  fieldChars: 2_000,
};

/**
 * Content scripts read untrusted pages, so the worker checks every message it is asked to store.
 * Returns one sentence per problem; empty when all is well.
 */
export function checkIncoming(messages: unknown): string[] {
  if (!Array.isArray(messages)) return ['"messages" must be a list.'];
  if (messages.length > LIMITS.messagesPerBatch) {
    return [`At most ${LIMITS.messagesPerBatch} messages per request, got ${messages.length}.`];
  }
  const problems: string[] = [];
  messages.forEach((message: Partial<IncomingMessage> | null, i) => {
    const where = `Message ${i + 1}`;
    if (typeof message !== 'object' || message === null) {
      problems.push(`${where} is not an object.`);
      return;
    }
    if (!isSiteId(message.site)) problems.push(`${where} has an unknown site.`);
    for (const field of ['siteMessageId', 'threadKey', 'sentAt'] as const) {
      const value = message[field];
      if (typeof value !== 'string' || !value || value.length > LIMITS.fieldChars) {
        problems.push(`${where} needs a "${field}" of 1 to ${LIMITS.fieldChars} characters.`);
      }
    }
    if (typeof message.body !== 'string' || message.body.length > LIMITS.bodyChars) {
      problems.push(`${where} needs a "body" text of at most ${LIMITS.bodyChars} characters.`);
    }
    if (message.subject !== null && (typeof message.subject !== 'string' || message.subject.length > LIMITS.fieldChars)) {
      problems.push(`${where} needs a "subject" of at most ${LIMITS.fieldChars} characters, or null.`);
    }
    problems.push(...checkSender(message.sender, where));
    if (typeof message.isOwn !== 'boolean') problems.push(`${where} needs "isOwn" true or false.`);
    if (message.recipientCount !== null && !Number.isInteger(message.recipientCount)) {
      problems.push(`${where} has a "recipientCount" that is neither a whole number nor null.`);
    }
  });
  return problems;
}

function checkSender(sender: unknown, where: string): string[] {
  if (typeof sender !== 'object' || sender === null || typeof (sender as Sender).name !== 'string') {
    return [`${where} needs a sender with a name.`];
  }
  const problems: string[] = [];
  for (const field of SENDER_FIELDS) {
    const value = (sender as Record<string, unknown>)[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > LIMITS.fieldChars) {
      problems.push(`${where} has a sender "${field}" that is not a text of at most ${LIMITS.fieldChars} characters.`);
    }
  }
  return problems;
}
