import type { IncomingMessage, Label, Sender } from '../core/message';
import type { Profile } from '../core/profile';
import type { ReplyKind } from '../core/replies/drafts';
import type { SiteHealth, SiteId, SiteStatus } from '../core/sites';
import type { MessageState, RecruiterRecord, StoredLabel, TrustState } from '../db/records';

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
    request: { key: string; kind: ReplyKind };
    response: { text: string; language: string };
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
