import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteId } from '../../src/core/sites';
import { FIXTURES, launchExtension, openOptions, type Extension } from './harness';

// A site ships new markup: every class, id and data attribute renamed, wrappers added around
// the content. The extension must say "layout not recognised", mark nothing, inject nothing, and
// log nothing to the page's console.

let extension: Extension;

beforeAll(async () => {
  extension = await launchExtension();
});
afterAll(async () => {
  await extension?.close();
});

/** The same page after a redesign: classes, data attributes and nesting all changed. */
function redesign(html: string): string {
  const [head, body] = [html.slice(0, html.indexOf('<body')), html.slice(html.indexOf('<body'))];
  const changed = body
    // The fixture's own little scripts look for the old classes; the redesigned site ships new ones.
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/class="([^"]*)"/g, (_, names: string) => `class="${names.split(/\s+/).filter(Boolean).map((n) => `v2-${n}`).join(' ')}"`)
    .replace(/\sdata-([\w-]+)=/g, ' data-v2-$1=')
    .replace(/\sid="([^"]+)"/g, ' id="v2-$1"')
    .replace(/\sjsaction=/g, ' data-v2-jsaction=')
    .replace(/<body([^>]*)>/, '<body$1><div class="v2-shell"><div class="v2-frame">')
    .replace(/<\/body>/, '</div></div></body>');
  return head + changed;
}

async function siteHealth(site: SiteId): Promise<string | null> {
  const page = await openOptions(extension);
  const reply = (await page.evaluate(
    (envelope) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(envelope),
    { channel: 'recruiter-ally/1', type: 'sites/status', payload: {} },
  )) as { ok: boolean; value: { sites: { site: string; health: string | null }[] } };
  await page.close();
  return reply.value.sites.find((s) => s.site === site)?.health ?? null;
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.text().includes('Recruiter Ally')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

describe.each([
  ['linkedin', 'https://www.linkedin.com/messaging/thread/2-redesigned/', 'linkedin/2026-11-28-messaging.html'],
  ['gmail', 'https://mail.google.com/mail/u/3/#inbox', 'gmail/2026-11-28-inbox.html'],
  ['outlook', 'https://outlook.office.com/mail/inbox', 'outlook/2026-11-28-inbox.html'],
] as const)('%s after a redesign', (site, url, file) => {
  it('says "layout not recognised", marks nothing, injects nothing and logs nothing', async () => {
    const html = redesign(await readFile(join(FIXTURES, file), 'utf8'));
    extension.fixtures.serveText(url.replace(/#.*$/, ''), html);
    const page = await extension.context.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    let health: string | null = null;
    for (let i = 0; i < 40 && health !== 'layout-not-recognised'; i += 1) {
      await page.waitForTimeout(250);
      health = await siteHealth(site);
    }
    expect(health).toBe('layout-not-recognised');
    expect(await page.locator('[data-recruiter-ally]').count()).toBe(0);
    expect(await page.locator('[data-recruiter-ally-ui]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
