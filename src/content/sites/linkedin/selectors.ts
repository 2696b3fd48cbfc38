/**
 * Where LinkedIn messaging keeps what the adapter reads, as data: each entry lists selectors tried in
 * order with the date the first was seen (site-dom.md, 2026-11-28). LinkedIn documents none of this
 * and has begun hashing class names, so stable hooks (data-event-urn, role, aria-*, /in/ links) come
 * first where the page has them; localised label texts are never used here (see LABELS in adapter.ts).
 */
import type { SelectorRegistry } from '../../site-adapter';

const SEEN = '2026-11-28';

export type LinkedInKey =
  | 'conversationList'
  | 'conversationRow'
  | 'occludedRow'
  | 'activeRowLink'
  | 'rowNames'
  | 'rowSnippet'
  | 'rowTime'
  | 'rowInMailPill'
  | 'threadContainer'
  | 'threadEvent'
  | 'messageItem'
  | 'otherMessage'
  | 'groupName'
  | 'groupTimestamp'
  | 'groupA11yHeading'
  | 'dayHeading'
  | 'messageBubble'
  | 'messageBody'
  | 'messageSubject'
  | 'profileLink'
  | 'threadHeaderName'
  | 'threadHeaderInfo'
  | 'profileCard'
  | 'profileCardHeadline'
  | 'overlayContainer'
  | 'overlayBubble'
  | 'overlayBubbleMinimized'
  | 'overlayHeader'
  | 'overlayTitleLink'
  | 'threadInMailMark'
  | 'replyForm'
  | 'replyBox'
  | 'sendButton';

export const LINKEDIN: SelectorRegistry<LinkedInKey> = {
  conversationList: {
    css: ['ul.msg-conversations-container__conversations-list', '.msg-conversations-container__conversations-list'],
    seen: SEEN,
  },
  conversationRow: {
    css: ['li.msg-conversation-listitem', 'ul.msg-conversations-container__conversations-list > li'],
    seen: SEEN,
  },
  occludedRow: {
    css: ['.msg-conversation-card--occluded'],
    seen: SEEN,
    note: 'Empty placeholder until scrolled into view; may sit on the row or inside it.',
  },
  activeRowLink: {
    css: ['.msg-conversation-listitem__link[aria-current="true"]', '[aria-current="true"]', '[aria-current="page"]'],
    seen: SEEN,
    note: 'The selected conversation; the row carries no thread id, so this is how a row meets the URL.',
  },
  rowNames: {
    css: ['h3.msg-conversation-listitem__participant-names', '.msg-conversation-card__participant-names', '.msg-conversation-listitem__participant-names'],
    seen: SEEN,
  },
  rowSnippet: {
    css: ['p.msg-conversation-card__message-snippet', '.msg-conversation-card__message-snippet'],
    seen: SEEN,
  },
  rowTime: {
    css: ['time.msg-conversation-listitem__time-stamp', 'time'],
    seen: SEEN,
  },
  rowInMailPill: {
    css: ['span.msg-conversation-card__pill', '.msg-conversation-card__pill'],
    seen: SEEN,
    note: 'Its text is "InMail", localised; the element alone is the mark.',
  },
  threadContainer: {
    css: ['div.msg-s-message-list-container', '.msg-s-message-list', 'ul.msg-s-message-list-content'],
    seen: SEEN,
  },
  threadEvent: {
    css: ['li.msg-s-message-list__event', '.msg-s-message-list__event'],
    seen: SEEN,
  },
  messageItem: {
    css: ['div.msg-s-event-listitem[data-event-urn]', '[data-event-urn^="urn:li:msg_message:"]'],
    seen: SEEN,
    note: 'data-event-urn is the stable key; the fallback survives a class rename.',
  },
  otherMessage: {
    css: ['.msg-s-event-listitem--other'],
    seen: SEEN,
    note: 'No modifier means the candidate wrote it.',
  },
  groupName: {
    css: ['span.msg-s-message-group__name', '.msg-s-message-group__name'],
    seen: SEEN,
    note: 'Only the first message of a group has it.',
  },
  groupTimestamp: {
    css: ['time.msg-s-message-group__timestamp', '.msg-s-message-group__timestamp'],
    seen: SEEN,
  },
  groupA11yHeading: {
    css: ['.msg-s-event-listitem--group-a11y-heading'],
    seen: SEEN,
    note: 'Visually hidden "<Name> sent the following messages at <time>", localised.',
  },
  dayHeading: {
    css: ['time.msg-s-message-list__time-heading', '.msg-s-message-list__time-heading'],
    seen: SEEN,
  },
  messageBubble: {
    css: ['.msg-s-event-listitem__message-bubble'],
    seen: SEEN,
  },
  messageBody: {
    css: ['p.msg-s-event-listitem__body', '.msg-s-event-listitem__body'],
    seen: SEEN,
  },
  messageSubject: {
    css: ['h3.msg-s-event-listitem__subject', '.msg-s-event-listitem__subject'],
    seen: SEEN,
    note: 'Unverified: not in site-dom.md; public extensions read it for InMail subjects.',
  },
  profileLink: {
    css: ['a[href*="/in/"]'],
    seen: SEEN,
  },
  threadHeaderName: {
    css: ['span.msg-entity-lockup__entity-title', '.msg-entity-lockup__entity-title', 'h2.msg-overlay-bubble-header__title'],
    seen: SEEN,
  },
  threadHeaderInfo: {
    css: ['dd.msg-entity-lockup__entity-info', '.msg-entity-lockup__entity-info'],
    seen: SEEN,
    note: "The other person's headline.",
  },
  profileCard: {
    css: ['.msg-s-profile-card'],
    seen: SEEN,
  },
  profileCardHeadline: {
    css: ['.msg-s-profile-card__headline', '.msg-s-profile-card dd'],
    seen: SEEN,
    note: 'Unverified: site-dom.md says the card repeats the headline but names no class for it.',
  },
  overlayContainer: {
    css: ['aside.msg-overlay-container', 'aside#msg-overlay'],
    seen: SEEN,
  },
  overlayBubble: {
    css: ['.msg-overlay-conversation-bubble[role="dialog"]', '[role="dialog"]'],
    seen: SEEN,
    note: 'Searched only inside the overlay container.',
  },
  overlayBubbleMinimized: {
    css: ['.msg-overlay-conversation-bubble--is-minimized'],
    seen: SEEN,
    note: 'Unverified: not in site-dom.md; public extensions skip minimised bubbles by it.',
  },
  overlayHeader: {
    css: ['header.msg-overlay-bubble-header', '.msg-overlay-bubble-header', 'header'],
    seen: SEEN,
  },
  overlayTitleLink: {
    css: ['h2.msg-overlay-bubble-header__title a[href^="/in/"]', 'h2 a[href*="/in/"]', 'header a[href*="/in/"]'],
    seen: SEEN,
  },
  threadInMailMark: {
    css: ['.msg-overlay-bubble-header__inmail-badge', '.msg-entity-lockup__inmail-badge'],
    seen: SEEN,
    note: 'Unverified: not in site-dom.md; the list pill is the verified InMail mark.',
  },
  replyForm: {
    css: ['form.msg-form', 'form'],
    seen: SEEN,
  },
  replyBox: {
    css: [
      'form.msg-form div.msg-form__contenteditable[contenteditable="true"][role="textbox"]',
      'form [contenteditable="true"][role="textbox"][aria-multiline="true"]',
      '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
    ],
    seen: SEEN,
    note: 'Searched only inside the open thread or the overlay bubble.',
  },
  sendButton: {
    css: ['button.msg-form__send-button[type="submit"]', 'form button[type="submit"]'],
    seen: SEEN,
  },
};
