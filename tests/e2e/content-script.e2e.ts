import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURES,
  PAGES,
  contentScriptWorld,
  launchExtension,
  openFixture,
  openPopup,
  type Extension,
  type PageName,
} from './harness';

let extension: Extension;

beforeAll(async () => {
  extension = await launchExtension();
});
afterAll(async () => {
  await extension?.close();
});

/** What the popup says about one site, e.g. "Active · seen just now". */
async function popupSiteState(site: string): Promise<string> {
  const popup = await openPopup(extension);
  const state = popup.locator(`.sites li[data-site="${site}"] .site-state`);
  await state.waitFor();
  const text = await state.innerText();
  await popup.close();
  return text;
}

async function waitForSiteState(site: string, expected: RegExp): Promise<string> {
  let last = '';
  for (let i = 0; i < 40; i += 1) {
    last = await popupSiteState(site);
    if (expected.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

/** Elements the browser builds from the fixture file alone, without any extension at work. */
async function elementCountWithoutExtension(name: PageName): Promise<number> {
  const page = await extension.context.newPage();
  await page.setContent(await readFile(join(FIXTURES, PAGES[name].file), 'utf8'));
  const count = await page.locator('*').count();
  await page.close();
  return count;
}

describe('content script', () => {
  it('stays dormant on the LinkedIn feed: reports nothing and leaves the page as it was', async () => {
    const feed = await openFixture(extension, 'linkedinFeed');
    await feed.waitForLoadState('load');
    // Give a content script at document_idle ample time to have done something.
    await feed.waitForTimeout(500);
    expect(await popupSiteState('linkedin')).toBe('Not opened yet');
    expect(await feed.locator('*').count()).toBe(await elementCountWithoutExtension('linkedinFeed'));
    expect(await feed.locator('[data-recruiter-ally]').count()).toBe(0);
    await feed.close();
  });

  it.each([
    ['linkedin', 'linkedinMessaging'],
    ['gmail', 'gmailInbox'],
    ['outlook', 'outlookInbox'],
  ] as const)('runs on the %s fixture at its real address and reports to the worker', async (site, name) => {
    const page = await openFixture(extension, name);
    expect(new URL(page.url()).hostname).toBe(new URL(PAGES[name].url).hostname);
    const world = await contentScriptWorld(page, extension);
    expect(world, 'the content script world exists in the page').not.toBeNull();
    // The isolated world sees the extension API; the page's own world never does.
    expect(await world!.evaluate<string>('chrome.runtime.id')).toBe(extension.id);
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id)).toBe(
      'undefined',
    );
    expect(await waitForSiteState(site, /^Active/)).toMatch(/^Active · seen just now$/);
    await world!.detach();
    await page.close();
  });

  it('wakes up when LinkedIn navigates from the feed to messaging without a reload', async () => {
    const fresh = await launchExtension();
    const previous = extension;
    extension = fresh;
    try {
      const feed = await openFixture(extension, 'linkedinFeed');
      await feed.waitForTimeout(300);
      expect(await popupSiteState('linkedin')).toBe('Not opened yet');
      const documentBefore = await feed.evaluate(() => performance.timeOrigin);
      await feed.click('#nav-messaging');
      expect(new URL(feed.url()).pathname).toMatch(/^\/messaging\//);
      expect(await feed.evaluate(() => performance.timeOrigin)).toBe(documentBefore);
      // It woke up and looked: the fixture renders no conversations after the jump, so it says so.
      expect(await waitForSiteState('linkedin', /^(Active|Layout)/)).toMatch(/^(Active · seen just now|Layout not recognised)$/);
    } finally {
      extension = previous;
      await fresh.close();
    }
  });
});
