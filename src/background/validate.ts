import { SENDER_FIELDS, type IncomingMessage, type Sender } from '../core/message';
import { linkedInSlug, normaliseEmail } from '../core/recruiter';
import { isSiteId, type SiteId } from '../core/sites';

/** Upper bounds that keep one hostile page from filling the database. */
export const LIMITS = {
  messagesPerBatch: 500,
  bodyChars: 100_000,
  fieldChars: 2_000,
  /** A message key is the site's name, a colon and a site message id of at most fieldChars. */
  keyChars: 2_020,
  recruiterIdChars: 200,
};

export const CORRECTION_LABELS = ['targeted', 'spam', 'other'] as const;
export const TRUST_STATES = ['trusted', 'neutral', 'muted'] as const;
export const MESSAGE_STATES = ['awaiting', 'answered', 'dismissed'] as const;

/** The hosts a thread may open on, per site: the extension's host permissions, nothing else. */
const THREAD_HOSTS: Record<SiteId, readonly string[]> = {
  linkedin: ['www.linkedin.com'],
  gmail: ['mail.google.com'],
  outlook: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'],
};

/**
 * The thread address a page gave, when it is safe to open later from the popup: https, one of the
 * site's own hosts, no credentials or port, at most fieldChars long. Anything else gives undefined.
 */
export function safeThreadUrl(site: unknown, value: unknown): string | undefined {
  if (!isSiteId(site) || typeof value !== 'string' || !value || value.length > LIMITS.fieldChars) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  return THREAD_HOSTS[site].includes(url.hostname) ? url.href : undefined;
}

/** The fields of a request payload, or none when the payload is not an object at all. */
export function fieldsOf(payload: unknown): Record<string, unknown> {
  return typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {};
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

function oneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

/** Problems with a `messages/correct` request; empty when it is well-formed. */
export function checkCorrection(payload: unknown): string[] {
  const { key, label } = fieldsOf(payload);
  const problems: string[] = [];
  if (!isText(key, LIMITS.keyChars)) problems.push(`"key" must be the key of a stored message, a text of 1 to ${LIMITS.keyChars} characters.`);
  if (!oneOf(CORRECTION_LABELS, label)) problems.push(`"label" must be one of: ${CORRECTION_LABELS.join(', ')}.`);
  return problems;
}

/** Problems with a `corrections/undo` request. */
export function checkUndo(payload: unknown): string[] {
  const { id } = fieldsOf(payload);
  return Number.isSafeInteger(id) && (id as number) > 0 ? [] : ['"id" must be the id of a correction, a whole number from 1.'];
}

/** Problems with a `recruiters/set-trust` request. */
export function checkSetTrust(payload: unknown): string[] {
  const { recruiterId, trust, note } = fieldsOf(payload);
  const problems: string[] = [];
  if (!isText(recruiterId, LIMITS.recruiterIdChars)) {
    problems.push(`"recruiterId" must be the id of a recruiter, a text of 1 to ${LIMITS.recruiterIdChars} characters.`);
  }
  if (!oneOf(TRUST_STATES, trust)) problems.push(`"trust" must be one of: ${TRUST_STATES.join(', ')}.`);
  if (note !== undefined && (typeof note !== 'string' || note.length > LIMITS.fieldChars)) {
    problems.push(`"note" must be a text of at most ${LIMITS.fieldChars} characters, or left out.`);
  }
  return problems;
}

/** Problems with a `recruiters/list` request; the limit is clamped, not refused. */
export function checkRecruiterList(payload: unknown): string[] {
  const { trust } = fieldsOf(payload);
  return trust === undefined || oneOf(TRUST_STATES, trust) ? [] : [`"trust" must be one of: ${TRUST_STATES.join(', ')}, or left out.`];
}

/** A page size from 1 to `max`; anything that is not a number gives 1, as `messages/recent` always did. */
export function pageSize(payload: unknown, max: number): number {
  const { limit } = fieldsOf(payload);
  return Math.max(1, Math.min(max, Math.floor(typeof limit === 'number' ? limit : 1) || 1));
}

/**
 * Content scripts read untrusted pages, so the worker checks every message it is asked to store.
 * Returns one sentence per problem; empty when all is well. An unsafe `threadUrl` is no problem:
 * it is removed from the message, which is stored without it.
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
    if (message.isPreview !== undefined && typeof message.isPreview !== 'boolean') {
      problems.push(`${where} has an "isPreview" that is neither true nor false.`);
    }
    if (message.recipientCount !== null && !Number.isInteger(message.recipientCount)) {
      problems.push(`${where} has a "recipientCount" that is neither a whole number nor null.`);
    }
    // A thread address is a convenience: one the popup must not open is dropped, the message kept.
    if (message.threadUrl !== undefined) {
      const safe = safeThreadUrl(message.site, message.threadUrl);
      if (safe === undefined) delete message.threadUrl;
      else message.threadUrl = safe;
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

/** Problems with a `messages/triage` request; the limit is clamped, not refused. */
export function checkTriage(payload: unknown): string[] {
  const { query } = fieldsOf(payload);
  return query === undefined || (typeof query === 'string' && query.length <= 200) ? [] : ['"query" must be a text of at most 200 characters, or left out.'];
}

/** Problems with a `messages/set-state` request. */
export function checkSetState(payload: unknown): string[] {
  const { key, state } = fieldsOf(payload);
  const problems: string[] = [];
  if (!isText(key, LIMITS.keyChars)) problems.push(`"key" must be the key of a stored message, a text of 1 to ${LIMITS.keyChars} characters.`);
  if (!oneOf(MESSAGE_STATES, state)) problems.push(`"state" must be one of: ${MESSAGE_STATES.join(', ')}.`);
  return problems;
}

/** Problems with a `replies/deliver` request. */
export function checkDeliver(payload: unknown): string[] {
  const { key, text } = fieldsOf(payload);
  const problems: string[] = [];
  if (!isText(key, LIMITS.keyChars)) problems.push(`"key" must be the key of a stored message, a text of 1 to ${LIMITS.keyChars} characters.`);
  if (!isText(text, LIMITS.bodyChars)) problems.push(`"text" must be the reply, a text of 1 to ${LIMITS.bodyChars} characters.`);
  return problems;
}

/** Problems with a `recruiters/add` request: a name, and something to recognise the recruiter by. */
export function checkRecruiterInput(payload: unknown): string[] {
  const recruiter = fieldsOf(fieldsOf(payload).recruiter);
  const problems: string[] = [];
  const { name, company, email, profileUrl, note, trust } = recruiter;
  if (typeof name !== 'string' || !name.trim() || name.length > 200) problems.push('"name" must be the recruiter\'s name, a text of 1 to 200 characters.');
  for (const [field, value] of [['company', company], ['email', email], ['profileUrl', profileUrl]] as const) {
    if (value !== undefined && (typeof value !== 'string' || value.length > 200)) problems.push(`"${field}" must be a text of at most 200 characters, or left out.`);
  }
  if (typeof email === 'string' && email.trim() && normaliseEmail(email) === null) problems.push(`"email" is not an e-mail address: "${email.slice(0, 80)}".`);
  if (typeof profileUrl === 'string' && profileUrl.trim() && linkedInSlug(profileUrl) === null) {
    problems.push(`"profileUrl" must be a LinkedIn profile address such as https://www.linkedin.com/in/jane-doe/: "${profileUrl.slice(0, 80)}".`);
  }
  if (note !== undefined && (typeof note !== 'string' || note.length > LIMITS.fieldChars)) {
    problems.push(`"note" must be a text of at most ${LIMITS.fieldChars} characters, or left out.`);
  }
  if (trust !== undefined && !oneOf(TRUST_STATES, trust)) problems.push(`"trust" must be one of: ${TRUST_STATES.join(', ')}, or left out.`);
  return problems;
}
