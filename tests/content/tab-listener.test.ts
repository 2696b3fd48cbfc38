// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageHandle } from '../../src/content/site-adapter';
import { linkedinAdapter } from '../../src/content/sites/linkedin/adapter';
import { LINKEDIN } from '../../src/content/sites/linkedin/selectors';
import { CHANNEL } from '../../src/messaging/protocol';

// The scanner module (for its attribute name) loads the messaging layer, which needs the extension API.
vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: 'own' } } }));
const { ATTRIBUTE } = await import('../../src/content/scanner');
const { createTabListener, insertIntoThread } = await import('../../src/content/tab-listener');

const THREAD_URL = 'https://www.linkedin.com/messaging/thread/2-demo-thread-1/';

function show(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = readFileSync(join(process.cwd(), 'tests/fixtures/linkedin/2026-11-28-messaging.html'), 'utf8');
}

/** The open thread's messages with their keys, marked as the scanner marks what it processed. */
function processed(): { key: string; threadKey: string; handle: MessageHandle }[] {
  const handles = linkedinAdapter.findMessages(linkedinAdapter.root(document)!).filter((h) => h.kind === 'message');
  return handles.map((handle) => {
    const message = linkedinAdapter.extract(handle, document)!;
    handle.element.setAttribute(ATTRIBUTE, 'targeted');
    return { key: `linkedin:${message.siteMessageId}`, threadKey: message.threadKey, handle };
  });
}

function context(handles: Map<string, MessageHandle> | null) {
  return {
    adapter: linkedinAdapter,
    handleFor: () => (handles ? (key: string) => handles.get(key) ?? null : null),
    doc: document,
    url: () => new URL(location.href),
  };
}

const replyBox = (): HTMLElement => document.querySelector<HTMLElement>(LINKEDIN.replyBox.css[0]!)!;

beforeEach(() => show(THREAD_URL));

describe('insertIntoThread', () => {
  it('types the reply into the box of the thread that shows the message', async () => {
    const [first] = processed();
    const ok = await insertIntoThread(context(new Map([[first!.key, first!.handle]])), { key: first!.key, threadKey: first!.threadKey, text: 'Hello Jonas,\nthanks!' });
    expect(ok).toBe(true);
    expect(replyBox().textContent).toContain('Hello Jonas,');
    expect(replyBox().textContent).toContain('thanks!');
  });

  it('finds the thread by its key when the message itself is not in the page', async () => {
    const [first] = processed();
    const ok = await insertIntoThread(context(new Map()), { key: 'linkedin:urn:li:scrolled-away', threadKey: first!.threadKey, text: 'Hello again' });
    expect(ok).toBe(true);
    expect(replyBox().textContent).toContain('Hello again');
  });

  it('inserts nothing for another thread, for unprocessed messages, or while the page is not being read', async () => {
    const [first] = processed();
    expect(await insertIntoThread(context(new Map()), { key: 'linkedin:x', threadKey: 'linkedin:2-other-thread', text: 'No' })).toBe(false);
    expect(await insertIntoThread(context(null), { key: first!.key, threadKey: first!.threadKey, text: 'No' })).toBe(false);
    for (const element of document.querySelectorAll(`[${ATTRIBUTE}]`)) element.removeAttribute(ATTRIBUTE);
    expect(await insertIntoThread(context(new Map()), { key: 'linkedin:x', threadKey: first!.threadKey, text: 'No' })).toBe(false);
    expect(replyBox().textContent).not.toContain('No');
  });

  it('gives a list row\'s key no reply box: only the open thread\'s own messages stand for it', async () => {
    const rows = linkedinAdapter.findMessages(linkedinAdapter.root(document)!).filter((h) => h.kind === 'row');
    const other = rows.find((row) => !row.element.querySelector(LINKEDIN.activeRowLink.css[0]!))!;
    expect(await insertIntoThread(context(new Map([['linkedin:row', other]])), { key: 'linkedin:row', threadKey: 'linkedin:row:x', text: 'No' })).toBe(false);
  });
});

describe('createTabListener', () => {
  const listener = createTabListener(context(new Map()));

  it('leaves other messages to other listeners, at once', () => {
    expect(listener({ hello: 1 }, { id: 'own' }, 'own')).toBeUndefined();
    expect(listener({ channel: CHANNEL, type: 'messages/save', payload: {} }, { id: 'own' }, 'own')).toBeUndefined();
    expect(listener({ channel: CHANNEL, type: 'tab/insert-reply', payload: {} }, { id: 'other-extension' }, 'own')).toBeUndefined();
  });

  it('answers a Result: inserted or not, and a sentence for a malformed request', async () => {
    const [first] = processed();
    const envelope = { channel: CHANNEL, type: 'tab/insert-reply', payload: { key: 'linkedin:x', threadKey: first!.threadKey, text: 'Hi there' } };
    await expect(listener(envelope, { id: 'own' }, 'own')).resolves.toEqual({ ok: true, value: { inserted: true } });
    await expect(listener({ ...envelope, payload: { ...envelope.payload, threadKey: 'linkedin:nope' } }, { id: 'own' }, 'own')).resolves.toEqual({ ok: true, value: { inserted: false } });
    await expect(listener({ ...envelope, payload: { key: 'x' } }, { id: 'own' }, 'own')).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
