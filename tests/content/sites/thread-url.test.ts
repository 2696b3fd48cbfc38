// @vitest-environment happy-dom
// Each adapter gives every message the address that opens its thread, from the fixture at its real URL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { IncomingMessage } from '../../../src/core/message';
import type { SiteAdapter } from '../../../src/content/site-adapter';
import { gmailAdapter } from '../../../src/content/sites/gmail/adapter';
import { linkedinAdapter } from '../../../src/content/sites/linkedin/adapter';
import { outlookAdapter } from '../../../src/content/sites/outlook/adapter';
import { safeThreadUrl } from '../../../src/background/validate';

vi.setConfig({ testTimeout: 20_000 });

/** Shows the fixture at `url` in the test's document, as the browser would after a navigation. */
function show(file: string, url: string): Document {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = readFileSync(join(process.cwd(), 'tests/fixtures', file), 'utf8');
  return document;
}

function extractAll(adapter: SiteAdapter, doc: Document): IncomingMessage[] {
  const root = adapter.root(doc);
  return root ? adapter.findMessages(root).flatMap((handle) => adapter.extract(handle, doc) ?? []) : [];
}

describe('LinkedIn', () => {
  it('gives the open thread of the messaging page /messaging/thread/<id>/, rows of other threads none', () => {
    const all = extractAll(linkedinAdapter, show('linkedin/2026-11-28-messaging.html', 'https://www.linkedin.com/messaging/thread/2-demo-thread-1/'));
    const full = all.filter((m) => !m.isPreview);
    expect(full.length).toBeGreaterThan(0);
    for (const m of full) expect(m.threadUrl).toBe('https://www.linkedin.com/messaging/thread/2-demo-thread-1/');
    const rows = all.filter((m) => m.isPreview);
    // The active row stands for the open thread; the others name no thread id in the page.
    expect(rows.filter((m) => m.threadUrl !== undefined).map((m) => m.threadKey)).toEqual(['linkedin:2-demo-thread-1']);
    expect(rows.filter((m) => m.threadUrl === undefined).length).toBeGreaterThan(0);
  });

  it('gives overlay messages no address: their bubbles name no thread', () => {
    const all = extractAll(linkedinAdapter, show('linkedin/2026-11-28-overlay.html', 'https://www.linkedin.com/feed/'));
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) expect(m.threadUrl).toBeUndefined();
  });

  it('passes the worker\'s check', () => {
    const first = extractAll(linkedinAdapter, show('linkedin/2026-11-28-messaging.html', 'https://www.linkedin.com/messaging/thread/2-demo-thread-1/')).find((m) => !m.isPreview);
    expect(safeThreadUrl('linkedin', first!.threadUrl)).toBe(first!.threadUrl);
  });
});

describe('Gmail', () => {
  it('keeps the account of the current page and opens the thread by its id', () => {
    const doc = show('gmail/2026-11-28-thread.html', 'https://mail.google.com/mail/u/2/#inbox/1a20790cd6020d9a');
    const all = extractAll(gmailAdapter, doc);
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) expect(m.threadUrl).toBe('https://mail.google.com/mail/u/2/#inbox/1a20790cd6020d9a');
    expect(safeThreadUrl('gmail', all[0]!.threadUrl)).toBe(all[0]!.threadUrl);
  });

  it('gives each inbox row the address of its own thread', () => {
    const rows = extractAll(gmailAdapter, show('gmail/2026-11-28-inbox.html', 'https://mail.google.com/mail/u/1/#inbox'));
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row.threadUrl).toBe(`https://mail.google.com/mail/u/1/#inbox/${row.threadKey.slice('gmail:'.length)}`);
  });
});

describe('Outlook', () => {
  it('opens a row\'s conversation on the page\'s host, keeping the account prefix', () => {
    const doc = show('outlook/2026-11-28-inbox.html', 'https://outlook.office.com/mail/0/');
    const rows = extractAll(outlookAdapter, doc).filter((m) => m.isPreview);
    expect(rows.length).toBe(8);
    for (const row of rows) {
      const convid = row.threadKey.slice('outlook:'.length);
      expect(row.threadUrl).toBe(`https://outlook.office.com/mail/0/inbox/id/${encodeURIComponent(convid)}`);
      expect(safeThreadUrl('outlook', row.threadUrl)).toBe(row.threadUrl);
    }
  });

  it('gives a message of the reading pane the page\'s own address when it names the open item', () => {
    const doc = show('outlook/2026-11-28-inbox.html', 'https://outlook.live.com/mail/inbox/id/AAQkADAwATM0MDAAMS1QhSFiOjpR7kfk%3D');
    const message = extractAll(outlookAdapter, doc).find((m) => !m.isPreview);
    expect(message!.threadUrl).toBe('https://outlook.live.com/mail/inbox/id/AAQkADAwATM0MDAAMS1QhSFiOjpR7kfk%3D');
  });

  it('builds the reading pane\'s address from its conversation when the page address does not name it', () => {
    const doc = show('outlook/2026-11-28-inbox.html', 'https://outlook.live.com/mail/');
    const message = extractAll(outlookAdapter, doc).find((m) => !m.isPreview);
    const convid = message!.threadKey.slice('outlook:'.length);
    expect(message!.threadUrl).toBe(`https://outlook.live.com/mail/inbox/id/${encodeURIComponent(convid)}`);
  });
});
