/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com): the virtualised
 * message list and the reading pane. Every selector comes from the registry in ./selectors; the
 * rest is found by structure, since class names are obfuscated and labels are localised.
 */
import type { IncomingMessage, Sender } from '../../../core/message';
import { blockText, closestEntry, findWithin, matchesEntry, queryEntry, textOf } from '../../selectors';
import type { MessageHandle, SiteAdapter, SiteView } from '../../site-adapter';
import { OUTLOOK_SELECTORS as S } from './selectors';

const HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']);
const MAIL_PATH = /^\/mail(\/|$)/;

/** Enough for any real recruiter mail; a 5 MB message costs no more than this. */
const MAX_BODY_CHARS = 50_000;
/** Row, subject and sender texts are short on the site; cap what a hostile page could put there. */
const MAX_FIELD_CHARS = 2_000;
/** A row is a handful of elements; never walk more of one than this. */
const MAX_ROW_ELEMENTS = 200;
/** Titled elements looked at in a message header for recipients and the time. */
const MAX_HEADER_TITLES = 100;
const REPLY_WAIT_MS = 2_000;
const REPLY_POLL_MS = 100;
/** Node.DOCUMENT_POSITION_FOLLOWING, without relying on the page's Node global. */
const FOLLOWING = 4;

const EMAIL = /[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+\.[a-z]{2,}/i;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);

export const outlookAdapter: SiteAdapter = {
  site: 'outlook',

  view(url: URL, doc: Document): SiteView | null {
    try {
      if (url.protocol !== 'https:' || !HOSTS.has(url.hostname) || !MAIL_PATH.test(url.pathname)) return null;
      // The URL alone says "mail"; whether a conversation is open, only the page knows.
      const pane = queryEntry(doc, S.readingPane);
      const open = pane !== null && queryEntry(pane, S.sender) !== null && queryEntry(pane, S.body) !== null;
      return open ? { kind: 'reading-pane', hasOpenThread: true } : { kind: 'mail-list', hasOpenThread: false };
    } catch {
      return null;
    }
  },

  root(doc: Document): HTMLElement | null {
    try {
      const list = queryEntry(doc, S.mailList);
      const pane = queryEntry(doc, S.readingPane);
      if (list && pane) return commonAncestor(list, pane);
      const one = list ?? pane;
      if (!one) return null;
      // Only one of the two is shown: watch the main region, where the other one will appear.
      return one.closest<HTMLElement>('[role="main"]') ?? one;
    } catch {
      return null;
    }
  },

  findMessages(scope: ParentNode): MessageHandle[] {
    try {
      const rows = findWithin(scope, S.row).map(rowHandle);
      return [...rows, ...paneMessages(scope)];
    } catch {
      return [];
    }
  },

  extract(handle: MessageHandle, doc: Document): IncomingMessage | null {
    try {
      return handle.kind === 'row' ? extractRow(handle.element, doc) : extractMessage(handle, doc);
    } catch {
      return null;
    }
  },

  async openReplyBox(doc: Document, handle: MessageHandle | null): Promise<HTMLElement | null> {
    try {
      const open = queryEntry(doc, S.editor);
      if (open) return open;
      const pane = queryEntry(doc, S.readingPane);
      if (!pane) return null;
      if (handle?.kind === 'row') {
        // A row stands for its conversation: reply only when that conversation is the open one.
        const wanted = handle.element.getAttribute('data-convid');
        const shown = conversationId(pane);
        if (wanted && shown && wanted !== shown) return null;
      }
      const own = handle?.kind === 'message' && pane.contains(handle.element) ? replyButton(handle.element) : null;
      const button = own ?? replyButton(pane);
      if (!button) return null;
      button.click();
      return await poll(() => queryEntry(doc, S.editor), REPLY_WAIT_MS);
    } catch {
      return null;
    }
  },
};

// ---- structure ----

/** The smallest element holding both: the content script observes only it. */
function commonAncestor(a: HTMLElement, b: HTMLElement): HTMLElement | null {
  for (let node: HTMLElement | null = a; node; node = node.parentElement) {
    if (node.contains(b)) return node;
  }
  return null;
}

function rowHandle(row: HTMLElement): MessageHandle {
  return { element: row, anchor: rowParts(row, '').sender ?? row, kind: 'row' };
}

/**
 * Messages of the reading pane: each sender element paired with the body sharing its card, the
 * card being their lowest common ancestor that holds no other sender. Collapsed messages (a sender
 * and no body) are left for when they are expanded.
 */
function paneMessages(scope: ParentNode): MessageHandle[] {
  const froms = findWithin(scope, S.sender);
  const bodies = findWithin(scope, S.body);
  const handles = pairMessages(froms, bodies);
  if (!isElement(scope) || handles.length >= Math.max(froms.length, bodies.length)) return handles;
  // A body (or a header) was added into an existing card: look at the card it belongs to.
  const pane = closestEntry(scope, S.readingPane);
  if (!pane || pane === scope) return handles;
  return pairMessages(findWithin(pane, S.sender), findWithin(pane, S.body)).filter(
    (h) => h.element.contains(scope) || scope.contains(h.element),
  );
}

function pairMessages(froms: readonly HTMLElement[], bodies: readonly HTMLElement[]): MessageHandle[] {
  if (!froms.length || !bodies.length) return [];
  // For each ancestor of a sender: that sender, or null once it holds several.
  const owner = new Map<Element, HTMLElement | null>();
  for (const from of froms) {
    for (let node = from.parentElement; node; node = node.parentElement) {
      const seen = owner.get(node);
      if (seen === undefined) owner.set(node, from);
      else if (seen === null) break;
      else owner.set(node, null);
    }
  }
  const handles: MessageHandle[] = [];
  const taken = new Set<Element>();
  for (const body of bodies) {
    for (let node = body.parentElement; node; node = node.parentElement) {
      const from = owner.get(node);
      if (from === undefined) continue;
      if (from && !taken.has(node)) {
        taken.add(node);
        handles.push({ element: node as HTMLElement, anchor: from, kind: 'message' });
      }
      break;
    }
  }
  return handles;
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

/** The conversation shown in the reading pane. */
function conversationId(pane: Element): string | null {
  const own = pane.getAttribute('data-convid');
  if (own) return own;
  const holder = queryEntry(pane, S.conversation);
  return holder?.getAttribute('data-convid') || null;
}

function replyButton(scope: Element): HTMLElement | null {
  const icon = queryEntry(scope, S.replyIcon);
  const button = icon?.closest<HTMLElement>('button, [role="button"]') ?? null;
  if (!button || button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true') return null;
  return button;
}

function poll(find: () => HTMLElement | null, timeoutMs: number): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = (): void => {
      let found: HTMLElement | null = null;
      try {
        found = find();
      } catch {
        found = null;
      }
      if (found || Date.now() - started >= timeoutMs) resolve(found);
      else setTimeout(tick, REPLY_POLL_MS);
    };
    tick();
  });
}

// ---- list rows ----

interface RowParts {
  sender: HTMLElement | null;
  subject: HTMLElement | null;
  preview: HTMLElement[];
  time: HTMLElement | null;
}

/**
 * A row's text parts in reading order, found by structure: the outermost elements holding text
 * of their own, outside aria-hidden decoration (avatars). Sender, subject, then the preview; the
 * time is the part whose text or title reads as a date.
 */
function rowParts(row: HTMLElement, lang: string): RowParts {
  const parts: HTMLElement[] = [];
  let time: HTMLElement | null = null;
  const all = row.querySelectorAll<HTMLElement>('*');
  const limit = Math.min(all.length, MAX_ROW_ELEMENTS);
  for (let i = 0; i < limit; i += 1) {
    const element = all[i];
    if (!element || hiddenWithin(element, row)) continue;
    if (parts.some((part) => part.contains(element)) || time?.contains(element)) continue;
    if (!hasOwnText(element)) continue;
    if (!time && isTimePart(element, lang)) {
      time = element;
      continue;
    }
    parts.push(element);
  }
  return { sender: parts[0] ?? null, subject: parts[1] ?? null, preview: parts.slice(2), time };
}

/** Decoration a reader does not see as text: avatars (aria-hidden), hidden parts, icons. */
function hiddenWithin(element: Element, row: Element): boolean {
  for (let node: Element | null = element; node && node !== row; node = node.parentElement) {
    if (SKIP_TAGS.has(node.tagName) || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return true;
  }
  return false;
}

function hasOwnText(element: Element): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim()) return true;
  }
  return false;
}

const TIME_TEXT =
  /^(?:\p{L}{1,12}\.?,?\s+)?(?:\d{1,2}[:h]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?|\d{1,2}\.?\s+\p{L}{3,12}\.?)$/iu;

function timeOf(element: HTMLElement, lang: string): string | null {
  return (
    parseShownDate(element.getAttribute('datetime') ?? '', lang) ??
    parseShownDate(element.getAttribute('title') ?? '', lang) ??
    parseShownDate(textOf(element), lang)
  );
}

function isTimePart(element: HTMLElement, lang: string): boolean {
  if (element.tagName === 'TIME') return true;
  const text = textOf(element);
  if (text.length > 40 || !/\d/.test(text)) return false;
  if (TIME_TEXT.test(text)) return true;
  const title = element.getAttribute('title');
  return !!title && title.trim() !== text && parseShownDate(title, lang) !== null;
}

function extractRow(row: HTMLElement, doc: Document): IncomingMessage | null {
  const convid = row.getAttribute('data-convid')?.trim();
  if (!convid) return null;
  const lang = doc.documentElement?.lang ?? '';
  const parts = rowParts(row, lang);
  let name = clip(textOf(parts.sender));
  let subject: string | null = clip(textOf(parts.subject)) || null;
  let body = clip(parts.preview.map((part) => textOf(part)).join(' '));
  if (!subject && !body) {
    // No structure we know: the row's own summary (sender, subject, time, preview in the UI
    // language) is the last resort, kept whole since its order is not ours to split.
    const label = clip((row.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim());
    if (!label && !name) return null;
    body = label;
    subject = null;
    if (name && label === name) name = '';
  }
  const email = parts.sender ? addressIn(parts.sender) : null;
  const own = ownAddress(doc);
  const sender: Sender = { name: name || email || '' };
  if (email) sender.email = email;
  const shown = parts.time ? timeOf(parts.time, lang) : null;
  const threadUrl = threadUrlOf(doc, convid, false);
  return {
    site: 'outlook',
    siteMessageId: `row:${convid}`,
    threadKey: `outlook:${convid}`,
    ...(threadUrl ? { threadUrl } : {}),
    sender,
    subject,
    body,
    sentAt: shown ?? new Date().toISOString(),
    isOwn: !!email && !!own && email.toLowerCase() === own,
    recipientCount: null,
    isPreview: true,
  };
}

/** An address the element (or a titled descendant) shows, as the real rows do in their title. */
function addressIn(element: Element): string | null {
  const title = element.getAttribute('title');
  const own = title ? EMAIL.exec(title)?.[0] : undefined;
  if (own) return own;
  const titled = element.querySelector('[title*="@"]');
  return (titled && EMAIL.exec(titled.getAttribute('title') ?? '')?.[0]) || null;
}

// ---- reading-pane messages ----

function extractMessage(handle: MessageHandle, doc: Document): IncomingMessage | null {
  const card = handle.element;
  const from = matchesEntry(handle.anchor, S.sender) ? handle.anchor : queryEntry(card, S.sender);
  const bodyElement = queryEntry(card, S.body);
  if (!from || !bodyElement) return null;
  const pane = closestEntry(card, S.readingPane);
  const subjectElement = queryEntry(pane ?? doc, S.subject);

  const messagePart = /^MSG_(.+)_FROM$/.exec(from.id)?.[1] ?? '';
  const bodyPart = /^UniqueMessageBody_?(.*)$/.exec(bodyElement.id)?.[1] ?? '';
  const convid = card.closest('[data-convid]')?.getAttribute('data-convid') || (pane && conversationId(pane)) || subjectConversation(subjectElement);
  const local = messagePart || (bodyPart ? `body-${bodyPart}` : '');
  if (!local && !convid) return null;
  const siteMessageId = convid ? (local ? `${convid}:${local}` : convid) : local;
  const threadKey = `outlook:${convid || `msg:${local}`}`;

  const sender = senderOf(from);
  const own = ownAddress(doc);
  const lang = doc.documentElement?.lang ?? '';
  const header = headerOf(from, card);
  const subject = subjectElement ? clip((subjectElement.getAttribute('title') ?? '').trim() || textOf(subjectElement)) || null : null;
  const threadUrl = threadUrlOf(doc, convid || null, pane !== null);
  return {
    site: 'outlook',
    siteMessageId,
    threadKey,
    ...(threadUrl ? { threadUrl } : {}),
    sender,
    subject,
    body: messageBody(bodyElement),
    sentAt: messageTime(card, header, bodyElement, lang) ?? new Date().toISOString(),
    isOwn: !!sender.email && !!own && sender.email.toLowerCase() === own,
    recipientCount: recipientCount(header, from, bodyElement),
  };
}

/** The page's own address, when it is an Outlook mail page. */
function mailPage(doc: Document): URL | null {
  try {
    const url = new URL(doc.location?.href ?? '');
    return url.protocol === 'https:' && HOSTS.has(url.hostname) && MAIL_PATH.test(url.pathname) ? url : null;
  } catch {
    return null;
  }
}

/**
 * The address that opens a conversation: `…/mail/inbox/id/<id>` on this page's host, keeping an
 * account prefix (`/mail/0/`); for the reading pane, the page's own address when it already names
 * the open item. Null when the page is no Outlook mail page.
 */
function threadUrlOf(doc: Document, convid: string | null, openInPane: boolean): string | null {
  const page = mailPage(doc);
  if (!page) return null;
  if (openInPane && /\/id\/[^/]+/.test(page.pathname)) return `${page.origin}${page.pathname}`;
  if (!convid) return null;
  const account = /^\/mail\/(\d+)\//.exec(page.pathname)?.[1];
  return `${page.origin}/mail/${account === undefined ? '' : `${account}/`}inbox/id/${encodeURIComponent(convid)}`;
}

function subjectConversation(subject: Element | null): string | null {
  return (subject && /^CONV_(.+)_SUBJECT$/.exec(subject.id)?.[1]) || null;
}

/**
 * The sender from the element's aria-label, whose localised prefix ("From:", "De :", "Von:") ends
 * at the first colon, so no word of any language is needed; its text where the label says less.
 */
function senderOf(from: HTMLElement): Sender {
  const label = (from.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();
  const colon = label.search(/[:：]/);
  const fromLabel = colon >= 0 ? parseAddress(label.slice(colon + 1)) : { name: '', email: null };
  const fromText = parseAddress(textOf(from));
  const email = fromLabel.email ?? fromText.email ?? addressIn(from);
  const name = clip(fromLabel.name || fromText.name || email || '');
  const sender: Sender = { name };
  if (email) sender.email = email;
  return sender;
}

function parseAddress(raw: string): { name: string; email: string | null } {
  const text = raw.replace(/\s+/g, ' ').trim();
  const angle = /<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(text);
  const email = angle?.[1] ?? EMAIL.exec(text)?.[0] ?? null;
  let name = angle ? text.slice(0, angle.index) : email ? text.replace(email, '') : text;
  name = name.replace(/^[\s"'“”„«»]+|[\s"'“”„«»,;]+$/g, '').trim();
  return { name, email: email && EMAIL.test(email) ? email : null };
}

/** The user's own address, from the mailbox root in the folder pane. */
function ownAddress(doc: Document): string | null {
  const root = queryEntry(doc, S.ownAddress);
  if (!root) return null;
  for (const value of [root.getAttribute('data-folder-name'), root.getAttribute('title')]) {
    const email = value ? EMAIL.exec(value)?.[0] : undefined;
    if (email) return email.toLowerCase();
  }
  return null;
}

/** The part of the card that holds the sender: its direct child on the way up from the sender. */
function headerOf(from: HTMLElement, card: HTMLElement): HTMLElement {
  let node: HTMLElement = from;
  while (node.parentElement && node.parentElement !== card) node = node.parentElement;
  return node.parentElement === card ? node : card;
}

/** Titled elements of the header outside the sender and the body, in order, bounded. */
function headerTitles(header: HTMLElement, exclude: readonly Element[]): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of header.querySelectorAll<HTMLElement>('[title]')) {
    if (found.length >= MAX_HEADER_TITLES) break;
    if (exclude.some((e) => e.contains(element))) continue;
    found.push(element);
  }
  return found;
}

/** To and Cc as the header shows them: elements titled with an address; null where none shows. */
function recipientCount(header: HTMLElement, from: HTMLElement, body: HTMLElement): number | null {
  const addresses = new Set<string>();
  for (const element of headerTitles(header, [from, body])) {
    const email = EMAIL.exec(element.getAttribute('title') ?? '')?.[0];
    if (email) addresses.add(email.toLowerCase());
  }
  return addresses.size ? addresses.size : null;
}

function messageTime(card: HTMLElement, header: HTMLElement, body: HTMLElement, lang: string): string | null {
  for (const time of card.querySelectorAll<HTMLElement>('time')) {
    if (body.contains(time)) continue;
    const shown = timeOf(time, lang);
    if (shown) return shown;
  }
  // The header's titled elements first (the time sits there), then the rest of the card.
  const titled = header === card ? headerTitles(card, [body]) : [...headerTitles(header, [body]), ...headerTitles(card, [header, body])];
  for (const element of titled) {
    const title = element.getAttribute('title') ?? '';
    if (EMAIL.test(title)) continue;
    const shown = parseShownDate(title, lang);
    if (shown) return shown;
  }
  return null;
}

// ---- message body ----

/**
 * The body as a reader sees it, without quoted earlier mail (Outlook's reply header and all after
 * it, blockquotes, "-----Original Message-----" style separators) and recognisable signatures.
 */
function messageBody(body: HTMLElement): string {
  // The earliest marker in the body, whichever it is: everything from there on is quoted.
  const cut = body.querySelector(S.quoteStart.css.join(', '));
  const skip = (element: Element): boolean =>
    matchesEntry(element, S.quoteBlock) ||
    matchesEntry(element, S.signature) ||
    (cut !== null && (element === cut || ((cut.compareDocumentPosition(element) & FOLLOWING) !== 0 && !element.contains(cut))));
  return trimQuotedText(blockText(body, skip, MAX_BODY_CHARS));
}

const SEPARATOR_WORDS = [
  'original message', 'ursprüngliche nachricht', "message d'origine", 'mensaje original', 'messaggio originale',
  'oorspronkelijk bericht', 'mensagem original', 'originalmeddelande', 'opprinnelig melding', 'oprindelig meddelelse',
  'alkuperäinen viesti', 'wiadomość oryginalna', 'původní zpráva', 'forwarded message', 'message transféré',
  'weitergeleitete nachricht', 'mensaje reenviado', 'messaggio inoltrato', 'doorgestuurd bericht', 'mensagem encaminhada',
].join('|');
const SEPARATOR = new RegExp(`^[-_=*\\s]{2,}(?:${SEPARATOR_WORDS})[-_=*\\s]{2,}$`, 'i');
const RULE = /^_{10,}$/;
const HEADER_FROM = /^\*?(?:from|de|von|da|van|från|fra|od|от|差出人|发件人)\s?\*?\s?[:：]/i;
const HEADER_SENT =
  /^\*?(?:sent|date|envoyé|gesendet|datum|enviado|fecha|inviato|data|verzonden|skickat|sendt|wysłano|odesláno|отправлено|送信日時|发送时间)\s?\*?\s?[:：]/i;
// "On <date>, <name> wrote:"; German puts the name after the verb ("Am … schrieb <name>:").
const WROTE =
  /^(?:on|am|le|el|il|em|op|den|w dniu|dne)\b.{4,240}?(?:wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef|skrev|napisał|napsal).{0,160}[:：]$/i;
const MOBILE_SIGNATURE = /^.{0,30}\boutlook (?:for|pour|für|para|per|voor) (?:ios|android)\b.{0,20}$/i;

function trimQuotedText(text: string): string {
  const lines = text.split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const next = lines.slice(i + 1, i + 4);
    if (
      SEPARATOR.test(line) ||
      line === '--' ||
      WROTE.test(line) ||
      WROTE.test(`${line} ${lines[i + 1] ?? ''}`.trim()) ||
      (HEADER_FROM.test(line) && next.some((l) => HEADER_SENT.test(l))) ||
      (RULE.test(line) && next.slice(0, 2).some((l) => HEADER_FROM.test(l)))
    ) {
      end = i;
      break;
    }
  }
  return lines
    .slice(0, end)
    .filter((line) => !MOBILE_SIGNATURE.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---- dates ----

const MONTHS: Record<string, number> = {
  jan: 1, ene: 1, gen: 1, feb: 2, fev: 2, mar: 3, maa: 3, apr: 4, avr: 4, abr: 4, may: 5, mai: 5, mag: 5, mei: 5,
  jun: 6, giu: 6, jul: 7, lug: 7, aug: 8, aou: 8, ago: 8, sep: 9, set: 9, oct: 10, okt: 10, ott: 10,
  out: 10, nov: 11, dec: 12, dez: 12, dic: 12,
};

function monthOf(word: string): number | null {
  const plain = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  // French "juin" and "juillet" share their first three letters.
  if (plain.startsWith('juil')) return 7;
  if (plain.startsWith('juin')) return 6;
  return MONTHS[plain.slice(0, 3)] ?? null;
}

/**
 * A date as Outlook shows it, in any of its UI languages: "Sat 28/11/2026 10:47",
 * "sam. 28/11/2026 10:47", "28.11.2026 10:47", "11/28/2026 10:47 AM", "28 novembre 2026 10:47",
 * "Nov 28, 2026", ISO. Day and month are told apart by their values, then by the page language
 * (only US English writes the month first). Null when the text holds no full date.
 */
export function parseShownDate(text: string, lang = ''): string | null {
  const value = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (!value) return null;
  let year: number;
  let month: number;
  let day: number;
  let rest: string;
  const iso = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(value);
  const numeric = /(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b/.exec(value);
  const dayFirst = /(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})/u.exec(value);
  const monthFirst = /(\p{L}{3,12})\.?\s+(\d{1,2}),?\s+(\d{4})/u.exec(value);
  if (iso) {
    if (iso[6] || iso[4]) {
      const parsed = Date.parse(iso[0].replace(' ', 'T'));
      if (!Number.isNaN(parsed)) return new Date(parsed).toISOString();
    }
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    rest = value.slice(iso.index + iso[0].length);
  } else if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const monthFirstOrder = a <= 12 && (b > 12 || (b <= 12 && /^en-us\b/i.test(lang)));
    [month, day] = monthFirstOrder ? [a, b] : [b, a];
    year = Number(numeric[3]);
    if (year < 100) year += 2000;
    rest = value.slice(numeric.index + numeric[0].length);
  } else if (dayFirst && monthOf(dayFirst[2] ?? '') !== null) {
    [day, month, year] = [Number(dayFirst[1]), monthOf(dayFirst[2] ?? '') ?? 0, Number(dayFirst[3])];
    rest = value.slice(dayFirst.index + dayFirst[0].length);
  } else if (monthFirst && monthOf(monthFirst[1] ?? '') !== null) {
    [month, day, year] = [monthOf(monthFirst[1] ?? '') ?? 0, Number(monthFirst[2]), Number(monthFirst[3])];
    rest = value.slice(monthFirst.index + monthFirst[0].length);
  } else {
    return null;
  }
  let hours = 0;
  let minutes = 0;
  const clock = /(\d{1,2})[:h](\d{2})(?:\s?([ap])\.?\s?m\.?)?/i.exec(rest);
  if (clock) {
    hours = Number(clock[1]);
    minutes = Number(clock[2]);
    const half = clock[3]?.toLowerCase();
    if (half === 'p' && hours < 12) hours += 12;
    if (half === 'a' && hours === 12) hours = 0;
    if (hours > 23 || minutes > 59) [hours, minutes] = [0, 0];
  }
  const date = new Date(year, month - 1, day, hours, minutes);
  if (Number.isNaN(date.getTime()) || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date.toISOString();
}

function clip(text: string): string {
  return text.length > MAX_FIELD_CHARS ? text.slice(0, MAX_FIELD_CHARS) : text;
}
