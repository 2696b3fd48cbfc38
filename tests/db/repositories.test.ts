import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IncomingMessage } from '../../src/core/message';
import type { RecruiterAllyDb } from '../../src/db/database';
import type { MessageRecord } from '../../src/db/records';
import { countMessages, messagesIn, recentMessages, saveIncoming } from '../../src/db/repositories/messages';
import { loadProfile, storeProfile } from '../../src/db/repositories/profile';
import { enabledSites, getSetting, recordSiteSeen, setSetting } from '../../src/db/repositories/settings';
import { ROWS_V2 } from './realistic-rows';
import { createTestDb } from './test-db';

const NOW = Date.parse('2026-11-20T09:00:00Z');

/** What a site adapter would send for one of the realistic stored messages. */
function incomingFrom(record: MessageRecord): IncomingMessage {
  return {
    site: record.site,
    siteMessageId: record.siteMessageId,
    threadKey: record.threadKey,
    sender: { ...record.sender },
    subject: record.subject,
    body: record.body,
    sentAt: new Date(record.receivedAt).toISOString(),
    isOwn: record.isOwn,
    ...(record.inMail === undefined ? {} : { inMail: record.inMail }),
    recipientCount: record.recipientCount,
  };
}

const SOPHIE = incomingFrom(ROWS_V2.messages[1]!);
const CALLUM_INMAIL = incomingFrom(ROWS_V2.messages[2]!);
const OWN_REPLY = incomingFrom(ROWS_V2.messages[7]!);

let db: RecruiterAllyDb;

beforeEach(() => {
  db = createTestDb();
});

afterEach(() => db.close());

describe('saveIncoming', () => {
  it('stores a new message under site:siteMessageId, unscored and awaiting an answer', async () => {
    const saved = await saveIncoming(db, [SOPHIE], NOW);
    const key = `linkedin:${SOPHIE.siteMessageId}`;
    expect(saved).toEqual([{ key, isNew: true }]);
    expect(await db.messages.get(key)).toStrictEqual({
      key,
      site: 'linkedin',
      siteMessageId: SOPHIE.siteMessageId,
      threadKey: SOPHIE.threadKey,
      sender: SOPHIE.sender,
      subject: null,
      body: SOPHIE.body,
      receivedAt: Date.parse('2026-09-02T07:48:00Z'),
      firstSeenAt: NOW,
      isOwn: false,
      recipientCount: null,
      label: 'unscored',
      score: null,
      reasons: [],
      state: 'awaiting',
      // Read once for the triage list (tests/db/triage.test.ts checks how).
      role: 'Senior Frontend Engineer',
      company: 'Kranich Health',
      search: ['sophie', 'brandauer', 'kranich', 'health', 'senior', 'frontend', 'engineer'],
      // What later messages find it by (computed by the core; tests/db/migrations/0002 checks the values).
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      bands: expect.any(Array),
      agency: 'company:kranich health',
      identities: ['li:sophie-brandauer-3a91b2', 'name:sophie brandauer|kranich health'],
      language: 'en',
    });
  });

  it("files the candidate's own messages as answered and keeps the InMail mark", async () => {
    await saveIncoming(db, [OWN_REPLY, CALLUM_INMAIL], NOW);
    expect((await db.messages.get(`gmail:${OWN_REPLY.siteMessageId}`))?.state).toBe('answered');
    const inMail = await db.messages.get(`linkedin:${CALLUM_INMAIL.siteMessageId}`);
    expect(inMail?.inMail).toBe(true);
    expect(inMail?.state).toBe('awaiting');
  });

  it('keeps the first record and its verdict when the same message is seen again', async () => {
    await saveIncoming(db, [SOPHIE], NOW);
    const key = `linkedin:${SOPHIE.siteMessageId}`;
    // The scorer and the candidate have since worked on the stored message.
    await db.messages.update(key, { label: 'targeted', score: 92, reasons: ['Names your employer'], state: 'answered' });
    const before = await db.messages.get(key);

    const again = await saveIncoming(db, [{ ...SOPHIE, body: 'edited text as the page shows it now' }], NOW + 86_400_000);

    expect(again).toEqual([{ key, isNew: false }]);
    expect(await db.messages.get(key)).toStrictEqual(before);
    expect(await countMessages(db)).toBe(1);
  });

  it('stores a message twice in one batch once, keeping the first copy, and answers for every input', async () => {
    const copy = { ...SOPHIE, body: 'second copy from the overlay' };
    const saved = await saveIncoming(db, [SOPHIE, CALLUM_INMAIL, copy], NOW);
    expect(saved.map((s) => s.key)).toEqual([
      `linkedin:${SOPHIE.siteMessageId}`,
      `linkedin:${CALLUM_INMAIL.siteMessageId}`,
      `linkedin:${SOPHIE.siteMessageId}`,
    ]);
    expect(saved[0]!.isNew).toBe(true);
    expect(await countMessages(db)).toBe(2);
    expect((await db.messages.get(saved[0]!.key))?.body).toBe(SOPHIE.body);
  });

  it('tells new from known messages within one mixed batch', async () => {
    await saveIncoming(db, [SOPHIE], NOW);
    const saved = await saveIncoming(db, [CALLUM_INMAIL, SOPHIE], NOW);
    expect(saved.map((s) => s.isNew)).toEqual([true, false]);
  });

  it('counts a key repeated inside one batch as new only once', async () => {
    const saved = await saveIncoming(db, [SOPHIE, SOPHIE], NOW);
    expect(saved.map((s) => s.isNew)).toEqual([true, false]);
    expect(await countMessages(db)).toBe(1);
  });

  it('stores only the sender fields it knows, whatever else the page handed over', async () => {
    const sender = { ...SOPHIE.sender, onclick: 'alert(1)', nested: { deep: true } };
    const [saved] = await saveIncoming(db, [{ ...SOPHIE, sender }], NOW);
    expect((await db.messages.get(saved!.key))?.sender).toEqual(SOPHIE.sender);
  });

  it('keeps the same site id apart on different sites', async () => {
    const gmail: IncomingMessage = { ...OWN_REPLY, siteMessageId: 'same-id' };
    const outlook: IncomingMessage = { ...OWN_REPLY, site: 'outlook', siteMessageId: 'same-id' };
    const saved = await saveIncoming(db, [gmail, outlook], NOW);
    expect(saved).toEqual([
      { key: 'gmail:same-id', isNew: true },
      { key: 'outlook:same-id', isNew: true },
    ]);
  });

  it('falls back to the time it first saw a message whose date the page did not show parseably', async () => {
    await saveIncoming(db, [{ ...SOPHIE, sentAt: 'gestern, 09:15' }], NOW);
    expect((await db.messages.get(`linkedin:${SOPHIE.siteMessageId}`))?.receivedAt).toBe(NOW);
  });

  it('does nothing for an empty batch', async () => {
    expect(await saveIncoming(db, [], NOW)).toEqual([]);
    expect(await countMessages(db)).toBe(0);
  });
});

describe('reading messages', () => {
  beforeEach(async () => {
    await db.messages.bulkAdd(structuredClone(ROWS_V2.messages));
  });

  it('messagesIn reads one label and state, newest first, up to the limit', async () => {
    const targeted = await messagesIn(db, 'targeted', 'awaiting', 10);
    // Both of Oliver's: the candidate corrected the first from unsure to targeted.
    expect(targeted.map((m) => m.sender.name)).toEqual(['Saskia de Groot', 'Oliver Brandt', 'Oliver Brandt', 'Mehmet Aydın', 'Sophie Brandauer']);
    expect((await messagesIn(db, 'targeted', 'awaiting', 2)).map((m) => m.sender.name)).toEqual(['Saskia de Groot', 'Oliver Brandt']);
  });

  it('messagesIn keeps neighbouring buckets out', async () => {
    const spamAwaiting = await messagesIn(db, 'spam', 'awaiting', 10);
    expect(spamAwaiting.every((m) => m.label === 'spam' && m.state === 'awaiting')).toBe(true);
    expect(spamAwaiting).toHaveLength(2);
    expect((await messagesIn(db, 'spam', 'dismissed', 10)).map((m) => m.sender.name)).toEqual(['Callum Rix', 'Callum Rix']);
    expect(await messagesIn(db, 'unscored', 'awaiting', 10)).toHaveLength(1);
    expect(await messagesIn(db, 'other', 'awaiting', 10)).toEqual([]);
  });

  it('messagesIn reads through the compound index rather than scanning every message', async () => {
    const where = vi.spyOn(db.messages, 'where');
    await messagesIn(db, 'targeted', 'awaiting', 10);
    expect(where).toHaveBeenCalledWith('[label+state+receivedAt]');
  });

  it('recentMessages pages newest first across all sites, and countMessages counts them all', async () => {
    const page = await recentMessages(db, 3);
    expect(page.map((m) => m.site)).toEqual(['outlook', 'outlook', 'linkedin']);
    expect(page.map((m) => m.receivedAt)).toEqual(page.map((m) => m.receivedAt).toSorted((a, b) => b - a));
    expect(page[0]!.receivedAt).toBe(Math.max(...ROWS_V2.messages.map((m) => m.receivedAt)));
    expect(await countMessages(db)).toBe(ROWS_V2.messages.length);
  });
});

describe('settings', () => {
  it('defaults to every site on and none seen', async () => {
    expect(await enabledSites(db)).toEqual({ linkedin: true, gmail: true, outlook: true });
    expect(await getSetting(db, 'sites.seen')).toEqual({});
    expect(await db.settings.count()).toBe(0);
  });

  it('hands out a copy of a default, so changing it changes no other read', async () => {
    const seen = await getSetting(db, 'sites.seen');
    seen.linkedin = { lastSeenAt: NOW, view: 'messaging', health: 'ok' };
    expect(await getSetting(db, 'sites.seen')).toEqual({});
  });

  it('stores a setting and reads it back', async () => {
    await setSetting(db, 'sites.enabled', { linkedin: true, gmail: false, outlook: true });
    expect(await enabledSites(db)).toEqual({ linkedin: true, gmail: false, outlook: true });
  });

  it('treats a site missing from the stored value (added by a later version) as on', async () => {
    await db.settings.put({ key: 'sites.enabled', value: { linkedin: false } as Record<'linkedin' | 'gmail' | 'outlook', boolean> });
    expect(await enabledSites(db)).toEqual({ linkedin: false, gmail: true, outlook: true });
  });

  it('recordSiteSeen keeps the other sites and replaces the same site', async () => {
    await recordSiteSeen(db, 'linkedin', { lastSeenAt: NOW - 60_000, view: 'messaging', health: 'ok' });
    await recordSiteSeen(db, 'gmail', { lastSeenAt: NOW - 30_000, view: 'mailbox', health: 'layout-not-recognised' });
    await recordSiteSeen(db, 'linkedin', { lastSeenAt: NOW, view: 'messaging', health: 'ok' });
    expect(await getSetting(db, 'sites.seen')).toEqual({
      linkedin: { lastSeenAt: NOW, view: 'messaging', health: 'ok' },
      gmail: { lastSeenAt: NOW - 30_000, view: 'mailbox', health: 'layout-not-recognised' },
    });
  });

  it('recordSiteSeen loses no report when three tabs report at once', async () => {
    await Promise.all([
      recordSiteSeen(db, 'linkedin', { lastSeenAt: NOW, view: 'messaging', health: 'ok' }),
      recordSiteSeen(db, 'gmail', { lastSeenAt: NOW, view: 'mailbox', health: 'ok' }),
      recordSiteSeen(db, 'outlook', { lastSeenAt: NOW, view: 'mailbox', health: 'ok' }),
    ]);
    expect(Object.keys(await getSetting(db, 'sites.seen')).toSorted()).toEqual(['gmail', 'linkedin', 'outlook']);
  });
});

describe('profile', () => {
  const { id: _id, updatedAt: _updatedAt, ...katrin } = ROWS_V2.profile[0]!;

  it('has none until the candidate saves one', async () => {
    expect(await loadProfile(db)).toBeNull();
  });

  it('round-trips without the storage fields', async () => {
    expect(await storeProfile(db, katrin, NOW)).toBe(NOW);
    expect(await loadProfile(db)).toStrictEqual(katrin);
    expect(await db.profile.get('me')).toMatchObject({ id: 'me', updatedAt: NOW });
  });

  it('replaces the whole profile: a field left out of the new one is gone', async () => {
    await storeProfile(db, katrin, NOW);
    await storeProfile(db, { name: 'Katrin Vogelsang', skills: ['TypeScript'] }, NOW + 1);
    expect(await loadProfile(db)).toStrictEqual({ name: 'Katrin Vogelsang', skills: ['TypeScript'] });
    expect(await db.profile.count()).toBe(1);
  });
});
