import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KATRIN } from '../fixtures/profiles';
import { FIXTURES, PAGES, launchExtension, openFixture, openPopup, saveProfile, type Extension, type PageName } from './harness';

const VERDICTS = ['targeted', 'unsure', 'spam', 'other'];
const BADGE = '[data-recruiter-ally-ui]';
const MARK = '[data-recruiter-ally]';

let extension: Extension;

beforeAll(async () => {
  extension = await launchExtension();
  await saveProfile(extension, KATRIN);
});
afterAll(async () => {
  await extension?.close();
});

/** Console errors and page errors, to prove the extension throws nothing into the page. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function marks(page: Page): Promise<string[]> {
  return page.locator(MARK).evaluateAll((els) => els.map((e) => e.getAttribute('data-recruiter-ally') ?? ''));
}

/** Waits until `count` elements carry a verdict and it stays so. */
async function settled(page: Page, atLeast: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-recruiter-ally]').length >= n, atLeast, { timeout: 15_000 });
  await page.waitForTimeout(300);
  return marks(page);
}

async function recruiterMarks(page: Page): Promise<number> {
  return (await marks(page)).filter((label) => label !== 'other').length;
}

describe.each([
  ['LinkedIn messaging', 'linkedinMessaging', 10],
  ['Gmail inbox', 'gmailInbox', 8],
  ['Outlook inbox', 'outlookInbox', 9],
] as const)('%s', (_name, fixture: PageName, expected) => {
  it('marks every message with a verdict and badges the recruiter messages, once each, without errors', async () => {
    const page = await openFixture(extension, fixture);
    const errors = collectErrors(page);
    const labels = await settled(page, expected);
    expect(labels).toHaveLength(expected);
    for (const label of labels) expect(VERDICTS).toContain(label);
    expect(labels).toContain('targeted');
    expect(labels).toContain('spam');
    expect(await page.locator(BADGE).count()).toBe(await recruiterMarks(page));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('LinkedIn', () => {
  it('puts a reply into the reply box as typed, so Send is enabled, and never sends', async () => {
    const page = await openFixture(extension, 'linkedinMessaging');
    await settled(page, 10);
    const send = page.locator('button.msg-form__send-button');
    expect(await send.isDisabled()).toBe(true);
    // The badge of the last recruiter message in the open thread; its panel by keyboard.
    const badges = page.locator(`.msg-s-message-list-content ${BADGE}`);
    await badges.last().click();
    await page.keyboard.press('Escape');
    // Keyboard: Enter opens the panel with focus in it, Tab reaches the first reply action (Decline),
    // Enter opens its chooser on "Keep the door open", Enter shows the reasons, Enter picks the first.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const box = page.locator('div.msg-form__contenteditable');
    await page.waitForFunction(() => (document.querySelector('div.msg-form__contenteditable')?.textContent ?? '').length > 20);
    expect(await box.innerText()).toMatch(/^Hi Ines,/);
    expect(await send.isEnabled()).toBe(true);
    // Nothing was sent: the thread still ends with the recruiter's message.
    expect(await page.locator('li.msg-s-message-list__event').count()).toBe(4);
    await page.close();
  });

  it('keeps keys typed in the panel away from the page', async () => {
    const page = await openFixture(extension, 'linkedinMessaging');
    await settled(page, 10);
    await page.evaluate(() => {
      (window as unknown as { keys: string[] }).keys = [];
      document.addEventListener('keydown', (e) => (window as unknown as { keys: string[] }).keys.push(e.key));
    });
    await page.locator(BADGE).first().click();
    await page.keyboard.press('Tab');
    await page.keyboard.type('jkr#');
    expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual([]);
    // Outside the panel the page hears keys as always.
    await page.keyboard.press('Escape');
    await page.locator('h1, h2').first().click();
    await page.keyboard.type('j');
    expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toContain('j');
    await page.close();
  });

  it('finds the messaging overlay on a page that is not messaging, and puts a reply into its box', async () => {
    extension.fixtures.serve('https://www.linkedin.com/jobs/view/4242/', 'linkedin/2026-11-28-overlay.html');
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto('https://www.linkedin.com/jobs/view/4242/');
    const labels = await settled(page, 2);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    const badge = page.locator(`aside ${BADGE}`).last();
    await badge.click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // Decline, "Keep the door open", the first reason.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('aside div.msg-form__contenteditable')?.textContent ?? '').length > 20);
    expect(await page.locator('aside button.msg-form__send-button').isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('badges each message once, also after twenty navigations back and forth', async () => {
    const page = await openFixture(extension, 'linkedinMessaging');
    await settled(page, 10);
    for (let i = 0; i < 20; i += 1) {
      await page.evaluate((n) => history.pushState({}, '', n % 2 ? '/messaging/thread/2-demo-thread-1/' : '/feed/'), i);
      await page.waitForTimeout(60);
    }
    await page.evaluate(() => history.pushState({}, '', '/messaging/thread/2-demo-thread-1/'));
    const labels = await settled(page, 10);
    expect(labels).toHaveLength(10);
    expect(await page.locator(BADGE).count()).toBe(await recruiterMarks(page));
    await page.close();
  });

  it('says "layout not recognised" for markup it does not know, and leaves the page alone', async () => {
    const original = await readFile(join(FIXTURES, PAGES.linkedinMessaging.file), 'utf8');
    const changed = original.replaceAll('msg-', 'chat-').replaceAll('data-event-urn', 'data-item');
    extension.fixtures.serveText('https://www.linkedin.com/messaging/thread/2-changed/', changed);
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto('https://www.linkedin.com/messaging/thread/2-changed/');
    const popupSays = async (): Promise<string> => {
      const popup = await openPopup(extension);
      const state = popup.locator('.sites li[data-site="linkedin"] .site-state');
      await state.waitFor();
      const text = await state.innerText();
      await popup.close();
      return text;
    };
    let text = '';
    for (let i = 0; i < 30 && text !== 'Layout not recognised'; i += 1) {
      await page.waitForTimeout(300);
      text = await popupSays();
    }
    expect(text).toBe('Layout not recognised');
    expect(await page.locator(MARK).count()).toBe(0);
    expect(await page.locator(BADGE).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Gmail', () => {
  it('works under Gmail’s Trusted Types policy without a single error', async () => {
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    const response = await page.goto(PAGES.gmailInbox.url);
    expect(response?.headers()['content-security-policy']).toBe("require-trusted-types-for 'script'");
    await settled(page, 8);
    await page.locator(BADGE).first().click();
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Gmail thread', () => {
  it('types a reply into the open thread’s editor and never sends', async () => {
    extension.fixtures.serve('https://mail.google.com/mail/u/1/', 'gmail/2026-11-28-thread.html');
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto('https://mail.google.com/mail/u/1/#inbox/1a20790cd6020d9a');
    await settled(page, 2);
    await page.locator(`div.adn ${BADGE}`).first().click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // Decline opens its chooser on "Keep the door open"; Enter shows the reasons, Enter picks the first.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('div[g_editable="true"]')?.textContent ?? '').length > 20);
    expect(await page.locator('div[g_editable="true"]').innerText()).toMatch(/^Hi Theresa,/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Outlook', () => {
  it('opens the reply editor with the Reply button when needed and types the reply in', async () => {
    extension.fixtures.serve('https://outlook.office.com/mail/', 'outlook/2026-11-28-reply-editor.html');
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto('https://outlook.office.com/mail/inbox/');
    await settled(page, 1);
    expect(await page.locator('[role="textbox"][contenteditable="true"]').count()).toBe(0);
    await page.locator(`[data-app-section="MailReadCompose"] ${BADGE}, #ConversationReadingPaneContainer ${BADGE}`).first().click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // Decline opens its chooser on "Keep the door open"; Enter shows the reasons, Enter picks the first.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('[role="textbox"][contenteditable="true"]')?.textContent ?? '').length > 20, null, { timeout: 10_000 });
    expect(await page.locator('[role="textbox"][contenteditable="true"]').innerText()).toMatch(/^Hi Priya,/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the virtual list: rows that come and go while scrolling are marked, badges never doubled', async () => {
    extension.fixtures.serve('https://outlook.live.com/mail/0/virtual', 'outlook/2026-11-28-virtual-list.html');
    const page = await extension.context.newPage();
    await page.goto('https://outlook.live.com/mail/0/virtual');
    await page.waitForFunction(() => document.querySelectorAll('[data-recruiter-ally]').length > 0, null, { timeout: 15_000 });
    for (let i = 0; i < 5; i += 1) {
      // oxlint-disable-next-line no-underscore-dangle -- the fixture's own scroll hook
      await page.evaluate((n) => (window as unknown as { __scrollList(n: number): void }).__scrollList(n), 6 + i);
      await page.waitForTimeout(250);
    }
    const rows = await page.locator('[role="option"][data-convid]').count();
    const marked = await page.locator('[role="option"][data-convid][data-recruiter-ally]').count();
    expect(marked).toBe(rows);
    expect(await page.locator(BADGE).count()).toBe(await recruiterMarks(page));
    await page.close();
  });
});
