import type { IncomingMessage, Sender } from '../core/message';
import type { Profile } from '../core/profile';
import type { SiteHealth, SiteId, SiteStatus } from '../core/sites';
import type { MessageState, StoredLabel } from '../db/records';

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
  /** Messages read from a page; stored once each. */
  'messages/save': {
    request: { messages: IncomingMessage[] };
    response: { saved: { key: string; isNew: boolean }[] };
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
