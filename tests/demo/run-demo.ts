// `npm run demo`: the extension at work on a built-in demo inbox, for anyone without a LinkedIn,
// Gmail or Outlook login. With a display it opens a real browser window and waits until it is
// closed; without one it runs headless and writes screenshots to demo-output/.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { CHANNEL } from '../../src/messaging/protocol';
import { launchExtension, openFixture, openOptions, openPopup, type PageName } from '../e2e/harness';
import { KATRIN } from '../fixtures/profiles';

const OUTPUT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const TOUR: { name: PageName; shot: string }[] = [
  { name: 'linkedinMessaging', shot: 'linkedin-messaging.png' },
  { name: 'gmailInbox', shot: 'gmail-inbox.png' },
  { name: 'outlookInbox', shot: 'outlook-inbox.png' },
];

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  // The content script starts at document_idle, asks the worker for verdicts and badges the messages.
  await page.waitForFunction(() => document.querySelectorAll('[data-recruiter-ally]').length > 0, null, { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(400);
}

/** Opens the panel of the last recruiter message in LinkedIn's open thread and inserts a reply by keyboard. */
async function replyOnLinkedIn(page: Page): Promise<void> {
  const badge = page.locator('.msg-s-message-list-content [data-recruiter-ally-ui]').last();
  await badge.click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.querySelector('div.msg-form__contenteditable')?.textContent ?? '').length > 20, null, { timeout: 10_000 });
  await page.waitForTimeout(300);
}

async function main(): Promise<void> {
  await mkdir(OUTPUT, { recursive: true });
  const extension = await launchExtension({ headless });
  const written: string[] = [];
  try {
    const options = await openOptions(extension);
    await options.getByRole('heading', { name: 'Your profile' }).waitFor();
    // The demo candidate, saved through the same message the options form sends.
    const reply = await options.evaluate(
      (envelope) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(
          envelope,
        ),
      { channel: CHANNEL, type: 'profile/save', payload: { profile: KATRIN } },
    );
    if (!(reply as { ok?: boolean }).ok) throw new Error(`The demo profile was refused: ${JSON.stringify(reply)}`);
    await options.reload();
    await options.getByLabel('Your name').waitFor();

    for (const stop of TOUR) {
      const page = await openFixture(extension, stop.name);
      await settle(page);
      if (headless) {
        await page.screenshot({ path: join(OUTPUT, stop.shot) });
        written.push(stop.shot);
      }
      if (stop.name === 'linkedinMessaging') {
        // The panel open and an "Ask for details" reply in LinkedIn's box, Send enabled, nothing sent.
        await replyOnLinkedIn(page);
        if (headless) {
          await page.screenshot({ path: join(OUTPUT, 'linkedin-reply.png') });
          written.push('linkedin-reply.png');
        }
      }
    }

    const popup = await openPopup(extension);
    await popup.locator('.sites li').first().waitFor();
    if (headless) {
      await popup.screenshot({ path: join(OUTPUT, 'popup.png') });
      await options.bringToFront();
      await options.screenshot({ path: join(OUTPUT, 'options.png'), fullPage: true });
      written.push('popup.png', 'options.png');
    }

    if (headless) {
      console.warn(`Demo screenshots written to ${OUTPUT}:\n  ${written.join('\n  ')}`);
    } else {
      console.warn('The demo browser is open: LinkedIn, Gmail and Outlook tabs, the popup and the options page. Close it to end.');
      await new Promise<void>((resolveClosed) => extension.context.on('close', () => resolveClosed()));
    }
  } finally {
    await extension.close().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
