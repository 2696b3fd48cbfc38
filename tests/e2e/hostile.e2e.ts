import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileLinkedInThread, hugeGmailInbox } from '../fixtures/hostile/make-hostile';
import { KATRIN } from '../fixtures/profiles';
import { CHROMIUM, contentScriptWorld, FixtureServer, launchExtension, saveProfile, type Extension } from './harness';

// Pages that try to make the extension run their text as code, or to freeze the page through it:
// markup and script payloads in names, subjects and bodies, a 5 MB message, 10,000 rows, deep
// nesting, right-to-left and zero-width characters. No payload may run, the page must stay
// responsive, verdicts must stay right, and the console must show no error from the extension.

const FIRST_RECRUITER_MESSAGE =
  '[data-event-urn="urn:li:msg_message:(urn:li:fsd_profile:ACoAACv9TgX2mLp0QzR7nB4sYd1HkF8wJeQ,2-MTc5NTUxMTUyMDAwMGI0MTczMC0wMDQ=)"]';

let extension: Extension;

beforeAll(async () => {
  extension = await launchExtension();
  await saveProfile(extension, KATRIN);
});
afterAll(async () => {
  await extension?.close();
});

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Before the page's scripts: the longest gap between 20 ms timer ticks after the page has loaded. */
function watchResponsiveness(): void {
  const scope = window as unknown as { raMaxGap: number };
  scope.raMaxGap = 0;
  addEventListener('load', () => {
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      scope.raMaxGap = Math.max(scope.raMaxGap, now - last);
      last = now;
      setTimeout(tick, 20);
    };
    setTimeout(tick, 20);
  });
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { raPwned?: unknown }).raPwned);
}

describe('hostile pages', () => {
  it('LinkedIn thread with payloads, a 5 MB message, deep nesting and RTL text: nothing runs, the verdict stays right', async () => {
    extension.fixtures.serveText('https://www.linkedin.com/messaging/thread/2-demo-thread-hostile/', hostileLinkedInThread());
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.addInitScript(watchResponsiveness);
    await page.goto('https://www.linkedin.com/messaging/thread/2-demo-thread-hostile/');
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.getAttribute('data-recruiter-ally'),
      FIRST_RECRUITER_MESSAGE,
      { timeout: 30_000 },
    );
    // The recruiter who did their homework is still recognised, payload or not.
    expect(await page.locator(FIRST_RECRUITER_MESSAGE).getAttribute('data-recruiter-ally')).toBe('targeted');
    // The 5 MB message got a verdict too, without hanging the page.
    await page.waitForFunction(() => document.querySelectorAll('.msg-s-message-list-content [data-recruiter-ally]').length >= 3, undefined, {
      timeout: 30_000,
    });

    // Open the badge's panel, where the sender's name and the reasons are shown.
    await page.locator(`${FIRST_RECRUITER_MESSAGE} [data-recruiter-ally-ui]`).first().click();
    await page.waitForTimeout(300);
    const world = await contentScriptWorld(page, extension);
    expect(world).not.toBeNull();
    const inside = await world!.evaluate<{ elements: string[]; text: string }>(`(() => {
      const hosts = [...document.querySelectorAll('[data-recruiter-ally-ui]')];
      const roots = hosts.map((h) => chrome.dom.openOrClosedShadowRoot(h)).filter(Boolean);
      return {
        elements: roots.flatMap((r) => [...r.querySelectorAll('img, script, svg, iframe, [onerror], [onload]')].map((e) => e.outerHTML.slice(0, 80))),
        text: roots.map((r) => r.textContent).join(' '),
      };
    })()`);
    await world!.detach();
    expect(inside.elements).toEqual([]);
    expect(inside.text.length).toBeGreaterThan(20);

    await page.waitForTimeout(500);
    expect(await pwned(page)).toBeUndefined();
    expect(await page.locator('[onerror], [onload], iframe').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { raMaxGap: number }).raMaxGap)).toBeLessThan(1000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Gmail with 10,000 rows, payload subjects and RTL names under Trusted Types: marks rows as they come, stays as responsive as without the extension, runs nothing', async () => {
    const url = 'https://mail.google.com/mail/u/1/';
    const html = hugeGmailInbox(10_000);
    // The same page in a browser without the extension: its own longest pause is the baseline.
    const dir = await mkdtemp(join(tmpdir(), 'recruiter-ally-plain-'));
    let plain: BrowserContext | undefined;
    let baselineGap = 0;
    try {
      plain = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: ['--disable-gpu', '--no-first-run'] });
      const server = new FixtureServer(plain);
      await server.install();
      server.serveText(url, html);
      const page = await plain.newPage();
      await page.addInitScript(watchResponsiveness);
      await page.goto(`${url}#inbox`, { timeout: 90_000 });
      await page.waitForTimeout(4000);
      baselineGap = await page.evaluate(() => (window as unknown as { raMaxGap: number }).raMaxGap);
    } finally {
      await plain?.close();
      await rm(dir, { recursive: true, force: true });
    }

    extension.fixtures.serveText(url, html);
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.addInitScript(watchResponsiveness);
    await page.goto(`${url}#inbox`, { timeout: 90_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-recruiter-ally]').length >= 200, undefined, { timeout: 45_000 });
    // More seconds of work on the rest of the rows: the page must keep answering throughout.
    await page.waitForTimeout(4000);
    const gap = await page.evaluate(() => (window as unknown as { raMaxGap: number }).raMaxGap);
    expect(gap, `longest pause ${gap.toFixed(0)} ms with the extension, ${baselineGap.toFixed(0)} ms without`).toBeLessThan(baselineGap + 500);
    expect(await pwned(page)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
