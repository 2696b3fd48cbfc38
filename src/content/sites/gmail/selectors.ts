import type { SelectorRegistry } from '../../site-adapter';

/** Date the markup in shared/reference/site-dom.md was gathered. */
const SEEN = '2026-11-28';

export type GmailSelectorKey =
  | 'main'
  | 'row'
  | 'rowSender'
  | 'rowSubject'
  | 'rowPreview'
  | 'rowPreviewSeparator'
  | 'rowDate'
  | 'threadSubject'
  | 'message'
  | 'messageSender'
  | 'messageRecipient'
  | 'messageDate'
  | 'messageBody'
  | 'quote'
  | 'signature'
  | 'ownRecipient'
  | 'account'
  | 'replyEditor'
  | 'replyButton';

/**
 * Gmail's markup as data. Class names (zA, bqe, adn, gD, a3s…) are Gmail's obfuscated ones and the
 * least stable part, so each entry falls back to role, data-* or the `email` attribute where one
 * exists. Localised labels appear only as the last fallback of `replyButton`, in several languages.
 */
export const GMAIL_SELECTORS: SelectorRegistry<GmailSelectorKey> = {
  main: {
    css: ['div[role="main"]', '[role="main"]'],
    seen: SEEN,
    note: 'Holds the thread list, the open thread, or both (reading pane).',
  },
  row: {
    css: ['tr.zA', 'tr:has([data-legacy-last-message-id])'],
    seen: SEEN,
    note: 'Unread rows add .zE, read ones .yO. The fallback finds a row by its subject\'s message id.',
  },
  rowSender: {
    css: ['span.zF[email], span.yP[email]', 'span[email][name]'],
    seen: SEEN,
    note: 'One span per participant (.zF bold when unread); the last one wrote the latest message.',
  },
  rowSubject: {
    css: ['span.bqe', '[data-legacy-last-message-id]', '[data-legacy-thread-id]'],
    seen: SEEN,
    note: 'Carries data-thread-id, data-legacy-thread-id and data-legacy-last-message-id.',
  },
  rowPreview: { css: ['span.y2'], seen: SEEN, note: 'No fallback known: without it the row keeps an empty body.' },
  rowPreviewSeparator: { css: ['span.Zt'], seen: SEEN, note: 'The " - " between subject and preview.' },
  rowDate: {
    css: ['td.xW span[title]', 'td:last-child span[title]'],
    seen: SEEN,
    note: 'The full date is in the title; the visible text is short ("9:02 AM", "Nov 27").',
  },
  threadSubject: {
    css: ['h2.hP', 'h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]'],
    seen: SEEN,
    note: 'Carries data-thread-perm-id and data-legacy-thread-id. Not [data-legacy-thread-id] alone: list rows have it too.',
  },
  message: {
    css: ['div.adn.ads[data-message-id]', 'div[data-message-id][data-legacy-message-id]'],
    seen: SEEN,
    note: 'One per message of the open thread; collapsed ones have no body.',
  },
  messageSender: { css: ['span.gD[email]', 'h3 [email][name]'], seen: SEEN },
  messageRecipient: {
    css: ['span.g2[email]'],
    seen: SEEN,
    note: 'To and Cc; the user shows with name="me". No fallback: without it the count is unknown (null).',
  },
  messageDate: { css: ['span.g3[title]'], seen: SEEN, note: 'Full date in the title; without it sentAt is "now".' },
  messageBody: { css: ['div.ii.gt > div.a3s', 'div.a3s', 'div.ii.gt'], seen: SEEN },
  quote: {
    css: ['.gmail_quote', '.gmail_quote_container', 'blockquote[type="cite"]'],
    seen: SEEN,
    note: 'Quoted earlier mail, left out of the body.',
  },
  signature: {
    css: ['.gmail_signature', '[data-smartmail="gmail_signature"]', '.gmail_signature_prefix'],
    seen: SEEN,
    note: 'Signature block, left out of the body.',
  },
  ownRecipient: {
    css: ['span.g2[name="me"][email]', 'span.gD[name="me"][email]'],
    seen: SEEN,
    note: 'The user among the recipients of an open message: the first source of the own address.',
  },
  account: {
    css: ['header [aria-label*="@"]', '[role="banner"] [aria-label*="@"]', 'a[href*="accounts.google.com"][aria-label*="@"]'],
    seen: SEEN,
    note: 'Account button; only the address inside its label is read, so its wording may be in any language.',
  },
  replyEditor: {
    css: ['div[contenteditable="true"][role="textbox"][g_editable="true"]', 'div[role="region"][data-compose-id] [contenteditable="true"]'],
    seen: SEEN,
    note: 'Inline reply editor inside div.aoI[role="region"][data-compose-id]; aria-label "Message Body" is localised.',
  },
  replyButton: {
    css: [
      'div[role="button"].aaq',
      'div[role="button"].bsQ',
      // Last fallbacks: exact labels, so "Reply all" and "Forward" never match.
      '[role="button"][data-tooltip="Reply"], [role="button"][aria-label="Reply"]',
      '[role="button"][data-tooltip="Antworten"], [role="button"][aria-label="Antworten"]',
      '[role="button"][data-tooltip="Répondre"], [role="button"][aria-label="Répondre"]',
      '[role="button"][data-tooltip="Responder"], [role="button"][aria-label="Responder"]',
      '[role="button"][data-tooltip="Rispondi"], [role="button"][aria-label="Rispondi"]',
      '[role="button"][data-tooltip="Beantwoorden"], [role="button"][aria-label="Beantwoorden"]',
    ],
    seen: SEEN,
    note: 'In the message header. Label fallbacks: en, de, fr, es/pt, it, nl.',
  },
};
