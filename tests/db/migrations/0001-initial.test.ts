import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { RecruiterAllyDb } from '../../../src/db/database';
import { initial } from '../../../src/db/migrations/0001-initial';
import { checkMigration } from '../migration-harness';
import { ROWS_V1 } from '../realistic-rows';

describe('migration 1: initial schema', () => {
  it('creates every table, and realistic rows survive closing and reopening with every index answering', async () => {
    const outcome = await checkMigration(initial.version);
    expect(outcome.previousVersion).toBe(0);
    expect(outcome.rowCounts).toEqual({
      profile: 1,
      messages: ROWS_V1.messages.length,
      recruiters: ROWS_V1.recruiters.length,
      templates: ROWS_V1.templates.length,
      contacts: ROWS_V1.contacts.length,
      corrections: ROWS_V1.corrections.length,
      settings: 2,
    });
  });

  it('is version 1 with no upgrade: there is nothing older to rewrite', () => {
    expect(initial.version).toBe(1);
    expect(initial.upgrade).toBeUndefined();
  });
});

// The harness checks that each index behaves as declared; these check that the declarations
// serve the lookups the comments in 0001-initial.ts promise.
describe('version 1 lookups', () => {
  let db: RecruiterAllyDb;

  afterEach(() => db.close());

  async function filledV1(): Promise<RecruiterAllyDb> {
    db = new RecruiterAllyDb('lookups-v1', { indexedDB: new IDBFactory(), IDBKeyRange }, [initial]);
    await db.transaction('rw', db.tables, async () => {
      await db.profile.bulkAdd(structuredClone(ROWS_V1.profile));
      // Tables are typed for the latest records; a version 1 database takes version 1 rows.
      await db.table('messages').bulkAdd(structuredClone(ROWS_V1.messages));
      await db.recruiters.bulkAdd(structuredClone(ROWS_V1.recruiters));
      await db.templates.bulkAdd(structuredClone(ROWS_V1.templates));
      await db.contacts.bulkAdd(structuredClone(ROWS_V1.contacts));
      await db.table('corrections').bulkAdd(structuredClone(ROWS_V1.corrections));
      await db.settings.bulkAdd(structuredClone(ROWS_V1.settings));
    });
    return db;
  }

  it('finds a recruiter by any one of their identities', async () => {
    await filledV1();
    const identities = ['email:t.feldmann@feldmann-tech.de', 'li:/in/tobias-feldmann-recruiting', 'name:tobias feldmann|feldmann tech recruiting'];
    const found = await Promise.all(identities.map((identity) => db.recruiters.where('identities').equals(identity).primaryKeys()));
    expect(found).toEqual([['r-tobias-feldmann'], ['r-tobias-feldmann'], ['r-tobias-feldmann']]);
  });

  it('lists muted recruiters and the most recently contacted first', async () => {
    await filledV1();
    expect(await db.recruiters.where('trust').equals('muted').primaryKeys()).toEqual(['r-callum-rix']);
    const latest = await db.recruiters.orderBy('lastContactAt').reverse().first();
    expect(latest?.id).toBe('r-saskia-de-groot');
  });

  it('reads a conversation by thread and a recruiter history by recruiter, including own replies in the thread', async () => {
    await filledV1();
    const thread = await db.messages.where('threadKey').equals('thread-f:1810452277385540201').sortBy('receivedAt');
    expect(thread.map((m) => m.isOwn)).toEqual([false, true]);
    const oliver = await db.messages.where('recruiterId').equals('r-oliver-brandt').sortBy('receivedAt');
    expect(oliver.map((m) => m.label)).toEqual(['unsure', 'targeted']);
  });

  it('reads one triage bucket newest first through [label+state+receivedAt]', async () => {
    await filledV1();
    const bucket = await db.messages
      .where('[label+state+receivedAt]')
      .between(['targeted', 'awaiting', -Infinity], ['targeted', 'awaiting', Infinity])
      .reverse()
      .toArray();
    expect(bucket.map((m) => m.sender.name)).toEqual(['Saskia de Groot', 'Oliver Brandt', 'Mehmet Aydın', 'Sophie Brandauer']);
  });

  it('finds templates by kind and language, and corrections of a message including undone ones', async () => {
    await filledV1();
    const german = await db.templates.where('[kind+language]').equals(['decline', 'de']).toArray();
    expect(german.map((t) => t.name)).toEqual(['Höfliche Absage']);
    const undone = await db.corrections.where('messageKey').equals(ROWS_V1.corrections[2]!.messageKey).toArray();
    expect(undone).toHaveLength(1);
    expect(undone[0]!.undoneAt).toBeGreaterThan(undone[0]!.createdAt);
  });

  it('gives a new correction the next number after the ones kept', async () => {
    await filledV1();
    const id = await db.table('corrections').add({ messageKey: 'gmail:18f33b90e2a17c48', from: 'targeted', to: 'spam', createdAt: Date.parse('2026-11-20T10:00:00Z') });
    expect(id).toBe(Math.max(...ROWS_V1.corrections.map((c) => c.id!)) + 1);
  });
});
