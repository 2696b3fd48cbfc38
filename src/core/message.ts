import type { SiteId } from './sites';

export const LABELS = ['targeted', 'unsure', 'spam', 'other'] as const;
/** The scorer's verdict on a message. */
export type Label = (typeof LABELS)[number];

export interface Sender {
  name: string;
  email?: string;
  /** LinkedIn headline, e.g. "Technical Recruiter at Parcelo". */
  headline?: string;
  company?: string;
  profileUrl?: string;
}

export const SENDER_FIELDS = ['name', 'email', 'headline', 'company', 'profileUrl'] as const satisfies readonly (keyof Sender)[];

/** Only the sender fields we know, so nothing else a page slipped in is stored. */
export function cleanSender(sender: Sender): Sender {
  const clean: Sender = { name: sender.name };
  for (const field of SENDER_FIELDS) {
    const value = sender[field];
    if (field !== 'name' && typeof value === 'string' && value) clean[field] = value;
  }
  return clean;
}

/** A message as a site adapter extracts it from the page: plain text, no markup. */
export interface IncomingMessage {
  site: SiteId;
  /** The site's own stable id for the message (LinkedIn event URN, Gmail message id, Outlook id). */
  siteMessageId: string;
  threadKey: string;
  sender: Sender;
  subject: string | null;
  body: string;
  /** ISO 8601 time the site shows for the message. */
  sentAt: string;
  /** True when the candidate wrote it. */
  isOwn: boolean;
  /** LinkedIn InMail mark. */
  inMail?: boolean;
  /** Visible To+Cc count for email, null where the site shows none. */
  recipientCount: number | null;
  /** A list row's preview: stored until the full message is read, which then replaces it. */
  isPreview?: boolean;
  /** The address that opens the message's thread in the site, when the adapter knows it. */
  threadUrl?: string;
}

/** Stable key of a message across visits: the site plus the site's own id. */
export function messageKey(message: Pick<IncomingMessage, 'site' | 'siteMessageId'>): string {
  return `${message.site}:${message.siteMessageId}`;
}
