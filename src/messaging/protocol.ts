import type { IncomingMessage, Label, Sender } from '../core/message';
import type { Profile } from '../core/profile';
import type { DeclineReason, DetailItem, ReplyKind, TemplateLanguage } from '../core/replies/drafts';
import type { SiteHealth, SiteId, SiteStatus } from '../core/sites';
import type { ImportMode } from '../db/backup';
import type { ContactRecord, MessageState, RecruiterRecord, StoredLabel, TrustState } from '../db/records';

/** What the popup lists for a stored message. */
export interface MessageSummary {
  key: string;
  site: SiteId;
  sender: Sender;
  subject: string | null;
  /** The first words of the body. */
  preview: string;
  receivedAt: number;
  label: StoredLabel;
  score: number | null;
  state: MessageState;
}

/** The verdict a stored message carries; the candidate's own messages carry none ('unscored'). */
export interface MessageVerdict {
  key: string;
  label: StoredLabel;
  score: number | null;
  /** Strongest first, for the candidate. */
  reasons: string[];
}

export interface SavedMessage extends MessageVerdict {
  /** False when the message was already stored; its stored verdict is answered. */
  isNew: boolean;
  /** The recruiter it was filed under, for trust and mute from the page; null for the candidate's own. */
  recruiterId: string | null;
  trust: TrustState | null;
  /** The sender as stored, for the badge's panel. */
  senderName: string;
}

/** A stored message whose verdict changed because of a correction, an undo or a change of trust. */
export interface RescoredMessage {
  key: string;
  label: Label;
  score: number;
  reasons: string[];
}

/** What the candidate may correct a verdict to. */
export type CorrectionLabel = 'targeted' | 'spam' | 'other';

export interface CorrectionSummary {
  id: number;
  messageKey: string;
  from: StoredLabel;
  to: Label;
  createdAt: number;
  undoneAt: number | null;
}

/** One row of the popup's triage list. */
export interface TriageItem {
  key: string;
  site: SiteId;
  threadKey: string;
  /** Where the thread opens in the site, when the adapter knew it. */
  threadUrl: string | null;
  sender: Sender;
  /** The recruiter's company or agency, from the sender or the message. */
  company: string | null;
  /** The role the message offers, when one could be read. */
  role: string | null;
  subject: string | null;
  preview: string;
  receivedAt: number;
  label: Label;
  score: number;
  state: MessageState;
  /** The strongest reasons, at most three. */
  reasons: string[];
  recruiterId: string | null;
  trust: TrustState | null;
}

export type TriageSection = 'targeted' | 'unsure' | 'spam';

export interface TriageCounts {
  /** Targeted messages awaiting a reply: the toolbar badge. */
  awaiting: number;
  unsure: number;
  spam: number;
}

/** What a reply is built from, besides the message: the candidate's choices in the chooser. */
export interface ReplyOptions {
  /** Template language; absent means the message's own language (English when it has no template). */
  language?: TemplateLanguage;
  /** For decline: which reason to give. */
  declineReason?: DeclineReason;
  /** For refer: the referral contact to name. */
  contactId?: string;
}

export interface DraftedReply {
  text: string;
  /** The template language used. */
  language: TemplateLanguage;
  /** The language the message was detected in ('und' when unknown). */
  messageLanguage: string;
  /** For ask-details: what the message left out, so the reply asks for it. */
  missing: DetailItem[];
  /** True when the candidate's own template was used instead of the built-in one. */
  custom: boolean;
}

/** Which template: kind, and for decline the reason ('default' for the other kinds). */
export type TemplateVariant = DeclineReason | 'default';

export interface TemplateView {
  /** `${kind}:${variant}:${language}` */
  id: string;
  kind: ReplyKind;
  variant: TemplateVariant;
  language: TemplateLanguage;
  /** The text in force: the candidate's version when there is one, else the built-in; one sentence per line. */
  body: string;
  builtInBody: string;
  custom: boolean;
  updatedAt: number | null;
}

export interface ContactInput {
  /** Absent to add a new contact. */
  id?: string;
  name: string;
  role?: string;
  link?: string;
  note?: string;
}

export interface RecruiterInput {
  name: string;
  company?: string;
  email?: string;
  profileUrl?: string;
  note?: string;
  trust?: TrustState;
}

export interface SyncStatus {
  enabled: boolean;
  lastPushedAt: number | null;
  lastPulledAt: number | null;
  /** Bytes this extension uses in storage.sync, and the quota. */
  bytesInUse: number;
  quotaBytes: number;
  /** A sentence for the candidate when the last sync failed (over quota, unavailable). */
  error: string | null;
}

/** Text scored from a page's selection through the context menu: not stored as a message. */
export interface AdhocVerdict {
  text: string;
  scoredAt: number;
  label: Label;
  score: number;
  reasons: string[];
}

/**
 * Every message any part of the extension sends to the worker: its request and its response.
 * Adding an entry here makes the compiler demand a handler for it.
 */
export interface Protocol {
  /** A content script found a supported view; answers whether the candidate has the site on. */
  'site/hello': {
    request: { site: SiteId; view: string; health: SiteHealth };
    response: { enabled: boolean };
  };
  /** Messages read from a page; stored once each, scored in order as they are stored. */
  'messages/save': {
    request: { messages: IncomingMessage[] };
    response: { saved: SavedMessage[] };
  };
  /** The candidate's verdict on a stored message: learned from, and similar stored messages rescored. */
  'messages/correct': {
    request: { key: string; label: CorrectionLabel };
    response: { correctionId: number; verdict: MessageVerdict; rescored: RescoredMessage[] };
  };
  /** Takes a correction back: the learner forgets it, the message and similar ones are rescored. */
  'corrections/undo': {
    request: { id: number };
    response: { verdict: MessageVerdict | null; rescored: RescoredMessage[] };
  };
  /** Newest first, undone ones included. */
  'corrections/list': {
    request: { limit: number };
    response: { corrections: CorrectionSummary[]; total: number };
  };
  /** Trusted recruiters are never spam, muted ones never targeted; their messages are rescored. */
  'recruiters/set-trust': {
    request: { recruiterId: string; trust: TrustState; note?: string };
    response: { recruiter: RecruiterRecord; rescored: RescoredMessage[] };
  };
  /** Most recently in touch first, optionally only one standing. */
  'recruiters/list': {
    request: { limit: number; trust?: TrustState };
    response: { recruiters: RecruiterRecord[]; total: number };
  };
  'messages/recent': {
    request: { limit: number };
    response: { messages: MessageSummary[]; total: number };
  };
  'sites/status': {
    request: Record<string, never>;
    response: { sites: SiteStatus[] };
  };
  'sites/set-enabled': {
    request: { site: SiteId; enabled: boolean };
    response: { sites: SiteStatus[] };
  };
  /** A courteous reply to a stored message, ready for the site's reply box. */
  'replies/draft': {
    request: { key: string; kind: ReplyKind } & ReplyOptions;
    response: DraftedReply;
  };
  /**
   * Puts a reply into the reply box of an open tab showing the message's thread. When no tab shows
   * it, answers 'not-open' with the thread's address: the popup then copies the text and opens it.
   */
  'replies/deliver': {
    request: { key: string; text: string };
    response: { delivered: 'inserted' | 'not-open'; tabId: number | null; threadUrl: string | null };
  };
  /** The popup's list: targeted awaiting a reply, then unsure, then spam; newest first in each. */
  'messages/triage': {
    request: { limit: number; query?: string };
    response: { targeted: TriageItem[]; unsure: TriageItem[]; spam: TriageItem[]; counts: TriageCounts };
  };
  /** Answered, dismissed (declined by muting, set aside) or back to awaiting. */
  'messages/set-state': {
    request: { key: string; state: MessageState };
    response: { key: string; state: MessageState; counts: TriageCounts };
  };
  /** A recruiter the candidate adds by hand to their list (trusted unless said otherwise). */
  'recruiters/add': {
    request: { recruiter: RecruiterInput };
    response: { recruiter: RecruiterRecord };
  };
  'contacts/list': {
    request: Record<string, never>;
    response: { contacts: ContactRecord[] };
  };
  'contacts/save': {
    request: { contact: ContactInput };
    response: { contact: ContactRecord };
  };
  'contacts/remove': {
    request: { id: string };
    response: { removed: boolean };
  };
  /** Every template, built-in or the candidate's version of it, for every kind, variant and language. */
  'templates/list': {
    request: Record<string, never>;
    response: { templates: TemplateView[] };
  };
  'templates/save': {
    request: { kind: ReplyKind; variant: TemplateVariant; language: TemplateLanguage; body: string };
    response: { template: TemplateView };
  };
  /** Back to the built-in text: one template by id, or all of them. */
  'templates/reset': {
    request: { id?: string };
    response: { reset: number };
  };
  /** Everything on the device as one backup object (the options page saves it as a JSON file). */
  'data/export': {
    request: Record<string, never>;
    response: { backup: unknown; fileName: string; counts: Record<string, number> };
  };
  /** A backup file's text: validated first; refused whole with every problem listed, or written in one transaction. */
  'data/import': {
    request: { text: string; mode: ImportMode };
    response: { counts: Record<string, number> };
  };
  /** Deletes everything the extension keeps. */
  'data/wipe': {
    request: { confirm: 'wipe everything' };
    response: { wiped: true };
  };
  'sync/status': {
    request: Record<string, never>;
    response: SyncStatus;
  };
  /** Opt in or out of storage.sync for profile, templates, trust states and referral contacts. */
  'sync/set-enabled': {
    request: { enabled: boolean };
    response: SyncStatus;
  };
  /** The last text scored from the context menu, for the page that shows its verdict. */
  'adhoc/current': {
    request: Record<string, never>;
    response: { verdict: AdhocVerdict | null };
  };
  /** Scores any text as a recruiter message without storing it (context menu, pasted text). */
  'adhoc/score': {
    request: { text: string };
    response: { verdict: AdhocVerdict };
  };
  /** A reply to the last context-menu text. */
  'adhoc/draft': {
    request: { kind: ReplyKind } & ReplyOptions;
    response: DraftedReply;
  };
  'profile/get': {
    request: Record<string, never>;
    response: { profile: Profile | null };
  };
  /** Validated in the worker; a bad profile comes back as a `bad-request` error listing every problem. */
  'profile/save': {
    request: { profile: unknown };
    response: { profile: Profile; savedAt: number };
  };
}

/**
 * Messages the worker sends to a content script in a tab (tabs.sendMessage), answered the same way.
 */
export interface TabProtocol {
  /** Insert a reply if this tab shows the thread with a reply box; never sends. */
  'tab/insert-reply': {
    request: { key: string; threadKey: string; text: string };
    response: { inserted: boolean };
  };
}

export type TabMessageType = keyof TabProtocol;

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['request'];
export type ResponseOf<K extends MessageType> = Protocol[K]['response'];

/** Marks our messages on the shared runtime channel. */
export const CHANNEL = 'recruiter-ally/1';

export interface Envelope<K extends MessageType = MessageType> {
  channel: typeof CHANNEL;
  type: K;
  payload: RequestOf<K>;
}

export type ErrorCode =
  /** The request was malformed or failed validation. */
  | 'bad-request'
  /** No handler knows this type (an older worker, a newer page). */
  | 'unknown-type'
  /** The handler threw. */
  | 'handler-failed'
  /** The browser refused to write (storage full, quota exceeded, database unavailable); nothing changed. */
  | 'storage-failed'
  /** The worker could not be reached. */
  | 'unreachable'
  /** The worker answered with something that is not a result. */
  | 'no-reply';

export interface ProtocolError {
  code: ErrorCode;
  message: string;
  /** Every problem, when validation found several. */
  details?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Envelope>;
  return candidate.channel === CHANNEL && typeof candidate.type === 'string' && 'payload' in candidate;
}

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; value?: unknown; error?: unknown };
  if (candidate.ok === true) return 'value' in candidate;
  if (candidate.ok !== false || typeof candidate.error !== 'object' || candidate.error === null) return false;
  const error = candidate.error as Partial<ProtocolError>;
  return typeof error.code === 'string' && typeof error.message === 'string';
}
