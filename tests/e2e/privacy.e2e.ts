import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KATRIN } from '../fixtures/profiles';
import { launchExtension, openFixture, openOptions, openPopup, serviceWorker, type Extension, type PageName } from './harness';

// The privacy promise, proven: a full session (score on every site, draft and insert a reply,
// correct and undo, export and import, popup and options open) while every request of every page,
// of the extension's pages and of its worker is recorded. The extension's own requests may only load
// its own package; the sites' pages may only reach the fixture hostnames.

const FIXTURE_HOSTS = new Set(['www.linkedin.com', 'mail.google.com', 'outlook.live.com']);

interface Seen {
  url: string;
  type: string;
  from: string;
}

let extension: Extension;
const seen: Seen[] = [];

function origin(request: Request): string {
  if (request.serviceWorker()) return `worker ${request.serviceWorker()!.url()}`;
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}

async function send<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(
    (envelope) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(envelope),
    { channel: 'recruiter-ally/1', type, payload },
  )) as { ok: boolean; value?: T; error?: { message: string } };
  if (!reply.ok) throw new Error(`${type} failed: ${reply.error?.message}`);
  return reply.value as T;
}

async function badges(page: Page, atLeast: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-recruiter-ally-ui]').length >= n, atLeast, { timeout: 20_000 });
}

beforeAll(async () => {
  extension = await launchExtension();
  extension.context.on('request', (request) => seen.push({ url: request.url(), type: request.resourceType(), from: origin(request) }));
  // The worker started before the listener: make sure its later requests are seen too.
  await serviceWorker(extension);
});

afterAll(async () => {
  await extension?.close();
});

describe('privacy', () => {
  it('sends nothing anywhere during a full session: the extension makes no request, pages reach only the fixture hosts', async () => {
    const options = await openOptions(extension);
    await send(options, 'profile/save', { profile: KATRIN });

    const pages: Partial<Record<PageName, Page>> = {};
    for (const name of ['linkedinMessaging', 'gmailInbox', 'outlookInbox'] as const) {
      pages[name] = await openFixture(extension, name);
      await badges(pages[name]!, 1);
    }

    const popup = await openPopup(extension);
    const recent = await send<{ messages: { key: string; label: string; site: string }[] }>(popup, 'messages/recent', { limit: 50 });
    const recruiterMessage = recent.messages.find((m) => m.site === 'linkedin' && m.label !== 'other');
    expect(recruiterMessage).toBeDefined();
    const key = recruiterMessage!.key;

    // Reply: drafted in the worker, delivered into the open LinkedIn thread.
    const draft = await send<{ text: string }>(popup, 'replies/draft', { key, kind: 'decline', declineReason: 'timing' });
    expect(draft.text.length).toBeGreaterThan(20);
    const delivered = await send<{ delivered: string }>(popup, 'replies/deliver', { key, text: draft.text });
    expect(delivered.delivered).toBe('inserted');

    // Correct and undo.
    const corrected = await send<{ correctionId: number }>(popup, 'messages/correct', { key, label: 'spam' });
    await send(popup, 'corrections/undo', { id: corrected.correctionId });

    // Export and import back.
    const exported = await send<{ backup: unknown }>(options, 'data/export', {});
    await send(options, 'data/import', { text: JSON.stringify(exported.backup), mode: 'merge' });
    await options.reload();
    await popup.reload();
    await popup.waitForTimeout(500);

    const web = seen.filter((r) => /^https?:/.test(r.url));
    const fromExtension = seen.filter((r) => r.from.startsWith(`chrome-extension://${extension.id}`) || r.from.startsWith('worker'));
    // The extension's pages and worker load their own package files and nothing else.
    expect(fromExtension.filter((r) => !r.url.startsWith(`chrome-extension://${extension.id}/`))).toEqual([]);
    // Every web request went to a fixture host, and was the page itself, no request the extension added.
    expect(web.filter((r) => !FIXTURE_HOSTS.has(new URL(r.url).hostname))).toEqual([]);
    expect(web.filter((r) => r.type !== 'document')).toEqual([]);
    expect(extension.unserved).toEqual([]);
    expect(web.length).toBeGreaterThanOrEqual(3);
  });
});
