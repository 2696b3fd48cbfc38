import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSnapshot, MANIFEST_KEY } from '../../src/core/sync/chunks';
import type { IncomingMessage } from '../../src/core/message';
import { saveAndScore } from '../../src/background/scoring';
import { createHandlers } from '../../src/background/handlers';
import { onSyncedDataChanged } from '../../src/background/sync-hooks';
import { localEdit, localSnapshot, runSync, setSyncEnabled, syncAtStart, syncStatus, type SyncContext } from '../../src/background/sync';
import type { RecruiterAllyDb } from '../../src/db/database';
import type { TemplateRecord } from '../../src/db/records';
import { getSetting, setSetting } from '../../src/db/repositories/settings';
import { storeProfile } from '../../src/db/repositories/profile';
import { createTestDb } from '../db/test-db';
import { KATRIN } from '../fixtures/profiles';
import { FakeSyncArea } from '../core/sync/fake-sync-area';

const NOW = Date.parse('2026-11-28T09:00:00Z');

const SASKIA: IncomingMessage = {
  site: 'outlook',
  siteMessageId: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAKc92Rr3pUxPq1f0bXy7U8w=',
  threadKey: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAB1d0mQx4kdGuY2cWl6vPqo=',
  sender: { name: 'Saskia de Groot', email: 'saskia@quokkadocs.com', company: 'Quokka Docs' },
  subject: 'Senior Frontend Engineer (editor team), remote in Germany',
  body: "Hello Katrin,\n\nI'm Saskia, I run recruiting at Quokka Docs. Your Funke design system work is why I'm writing.",
  sentAt: '2026-11-11T12:48:00Z',
  isOwn: false,
  recipientCount: 1,
};

const TEMPLATE: TemplateRecord = {
  id: 'decline:pay:en',
  kind: 'decline',
  variant: 'pay',
  language: 'en',
  name: 'Decline: pay',
  body: 'Hi {recruiterFirstName},\nThanks, but the pay is below what I look for.',
  builtIn: false,
  updatedAt: NOW - 1000,
};

let area: FakeSyncArea;
let a: RecruiterAllyDb;
let b: RecruiterAllyDb;
let clock: number;
const ctx = (db: RecruiterAllyDb, syncArea: FakeSyncArea | null = area): SyncContext => ({ db, area: syncArea, now: () => clock });

beforeEach(() => {
  area = new FakeSyncArea();
  a = createTestDb();
  b = createTestDb();
  clock = NOW;
});

afterEach(() => {
  a.close();
  b.close();
});

/** Device A: a profile, one template of the candidate's, a trusted recruiter with a message, and a contact. */
async function fillA(): Promise<void> {
  await storeProfile(a, KATRIN, NOW - 5000);
  await a.templates.put(TEMPLATE);
  await a.templates.put({ ...TEMPLATE, id: 'decline:pay:de', language: 'de', builtIn: true });
  const [saved] = await saveAndScore(a, [SASKIA], NOW - 4000);
  await a.recruiters.update(saved!.recruiterId!, { trust: 'trusted', note: 'Straight about pay' });
  await saveAndScore(a, [{ ...SASKIA, siteMessageId: 'other', sender: { name: 'Neutral Person', email: 'neutral@agency.example' } }], NOW - 3000);
  await a.contacts.put({ id: 'c1', name: 'Jonas Reiter', role: 'Backend engineer', createdAt: NOW - 2000 });
}

function remote() {
  const decoded = decodeSnapshot(Object.fromEntries([...area.items].map(([k, v]) => [k, JSON.parse(v)])));
  if (decoded.status !== 'ok') throw new Error(`nothing readable in sync: ${decoded.status}`);
  return decoded.snapshot;
}

describe('opting in', () => {
  it('pushes profile, own templates, trusted recruiters and contacts; never messages', async () => {
    await fillA();
    const status = await setSyncEnabled(ctx(a), true);
    expect(status).toMatchObject({ enabled: true, lastPushedAt: NOW, error: null, quotaBytes: 102_400 });
    expect(status.bytesInUse).toBeGreaterThan(1000);
    const synced = remote();
    expect(synced.profile).toEqual({ value: expect.objectContaining({ name: KATRIN.name }), updatedAt: NOW - 5000 });
    expect(synced.templates.map((t) => t.id)).toEqual(['decline:pay:en']);
    expect(synced.recruiters).toEqual([
      expect.objectContaining({ name: 'Saskia de Groot', trust: 'trusted', note: 'Straight about pay', identities: expect.arrayContaining(['email:saskia@quokkadocs.com']) }),
    ]);
    expect(synced.contacts.map((c) => c.name)).toEqual(['Jonas Reiter']);
    const everything = [...area.items.values()].join('');
    expect(everything).not.toContain('Funke design system work');
    expect(everything).not.toContain('neutral@agency.example');
  });

  it('is off until the candidate opts in: nothing is written', async () => {
    await fillA();
    await runSync(ctx(a), 'start');
    expect(area.items.size).toBe(0);
    expect(await syncStatus(ctx(a))).toMatchObject({ enabled: false, lastPushedAt: null, bytesInUse: 0, error: null });
  });

  it('says so when the browser has no sync storage', async () => {
    const status = await setSyncEnabled(ctx(a, null), true);
    expect(status).toMatchObject({ enabled: true, error: 'This browser offers no sync storage, so nothing can sync here.' });
  });
});

describe('another browser', () => {
  it('receives everything on opting in: trust lands on the recruiter it already knows, and their messages are rescored', async () => {
    await fillA();
    await setSyncEnabled(ctx(a), true);
    const [before] = await saveAndScore(b, [SASKIA], NOW - 4000);
    expect(before!.trust).toBe('neutral');

    await setSyncEnabled(ctx(b), true);
    expect((await b.profile.get('me'))?.name).toBe(KATRIN.name);
    expect((await b.templates.get('decline:pay:en'))?.body).toBe(TEMPLATE.body);
    expect(await b.contacts.get('c1')).toMatchObject({ name: 'Jonas Reiter' });
    const recruiters = await b.recruiters.toArray();
    expect(recruiters).toHaveLength(1);
    expect(recruiters[0]).toMatchObject({ id: before!.recruiterId, trust: 'trusted', note: 'Straight about pay' });
    const message = await b.messages.get(before!.key);
    expect(message!.reasons.join(' ')).toMatch(/recruiter you trust/);
  });

  it('creates a recruiter record for a trust state whose recruiter it has never seen', async () => {
    await fillA();
    await setSyncEnabled(ctx(a), true);
    await setSyncEnabled(ctx(b), true);
    expect(await b.recruiters.toArray()).toEqual([
      expect.objectContaining({ displayName: 'Saskia de Groot', trust: 'trusted', messageCount: 0, identities: expect.arrayContaining(['email:saskia@quokkadocs.com']) }),
    ]);
  });

  it('follows a change made in the first browser when storage.onChanged reports it', async () => {
    await fillA();
    await setSyncEnabled(ctx(a), true);
    await setSyncEnabled(ctx(b), true);

    clock = NOW + 60_000;
    await a.contacts.update('c1', { note: 'Ask before naming him' });
    await a.contacts.put({ id: 'c2', name: 'Ana Lima', createdAt: clock });
    await a.templates.delete('decline:pay:en');
    await localEdit(ctx(a), 0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await runSync(ctx(a), 'local'); // waits for the push the edit scheduled
    expect(await getSetting(a, 'sync.dirty')).toBe(0);

    await runSync(ctx(b), 'remote');
    expect((await b.contacts.get('c1'))?.note).toBe('Ask before naming him');
    expect(await b.contacts.get('c2')).toMatchObject({ name: 'Ana Lima' });
    expect(await b.templates.get('decline:pay:en')).toBeUndefined();
    expect(await getSetting(b, 'sync.state')).toMatchObject({ lastPulledAt: clock, error: null });
  });

  it('a recruiter set back to neutral in one browser goes back to neutral in the other', async () => {
    await fillA();
    await setSyncEnabled(ctx(a), true);
    await setSyncEnabled(ctx(b), true);
    const saskiaA = (await a.recruiters.where('trust').equals('trusted').first())!;
    await a.recruiters.update(saskiaA.id, { trust: 'neutral' });
    await localEdit(ctx(a), 0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await runSync(ctx(a), 'local');
    await runSync(ctx(b), 'remote');
    expect((await b.recruiters.toArray()).map((r) => r.trust)).toEqual(['neutral']);
  });

  it('a newer profile on this browser is kept and pushed back', async () => {
    await fillA();
    await setSyncEnabled(ctx(a), true);
    await storeProfile(b, { ...KATRIN, headline: 'Newer headline' }, NOW);
    await setSyncEnabled(ctx(b), true);
    expect((await b.profile.get('me'))?.headline).toBe('Newer headline');
    expect(remote().profile?.value.headline).toBe('Newer headline');
  });
});

describe('a push cut short', () => {
  it('is made at the next start when the worker stopped before its timer fired', async () => {
    await fillA();
    await setSyncEnabled(ctx(a), true);
    await a.contacts.put({ id: 'c9', name: 'Added before the worker stopped', createdAt: NOW });
    await localEdit(ctx(a), 60_000); // the timer never fires in this test: the worker "stops"
    expect(await getSetting(a, 'sync.dirty')).toBe(NOW);
    expect(remote().contacts.map((c) => c.id)).not.toContain('c9');

    await syncAtStart(ctx(a));
    expect(remote().contacts.map((c) => c.id)).toContain('c9');
    expect(await getSetting(a, 'sync.dirty')).toBe(0);
  });

  it('does not merge its own push back in when storage.onChanged echoes it', async () => {
    await fillA();
    await setSyncEnabled(ctx(a), true);
    const writes = area.writes.length;
    const state = await getSetting(a, 'sync.state');
    await runSync(ctx(a), 'remote');
    expect(area.writes.length).toBe(writes);
    expect(await getSetting(a, 'sync.state')).toEqual(state);
  });
});

it('does not answer another browser\'s emptied sync (a large write under way) with its own snapshot', async () => {
  await fillA();
  await setSyncEnabled(ctx(a), true);
  await setSyncEnabled(ctx(b), true);
  await area.remove([...area.items.keys()]);
  await runSync(ctx(b), 'remote');
  expect(area.items.size).toBe(0);
  expect(await b.contacts.count()).toBe(1);
});

it('a trust change or profile saved through the worker\'s handlers is marked for the next push', async () => {
  await fillA();
  await setSyncEnabled(ctx(a), true);
  const pending: Promise<void>[] = [];
  onSyncedDataChanged(() => pending.push(localEdit(ctx(a), 60_000)));
  try {
    const handlers = createHandlers(a, { now: () => clock });
    const saskia = (await a.recruiters.where('trust').equals('trusted').first())!;
    clock = NOW + 1;
    await handlers['recruiters/set-trust']({ recruiterId: saskia.id, trust: 'muted' }, { id: 'own' });
    await Promise.all(pending);
    expect(await getSetting(a, 'sync.dirty')).toBe(NOW + 1);
    clock = NOW + 2;
    await handlers['profile/save']({ profile: { ...KATRIN, headline: 'Staff Frontend Engineer' } }, { id: 'own' });
    await Promise.all(pending);
    expect(await getSetting(a, 'sync.dirty')).toBe(NOW + 2);
    await syncAtStart(ctx(a));
    expect(remote().recruiters[0]!.trust).toBe('muted');
    expect(remote().profile?.value.headline).toBe('Staff Frontend Engineer');
  } finally {
    onSyncedDataChanged(null);
  }
});

describe('over quota', () => {
  it('writes nothing, keeps the local data and says why in the status', async () => {
    await fillA();
    const templates = Array.from({ length: 40 }, (_, i) => ({
      ...TEMPLATE,
      id: `decline:pay:x${i}`,
      body: `${'A long template the candidate wrote. '.repeat(90)}${i}`,
    }));
    await a.templates.bulkPut(templates);
    const status = await setSyncEnabled(ctx(a), true);
    expect(status.error).toMatch(/^Sync is full: .*; messages never sync\.$/);
    expect(status.lastPushedAt).toBeNull();
    expect(area.items.size).toBe(0);
    expect(await a.templates.count()).toBe(42);
    expect((await localSnapshot(a)).templates).toHaveLength(41);
    expect(await getSetting(a, 'sync.enabled')).toBe(true);
  });

  it('keeps what was synced before when a later snapshot no longer fits', async () => {
    await fillA();
    await setSyncEnabled(ctx(a), true);
    const before = new Map(area.items);
    await a.templates.bulkPut(Array.from({ length: 40 }, (_, i) => ({ ...TEMPLATE, id: `t${i}`, body: 'x'.repeat(3000) })));
    await localEdit(ctx(a), 0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await runSync(ctx(a), 'local');
    expect(new Map(area.items)).toEqual(before);
    expect((await syncStatus(ctx(a))).error).toMatch(/^Sync is full/);
    expect(await getSetting(a, 'sync.dirty')).toBeGreaterThan(0);
  });

  it('reports a write the browser refused as a sentence, not a crash', async () => {
    await fillA();
    const refusing = new FakeSyncArea();
    refusing.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const status = await setSyncEnabled(ctx(a, refusing), true);
    expect(status.error).toMatch(/^Sync is full: the browser refused the write \(QUOTA_BYTES quota exceeded\)/);
  });
});

describe('opting out', () => {
  it('stops syncing here and leaves the synced copy for the other browsers', async () => {
    await fillA();
    await setSyncEnabled(ctx(a), true);
    const before = new Map(area.items);
    const status = await setSyncEnabled(ctx(a), false);
    expect(status.enabled).toBe(false);
    expect(new Map(area.items)).toEqual(before);
    await a.contacts.put({ id: 'c3', name: 'Not synced', createdAt: NOW });
    await localEdit(ctx(a), 0);
    await runSync(ctx(a), 'local');
    expect(new Map(area.items)).toEqual(before);
    expect(area.items.has(MANIFEST_KEY)).toBe(true);
  });
});

it('keeps the opt-in in IndexedDB, so a restarted worker still knows it', async () => {
  await setSyncEnabled(ctx(a), true);
  expect(await getSetting(a, 'sync.enabled')).toBe(true);
  await setSetting(a, 'sync.enabled', false);
  expect((await syncStatus(ctx(a))).enabled).toBe(false);
});
