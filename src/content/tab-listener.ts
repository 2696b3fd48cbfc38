/**
 * Answers the worker's messages to this tab (TabProtocol): today, putting a reply the candidate
 * chose in the popup into this page's reply box when the page shows that message's thread. It
 * types the text in as the in-page panel does and never sends anything.
 */
import { CHANNEL, isEnvelope, type Result, type TabMessageType, type TabProtocol } from '../messaging/protocol';
import { ATTRIBUTE } from './scanner';
import type { MessageHandle, SiteAdapter } from './site-adapter';
import { insertReply } from './ui/insert-text';

/** Messages of an open thread compared by thread when the message itself is not in the page. */
const THREAD_SEARCH_LIMIT = 500;
/** Longest reply accepted (the worker's own limit for a body). */
const MAX_TEXT = 100_000;

export interface TabListenerContext {
  adapter: SiteAdapter;
  /** The scanner's look-up of a processed message; null while the page is not being read (dormant, site off). */
  handleFor(): ((key: string) => MessageHandle | null) | null;
  doc: Document;
  /** The page's address now (the site navigates without reloading). */
  url(): URL;
}

type Request = TabProtocol['tab/insert-reply']['request'];

function isInsertRequest(payload: unknown): payload is Request {
  if (typeof payload !== 'object' || payload === null) return false;
  const { key, threadKey, text } = payload as Partial<Request>;
  return typeof key === 'string' && !!key && typeof threadKey === 'string' && typeof text === 'string' && !!text && text.length <= MAX_TEXT;
}

/** A processed message of `threadKey` in the open thread, when the message asked for is not in the page. */
function messageOfThread(context: TabListenerContext, threadKey: string): MessageHandle | null {
  const root = context.adapter.root(context.doc);
  if (!root) return null;
  const handles = context.adapter.findMessages(root);
  for (let i = 0; i < handles.length && i < THREAD_SEARCH_LIMIT; i += 1) {
    const handle = handles[i]!;
    if (handle.kind !== 'message' || !handle.element.hasAttribute(ATTRIBUTE)) continue;
    if (context.adapter.extract(handle, context.doc)?.threadKey === threadKey) return handle;
  }
  return null;
}

/** Puts `text` into the reply box of the thread showing the message; false when this tab shows it not. */
export async function insertIntoThread(context: TabListenerContext, request: Request): Promise<boolean> {
  const handleFor = context.handleFor();
  if (!handleFor) return false;
  const view = context.adapter.view(context.url(), context.doc);
  if (!view?.hasOpenThread) return false;
  // A list row stands for its conversation only in the list: the open thread's own message is wanted.
  const own = handleFor(request.key);
  const handle = own?.kind === 'message' ? own : messageOfThread(context, request.threadKey);
  if (!handle) return false;
  const box = await context.adapter.openReplyBox(context.doc, handle);
  return box ? insertReply(box, request.text) : false;
}

function answer<K extends TabMessageType>(value: TabProtocol[K]['response']): Result<TabProtocol[K]['response']> {
  return { ok: true, value };
}

/**
 * The runtime.onMessage listener: answers our channel's tab messages in the returned promise, and
 * returns undefined at once for every other message, so the browser leaves it to other listeners.
 */
export function createTabListener(context: TabListenerContext) {
  return function onTabMessage(message: unknown, sender?: { id?: string }, ownId?: string): Promise<Result<unknown>> | undefined {
    if (!isEnvelope(message) || message.channel !== CHANNEL) return undefined;
    if (ownId !== undefined && sender?.id !== ownId) return undefined;
    if ((message.type as string) !== 'tab/insert-reply') return undefined;
    const payload: unknown = message.payload;
    if (!isInsertRequest(payload)) {
      return Promise.resolve({ ok: false, error: { code: 'bad-request', message: 'Inserting a reply needs a message key, its thread and the text.' } });
    }
    return insertIntoThread(context, payload).then(
      (inserted) => answer<'tab/insert-reply'>({ inserted }),
      // Nothing may throw into the page: the worker tries the next tab or falls back to the clipboard.
      () => answer<'tab/insert-reply'>({ inserted: false }),
    );
  };
}
