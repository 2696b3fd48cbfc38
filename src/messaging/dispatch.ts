import {
  isEnvelope,
  type ErrorCode,
  type MessageType,
  type RequestOf,
  type ResponseOf,
  type Result,
} from './protocol';

/** Who sent a message: the parts of runtime.MessageSender handlers may rely on. */
export interface SenderInfo {
  /** The extension the sender belongs to. */
  id?: string;
  /** Present for content scripts. */
  tabId?: number;
  url?: string;
}

/** One handler per message type: leaving one out is a compile error. */
export type Handlers = {
  [K in MessageType]: (payload: RequestOf<K>, sender: SenderInfo) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/** Thrown by a handler to give the sender a specific error code instead of `handler-failed`. */
export class HandlerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

/**
 * Turns any incoming message into a Result. Messages that are not ours answer `undefined`
 * so another listener may take them; everything else, errors included, answers a Result.
 */
export function createDispatcher(handlers: Handlers, ownId?: string) {
  return async function dispatch(message: unknown, sender: SenderInfo): Promise<Result<unknown> | undefined> {
    if (!isEnvelope(message)) return undefined;
    if (ownId !== undefined && sender.id !== ownId) {
      return failure('bad-request', 'Messages from other extensions are not accepted.');
    }
    if (!Object.hasOwn(handlers, message.type)) {
      return failure('unknown-type', `No handler for "${message.type}".`);
    }
    const handler = handlers[message.type] as (payload: unknown, sender: SenderInfo) => unknown;
    try {
      // Awaited here so a thenable from Dexie becomes a plain value inside a native promise.
      const value = await handler(message.payload, sender);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof HandlerError) {
        return failure(error.code, error.message, error.details);
      }
      const storage = storageFailure(error);
      if (storage) return failure('storage-failed', storage, [describe(error)]);
      return failure('handler-failed', describe(error));
    }
  };
}

function failure(code: ErrorCode, message: string, details?: string[]): Result<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/** Names of the errors IndexedDB and Dexie raise when a write cannot happen, wrapped or not. */
const QUOTA = /QuotaExceeded/i;
const STORAGE = /^(?:QuotaExceededError|UnknownError|DatabaseClosedError|OpenFailedError|InvalidStateError|AbortError|VersionError|MissingAPIError)$/;

/**
 * A sentence for the candidate when the failure was the browser's storage, else null. Dexie wraps
 * the cause (AbortError with an inner QuotaExceededError), so the whole chain is read. Every write
 * runs in a transaction, so a refused write changes nothing: the sentence says so.
 */
export function storageFailure(error: unknown): string | null {
  const chain: { name?: string; message?: string }[] = [];
  for (let e = error as { name?: string; message?: string; inner?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; i += 1) {
    chain.push(e);
    e = (e.inner ?? e.cause) as typeof e;
  }
  if (chain.some((e) => QUOTA.test(e.name ?? '') || QUOTA.test(e.message ?? ''))) {
    return "Your browser's storage for Recruiter Ally is full, so nothing was saved and your existing data is unchanged. Free disk space, or export a backup and remove old messages, then try again.";
  }
  if (chain.some((e) => STORAGE.test(e.name ?? ''))) {
    return "Recruiter Ally could not write to your browser's storage, so nothing was saved and your existing data is unchanged. Try again; if it keeps failing, restart the browser.";
  }
  return null;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
