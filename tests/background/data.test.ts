import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataHandlers, type DataEnvironment } from '../../src/background/data-handlers';
import { onSyncedDataChanged } from '../../src/background/sync-hooks';
import { BACKUP_TABLES } from '../../src/db/backup';
import type { RecruiterAllyDb } from '../../src/db/database';
import { learnedStateFrom } from '../../src/db/message-scoring';
import { getSetting, setSetting } from '../../src/db/repositories/settings';
import type { SenderInfo } from '../../src/messaging/dispatch';
import { ROWS_V2 } from '../db/realistic-rows';
import { createTestDb } from '../db/test-db';
import { FakeSyncArea } from '../core/sync/fake-sync-area';

const NOW = Date.parse('2026-11-28T09:30:00Z');
const PAGE: SenderInfo = { id: 'own', url: 'chrome-extension://own/src/options/index.html' };

let db: RecruiterAllyDb;
let area: FakeSyncArea;
let env: Required<DataEnvironment>;
let handlers: ReturnType<typeof createDataHandlers>;
const sitesChanged = vi.fn<(enabled: Record<string, boolean>) => void>();
const refreshBadge = vi.fn<(db: RecruiterAllyDb) => Promise<number>>(async () => 0);
const syncHook = vi.fn<() => void>();

async function fill(target: RecruiterAllyDb): Promise<void> {
  await target.transaction('rw', target.tables, async () => {
    for (const name of BACKUP_TABLES) await target.table(name).bulkPut(structuredClone(ROWS_V2[name]));
  });
}

/** Every row of every table. */
async function rows(target: RecruiterAllyDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of target.tables) out[table.name] = await table.toArray();
  return out;
}

async function exportText(): Promise<string> {
  const { backup } = await handlers['data/export']({}, PAGE);
  return JSON.stringify(backup);
}

beforeEach(async () => {
  db = createTestDb();
  area = new FakeSyncArea();
  sitesChanged.mockClear();
  refreshBadge.mockClear();
  syncHook.mockClear();
  onSyncedDataChanged(syncHook);
  env = { syncArea: area, sitesChanged, refreshBadge };
  handlers = createDataHandlers(db, () => NOW, env);
  await fill(db);
});

afterEach(() => {
  onSyncedDataChanged(null);
  db.close();
});

describe('data/export', () => {
  it('answers the backup, a dated file name and how many rows each table holds', async () => {
    const { backup, fileName, counts } = await handlers['data/export']({}, PAGE);
    expect(fileName).toBe('recruiter-ally-backup-2026-11-28.json');
    expect(counts).toEqual(Object.fromEntries(BACKUP_TABLES.map((name) => [name, ROWS_V2[name].length])));
    expect(backup).toMatchObject({ format: 'recruiter-ally-backup', exportedAt: '2026-11-28T09:30:00.000Z' });
  });

  it('leaves this device\'s sync opt-in and last scored text out of the backup', async () => {
    await setSetting(db, 'sync.enabled', true);
    await setSetting(db, 'adhoc.last', { text: 'Hi', scoredAt: NOW, label: 'other', score: 5, reasons: [] });
    const { backup } = await handlers['data/export']({}, PAGE);
    const keys = (backup as { tables: { settings: { key: string }[] } }).tables.settings.map((row) => row.key);
    expect(keys.toSorted()).toEqual(['learner.state', 'sites.enabled', 'sites.seen']);
  });
});

describe('export, wipe, import', () => {
  it('gives back exactly the same rows in every table', async () => {
    const before = await rows(db);
    const text = await exportText();
    await handlers['data/wipe']({ confirm: 'wipe everything' }, PAGE);
    for (const table of db.tables) expect(await table.count()).toBe(0);

    const { counts } = await handlers['data/import']({ text, mode: 'replace' }, PAGE);
    expect(counts.messages).toBe(ROWS_V2.messages.length);
    expect(await rows(db)).toEqual(before);
    expect(sitesChanged).toHaveBeenLastCalledWith({ linkedin: true, gmail: true, outlook: false });
    expect(refreshBadge).toHaveBeenCalledTimes(2);
    expect(syncHook).toHaveBeenCalledTimes(1);
  });
});

describe('data/import refuses a bad file and changes nothing', () => {
  it.each([
    ['not JSON', 'this is not a backup', /not JSON/],
    ['truncated', null, /not JSON \(it may be truncated\)/],
    ['foreign', JSON.stringify({ format: 'someone-elses-export', version: 1, tables: {} }), /not a Recruiter Ally backup/],
    ['a row that does not fit', null, /^messages, row 1: "score" must be/],
  ])('%s', async (what, given, message) => {
    const good = await exportText();
    let text = given ?? good.slice(0, Math.floor(good.length / 2));
    if (what === 'a row that does not fit') {
      const broken = JSON.parse(good);
      broken.tables.messages[0].score = 'high';
      text = JSON.stringify(broken);
    }
    const before = await rows(db);
    await expect(handlers['data/import']({ text, mode: 'replace' }, PAGE)).rejects.toMatchObject({
      code: 'bad-request',
      message: 'This file cannot be restored; nothing changed.',
      details: expect.arrayContaining([expect.stringMatching(message)]),
    });
    expect(await rows(db)).toEqual(before);
    expect(sitesChanged).not.toHaveBeenCalled();
  });

  it('refuses a mode other than merge or replace', async () => {
    await expect(handlers['data/import']({ text: await exportText(), mode: 'overwrite' } as never, PAGE)).rejects.toMatchObject({ code: 'bad-request' });
  });
});

describe('merge and replace', () => {
  it('merge keeps what is here and adds the backup\'s rows; replace keeps only the backup\'s', async () => {
    const text = await exportText();
    await db.contacts.put({ id: 'only-here', name: 'Added after the backup', createdAt: NOW });

    await handlers['data/import']({ text, mode: 'merge' }, PAGE);
    expect(await db.contacts.get('only-here')).toBeDefined();
    expect(await db.contacts.count()).toBe(ROWS_V2.contacts.length + 1);
    // Merged corrections are appended, and the learned state is rebuilt from all of them.
    expect(await db.corrections.count()).toBe(ROWS_V2.corrections.length * 2);
    expect(await getSetting(db, 'learner.state')).toEqual(learnedStateFrom(await db.corrections.toArray()));

    await handlers['data/import']({ text, mode: 'replace' }, PAGE);
    expect(await db.contacts.get('only-here')).toBeUndefined();
    expect(await db.corrections.count()).toBe(ROWS_V2.corrections.length);
  });

  it('replace keeps this device\'s sync opt-in', async () => {
    const text = await exportText();
    await setSetting(db, 'sync.enabled', true);
    await handlers['data/import']({ text, mode: 'replace' }, PAGE);
    expect(await getSetting(db, 'sync.enabled')).toBe(true);
  });

  it('a backup without a learned state gets one rebuilt from its corrections', async () => {
    const backup = JSON.parse(await exportText());
    backup.tables.settings = backup.tables.settings.filter((row: { key: string }) => row.key !== 'learner.state');
    await handlers['data/import']({ text: JSON.stringify(backup), mode: 'replace' }, PAGE);
    const learned = await getSetting(db, 'learner.state');
    expect(learned.updates).toBeGreaterThan(0);
    expect(learned).toEqual(learnedStateFrom(await db.corrections.toArray()));
  });
});

it('a backup with no corrections and no learned state restores without a learned-state row', async () => {
  const backup = JSON.parse(await exportText());
  backup.tables.corrections = [];
  backup.tables.settings = backup.tables.settings.filter((row: { key: string }) => row.key !== 'learner.state');
  await handlers['data/import']({ text: JSON.stringify(backup), mode: 'replace' }, PAGE);
  expect(await db.settings.get('learner.state')).toBeUndefined();
  expect((await getSetting(db, 'learner.state')).updates).toBe(0);
});

describe('data/wipe', () => {
  it('needs the confirmation and deletes nothing without it', async () => {
    const before = await rows(db);
    await expect(handlers['data/wipe']({ confirm: 'yes' } as never, PAGE)).rejects.toMatchObject({ code: 'bad-request' });
    expect(await rows(db)).toEqual(before);
  });

  it('clears every table, turns sync off, resets the sites\' mirror and leaves the synced copy to the other browsers', async () => {
    await handlers['sync/set-enabled']({ enabled: true }, PAGE);
    const synced = new Map(area.items);
    expect(synced.size).toBeGreaterThan(1);

    expect(await handlers['data/wipe']({ confirm: 'wipe everything' }, PAGE)).toEqual({ wiped: true });
    for (const table of db.tables) expect(await table.count()).toBe(0);
    expect(new Map(area.items)).toEqual(synced);
    expect(await handlers['sync/status']({}, PAGE)).toMatchObject({ enabled: false, lastPushedAt: null, error: null });
    expect(sitesChanged).toHaveBeenLastCalledWith({ linkedin: true, gmail: true, outlook: true });
    expect(refreshBadge).toHaveBeenCalledWith(db);
  });
});

describe('sync/set-enabled', () => {
  it('refuses anything but true or false', async () => {
    await expect(handlers['sync/set-enabled']({ enabled: 'yes' } as never, PAGE)).rejects.toMatchObject({ code: 'bad-request' });
    expect(await getSetting(db, 'sync.enabled')).toBe(false);
  });
});
