/**
 * Gmail driver (https://mail.google.com/mail/u/<n>/#…). Reads the thread list rows as previews and
 * the open thread's messages in full; all markup knowledge is in ./selectors.
 *
 * Keys. Gmail gives every message a legacy id in hex (`data-legacy-message-id`, and on list rows
 * `data-legacy-last-message-id` for the thread's latest message) and a newer one,
 * `data-message-id="#msg-f:<decimal>"`, which is the same number in decimal. siteMessageId is always
 * the hex form: the legacy id when present, else the decimal converted to hex; any other shape
 * (e.g. "#msg-a:r123" for a message just sent) is kept as is without its leading "#". So a row and
 * the full message it previews share one key, and the full message replaces the preview.
 * Thread keys are "gmail:" + the thread's hex id, read the same way from `data-legacy-thread-id`,
 * `data-thread-perm-id` or `data-thread-id`.
 *
 * The user's own address comes from the recipient Gmail shows as "me" (`span.g2[name="me"]`),
 * else from the account button's label, else from the page title (Gmail's title holds the address
 * in every language): only the address is read, never the wording around it.
 *
 * Rows in Sent, Drafts and Scheduled give null: there Gmail names the recipients, not a sender.
 */
import type { IncomingMessage, Sender } from '../../../core/message';
import { blockText, closestEntry, findWithin, matchesEntry, queryAllEntry, queryEntry, textOf } from '../../selectors';
import type { MessageHandle, SiteAdapter, SiteView } from '../../site-adapter';
import { GMAIL_SELECTORS as S } from './selectors';

/** The worker refuses fields longer than this (src/background/validate.ts). */
const FIELD_CHARS = 2_000;
const BODY_CHARS = 100_000;
/** A row's preview is one line; more than this is not a preview. */
const PREVIEW_CHARS = 2_000;
/** How long openReplyBox waits for Gmail to build the editor after the click, and how often it looks. */
const REPLY_WAIT_MS = 2_000;
const REPLY_POLL_MS = 50;
/** A failed look-up of the own address is retried after this long, since the header renders late. */
const OWN_RETRY_MS = 5_000;

const MAILBOX_PATH = /^\/mail\/u\/\d+\/?$/;
/** Lists whose hash is `#<list>` or `#<list>/<threadId>`. */
const PLAIN_LISTS = new Set(['inbox', 'starred', 'snoozed', 'imp', 'sent', 'scheduled', 'drafts', 'all', 'spam', 'trash']);
/** Lists whose hash is `#<list>/<name or query>` or `#<list>/<name or query>/<threadId>`. */
const NAMED_LISTS = new Set(['label', 'category', 'search', 'advanced-search']);
/** Lists of the user's own outgoing mail: their rows name the recipients, not a sender. */
const OUTGOING_LISTS = new Set(['sent', 'drafts', 'scheduled']);
/** Legacy hex ids, or the newer opaque ones ("FMfcgz…"); "p2" (page 2) is neither. */
const THREAD_IN_URL = /^(?:[0-9a-f]{12,16}|[A-Za-z0-9_-]{20,})$/;
const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+/;

// ---------------------------------------------------------------------------------------------
// Views

interface HashView {
  threadId: string | null;
}

/** The list and open thread the URL hash names, or null for settings, contacts and the like. */
function hashView(hash: string): HashView | null {
  // "#inbox?compose=new" opens a compose window over the inbox.
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  const [first = '', ...rest] = path.split('/');
  const list = first || 'inbox';
  const last = rest.at(-1) ?? '';
  if (PLAIN_LISTS.has(list)) return { threadId: rest.length === 1 && THREAD_IN_URL.test(last) ? last : null };
  if (NAMED_LISTS.has(list) && rest.length >= 1) {
    return { threadId: rest.length >= 2 && THREAD_IN_URL.test(last) ? last : null };
  }
  return null;
}

/** Gmail may keep views it left in the page, hidden; the one shown has no hidden ancestor. */
function hiddenByPage(element: HTMLElement): boolean {
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    if (node.hidden || node.style.display === 'none') return true;
  }
  return false;
}

function findRoot(doc: ParentNode): HTMLElement | null {
  const mains = queryAllEntry(doc, S.main);
  return mains.find((main) => !hiddenByPage(main)) ?? mains[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Ids and fields

function clip(text: string, max = FIELD_CHARS): string {
  return text.length > max ? text.slice(0, max) : text;
}

/**
 * The hex id Gmail's legacy attributes use: the legacy value itself, or the decimal of
 * "#msg-f:<n>" / "#thread-f:<n>" converted; other shapes are kept without the leading "#".
 */
function gmailId(legacy: string | null, modern: string | null): string | null {
  const old = legacy?.trim();
  if (old) return clip(/^[0-9a-f]+$/i.test(old) ? old.toLowerCase() : old);
  const value = modern?.trim().replace(/^#/, '');
  if (!value) return null;
  const decimal = /^(?:msg|thread)-f:(\d{1,20})$/.exec(value)?.[1];
  return clip(decimal ? BigInt(decimal).toString(16) : value);
}

/**
 * The address that opens a thread: the current page's mailbox (`/mail/u/<n>/`, the account) and
 * `#inbox/<thread id>`, which Gmail opens wherever the thread is filed. Null for an id Gmail's
 * addresses do not take.
 */
function threadUrlOf(threadId: string | null, doc: Document): string | null {
  if (!threadId || !THREAD_IN_URL.test(threadId)) return null;
  const path = doc.location?.pathname ?? '';
  const mailbox = MAILBOX_PATH.test(path) ? path.replace(/\/?$/, '/') : '/mail/u/0/';
  return `https://mail.google.com${mailbox}#inbox/${threadId}`;
}

function emailIn(text: string | null | undefined): string | null {
  const found = text ? EMAIL.exec(text)?.[0] : undefined;
  return found ? found.toLowerCase() : null;
}

function senderOf(element: HTMLElement): Sender | null {
  const email = emailIn(element.getAttribute('email'));
  const name = clip((element.getAttribute('name') ?? '').trim() || textOf(element) || (email ?? ''));
  if (!name) return null;
  return email ? { name, email: clip(email) } : { name };
}

const ownCache = new WeakMap<Document, { address: string | null; at: number }>();

/** The signed-in user's address; cached per document so reading 10,000 rows does not scan it 10,000 times. */
function ownAddress(doc: Document): string | null {
  const cached = ownCache.get(doc);
  if (cached && (cached.address || Date.now() - cached.at < OWN_RETRY_MS)) return cached.address;
  const address =
    emailIn(queryEntry(doc, S.ownRecipient)?.getAttribute('email')) ??
    emailIn(queryEntry(doc, S.account)?.getAttribute('aria-label')) ??
    emailIn(doc.title);
  ownCache.set(doc, { address, at: Date.now() });
  return address;
}

function sentAt(title: string | null | undefined, doc: Document): string {
  const date = title ? parseGmailDate(title, doc.documentElement?.lang ?? '') : null;
  return (date ?? new Date()).toISOString();
}

// ---------------------------------------------------------------------------------------------
// Dates

/** Month abbreviations (first three letters, accents removed) in en, de, fr, es, pt, it, nl. */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, ene: 1, gen: 1,
  feb: 2, fev: 2,
  mar: 3, mrt: 3,
  apr: 4, avr: 4, abr: 4,
  may: 5, mai: 5, mag: 5, mei: 5,
  jun: 6, giu: 6,
  jul: 7, lug: 7,
  aug: 8, ago: 8, aou: 8,
  sep: 9, set: 9,
  oct: 10, okt: 10, out: 10, ott: 10,
  nov: 11,
  dec: 12, dez: 12, dic: 12,
};

function monthOf(word: string): number | null {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (plain.length < 3) return null;
  // French juin and juillet share three letters.
  if (plain.startsWith('jui')) return plain[3] === 'n' ? 6 : plain[3] === 'l' ? 7 : null;
  return MONTHS[plain.slice(0, 3)] ?? null;
}

function localDate(year: number, month: number, day: number, hours: number, minutes: number): Date | null {
  if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59) return null;
  const date = new Date(year, month - 1, day, hours, minutes);
  return date.getDate() === day ? date : null;
}

/**
 * The date in a Gmail tooltip such as "Mon, Nov 23, 2026, 9:41 AM", "Mo., 23. Nov. 2026, 09:41",
 * "lun. 23 nov. 2026, 09:41", "23/11/2026, 09:41" or "2026年11月23日 9:41", in the page's local time.
 * `lang` (the page's language) settles "03/04/2026": month first only in US English.
 */
export function parseGmailDate(text: string, lang = ''): Date | null {
  const source = text.slice(0, 200);
  let hours = 0;
  let minutes = 0;
  const time = /(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([ap])\.?\s?m\.?(?![a-z]))?/i.exec(source);
  if (time) {
    hours = Number(time[1]);
    minutes = Number(time[2]);
    const half = time[3]?.toLowerCase();
    if (half) {
      if (hours < 1 || hours > 12) return null;
      hours = (hours % 12) + (half === 'p' ? 12 : 0);
    }
  }
  const rest = time ? `${source.slice(0, time.index)} ${source.slice(time.index + time[0].length)}` : source;

  const iso = /(\d{4})\s*[-年년]\s*(\d{1,2})\s*[-月월]\s*(\d{1,2})/.exec(rest);
  if (iso) return localDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), hours, minutes);
  const numeric = /(\d{1,2})([./])(\d{1,2})\2(\d{4})/.exec(rest);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[3]);
    const monthFirst = numeric[2] === '/' && (b > 12 || (a <= 12 && /^en-us$|^en$/i.test(lang)));
    return localDate(Number(numeric[4]), monthFirst ? a : b, monthFirst ? b : a, hours, minutes);
  }

  const year = /(?<!\d)(\d{4})(?!\d)/.exec(rest);
  if (!year) return null;
  // Weekdays can look like months (French "mar." is Tuesday): the month is the last one before the year.
  let month: number | null = null;
  for (const word of rest.matchAll(/\p{L}+/gu)) {
    if (word.index > year.index && month !== null) break;
    month = monthOf(word[0]) ?? month;
  }
  const day = /(?<!\d)(\d{1,2})(?!\d)/.exec(rest);
  if (month === null || !day) return null;
  return localDate(Number(year[1]), month, Number(day[1]), hours, minutes);
}

// ---------------------------------------------------------------------------------------------
// Reading messages

function isQuoteOrSignature(element: Element): boolean {
  return matchesEntry(element, S.quote) || matchesEntry(element, S.signature);
}

function messageBody(bodyElement: HTMLElement): string {
  const body = blockText(bodyElement, isQuoteOrSignature, BODY_CHARS);
  // A forward is all quote: then the quote is the message.
  return body || blockText(bodyElement, (element) => matchesEntry(element, S.signature), BODY_CHARS);
}

/** Distinct To and Cc addresses in the message header, or null when the header shows none. */
function recipientCount(message: HTMLElement, bodyElement: HTMLElement): number | null {
  const addresses = new Set<string>();
  for (const recipient of queryAllEntry(message, S.messageRecipient)) {
    if (bodyElement.contains(recipient)) continue;
    const address = emailIn(recipient.getAttribute('email'));
    if (address) addresses.add(address);
  }
  return addresses.size || null;
}

function extractMessage(message: HTMLElement, doc: Document): IncomingMessage | null {
  const siteMessageId = gmailId(message.getAttribute('data-legacy-message-id'), message.getAttribute('data-message-id'));
  const senderElement = queryEntry(message, S.messageSender);
  // A collapsed message has no body yet: Gmail adds it when the user expands it.
  const bodyElement = queryEntry(message, S.messageBody);
  if (!siteMessageId || !senderElement || !bodyElement) return null;
  const sender = senderOf(senderElement);
  if (!sender) return null;
  // The subject of the same view: Gmail may keep other, hidden views in the page.
  const subjectElement = queryEntry(closestEntry(message, S.main) ?? doc, S.threadSubject);
  const threadId = subjectElement
    ? gmailId(subjectElement.getAttribute('data-legacy-thread-id'), subjectElement.getAttribute('data-thread-perm-id'))
    : null;
  const own = ownAddress(doc);
  const threadUrl = threadUrlOf(threadId, doc);
  return {
    site: 'gmail',
    siteMessageId,
    // Without the header, the message's own id: Gmail names a thread after its first message.
    threadKey: `gmail:${threadId ?? siteMessageId}`,
    ...(threadUrl ? { threadUrl } : {}),
    sender,
    subject: subjectElement ? clip(textOf(subjectElement)) || null : null,
    body: messageBody(bodyElement),
    sentAt: sentAt(queryEntry(message, S.messageDate)?.getAttribute('title'), doc),
    isOwn: (own !== null && sender.email === own) || matchesEntry(senderElement, S.ownRecipient),
    inMail: false,
    recipientCount: recipientCount(message, bodyElement),
  };
}

function rowPreview(row: HTMLElement): string {
  const preview = queryEntry(row, S.rowPreview);
  if (!preview) return '';
  const separator = queryEntry(preview, S.rowPreviewSeparator);
  const text = blockText(preview, (element) => matchesEntry(element, S.rowPreviewSeparator), PREVIEW_CHARS);
  return separator ? text : text.replace(/^[-–—]\s+/, '');
}

/** The list the page's URL names ("inbox", "sent", "label"…); empty for a document without a URL. */
function listOf(doc: Document): string {
  return (doc.location?.hash ?? '').replace(/^#/, '').split(/[/?]/)[0] ?? '';
}

function extractRow(row: HTMLElement, doc: Document): IncomingMessage | null {
  if (OUTGOING_LISTS.has(listOf(doc))) return null;
  const subjectElement = queryEntry(row, S.rowSubject);
  if (!subjectElement) return null;
  // The id of the thread's latest message, so the full message later replaces this preview.
  const siteMessageId = gmailId(subjectElement.getAttribute('data-legacy-last-message-id'), null);
  const threadId = gmailId(subjectElement.getAttribute('data-legacy-thread-id'), subjectElement.getAttribute('data-thread-id'));
  // Participants are listed oldest first; the last one wrote the message the preview shows.
  const senderElement = queryAllEntry(row, S.rowSender).at(-1);
  if (!siteMessageId || !threadId || !senderElement) return null;
  const sender = senderOf(senderElement);
  if (!sender) return null;
  const own = ownAddress(doc);
  const threadUrl = threadUrlOf(threadId, doc);
  return {
    site: 'gmail',
    siteMessageId,
    threadKey: `gmail:${threadId}`,
    ...(threadUrl ? { threadUrl } : {}),
    sender,
    subject: clip(textOf(subjectElement)) || null,
    body: rowPreview(row),
    sentAt: sentAt(queryEntry(row, S.rowDate)?.getAttribute('title'), doc),
    isOwn: (own !== null && sender.email === own) || matchesEntry(senderElement, S.ownRecipient),
    inMail: false,
    recipientCount: null,
    isPreview: true,
  };
}

// ---------------------------------------------------------------------------------------------
// Finding messages and the reply box

/** Drops matches nested in an earlier match (document order), so no message is found twice. */
function outermost(elements: HTMLElement[]): HTMLElement[] {
  const kept: HTMLElement[] = [];
  for (const element of elements) {
    const last = kept.at(-1);
    if (!last || !last.contains(element)) kept.push(element);
  }
  return kept;
}

/** Gmail's buttons answer mousedown/mouseup rather than click alone; send the whole sequence. */
function press(button: HTMLElement): void {
  for (const type of ['mousedown', 'mouseup']) {
    button.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
  }
  button.click();
}

/** Polls with timeouts rather than animation frames, which stop in a background tab. */
function waitFor<T>(find: () => T | null, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    let tries = Math.ceil(ms / REPLY_POLL_MS);
    const look = (): void => {
      let found: T | null = null;
      try {
        found = find();
      } catch {
        found = null;
      }
      if (found || tries <= 0) {
        resolve(found);
        return;
      }
      tries -= 1;
      setTimeout(look, REPLY_POLL_MS);
    };
    look();
  });
}

export const gmailAdapter: SiteAdapter = {
  site: 'gmail',

  view(url: URL, doc: Document): SiteView | null {
    try {
      if (url.protocol !== 'https:' || url.hostname !== 'mail.google.com' || !MAILBOX_PATH.test(url.pathname)) return null;
      // Print and pop-out windows (?view=pt, ?view=btop) are not the mailbox.
      if (url.searchParams.has('view')) return null;
      const fromHash = hashView(url.hash);
      if (!fromHash) return null;
      const main = findRoot(doc);
      const threadShown = main !== null && (queryEntry(main, S.threadSubject) ?? queryEntry(main, S.message)) !== null;
      const rowsShown = main !== null && queryEntry(main, S.row) !== null;
      const kind = fromHash.threadId !== null || (threadShown && !rowsShown) ? 'thread' : 'thread-list';
      return { kind, hasOpenThread: threadShown };
    } catch {
      return null;
    }
  },

  root(doc: Document): HTMLElement | null {
    try {
      return findRoot(doc);
    } catch {
      return null;
    }
  },

  findMessages(scope: ParentNode): MessageHandle[] {
    try {
      const handles: MessageHandle[] = [];
      for (const row of findWithin(scope, S.row)) {
        const anchor = queryEntry(row, S.rowSender) ?? queryEntry(row, S.rowSubject) ?? row;
        handles.push({ element: row, anchor, kind: 'row' });
      }
      for (const message of outermost(findWithin(scope, S.message))) {
        handles.push({ element: message, anchor: queryEntry(message, S.messageSender) ?? message, kind: 'message' });
      }
      return handles;
    } catch {
      return [];
    }
  },

  extract(handle: MessageHandle, doc: Document): IncomingMessage | null {
    try {
      return handle.kind === 'row' ? extractRow(handle.element, doc) : extractMessage(handle.element, doc);
    } catch {
      return null;
    }
  },

  async openReplyBox(doc: Document, handle: MessageHandle | null): Promise<HTMLElement | null> {
    try {
      // Only the thread's own view: a compose window outside it would write a new mail, not a reply.
      const scope = (handle && closestEntry(handle.element, S.main)) ?? findRoot(doc);
      if (!scope) return null;
      const open = queryEntry(scope, S.replyEditor);
      if (open) return open;
      if (handle?.kind === 'row') return null;
      // Gmail's own Reply answers the last message; do the same when no message is named.
      const messages = outermost(queryAllEntry(scope, S.message));
      const candidates = handle ? [handle.element, ...messages.reverse()] : messages.reverse();
      let button: HTMLElement | null = null;
      for (const message of candidates) {
        button = queryEntry(message, S.replyButton);
        if (button) break;
      }
      if (!button) return null;
      press(button);
      return await waitFor(() => queryEntry(scope, S.replyEditor), REPLY_WAIT_MS);
    } catch {
      return null;
    }
  },
};
