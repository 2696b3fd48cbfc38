import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KATRIN } from '../fixtures/profiles';
import { launchExtension, openFixture, openPopup, saveProfile, type Extension } from './harness';

const THREAD_1 = 'https://www.linkedin.com/messaging/thread/2-demo-thread-1/';
const REPLIED = 'https://www.linkedin.com/messaging/thread/2-demo-thread-replied/';

let extension: Extension;
let popup: Page;

beforeAll(async () => {
  extension = await launchExtension();
  extension.fixtures.serve(REPLIED, 'linkedin/2026-11-28-thread-replied.html');
  await saveProfile(extension, KATRIN);
  popup = await openPopup(extension);
});
afterAll(async () => {
  await extension?.close();
});

interface Result<T> {
  ok: boolean;
  value: T;
  error?: { code: string; message: string };
}

/** Sends one typed protocol message from the popup page, as the popup does. */
async function fromPopup<T>(type: string, payload: unknown): Promise<Result<T>> {
  return popup.evaluate(
    (envelope) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(envelope),
    { channel: 'recruiter-ally/1', type, payload },
  ) as Promise<Result<T>>;
}

async function badgeText(): Promise<string> {
  return popup.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}),
  );
}

async function badgeBecomes(text: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let last = await badgeText();
  while (last !== text && Date.now() < deadline) {
    await popup.waitForTimeout(100);
    last = await badgeText();
  }
  expect(last).toBe(text);
}

interface Item {
  key: string;
  threadKey: string;
  threadUrl: string | null;
  label: string;
}
interface Triage {
  targeted: Item[];
  unsure: Item[];
  spam: Item[];
  counts: { awaiting: number };
}

async function settled(page: Page, atLeast: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-recruiter-ally]').length >= n, atLeast, { timeout: 15_000 });
  await page.waitForTimeout(300);
}

describe('toolbar badge', () => {
  it('counts a targeted message awaiting a reply, and clears when the candidate\'s own reply appears in its thread', async () => {
    expect(await badgeText()).toBe('');
    const page = await extension.context.newPage();
    // Before the content script starts: the list rows go (they would be counted too), and the
    // candidate's two replies are held back, to appear later as a sent reply does.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        document.querySelector('ul.msg-conversations-container__conversations-list')?.replaceChildren();
        const events = [...document.querySelectorAll('li.msg-s-message-list__event')];
        const own = events.filter((event) => !event.querySelector('.msg-s-event-listitem--other') && event.querySelector('[data-event-urn]'));
        (window as unknown as { heldBack: Element[] }).heldBack = own;
        for (const event of own) event.remove();
      });
    });
    await page.goto(REPLIED);
    await settled(page, 1);
    expect(await page.locator('[data-recruiter-ally]').getAttribute('data-recruiter-ally')).toBe('targeted');
    await badgeBecomes('1');

    await page.evaluate(() => {
      const list = document.querySelector('ul.msg-s-message-list-content')!;
      for (const event of (window as unknown as { heldBack: Element[] }).heldBack) list.append(event);
    });
    await badgeBecomes('');
    const triage = await fromPopup<Triage>('messages/triage', { limit: 50 });
    expect(triage.value.counts.awaiting).toBe(0);
    await page.close();
  });
});

describe('replies/deliver', () => {
  let key = '';

  it('puts the reply into the reply box of the tab showing the thread, so LinkedIn\'s Send lights up, and sends nothing', async () => {
    const page = await openFixture(extension, 'linkedinMessaging');
    await settled(page, 10);
    const send = page.locator('button.msg-form__send-button');
    expect(await send.isDisabled()).toBe(true);
    const events = await page.locator('li.msg-s-message-list__event').count();

    const triage = await fromPopup<Triage>('messages/triage', { limit: 50 });
    expect(triage.ok).toBe(true);
    const all = [...triage.value.targeted, ...triage.value.unsure, ...triage.value.spam];
    const item = all.find((i) => i.threadKey === 'linkedin:2-demo-thread-1');
    expect(item, JSON.stringify(all.map((i) => [i.threadKey, i.label]))).toBeDefined();
    expect(item!.threadUrl).toBe(THREAD_1);
    key = item!.key;

    const text = 'Hi Ines,\nthank you for thinking of me. Could you tell me more about the team?';
    const delivered = await fromPopup<{ delivered: string; tabId: number | null; threadUrl: string | null }>('replies/deliver', { key, text });
    expect(delivered.value).toMatchObject({ delivered: 'inserted', threadUrl: THREAD_1 });
    expect(delivered.value.tabId).toEqual(expect.any(Number));

    const box = page.locator('div.msg-form__contenteditable');
    expect(await box.innerText()).toContain('thank you for thinking of me');
    expect(await send.isEnabled()).toBe(true);
    // Nothing was sent: the thread has as many messages as before.
    expect(await page.locator('li.msg-s-message-list__event').count()).toBe(events);
    await page.close();
  });

  it('answers not-open with the thread\'s address when no tab shows the thread', async () => {
    expect(key).not.toBe('');
    const delivered = await fromPopup<{ delivered: string; tabId: number | null; threadUrl: string | null }>('replies/deliver', { key, text: 'Hello' });
    expect(delivered.value).toEqual({ delivered: 'not-open', tabId: null, threadUrl: THREAD_1 });
  });
});
