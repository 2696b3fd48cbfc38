import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_TABLES, exportBackup, importBackup, MAX_BACKUP_CHARS, parseBackup, type Backup } from '../../src/db/backup';
import type { RecruiterAllyDb } from '../../src/db/database';
import { LATEST_VERSION } from '../../src/db/migrations';
import { ROWS_V2 } from './realistic-rows';
import { createTestDb } from './test-db';

const NOW = Date.parse('2026-11-20T09:00:00Z');

async function fill(db: RecruiterAllyDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const name of BACKUP_TABLES) await db.table(name).bulkPut(structuredClone(ROWS_V2[name]));
  });
}

/** Every row of every table, in key order. */
async function snapshot(db: RecruiterAllyDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES) out[name] = await db.table(name).toArray();
  return out;
}

/** A backup as the file would bring it back. */
async function backupText(db: RecruiterAllyDb): Promise<string> {
  return JSON.stringify(await exportBackup(db, NOW));
}

function parsed(text: string): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`Expected a valid backup, got: ${result.errors.join(' | ')}`);
  return result.backup;
}

function errorsOf(text: string): string[] {
  const result = parseBackup(text);
  if (result.ok) throw new Error('Expected the backup to be refused.');
  return result.errors;
}

/** A valid backup as plain JSON, to be broken by the test. */
async function validJson(): Promise<{ tables: Record<string, Record<string, unknown>[]> } & Record<string, unknown>> {
  const db = createTestDb();
  await fill(db);
  return JSON.parse(await backupText(db));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('exportBackup', () => {
  it('writes every row of every table with the format, versions and time', async () => {
    const db = createTestDb();
    await fill(db);
    const backup = await exportBackup(db, NOW);
    expect(backup.format).toBe('recruiter-ally-backup');
    expect(backup.version).toBe(1);
    expect(backup.schemaVersion).toBe(LATEST_VERSION);
    expect(backup.exportedAt).toBe('2026-11-20T09:00:00.000Z');
    expect(Object.keys(backup.tables).toSorted()).toEqual([...BACKUP_TABLES].toSorted());
    for (const name of BACKUP_TABLES) expect(backup.tables[name]).toHaveLength(ROWS_V2[name].length);
  });

  it('exports an empty database as empty tables', async () => {
    const backup = await exportBackup(createTestDb(), NOW);
    for (const name of BACKUP_TABLES) expect(backup.tables[name]).toEqual([]);
  });
});

describe('round trip', () => {
  it('export → JSON → parse → replace into a fresh database gives identical rows in every table', async () => {
    const source = createTestDb();
    await fill(source);
    const target = createTestDb();
    const { counts } = await importBackup(target, parsed(await backupText(source)), 'replace');

    const expected = await snapshot(source);
    expect(await snapshot(target)).toEqual(expected);
    for (const name of BACKUP_TABLES) {
      expect(expected[name]!.length).toBeGreaterThan(0);
      expect(counts[name]).toBe(ROWS_V2[name].length);
    }
  });

  it('a second export of the restored database holds the same data', async () => {
    const source = createTestDb();
    await fill(source);
    const text = await backupText(source);
    const target = createTestDb();
    await importBackup(target, parsed(text), 'replace');
    // Field order may differ (rows are rebuilt from the checked fields); the data may not.
    expect(JSON.parse(await backupText(target))).toEqual(JSON.parse(text));
  });

  it('replace removes rows the backup does not hold', async () => {
    const source = createTestDb();
    await fill(source);
    const target = createTestDb();
    await target.contacts.put({ id: 'c-only-here', name: 'Only Here', createdAt: NOW });
    await target.corrections.add({ messageKey: 'gmail:x', from: 'spam', to: 'other', createdAt: NOW, features: [], ruleLogits: [0, 0, 0], fingerprint: '' });
    await importBackup(target, parsed(await backupText(source)), 'replace');
    expect(await target.contacts.get('c-only-here')).toBeUndefined();
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });
});

describe('merge', () => {
  it('keeps existing rows, replaces rows with the same key and appends corrections under new ids', async () => {
    const source = createTestDb();
    await fill(source);
    const backup = parsed(await backupText(source));

    const target = createTestDb();
    await target.contacts.put({ id: 'c-only-here', name: 'Only Here', createdAt: NOW });
    const sameId = ROWS_V2.recruiters[0]!;
    await target.recruiters.put({ ...sameId, note: 'Local note, older than the backup', trust: 'muted' });
    const existingId = await target.corrections.add({
      messageKey: 'gmail:local',
      from: 'spam',
      to: 'other',
      createdAt: NOW,
      features: ['w:local'],
      ruleLogits: [0, 0, 1],
      fingerprint: '0000000000000000',
    });

    const { counts } = await importBackup(target, backup, 'merge');
    expect(counts.corrections).toBe(ROWS_V2.corrections.length);

    expect(await target.contacts.get('c-only-here')).toEqual({ id: 'c-only-here', name: 'Only Here', createdAt: NOW });
    expect(await target.contacts.count()).toBe(ROWS_V2.contacts.length + 1);
    expect(await target.recruiters.get(sameId.id)).toEqual(sameId);
    expect(await target.recruiters.count()).toBe(ROWS_V2.recruiters.length);
    expect(await target.messages.toArray()).toEqual(await source.messages.toArray());

    const corrections = await target.corrections.toArray();
    expect(corrections).toHaveLength(ROWS_V2.corrections.length + 1);
    expect(corrections.find((c) => c.id === existingId)?.messageKey).toBe('gmail:local');
    const appended = corrections.filter((c) => c.id !== existingId);
    expect(appended.map(({ id: _id, ...rest }) => rest)).toEqual(backup.tables.corrections.map(({ id: _id, ...rest }) => rest));
    expect(appended.every((c) => c.id! > existingId)).toBe(true);
  });

  it('merging the same backup twice keeps one copy of keyed rows', async () => {
    const source = createTestDb();
    await fill(source);
    const backup = parsed(await backupText(source));
    const target = createTestDb();
    await importBackup(target, backup, 'merge');
    await importBackup(target, backup, 'merge');
    expect(await target.messages.count()).toBe(ROWS_V2.messages.length);
    expect(await target.settings.count()).toBe(ROWS_V2.settings.length);
    expect(await target.profile.count()).toBe(1);
  });
});

describe('parseBackup refuses what it cannot trust', () => {
  it('refuses truncated JSON', async () => {
    const db = createTestDb();
    await fill(db);
    const text = await backupText(db);
    expect(errorsOf(text.slice(0, Math.floor(text.length / 2)))).toEqual(['The file is not JSON (it may be truncated).']);
    expect(errorsOf('')).toEqual(['The file is not JSON (it may be truncated).']);
  });

  it('refuses JSON that is not a Recruiter Ally backup', () => {
    for (const text of ['{"hello":"world"}', '[]', 'null', '42', '"recruiter-ally-backup"', '{"format":"other-app","version":1}']) {
      expect(errorsOf(text)).toEqual(['This is not a Recruiter Ally backup.']);
    }
  });

  it('refuses a backup from a newer schema or a newer format with a clear sentence', async () => {
    const json = await validJson();
    const newer = errorsOf(JSON.stringify({ ...json, schemaVersion: LATEST_VERSION + 1 }));
    expect(newer).toEqual([
      `This backup comes from a newer version of Recruiter Ally (database version ${LATEST_VERSION + 1}; this one knows up to ${LATEST_VERSION}). Update the extension, then restore it.`,
    ]);
    expect(errorsOf(JSON.stringify({ ...json, version: 2 }))).toEqual([
      'This backup was made by a newer version of Recruiter Ally. Update the extension, then restore it.',
    ]);
    expect(errorsOf(JSON.stringify({ ...json, schemaVersion: 'two' }))[0]).toMatch(/database version/);
  });

  it('refuses text over 50 MB before parsing it', () => {
    const huge = `{"format":"recruiter-ally-backup","pad":"${'x'.repeat(MAX_BACKUP_CHARS)}"}`;
    const parse = vi.spyOn(JSON, 'parse');
    expect(errorsOf(huge)).toEqual(['The file is larger than 50 MB, too large to be a Recruiter Ally backup.']);
    expect(parse).not.toHaveBeenCalled();
  });

  it('names the table and row of each wrong field', async () => {
    const json = await validJson();
    const { tables } = json;
    tables.messages![2]!.label = 'bogus';
    tables.messages![3]!.score = 'high';
    tables.messages![4]!.body = 'x'.repeat(100_001);
    delete tables.messages![5]!.key;
    tables.messages![6]!.receivedAt = '2026-09-15';
    tables.recruiters![0]!.trust = 'best-friend';
    tables.templates![1]!.kind = 'shout';
    tables.contacts![0]!.createdAt = null;
    tables.corrections![1]!.ruleLogits = [0, 1];
    tables.corrections![2]!.to = 'unscored';
    tables.profile![0]!.name = '';
    tables.settings!.find((row) => row.key === 'sites.enabled')!.value = { linkedin: 'yes' };
    tables.settings!.push({ key: 'evil.setting', value: 1 });

    const errors = errorsOf(JSON.stringify(json));
    expect(errors).toEqual([
      'profile, row 1: "name" is required and must be a non-empty text.',
      'messages, row 3: "label" must be one of: targeted, unsure, spam, other, unscored.',
      'messages, row 4: "score" must be a finite number from 0 to 100, or null.',
      'messages, row 5: "body" must be a text of at most 100,000 characters.',
      'messages, row 6: "key" is missing.',
      'messages, row 7: "receivedAt" must be a finite number from 0.',
      'recruiters, row 1: "trust" must be one of: trusted, neutral, muted.',
      'templates, row 2: "kind" must be one of: decline, refer, keep-in-touch, ask-details, interested.',
      'contacts, row 1: "createdAt" must be a finite number from 0.',
      'corrections, row 2: "ruleLogits" must be a list of three finite numbers.',
      'corrections, row 3: "to" must be one of: targeted, unsure, spam, other.',
      'settings, row 2: "value" entry "linkedin" must be true or false.',
      'settings, row 4: "key" must be one of: sites.enabled, sites.seen, learner.state.',
    ]);
  });

  it('refuses rows that are not objects, missing tables, nested wrong types and duplicate keys', async () => {
    const json = await validJson();
    const { tables } = json;
    tables.messages![0] = 'a message' as unknown as Record<string, unknown>;
    (tables.messages![1]!.sender as Record<string, unknown>).email = 42;
    tables.messages!.push(structuredClone(tables.messages![2]!));
    delete (tables as Record<string, unknown>).contacts;
    const learner = tables.settings!.find((s) => s.key === 'learner.state')!;
    (learner.value as Record<string, unknown>).bias = [0, Number.NaN, 0];

    const errors = errorsOf(JSON.stringify(json));
    expect(errors).toContain('messages, row 1: must be an object.');
    expect(errors).toContain('messages, row 2: "sender" field "email" must be a text of at most 2,000 characters.');
    expect(errors).toContain(`messages, row ${ROWS_V2.messages.length + 1}: "key" ${JSON.stringify(tables.messages![2]!.key)} appears more than once.`);
    expect(errors).toContain('Table "contacts" is missing or is not a list.');
    // NaN becomes null in JSON.
    const row = tables.settings!.indexOf(learner) + 1;
    expect(errors).toContain(`settings, row ${row}: "value" field "bias" must be a list of three finite numbers.`);
  });

  it('reports at most 20 errors and sums up the rest', async () => {
    const json = await validJson();
    json.tables.messages = Array.from({ length: 30 }, (_, i) => ({ ...json.tables.messages![0]!, key: `k${i}`, state: 'lost' }));
    const errors = errorsOf(JSON.stringify(json));
    expect(errors).toHaveLength(21);
    expect(errors[0]).toBe('messages, row 1: "state" must be one of: awaiting, answered, dismissed.');
    expect(errors[19]).toMatch(/^messages, row 20: /);
    expect(errors[20]).toBe('…and 10 more problems.');
  });

  it('drops fields the app does not know', async () => {
    const json = await validJson();
    json.tables.contacts![0]!.injected = '<script>';
    (json.tables.messages![1]!.sender as Record<string, unknown>).extra = 'x';
    json.tables.profile![0]!.unknown = true;
    const backup = parsed(JSON.stringify(json));
    expect(backup.tables.contacts[0]).not.toHaveProperty('injected');
    expect(backup.tables.messages[1]!.sender).not.toHaveProperty('extra');
    expect(backup.tables.profile[0]).not.toHaveProperty('unknown');
  });

  it('leaves the database untouched when the file is refused', async () => {
    const db = createTestDb();
    await fill(db);
    const before = await snapshot(db);
    const json = await validJson();
    json.tables.recruiters![0]!.messageCount = -1;
    const inputs = ['{"format":"recruiter-ally-backup"', '{}', JSON.stringify({ ...json, schemaVersion: 99 }), JSON.stringify(json)];
    for (const text of inputs) {
      const result = parseBackup(text);
      expect(result.ok).toBe(false);
      if (result.ok) await importBackup(db, result.backup, 'replace');
    }
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('importBackup is all or nothing', () => {
  for (const mode of ['replace', 'merge'] as const) {
    it(`rolls back every table when a write fails mid-way (${mode})`, async () => {
      const source = createTestDb();
      await fill(source);
      const backup = parsed(await backupText(source));

      const target = createTestDb();
      await target.contacts.put({ id: 'c-only-here', name: 'Only Here', createdAt: NOW });
      await target.messages.put({ ...ROWS_V2.messages[0]!, state: 'awaiting' });
      const before = await snapshot(target);

      // Profile, messages, recruiters, templates, contacts and corrections are written before settings fail.
      vi.spyOn(target.settings, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
      await expect(importBackup(target, backup, mode)).rejects.toThrow('disk full');
      expect(await snapshot(target)).toEqual(before);
    });
  }

  it('rolls back when IndexedDB itself refuses a row', async () => {
    const source = createTestDb();
    await fill(source);
    const backup = parsed(await backupText(source));
    // A key IndexedDB cannot store, slipped past parseBackup: the real put fails inside the transaction.
    const broken: Backup = { ...backup, tables: { ...backup.tables, settings: [...backup.tables.settings, { key: {} as never, value: {} as never }] } };
    const target = createTestDb();
    await target.contacts.put({ id: 'c-only-here', name: 'Only Here', createdAt: NOW });
    const before = await snapshot(target);
    await expect(importBackup(target, broken, 'replace')).rejects.toThrow(/Data provided to an operation/);
    expect(await snapshot(target)).toEqual(before);
  });
});
