import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KATRIN } from '../fixtures/profiles';
import { launchExtension, openPopup, saveProfile, stopServiceWorker, type Extension } from './harness';

// The worker may be stopped at any moment, also in the middle of storing a page of new messages.

const LARGE_THREAD = 'https://www.linkedin.com/messaging/thread/2-demo-thread-large/';

let extension: Extension;

beforeAll(async () => {
  extension = await launchExtension();
  await saveProfile(extension, KATRIN);
  extension.fixtures.serve(LARGE_THREAD, 'linkedin/2026-11-28-messaging-large.html');
});
afterAll(async () => {
  await extension?.close();
});

async function stored(): Promise<{ total: number; keys: string[] }> {
  const popup = await openPopup(extension);
  const reply = (await popup.evaluate(
    (envelope) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(envelope),
    { channel: 'recruiter-ally/1', type: 'messages/recent', payload: { limit: 500 } },
  )) as { ok: boolean; value: { total: number; messages: { key: string }[] } };
  await popup.close();
  expect(reply.ok).toBe(true);
  return { total: reply.value.total, keys: reply.value.messages.map((m) => m.key) };
}

describe('worker faults', () => {
  it('a worker stopped while a page of 50 new thread messages is being stored: every message is stored exactly once and marked', async () => {
    const page = await extension.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(LARGE_THREAD);
    // Stop it as soon as the first messages are on their way, and once more a little later.
    await page.waitForFunction(() => document.querySelectorAll('[data-recruiter-ally]').length > 0, undefined, { timeout: 20_000 }).catch(() => undefined);
    await stopServiceWorker(extension);
    await page.waitForTimeout(150);
    await stopServiceWorker(extension).catch(() => undefined);

    const threadMessages = page.locator('.msg-s-message-list-content [data-event-urn]');
    const inThread = await threadMessages.count();
    expect(inThread).toBe(50);
    await page.waitForFunction(
      () => document.querySelectorAll('.msg-s-message-list-content [data-event-urn][data-recruiter-ally]').length === 50,
      undefined,
      { timeout: 30_000 },
    );
    const { total, keys } = await stored();
    const threadKeys = await threadMessages.evaluateAll((els) => els.map((e) => `linkedin:${e.getAttribute('data-event-urn')}`));
    for (const key of threadKeys) expect(keys.filter((k) => k === key), key).toHaveLength(1);
    expect(new Set(keys).size).toBe(keys.length);
    expect(total).toBe(keys.length);
    // The same page again stores nothing new.
    await page.reload();
    await page.waitForFunction(
      () => document.querySelectorAll('.msg-s-message-list-content [data-event-urn][data-recruiter-ally]').length === 50,
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(500);
    expect((await stored()).total).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });
});
