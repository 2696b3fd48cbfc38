import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, type WorkerHooks } from '../../src/background/handlers';
import type { IncomingMessage } from '../../src/core/message';
import type { RecruiterAllyDb } from '../../src/db/database';
import type { MessageRecord } from '../../src/db/records';
import { createDispatcher, HandlerError, type Handlers, type SenderInfo } from '../../src/messaging/dispatch';
import { CHANNEL } from '../../src/messaging/protocol';
import { ROWS_V2 } from '../db/realistic-rows';
import { createTestDb } from '../db/test-db';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const TAB: SenderInfo = { id: 'own', tabId: 7, url: 'https://mail.google.com/mail/u/0/#inbox' };

const SASKIA: IncomingMessage = {
  site: 'outlook',
  siteMessageId: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAKc92Rr3pUxPq1f0bXy7U8w=',
  threadKey: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAB1d0mQx4kdGuY2cWl6vPqo=',
  sender: { name: 'Saskia de Groot', email: 'saskia@quokkadocs.com', company: 'Quokka Docs' },
  subject: 'Senior Frontend Engineer (editor team), remote in Germany',
  body: "Hello Katrin,\n\nI'm Saskia, I run recruiting at Quokka Docs.",
  sentAt: '2026-11-11T12:48:00Z',
  isOwn: false,
  recipientCount: 1,
};

let db: RecruiterAllyDb;
let clock: number;
let handlers: Handlers;

function withHooks(hooks: WorkerHooks): Handlers {
  return createHandlers(db, { now: () => clock, ...hooks });
}

beforeEach(() => {
  db = createTestDb();
  clock = NOW;
  handlers = withHooks({});
});

afterEach(() => db.close());

describe('site/hello', () => {
  it('records which view of the site reported, and when', async () => {
    expect(await handlers['site/hello']({ site: 'linkedin', view: 'messaging', health: 'ok' }, TAB)).toEqual({ enabled: true });
    const { sites } = await handlers['sites/status']({}, TAB);
    expect(sites.find((s) => s.site === 'linkedin')).toEqual({
      site: 'linkedin',
      enabled: true,
      lastSeenAt: NOW,
      view: 'messaging',
      health: 'ok',
    });
  });

  it('answers enabled false for a site the candidate turned off, and still records the visit', async () => {
    await handlers['sites/set-enabled']({ site: 'gmail', enabled: false }, TAB);
    clock = NOW + 5000;
    expect(await handlers['site/hello']({ site: 'gmail', view: 'mailbox', health: 'layout-not-recognised' }, TAB)).toEqual({ enabled: false });
    const { sites } = await handlers['sites/status']({}, TAB);
    expect(sites.find((s) => s.site === 'gmail')).toMatchObject({ enabled: false, lastSeenAt: NOW + 5000, health: 'layout-not-recognised' });
  });
});

describe('reports a page cannot be trusted to shape', () => {
  it.each([
    ['an unknown site', { site: 'myspace', view: 'messaging', health: 'ok' }],
    ['a missing view', { site: 'gmail', view: '', health: 'ok' }],
    ['an unknown health state', { site: 'gmail', view: 'mailbox', health: 'great' }],
  ])('refuses a site report with %s and stores nothing', async (_what, payload) => {
    await expect(handlers['site/hello'](payload as never, TAB)).rejects.toMatchObject({ code: 'bad-request' });
    expect(await db.settings.count()).toBe(0);
  });

  it('refuses to turn a site on or off with anything but true or false', async () => {
    await expect(handlers['sites/set-enabled']({ site: 'gmail', enabled: 'false' } as never, TAB)).rejects.toMatchObject({
      code: 'bad-request',
    });
    await expect(handlers['sites/set-enabled']({ site: 'orkut', enabled: false } as never, TAB)).rejects.toBeInstanceOf(
      HandlerError,
    );
    expect((await handlers['sites/status']({}, TAB)).sites.every((site) => site.enabled)).toBe(true);
  });

  it('keeps the saved choice when open pages cannot be told about it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    handlers = withHooks({ sitesChanged: () => Promise.reject(new Error('storage.local is full')) });
    const reply = await handlers['sites/set-enabled']({ site: 'outlook', enabled: false }, TAB);
    expect(reply.sites.find((site) => site.site === 'outlook')?.enabled).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('sites/status', () => {
  it('lists every site, on and never seen, before anything happened', async () => {
    expect(await handlers['sites/status']({}, TAB)).toEqual({
      sites: [
        { site: 'linkedin', enabled: true, lastSeenAt: null, view: null, health: null },
        { site: 'gmail', enabled: true, lastSeenAt: null, view: null, health: null },
        { site: 'outlook', enabled: true, lastSeenAt: null, view: null, health: null },
      ],
    });
  });
});

describe('sites/set-enabled', () => {
  it('stores the change, tells sitesChanged the whole map, and answers the new statuses', async () => {
    const sitesChanged = vi.fn<NonNullable<WorkerHooks['sitesChanged']>>();
    handlers = withHooks({ sitesChanged });
    const reply = await handlers['sites/set-enabled']({ site: 'outlook', enabled: false }, TAB);
    expect(sitesChanged).toHaveBeenCalledTimes(1);
    expect(sitesChanged).toHaveBeenCalledWith({ linkedin: true, gmail: true, outlook: false });
    expect(reply.sites.map((s) => [s.site, s.enabled])).toEqual([
      ['linkedin', true],
      ['gmail', true],
      ['outlook', false],
    ]);
    // A new worker (after the old one was stopped) reads the same state.
    expect(await createHandlers(db)['site/hello']({ site: 'outlook', view: 'mailbox', health: 'ok' }, TAB)).toEqual({ enabled: false });
  });

  it('waits for sitesChanged, so content scripts follow before the options page hears back', async () => {
    const order: string[] = [];
    handlers = withHooks({
      sitesChanged: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push('mirrored');
      },
    });
    await handlers['sites/set-enabled']({ site: 'linkedin', enabled: false }, TAB);
    order.push('answered');
    expect(order).toEqual(['mirrored', 'answered']);
  });

  it('turns a site back on', async () => {
    await handlers['sites/set-enabled']({ site: 'linkedin', enabled: false }, TAB);
    const reply = await handlers['sites/set-enabled']({ site: 'linkedin', enabled: true }, TAB);
    expect(reply.sites.every((s) => s.enabled)).toBe(true);
  });

  it('works without a sitesChanged hook', async () => {
    await expect(handlers['sites/set-enabled']({ site: 'gmail', enabled: false }, TAB)).resolves.toBeDefined();
  });
});

describe('messages/save', () => {
  it('stores messages once, stamped with the worker clock', async () => {
    const first = await handlers['messages/save']({ messages: [SASKIA] }, TAB);
    expect(first.saved).toMatchObject([{ key: `outlook:${SASKIA.siteMessageId}`, isNew: true, label: expect.any(String), score: expect.any(Number), reasons: expect.any(Array) }]);
    clock = NOW + 60_000;
    // Seen again: not new, and the stored verdict comes back unchanged.
    expect((await handlers['messages/save']({ messages: [SASKIA] }, TAB)).saved).toEqual([{ ...first.saved[0]!, isNew: false }]);
    expect((await db.messages.get(`outlook:${SASKIA.siteMessageId}`))?.firstSeenAt).toBe(NOW);
  });

  it('rejects a malformed batch as bad-request listing every problem, and stores none of it', async () => {
    const broken = { ...SASKIA, siteMessageId: 'second', site: 'xing', isOwn: 'no' };
    const call = handlers['messages/save']({ messages: [SASKIA, broken as unknown as IncomingMessage] }, TAB);
    await expect(call).rejects.toBeInstanceOf(HandlerError);
    await expect(call).rejects.toMatchObject({
      code: 'bad-request',
      message: 'Some messages are malformed.',
      details: ['Message 2 has an unknown site.', 'Message 2 needs "isOwn" true or false.'],
    });
    expect(await db.messages.count()).toBe(0);
  });

  it('rejects a payload without a list', async () => {
    await expect(handlers['messages/save']({} as { messages: IncomingMessage[] }, TAB)).rejects.toMatchObject({
      code: 'bad-request',
      details: ['"messages" must be a list.'],
    });
  });

  it('reaches a content script as an error result with the details', async () => {
    const dispatch = createDispatcher(handlers, 'own');
    const reply = await dispatch({ channel: CHANNEL, type: 'messages/save', payload: { messages: [null] } }, TAB);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'Some messages are malformed.', details: ['Message 1 is not an object.'] },
    });
  });
});

/** A stored Gmail message, `i` minutes old. */
function storedMessage(i: number, body = `Message number ${i}`): MessageRecord {
  return { ...ROWS_V2.messages[0]!, key: `gmail:m${i}`, siteMessageId: `m${i}`, receivedAt: NOW - i * 60_000, body };
}

describe('messages/recent', () => {

  beforeEach(async () => {
    await db.messages.bulkAdd(structuredClone(ROWS_V2.messages));
  });

  it('answers the newest messages as summaries, with the total', async () => {
    const reply = await handlers['messages/recent']({ limit: 2 }, TAB);
    expect(reply.total).toBe(ROWS_V2.messages.length);
    expect(reply.messages).toHaveLength(2);
    const meridian = ROWS_V2.messages.at(-1)!;
    expect(reply.messages[0]).toStrictEqual({
      key: meridian.key,
      site: 'outlook',
      sender: meridian.sender,
      subject: meridian.subject,
      preview: 'Dear Candidate, Please find below a position that may be of interest to you. ----- Fullstack Developer (m/w/d) – PHP / Vue.js Location: Lei…',
      receivedAt: meridian.receivedAt,
      label: 'spam',
      score: 6,
      state: 'awaiting',
    });
  });

  it('keeps a short body whole, on one line', async () => {
    const reply = await handlers['messages/recent']({ limit: 50 }, TAB);
    const callum = reply.messages.find((m) => m.key === ROWS_V2.messages[5]!.key)!;
    expect(callum.preview).toBe('Hi Katrin, just bumping this to the top of your inbox 🙂 Still keen to connect, my client is moving fast! 📈');
  });

  it('cuts a long body to 140 characters ending in an ellipsis', async () => {
    const { messages } = await handlers['messages/recent']({ limit: 50 }, TAB);
    for (const summary of messages) {
      expect(summary.preview.length).toBeLessThanOrEqual(140);
      expect(summary.preview).not.toMatch(/\s{2}|\n/);
    }
    const sophie = messages.find((m) => m.key === ROWS_V2.messages[1]!.key)!;
    expect(sophie.preview).toHaveLength(140);
    expect(sophie.preview.endsWith('…')).toBe(true);
  });

  it.each([
    [0, 1],
    [-3, 1],
    [Number.NaN, 1],
    [2.9, 2],
    [1e9, 500],
    [Number.POSITIVE_INFINITY, 500],
  ])('clamps a limit of %d to %i', async (limit, expected) => {
    await db.messages.bulkAdd(Array.from({ length: 520 }, (_, i) => storedMessage(i + 1000)));
    const reply = await handlers['messages/recent']({ limit }, TAB);
    expect(reply.messages).toHaveLength(expected);
    expect(reply.total).toBe(ROWS_V2.messages.length + 520);
  });

  // Cutting inside a surrogate pair would show a broken character before the ellipsis.
  it('never cuts a character in half', async () => {
    await db.messages.clear();
    await db.messages.add(storedMessage(1, `${'a'.repeat(138)}🚀 and a lot more text after the rocket`));
    const [summary] = (await handlers['messages/recent']({ limit: 1 }, TAB)).messages;
    expect(summary!.preview).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

describe('profile/get and profile/save', () => {
  const KATRIN = {
    name: 'Katrin Vogelsang',
    currentCompany: 'Quellwerk Energy',
    skills: ['TypeScript', 'React'],
    locations: ['Berlin, Germany'],
    workplace: ['remote', 'hybrid'],
    minSalary: 80000,
    currency: 'EUR',
    languages: ['de', 'en'],
  };

  it('answers no profile before the first save', async () => {
    expect(await handlers['profile/get']({}, TAB)).toEqual({ profile: null });
  });

  it('saves the cleaned profile, answers it with the time, and gives it back later', async () => {
    const reply = await handlers['profile/save']({ profile: { ...KATRIN, name: ' Katrin Vogelsang ', currency: 'eur', skills: ['TypeScript', 'typescript', 'React'] } }, TAB);
    expect(reply).toEqual({ profile: KATRIN, savedAt: NOW });
    expect(await handlers['profile/get']({}, TAB)).toEqual({ profile: KATRIN });
  });

  it('refuses a bad profile as bad-request listing every problem, and keeps the stored one', async () => {
    await handlers['profile/save']({ profile: KATRIN }, TAB);
    const call = handlers['profile/save']({ profile: { name: '', minSalary: '80k', workplace: ['office'] } }, TAB);
    await expect(call).rejects.toBeInstanceOf(HandlerError);
    await expect(call).rejects.toMatchObject({
      code: 'bad-request',
      message: 'The profile has problems.',
      details: [
        '"name" is required and must be a non-empty text.',
        '"workplace" must be a list of: remote, hybrid, onsite.',
        '"minSalary" must be a number of zero or more.',
      ],
    });
    expect(await handlers['profile/get']({}, TAB)).toEqual({ profile: KATRIN });
  });
});
