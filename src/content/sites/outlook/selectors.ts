/**
 * Outlook on the web's markup, as data: ids, roles, data-* attributes and Fluent icon names, never
 * the obfuscated class names, which change between releases. Facts from shared/reference/site-dom.md.
 */
import type { SelectorRegistry } from '../../site-adapter';

const SEEN = '2026-11-28';

export type OutlookSelector =
  | 'mailList'
  | 'row'
  | 'readingPane'
  | 'conversation'
  | 'subject'
  | 'sender'
  | 'body'
  | 'ownAddress'
  | 'replyIcon'
  | 'editor'
  | 'quoteStart'
  | 'quoteBlock'
  | 'signature';

export const OUTLOOK_SELECTORS: SelectorRegistry<OutlookSelector> = {
  mailList: {
    css: ['#MailList', '[role="listbox"]:has([role="option"][data-convid])'],
    seen: SEEN,
    note: 'virtualised: only the 15-20 rows on screen exist',
  },
  row: {
    css: ['[role="option"][data-convid]', '#MailList [data-convid]'],
    seen: SEEN,
    note: 'the open row has aria-selected="true"; rows are replaced while scrolling',
  },
  readingPane: {
    css: [
      '[data-app-section="MailReadCompose"]',
      '#ConversationReadingPaneContainer[data-convid]',
      '#ConversationReadingPaneContainer',
    ],
    seen: SEEN,
  },
  conversation: {
    css: ['#ConversationReadingPaneContainer[data-convid]', '[data-app-section="MailReadCompose"] [data-convid]'],
    seen: SEEN,
    note: 'carries the conversation id of the open thread',
  },
  subject: {
    css: ['[role="heading"][id^="CONV_"][id$="_SUBJECT"]', '[id^="CONV_"][id$="_SUBJECT"]'],
    seen: SEEN,
    note: 'the full subject is in its title',
  },
  sender: {
    css: ['[id^="MSG_"][id$="_FROM"]'],
    seen: SEEN,
    note: 'aria-label "From: Name <address>", localised ("De :", "Von:"); org senders may show a name only',
  },
  body: {
    css: ['div[id^="UniqueMessageBody"]', '[data-app-section="MailReadCompose"] [role="document"]'],
    seen: SEEN,
  },
  ownAddress: {
    css: ['[id^="primaryMailboxRoot"][data-folder-name]', '[id^="primaryMailboxRoot"]'],
    seen: SEEN,
    note: 'the address in data-folder-name or title',
  },
  replyIcon: {
    css: ['[data-icon-name="ReplyRegular"]', '[data-icon-name="ReplyFilled"]', '[data-icon-name="Reply"]'],
    seen: SEEN,
    note: 'Fluent icon names do not change with the UI language; the button is its closest button',
  },
  editor: {
    css: [
      '#editorParent_1 div[role="textbox"][contenteditable="true"]',
      '[id^="editorParent"] div[role="textbox"][contenteditable="true"]',
      '[data-app-section="MailReadCompose"] div[role="textbox"][contenteditable="true"]',
      '#ConversationReadingPaneContainer div[role="textbox"][contenteditable="true"]',
    ],
    seen: SEEN,
  },
  quoteStart: {
    // Outlook prefixes ids inside rendered mail with "x_", hence the suffix match.
    css: ['[id$="divRplyFwdMsg"]', '[id$="appendonsend"]', '[id$="OLK_SRC_BODY_SECTION"]'],
    seen: SEEN,
    note: 'quoted earlier mail: this element and everything after it in the body',
  },
  quoteBlock: {
    // Classes written by the sender's mail program, not Outlook's own (obfuscated) ones.
    css: ['blockquote', 'div[class*="gmail_quote"]'],
    seen: SEEN,
    note: 'quoted earlier mail: this element only',
  },
  signature: {
    css: ['[id="Signature"]', '[id$="_Signature"]', '[id$="ms-outlook-mobile-signature"]'],
    seen: SEEN,
    note: 'signature blocks Outlook writes into mail',
  },
};
