/**
 * LinkedIn messaging: the full messaging page (conversation list + open thread) and the messaging
 * overlay that floats over every other LinkedIn page. Markup facts come from site-dom.md; every
 * selector lives in ./selectors.ts. Nothing here throws into the page or writes to it.
 */
import type { IncomingMessage, Sender } from '../../../core/message';
import { fold } from '../../../core/text';
import { blockText, closestEntry, findWithin, matchesEntry, queryAllEntry, queryEntry } from '../../selectors';
import type { MessageHandle, SiteAdapter, SiteView } from '../../site-adapter';
import { LINKEDIN as S } from './selectors';

const ORIGIN = 'https://www.linkedin.com';
/** The worker refuses fields longer than this (LIMITS.fieldChars) and bodies longer than BODY_CHARS. */
const FIELD_CHARS = 2_000;
const BODY_CHARS = 100_000;
/** How far back a message looks for its group header or day heading: bounds work on huge threads. */
const WALK_LIMIT = 400;
/** How many rows are compared by name when no row is marked as the open conversation. */
const ROW_MATCH_LIMIT = 100;

// Localised texts, used only as the last fallback after the selectors above.
const OWN_PREFIXES = new Set(['you', 'sie', 'du', 'vous', 'tú', 'usted', 'você']);
const INMAIL_LABELS = new Set(['inmail', 'mensaje inmail', 'message inmail', 'mensagem inmail', 'inmail-nachricht']);
const A11Y_NAME_PATTERNS = [
  /^(.{1,120}?) sent the following messages?\b/i,
  /^(.{1,120}?) hat (?:die )?folgenden? Nachrichte?n?\b/i,
  /^(.{1,120}?) a envoyé (?:les|le) messages? suivants?\b/i,
  /^(.{1,120}?) envió (?:los|el) siguientes? mensajes?\b/i,
  /^(.{1,120}?) enviou (?:as|a) seguintes? mensage/i,
];
const TODAY = new Set(['today', 'heute', 'aujourd', 'hoy', 'hoje']);
const YESTERDAY = new Set(['yesterday', 'gestern', 'hier', 'ayer', 'ontem']);
// Folded names; a heading may abbreviate them ("Nov.", "déc."), so a token matches by prefix.
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'januar', 'janvier', 'enero', 'janeiro', 'jan', 'janv', 'ene'],
  ['february', 'februar', 'fevrier', 'febrero', 'fevereiro', 'feb', 'fev', 'fevr'],
  ['march', 'marz', 'mars', 'marzo', 'marco', 'mar', 'maerz'],
  ['april', 'avril', 'abril', 'apr', 'avr', 'abr'],
  ['may', 'mai', 'mayo', 'maio'],
  ['june', 'juni', 'juin', 'junio', 'junho', 'jun'],
  ['july', 'juli', 'juillet', 'julio', 'julho', 'jul', 'juil'],
  ['august', 'aout', 'agosto', 'aug', 'ago'],
  ['september', 'septembre', 'septiembre', 'setembro', 'sep', 'sept', 'set'],
  ['october', 'oktober', 'octobre', 'octubre', 'outubro', 'oct', 'okt', 'out'],
  ['november', 'novembre', 'noviembre', 'novembro', 'nov'],
  ['december', 'dezember', 'decembre', 'diciembre', 'dezembro', 'dec', 'dez', 'dic'],
];
const WEEKDAYS: readonly (readonly string[])[] = [
  ['sunday', 'sonntag', 'dimanche', 'domingo'],
  ['monday', 'montag', 'lundi', 'lunes', 'segunda'],
  ['tuesday', 'dienstag', 'mardi', 'martes', 'terca'],
  ['wednesday', 'mittwoch', 'mercredi', 'miercoles', 'quarta'],
  ['thursday', 'donnerstag', 'jeudi', 'jueves', 'quinta'],
  ['friday', 'freitag', 'vendredi', 'viernes', 'sexta'],
  ['saturday', 'samstag', 'samedi', 'sabado'],
];
const HEADLINE_AT = /\s(?:at|@|bei|chez|en|em|na|no|für|fuer)\s+(.+)$/i;

interface Day {
  year: number;
  month: number;
  day: number;
}

/** What a thread says about itself: the same for every message in it. */
interface ThreadContext {
  threadKey: string;
  /** The address that opens the thread, when the page's URL names it; '' otherwise. */
  threadUrl: string;
  headerName: string;
  headline: string;
  profileUrl: string;
  inMail: boolean;
}

const clip = (text: string, max = FIELD_CHARS): string => text.slice(0, max);

function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

function docUrl(doc: Document): URL | null {
  try {
    const href = doc.location?.href || doc.URL;
    return href ? new URL(href) : null;
  } catch {
    return null;
  }
}

function isMessagingPath(url: URL): boolean {
  return url.pathname === '/messaging' || url.pathname.startsWith('/messaging/');
}

/** The thread id of `/messaging/thread/<id>/`, or null. */
function threadIdFrom(url: URL | null): string | null {
  const match = url ? /^\/messaging\/thread\/([^/?#]{1,200})/.exec(url.pathname) : null;
  return match?.[1] && /^[\w=.,~%-]+$/.test(match[1]) ? match[1] : null;
}

/** The address that opens a thread of the messaging page. */
function threadUrlOf(id: string): string {
  return `${ORIGIN}/messaging/thread/${id}/`;
}

/** https://www.linkedin.com/in/<slug>/ from any profile link, or '' when the href is no profile. */
function profileUrlOf(link: Element | null): string {
  const href = link?.getAttribute('href');
  if (!href) return '';
  try {
    const url = new URL(href, ORIGIN);
    if (url.hostname !== 'www.linkedin.com' && url.hostname !== 'linkedin.com') return '';
    const slug = /^\/in\/([^/?#]{1,200})/.exec(url.pathname)?.[1];
    return slug && /^[\w%.-]+$/.test(slug) ? `${ORIGIN}/in/${slug}/` : '';
  } catch {
    return '';
  }
}

function slugOf(profileUrl: string): string {
  return /\/in\/([^/]+)\/$/.exec(profileUrl)?.[1] ?? '';
}

/** A short stable hash (cyrb53) for keys of things the page gives no id. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const sameName = (a: string, b: string): boolean => !!a && !!b && fold(a) === fold(b);

/** "Ines:" / "You:" / "Vous :" at the start of a snippet. */
function snippetPrefix(snippet: string): { label: string; rest: string } | null {
  const match = /^([^:\n]{1,60}?)\s?:\s*/.exec(snippet);
  return match?.[1] ? { label: match[1].trim(), rest: snippet.slice(match[0].length) } : null;
}

function isOwnLabel(label: string): boolean {
  return OWN_PREFIXES.has(label.toLowerCase());
}

function hasInMailLabel(scope: Element, limit = 40): boolean {
  let seen = 0;
  for (const element of scope.querySelectorAll('span, div, p, li')) {
    if (++seen > limit) break;
    if (element.childElementCount === 0 && INMAIL_LABELS.has(lineText(element, 40).toLowerCase())) return true;
  }
  return false;
}

// ---------------------------------------------------------------- dates

function toDay(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth(), day: date.getDate() };
}

function localIso(day: Day, hours: number, minutes: number): string | null {
  const date = new Date(day.year, day.month, day.day, hours, minutes);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO time from a datetime attribute; a bare date counts as local midnight. */
function isoFromAttribute(value: string | null): string | null {
  if (!value) return null;
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (bare) return localIso({ year: +bare[1]!, month: +bare[2]! - 1, day: +bare[3]! }, 0, 0);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function dayFromAttribute(value: string | null): Day | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  return match ? { year: +match[1]!, month: +match[2]! - 1, day: +match[3]! } : null;
}

/** "10:12 AM", "19:40", "7.40 p.m.", "10h12", "10:12 Uhr" → hours and minutes. */
function parseClock(text: string): { hours: number; minutes: number } | null {
  // The lookahead keeps dates like "3.11.25" from reading as 3:11.
  const match = /\b(\d{1,2})\s?[:.h]\s?(\d{2})(?![\d.]\d)\s*([ap])?\.?\s?(?:m\b\.?)?/i.exec(text);
  if (!match) return null;
  let hours = +match[1]!;
  const minutes = +match[2]!;
  const half = match[3]?.toLowerCase();
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  return hours < 24 && minutes < 60 ? { hours, minutes } : null;
}

function indexByPrefix(table: readonly (readonly string[])[], token: string): number {
  if (token.length < 3) return -1;
  return table.findIndex((names) => names.some((name) => name.startsWith(token)));
}

/** The month a heading names. "mar." also abbreviates mardi/martes, so weekday-like tokens count last. */
function monthOf(tokens: string[]): number {
  const words = tokens.filter((token) => /^\p{L}+$/u.test(token));
  for (const token of words) {
    const month = indexByPrefix(MONTHS, token);
    if (month >= 0 && indexByPrefix(WEEKDAYS, token) < 0) return month;
  }
  for (const token of words) {
    const month = indexByPrefix(MONTHS, token);
    if (month >= 0) return month;
  }
  return -1;
}

/** A day heading or list time as the page shows it ("Yesterday", "Dienstag", "24. Nov.", "Nov 24, 2025"). */
function parseDay(text: string, now: Date): Day | null {
  const folded = fold(text);
  const numeric = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(folded) ?? null;
  if (numeric) return { year: +numeric[3]!, month: +numeric[2]! - 1, day: +numeric[1]! };
  const slashed = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(folded);
  if (slashed) return { year: +slashed[3]!, month: +slashed[1]! - 1, day: +slashed[2]! };
  const tokens = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (tokens.some((t) => TODAY.has(t))) return toDay(now);
  if (tokens.some((t) => YESTERDAY.has(t))) return toDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1));
  const month = monthOf(tokens);
  let day = 0;
  let year = 0;
  for (const token of tokens) {
    if (/^\d{4}$/.test(token)) year = +token;
    else if (/^\d{1,2}$/.test(token) && +token >= 1 && +token <= 31 && !day) day = +token;
  }
  if (month >= 0 && day) {
    if (year) return { year, month, day };
    // No year shown means within the last twelve months.
    const candidate = new Date(now.getFullYear(), month, day);
    return toDay(candidate.getTime() > now.getTime() + 86_400_000 ? new Date(now.getFullYear() - 1, month, day) : candidate);
  }
  for (const token of tokens) {
    const weekday = indexByPrefix(WEEKDAYS, token);
    if (weekday < 0) continue;
    // A weekday stands for a day of the past week; today would read "Today".
    const back = (now.getDay() - weekday + 7) % 7 || 7;
    return toDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - back));
  }
  return null;
}

// ---------------------------------------------------------------- page structure

function overlayOf(element: Element): HTMLElement | null {
  return closestEntry(element, S.overlayContainer);
}

/** The overlay bubble holding `element`, only when the element sits inside the overlay. */
function bubbleOf(element: Element): HTMLElement | null {
  const overlay = overlayOf(element);
  if (!overlay) return null;
  for (const css of S.overlayBubble.css) {
    const bubble = element.closest<HTMLElement>(css);
    if (bubble && overlay.contains(bubble)) return bubble;
  }
  return null;
}

function outsideOverlay(elements: HTMLElement[]): HTMLElement | null {
  return elements.find((element) => !overlayOf(element)) ?? null;
}

function mainList(doc: ParentNode): HTMLElement | null {
  return outsideOverlay(queryAllEntry(doc, S.conversationList));
}

function mainThread(doc: ParentNode): HTMLElement | null {
  return outsideOverlay(queryAllEntry(doc, S.threadContainer));
}

function openBubbles(overlay: HTMLElement): HTMLElement[] {
  return queryAllEntry(overlay, S.overlayBubble).filter(
    (bubble) => !matchesEntry(bubble, S.overlayBubbleMinimized) && !!queryEntry(bubble, S.threadContainer),
  );
}

function commonAncestor(a: HTMLElement, b: HTMLElement): HTMLElement | null {
  const ancestors = new Set<Node>();
  for (let node: HTMLElement | null = a; node; node = node.parentElement) ancestors.add(node);
  for (let node: HTMLElement | null = b; node; node = node.parentElement) if (ancestors.has(node)) return node;
  return null;
}

/** The pane of the open thread on the messaging page: the nearest ancestor that also holds the reply form. */
function threadPane(container: HTMLElement): HTMLElement {
  let node: HTMLElement | null = container;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    if (node.tagName === 'BODY') break;
    if (queryEntry(node, S.replyForm)) return node;
  }
  return container.parentElement ?? container;
}

/** Where thread-level facts live for `element`: its overlay bubble or the messaging page's thread pane. */
function threadScopeOf(element: Element, doc: Document): { scope: HTMLElement | null; inOverlay: boolean } {
  const bubble = bubbleOf(element);
  if (bubble) return { scope: bubble, inOverlay: true };
  if (overlayOf(element)) return { scope: null, inOverlay: true };
  const container = closestEntry(element, S.threadContainer) ?? mainThread(doc);
  return { scope: container ? threadPane(container) : null, inOverlay: false };
}

function headlineIn(scope: HTMLElement): string {
  return lineText(queryEntry(scope, S.threadHeaderInfo)) || lineText(queryEntry(scope, S.profileCardHeadline));
}

/** The company from a headline: "Technical Recruiter at Parcelo · Hiring" → "Parcelo". */
function companyFrom(headline: string): string {
  for (const part of headline.split(/\s[·|•]\s|\s[-–]\s/)) {
    const company = HEADLINE_AT.exec(part.trim())?.[1]?.trim();
    if (company) return company.replace(/[.,;]+$/, '');
  }
  return '';
}

/** The list row of the thread on screen: the one marked open, else the one with the same name. */
function matchingRow(doc: Document, headerName: string): HTMLElement | null {
  const list = mainList(doc);
  if (!list) return null;
  const active = queryEntry(list, S.activeRowLink);
  const activeRow = active ? closestEntry(active, S.conversationRow) : null;
  if (activeRow) {
    const names = lineText(queryEntry(activeRow, S.rowNames));
    return !headerName || !names || sameName(names, headerName) ? activeRow : null;
  }
  if (!headerName) return null;
  // Walk the first rows only: querying all of a 10,000-row list for every message would not be bounded.
  let child = list.firstElementChild;
  for (let i = 0; child && i < ROW_MATCH_LIMIT; i++, child = child.nextElementSibling) {
    const row = child as HTMLElement;
    if (matchesEntry(row, S.conversationRow) && sameName(lineText(queryEntry(row, S.rowNames)), headerName)) return row;
  }
  return null;
}

function rowIsInMail(row: HTMLElement): boolean {
  return !!queryEntry(row, S.rowInMailPill) || hasInMailLabel(row, 30);
}

function threadContext(element: Element, doc: Document): ThreadContext {
  const { scope, inOverlay } = threadScopeOf(element, doc);
  let headerName = '';
  let headline = '';
  let profileUrl = '';
  let threadKey = '';
  let threadUrl = '';
  let inMail = false;
  if (scope && inOverlay) {
    const header = queryEntry(scope, S.overlayHeader);
    const link = queryEntry(scope, S.overlayTitleLink);
    headerName = lineText(link) || lineText(queryEntry(scope, S.threadHeaderName));
    profileUrl = profileUrlOf(link);
    headline = headlineIn(scope);
    inMail = !!queryEntry(scope, S.threadInMailMark) || (header ? hasInMailLabel(header) : false);
    const slug = slugOf(profileUrl);
    threadKey = slug ? `linkedin:in/${slug}` : headerName ? `linkedin:overlay:${hash(headerName)}` : '';
  } else if (scope) {
    const title = queryEntry(scope, S.threadHeaderName);
    headerName = lineText(title);
    const card = queryEntry(scope, S.profileCard);
    profileUrl = profileUrlOf(title?.closest('a[href*="/in/"]') ?? (card ? queryEntry(card, S.profileLink) : null));
    headline = headlineIn(scope);
    const row = matchingRow(doc, headerName);
    // The name's lockup (a few levels up) is where a thread-level InMail label would sit.
    const lockup = title?.parentElement?.parentElement?.parentElement ?? null;
    inMail = (row ? rowIsInMail(row) : false) || !!queryEntry(scope, S.threadInMailMark) || (lockup ? hasInMailLabel(lockup) : false);
    const id = threadIdFrom(docUrl(doc));
    const slug = slugOf(profileUrl);
    threadKey = id ? `linkedin:${id}` : slug ? `linkedin:in/${slug}` : headerName ? `linkedin:name:${hash(headerName)}` : '';
    // Overlay bubbles name no thread id, so only the messaging page's thread has an address.
    if (id) threadUrl = threadUrlOf(id);
  }
  return { threadKey: clip(threadKey), threadUrl, headerName: clip(headerName), headline: clip(headline), profileUrl, inMail };
}

// ---------------------------------------------------------------- messages

/** The list item (`li.msg-s-message-list__event`) that holds a message item, else the item itself. */
function eventOf(item: HTMLElement): HTMLElement {
  return closestEntry(item, S.threadEvent) ?? item;
}

function itemIn(event: Element): HTMLElement | null {
  return matchesEntry(event, S.messageItem) ? (event as HTMLElement) : queryEntry(event, S.messageItem);
}

/**
 * The message that carries the group header for `item`: consecutive messages of one sender share
 * the header of the first. Stops at a message from the other side, which would belong to another group.
 */
function groupStart(item: HTMLElement, isOwn: boolean): HTMLElement | null {
  if (queryEntry(item, S.groupName) || queryEntry(item, S.groupTimestamp)) return item;
  let event: Element | null = eventOf(item).previousElementSibling;
  for (let steps = 0; event && steps < WALK_LIMIT; steps++, event = event.previousElementSibling) {
    const previous = itemIn(event);
    if (!previous) continue;
    if (matchesEntry(previous, S.otherMessage) === isOwn) return null;
    if (queryEntry(previous, S.groupName) || queryEntry(previous, S.groupTimestamp)) return previous;
  }
  return null;
}

/** The day heading above `item`: in its own event or the nearest earlier one. */
function dayHeadingOf(item: HTMLElement): HTMLElement | null {
  let event: Element | null = eventOf(item);
  for (let steps = 0; event && steps < WALK_LIMIT; steps++, event = event.previousElementSibling) {
    const heading = matchesEntry(event, S.dayHeading) ? (event as HTMLElement) : queryEntry(event, S.dayHeading);
    if (heading) return heading;
  }
  return null;
}

function nameFromA11yHeading(group: HTMLElement): string {
  const heading = lineText(queryEntry(group, S.groupA11yHeading), 300);
  for (const pattern of A11Y_NAME_PATTERNS) {
    const name = pattern.exec(heading)?.[1]?.trim();
    if (name) return name;
  }
  return '';
}

function sentAtOf(item: HTMLElement, group: HTMLElement | null, now: Date): string {
  const time = queryEntry(group ?? item, S.groupTimestamp);
  const exact = isoFromAttribute(time?.getAttribute('datetime') ?? null);
  if (exact) return exact;
  const heading = dayHeadingOf(group ?? item);
  const day = dayFromAttribute(heading?.getAttribute('datetime') ?? null) ?? (heading ? parseDay(lineText(heading), now) : null);
  const clock = parseClock(lineText(time));
  if (day) return localIso(day, clock?.hours ?? 0, clock?.minutes ?? 0) ?? now.toISOString();
  if (clock) return localIso(toDay(now), clock.hours, clock.minutes) ?? now.toISOString();
  return now.toISOString();
}

/**
 * A message body as the candidate reads it: LinkedIn keeps line breaks as newline characters under
 * `white-space: pre-line` (or as <br>), so newlines in text count. Bounded like every body read.
 */
function bodyText(root: Element, maxChars = BODY_CHARS): string {
  return blockText(root, undefined, maxChars, true);
}

/** One line of bounded text: names, headlines, snippets (textContent would read a hostile 5 MB node whole). */
function lineText(element: Element | null | undefined, maxChars = FIELD_CHARS): string {
  return element ? bodyText(element, maxChars).replace(/\s+/g, ' ').trim() : '';
}

function extractMessage(item: HTMLElement, doc: Document, now: Date): IncomingMessage | null {
  const urn = item.getAttribute('data-event-urn')?.trim();
  const bodyElement = queryEntry(item, S.messageBody);
  if (!urn || !bodyElement) return null;
  const isOwn = !matchesEntry(item, S.otherMessage);
  const group = groupStart(item, isOwn);
  const context = threadContext(item, doc);
  const nameElement = group ? queryEntry(group, S.groupName) : null;
  let name = lineText(nameElement) || (group ? nameFromA11yHeading(group) : '') || nameFromA11yHeading(item);
  if (!name && !isOwn) name = context.headerName;
  const link = nameElement?.closest('a[href*="/in/"]') ?? queryEntry(group ?? item, S.profileLink);
  const sender: Sender = { name: clip(name) };
  const profileUrl = profileUrlOf(link) || (!isOwn ? context.profileUrl : '');
  if (profileUrl) sender.profileUrl = profileUrl;
  // The header describes the other person: it fits their messages, not the candidate's.
  if (!isOwn && context.headline && (!name || !context.headerName || sameName(name, context.headerName))) {
    sender.headline = context.headline;
    const company = companyFrom(context.headline);
    if (company) sender.company = clip(company);
  }
  const subject = lineText(queryEntry(item, S.messageSubject));
  return {
    site: 'linkedin',
    siteMessageId: clip(urn),
    threadKey: context.threadKey || 'linkedin:unknown-thread',
    ...(context.threadUrl ? { threadUrl: context.threadUrl } : {}),
    sender,
    subject: subject ? clip(subject) : null,
    body: bodyText(bodyElement),
    sentAt: sentAtOf(item, group, now),
    isOwn,
    inMail: !isOwn && context.inMail,
    recipientCount: null,
  };
}

// ---------------------------------------------------------------- rows

/** Whether any text node under `element` has a visible character; stops at the first. */
function hasText(element: Element): boolean {
  const stack: Node[] = [element];
  for (let steps = 0; stack.length && steps < 1_000; steps++) {
    const node = stack.pop()!;
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return false;
}

/** The row's names heading, or null for an occluded or empty placeholder row. */
function rowNames(row: HTMLElement): HTMLElement | null {
  if (matchesEntry(row, S.occludedRow) || queryEntry(row, S.occludedRow)) return null;
  const names = queryEntry(row, S.rowNames);
  return names && hasText(names) ? names : null;
}

function rowIsActive(row: HTMLElement): boolean {
  return !!queryEntry(row, S.activeRowLink);
}

function extractRow(row: HTMLElement, doc: Document, now: Date): IncomingMessage | null {
  const heading = rowNames(row);
  if (!heading) return null;
  const names = clip(lineText(heading));
  const time = queryEntry(row, S.rowTime);
  const timeText = lineText(time);
  const snippet = lineText(queryEntry(row, S.rowSnippet), BODY_CHARS);
  const prefix = snippetPrefix(snippet);
  // A participant may be called "Du" or "Sie": their name wins over the own prefix.
  const nameWords = fold(names).split(/[^\p{L}\p{N}]+/u);
  const own = !!prefix && isOwnLabel(prefix.label) && !nameWords.includes(fold(prefix.label));
  // Strip "Name:" only when it names a participant, so a snippet that merely contains a colon stays whole.
  const named = !!prefix && !own && fold(names).includes(fold(prefix.label));
  const body = prefix && (own || named) ? prefix.rest : snippet;
  let sentAt = isoFromAttribute(time?.getAttribute('datetime') ?? null);
  if (!sentAt && timeText) {
    const clock = parseClock(timeText);
    const day = clock ? toDay(now) : parseDay(timeText, now);
    if (day) sentAt = localIso(day, clock?.hours ?? 0, clock?.minutes ?? 0);
  }
  // Rows carry no thread id; the row of the open thread takes the URL's.
  const id = rowIsActive(row) ? threadIdFrom(docUrl(doc)) : null;
  return {
    site: 'linkedin',
    // The shown time text drifts ("9:05 AM", then "Yesterday", then "Nov 27"), which would make a new
    // id each day; the names, the exact time where the page gives one, and the snippet do not.
    siteMessageId: `row:${hash(`${names}\u0000${time?.getAttribute('datetime') ?? ''}\u0000${snippet}`)}`,
    threadKey: id ? `linkedin:${id}` : `linkedin:row:${hash(names)}`,
    ...(id ? { threadUrl: threadUrlOf(id) } : {}),
    sender: { name: own && prefix ? clip(prefix.label) : names },
    subject: null,
    body,
    sentAt: sentAt ?? now.toISOString(),
    isOwn: own,
    inMail: rowIsInMail(row),
    recipientCount: null,
    isPreview: true,
  };
}

// ---------------------------------------------------------------- adapter

function rowsIn(scope: ParentNode): HTMLElement[] {
  const rows = findWithin(scope, S.conversationRow);
  if (!rows.length && isElement(scope)) {
    const row = closestEntry(scope, S.conversationRow);
    if (row) rows.push(row);
  }
  return rows;
}

function itemsIn(scope: ParentNode): HTMLElement[] {
  const items = findWithin(scope, S.messageItem);
  if (!items.length && isElement(scope)) {
    // A mutation may add only part of a message (its body rendered late).
    const item = closestEntry(scope, S.messageItem);
    if (item) items.push(item);
  }
  return items;
}

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',

  view(url: URL, doc: Document): SiteView | null {
    try {
      if (url.protocol !== 'https:' || url.hostname !== 'www.linkedin.com') return null;
      // The URL alone says messaging: the page may not have rendered yet, which root() then reports.
      if (isMessagingPath(url)) return { kind: 'messaging', hasOpenThread: !!mainThread(doc) };
      const overlay = queryEntry(doc, S.overlayContainer);
      return overlay ? { kind: 'overlay', hasOpenThread: openBubbles(overlay).length > 0 } : null;
    } catch {
      return null;
    }
  },

  root(doc: Document): HTMLElement | null {
    try {
      const url = docUrl(doc);
      const list = mainList(doc);
      const thread = mainThread(doc);
      const messaging = url && url.protocol !== 'about:' ? isMessagingPath(url) : !!(list || thread);
      if (messaging) {
        if (list && thread) return commonAncestor(list, thread);
        return list ?? thread;
      }
      return queryEntry(doc, S.overlayContainer);
    } catch {
      return null;
    }
  },

  findMessages(scope: ParentNode): MessageHandle[] {
    try {
      const handles: MessageHandle[] = [];
      for (const row of rowsIn(scope)) {
        const anchor = rowNames(row);
        if (anchor) handles.push({ element: row, anchor, kind: 'row' });
      }
      for (const item of itemsIn(scope)) {
        if (!item.getAttribute('data-event-urn') || !queryEntry(item, S.messageBody)) continue;
        const anchor = queryEntry(item, S.groupName) ?? queryEntry(item, S.messageBubble) ?? queryEntry(item, S.messageBody);
        if (anchor) handles.push({ element: item, anchor, kind: 'message' });
      }
      return handles;
    } catch {
      return [];
    }
  },

  extract(handle: MessageHandle, doc: Document): IncomingMessage | null {
    try {
      const now = new Date();
      return handle.kind === 'row' ? extractRow(handle.element, doc, now) : extractMessage(handle.element, doc, now);
    } catch {
      return null;
    }
  },

  async openReplyBox(doc: Document, handle: MessageHandle | null): Promise<HTMLElement | null> {
    try {
      let scope: HTMLElement | null = null;
      if (handle) {
        if (!handle.element.isConnected) return null;
        const bubble = bubbleOf(handle.element);
        if (bubble) scope = bubble;
        else if (overlayOf(handle.element)) return null;
        // A row's reply goes to its conversation only when that conversation is the one open.
        else if (handle.kind === 'row' && !rowIsActive(handle.element)) return null;
        else {
          const container = handle.kind === 'message' ? closestEntry(handle.element, S.threadContainer) : mainThread(doc);
          scope = container ? threadPane(container) : null;
        }
      } else {
        const container = mainThread(doc);
        const overlay = container ? null : queryEntry(doc, S.overlayContainer);
        scope = container ? threadPane(container) : overlay ? (openBubbles(overlay)[0] ?? null) : null;
      }
      if (!scope) return null;
      const box = queryEntry(scope, S.replyBox);
      // The messaging page's pane must not hand out a box of the overlay, nor the reverse.
      if (!box || !!bubbleOf(box) !== !!bubbleOf(scope)) return null;
      return box;
    } catch {
      return null;
    }
  },
};
