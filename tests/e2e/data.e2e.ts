import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHANNEL } from '../../src/messaging/protocol';
import { KATRIN } from '../fixtures/profiles';
import { launchExtension, openFixture, openOptions, saveProfile, serviceWorker, type Extension } from './harness';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; details?: string[] } };
interface Tables {
  [table: string]: unknown[];
}

let extension: Extension;
let options: Page;

/** A request from the options page, exactly as the page sends it. */
function send<T>(type: string, payload: unknown): Promise<Reply<T>> {
  return options.evaluate(
    (envelope) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(envelope),
    { channel: CHANNEL, type, payload },
  ) as Promise<Reply<T>>;
}

async function value<T>(type: string, payload: unknown): Promise<T> {
  const reply = await send<T>(type, payload);
  if (!reply.ok) throw new Error(`${type} failed: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

async function exported(): Promise<{ backup: { tables: Tables }; fileName: string; counts: Record<string, number> }> {
  return value('data/export', {});
}

beforeAll(async () => {
  extension = await launchExtension();
  await saveProfile(extension, KATRIN);
  // Messages, recruiters and verdicts, stored the way a visit stores them.
  const page = await openFixture(extension, 'linkedinMessaging');
  options = await openOptions(extension);
  const deadline = Date.now() + 20_000;
  while ((await value<{ total: number }>('messages/recent', { limit: 5 })).total === 0) {
    if (Date.now() > deadline) throw new Error('The LinkedIn fixture stored no messages');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await page.close();
  await value('contacts/save', { contact: { name: 'Jonas Reiter', role: 'Backend engineer' } });
});

afterAll(async () => {
  await extension?.close();
});

describe('backup through the built extension', () => {
  it('export, wipe and import restore every row', async () => {
    const before = await exported();
    expect(before.fileName).toMatch(/^recruiter-ally-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(before.counts).toMatchObject({ profile: 1, contacts: 1 });
    expect(before.counts.messages).toBeGreaterThan(0);
    expect(before.counts.recruiters).toBeGreaterThan(0);

    expect(await value('data/wipe', { confirm: 'wipe everything' })).toEqual({ wiped: true });
    expect(await value('profile/get', {})).toEqual({ profile: null });
    expect(await value('messages/recent', { limit: 5 })).toMatchObject({ total: 0 });
    // The content scripts' copy of the sites' on/off state is back to every site on.
    const worker = await serviceWorker(extension);
    const local = () =>
      (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<unknown> } } } }).chrome.storage.local.get('sitesEnabled');
    expect(await worker.evaluate(local)).toEqual({
      sitesEnabled: { linkedin: true, gmail: true, outlook: true },
    });

    const { counts } = await value<{ counts: Record<string, number> }>('data/import', { text: JSON.stringify(before.backup), mode: 'replace' });
    expect(counts).toEqual(before.counts);
    expect((await exported()).backup.tables).toEqual(before.backup.tables);
  });

  it('refuses a malformed or truncated backup with what is wrong, and keeps the data', async () => {
    const before = await exported();
    const text = JSON.stringify(before.backup);
    const truncated = await send('data/import', { text: text.slice(0, Math.floor(text.length / 2)), mode: 'replace' });
    expect(truncated).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'This file cannot be restored; nothing changed.', details: ['The file is not JSON (it may be truncated).'] },
    });
    const broken = structuredClone(before.backup) as { tables: { messages: Record<string, unknown>[] } };
    broken.tables.messages[0]!.label = 'maybe';
    const malformed = await send('data/import', { text: JSON.stringify(broken), mode: 'merge' });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'bad-request', details: [expect.stringMatching(/^messages, row 1: "label" must be one of/)] } });
    expect((await exported()).backup.tables).toEqual(before.backup.tables);
  });
});

describe('opt-in sync through the browser\'s storage.sync', () => {
  const syncKeys = async (): Promise<string[]> => {
    const worker = await serviceWorker(extension);
    const all = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get(null),
    );
    return Object.keys(all);
  };

  it('pushes on opting in, and a wipe turns sync off here while the synced copy stays for other browsers', async () => {
    expect(await syncKeys()).toEqual([]);
    const status = await value<{ enabled: boolean; bytesInUse: number; error: string | null; lastPushedAt: number | null }>('sync/set-enabled', { enabled: true });
    expect(status).toMatchObject({ enabled: true, error: null });
    expect(status.bytesInUse).toBeGreaterThan(500);
    expect(status.lastPushedAt).toEqual(expect.any(Number));
    const keys = await syncKeys();
    expect(keys).toContain('ra.manifest');

    const backup = (await exported()).backup;
    await value('data/wipe', { confirm: 'wipe everything' });
    expect(await value('sync/status', {})).toMatchObject({ enabled: false, lastPushedAt: null });
    expect((await syncKeys()).toSorted()).toEqual(keys.toSorted());
    await value('data/import', { text: JSON.stringify(backup), mode: 'replace' });
  });
});

describe('the context menu', () => {
  const MENU_ID = 'recruiter-ally-score-selection';

  it('has the "Score this text" entry for selections', async () => {
    const worker = await serviceWorker(extension);
    // Chrome has no way to list menu entries: updating one answers an error when it does not exist.
    const update = (id: string) =>
      worker.evaluate(
        (menuId) =>
          new Promise<string>((resolve) => {
            const { chrome } = globalThis as unknown as {
              chrome: {
                contextMenus: { update(id: string, props: object, done: () => void): void };
                runtime: { lastError?: { message?: string } };
              };
            };
            chrome.contextMenus.update(menuId, { contexts: ['selection'] }, () => resolve(chrome.runtime.lastError?.message ?? 'exists'));
          }),
        id,
      );
    expect(await update(MENU_ID)).toBe('exists');
    expect(await update('no-such-entry')).toMatch(/Cannot find menu item/);
  });

  it('a click scores the selected text without storing it and opens the verdict in a small window', async () => {
    const text =
      'Hello,\n\nGreetings from Nexora Staffing!\n\nWe have an urgent requirement for Angular Developer for our client in Frankfurt.\n\nRole: Angular Developer (Angular 15+, RxJS, NgRx)\nLocation: Frankfurt am Main (Onsite 4 days/week)\nType: Contract, 12 months, extendable\n\nIf interested please share updated CV, current location, notice period and expected rate.\n\nThanks & Regards\nRavi Menon';
    const { total } = await value<{ total: number }>('messages/recent', { limit: 1 });
    const worker = await serviceWorker(extension);
    const opened = extension.context.waitForEvent('page');
    // Playwright cannot click a context menu: the worker runs the listener's own function (see context-menu.ts).
    await worker.evaluate(
      ([menuItemId, selectionText]) =>
        (globalThis as unknown as { recruiterAllyMenuClick(info: { menuItemId: string; selectionText: string }): Promise<void> }).recruiterAllyMenuClick({
          menuItemId,
          selectionText,
        }),
      [MENU_ID, text] as const,
    );
    const window = await opened;
    expect(window.url()).toBe(`chrome-extension://${extension.id}/src/popup/index.html?view=score`);
    const { verdict } = await value<{ verdict: { label: string; reasons: string[]; text: string } | null }>('adhoc/current', {});
    expect(verdict).toMatchObject({ label: 'spam', text: text.trim() });
    expect(verdict!.reasons.length).toBeGreaterThan(0);
    expect(await value('messages/recent', { limit: 1 })).toMatchObject({ total });
    await window.close();
  });
});
