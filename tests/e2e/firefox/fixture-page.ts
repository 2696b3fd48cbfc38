// The test's copy of the LinkedIn fixture for the second visit of the Firefox test: the same thread
// with one message's markup changed under its old key, and a control under a new key.

/** Katrin's own reply in the open thread, and Ines's last message there. */
export const OWN_URN = 'urn:li:msg_message:(urn:li:fsd_profile:ACoAACv9TgX2mLp0QzR7nB4sYd1HkF8wJeQ,2-MTc5NTcxODQwMDAwMGI0MTc2NC0wMDQ=)';
export const LAST_URN = 'urn:li:msg_message:(urn:li:fsd_profile:ACoAACv9TgX2mLp0QzR7nB4sYd1HkF8wJeQ,2-MTc5NTc2NjcwMDAwMGI0MTc4MS0wMDQ=)';
export const NEW_URN = 'urn:li:msg_message:(urn:li:fsd_profile:ACoAACv9TgX2mLp0QzR7nB4sYd1HkF8wJeQ,2-firefox-test-new-message)';
const AS_INES: [string, string][] = [
  ['Katrin Vogelsang', 'Ines Kowalczyk'],
  ['katrin-vogelsang-frontend', 'ines-kowalczyk-talent'],
  ['c-me">KV<', 'c1">IK<'],
];

/**
 * The fixture with the message `urn` rewritten: another key if `newUrn` is given, another body if
 * `body` is, and every `[from, to]` of `replace` applied to the message's markup before its body.
 */
function rewrite(html: string, urn: string, change: { newUrn?: string; body?: string; replace?: [string, string][] }): string {
  const attribute = `data-event-urn="${urn}"`;
  const open = '<p class="msg-s-event-listitem__body">';
  const at = html.indexOf(attribute);
  const start = html.indexOf(open, at);
  const end = html.indexOf('</p>', start);
  if (at === -1 || start === -1 || end === -1) throw new Error(`The fixture has no message ${urn} with a body.`);
  let head = `data-event-urn="${change.newUrn ?? urn}"${html.slice(at + attribute.length, start)}`;
  for (const [from, to] of change.replace ?? []) head = head.replaceAll(from, to);
  return `${html.slice(0, at)}${head}${open}${change.body ?? html.slice(start + open.length, end)}${html.slice(end)}`;
}

/**
 * The second visit's page. Katrin's own reply (stored as 'other': her own words) is dressed up as a
 * message from Ines, under its old key; Ines's last message becomes the same text under a new key.
 * Scored afresh, such a message in this conversation is a recruiter's, not 'other' (the new key shows
 * it); the old key staying 'other' shows its verdict came from what the background script stored on
 * the first visit. tests/firefox/second-visit.test.ts checks the content script reads both alike.
 */
export function secondVisit(page: string): string {
  const ownOpening = new RegExp(`<div class="msg-s-event-listitem"(\\s+data-event-urn="${escapeRegExp(OWN_URN)}")`);
  if (!ownOpening.test(page)) throw new Error(`The fixture has no own message ${OWN_URN}.`);
  const own = page.replace(ownOpening, '<div class="msg-s-event-listitem msg-s-event-listitem--other"$1');
  const ownBody = /<p class="msg-s-event-listitem__body">([^<]*)<\/p>/.exec(own.slice(own.indexOf(OWN_URN)))?.[1] ?? '';
  return rewrite(rewrite(own, OWN_URN, { replace: AS_INES }), LAST_URN, { newUrn: NEW_URN, body: ownBody });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
