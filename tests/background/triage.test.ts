import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { SITE_TAB_PATTERNS, type TabInfo, type TabsApi } from '../../src/background/deliver';
import { BADGE_COLOR, badgeText, refreshToolbarBadge, type BadgeAction } from '../../src/background/toolbar-badge';
import { createTriageHandlers, type TriageHandlers } from '../../src/background/triage-handlers';
import type { IncomingMessage } from '../../src/core/message';
import { RecruiterAllyDb } from '../../src/db/database';
import { HandlerError, type Handlers, type SenderInfo } from '../../src/messaging/dispatch';
import { CHANNEL } from '../../src/messaging/protocol';
import { BADGE } from '../../src/i18n/badge';
import { useFallbackMessages } from '../../src/i18n/t';
import { ROWS_V2 } from '../db/realistic-rows';
import { KATRIN } from '../fixtures/profiles';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const TAB: SenderInfo = { id: 'own', tabId: 3, url: 'https://mail.google.com/mail/u/0/' };

/** What a site adapter sends for one of the realistic stored messages. */
function incomingFrom(i: number, extra: Partial<IncomingMessage> = {}): IncomingMessage {
  const record = ROWS_V2.messages[i]!;
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
    ...extra,
  };
}

const SOPHIE = incomingFrom(1);
const TOBIAS = incomingFrom(6, { threadUrl: 'https://mail.google.com/mail/u/0/#inbox/191f0a7c2e5d3b69' });
const KATRIN_REPLY = incomingFrom(7);
const SASKIA = incomingFrom(13);
const MERIDIAN = incomingFrom(14);
const key = (m: IncomingMessage): string => `${m.site}:${m.siteMessageId}`;

/** Records what the badge was set to, as browser.action would show it. */
class FakeAction implements BadgeAction {
  text = '(unset)';
  color = '';
  title = '';
  setBadgeText({ text }: { text: string }): void {
    this.text = text;
  }
  setBadgeBackgroundColor({ color }: { color: string }): void {
    this.color = color;
  }
  setTitle({ title }: { title: string }): void {
    this.title = title;
  }
}

/** Tabs of the sites, each answering as the content script there would. */
class FakeTabs implements TabsApi {
  queried: string[][] = [];
  asked: number[] = [];
  messages: unknown[] = [];
  constructor(
    private readonly tabs: TabInfo[],
    private readonly answers: Record<number, unknown | Error>,
  ) {}
  async query(filter: { url: string[] }): Promise<TabInfo[]> {
    this.queried.push(filter.url);
    return this.tabs;
  }
  async sendMessage(tabId: number, message: unknown): Promise<unknown> {
    this.asked.push(tabId);
    this.messages.push(message);
    const answer = this.answers[tabId];
    if (answer instanceof Error) throw answer;
    return answer;
  }
}

const inserted = { ok: true, value: { inserted: true } };
const notHere = { ok: true, value: { inserted: false } };

let db: RecruiterAllyDb;
let handlers: Handlers;
let opened = 0;

function triage(apis: Parameters<typeof createTriageHandlers>[2] = {}): TriageHandlers {
  return createTriageHandlers(db, () => NOW, apis);
}

async function save(...messages: IncomingMessage[]) {
  return (await handlers['messages/save']({ messages }, TAB)).saved;
}

beforeAll(() => useFallbackMessages(BADGE));

beforeEach(async () => {
  opened += 1;
  db = new RecruiterAllyDb(`triage-${opened}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  handlers = createHandlers(db, { now: () => NOW });
  await handlers['profile/save']({ profile: KATRIN }, TAB);
});
afterEach(() => db.close());

describe('messages/triage', () => {
  it('answers rows with role, company, the top three reasons, the recruiter and the thread address', async () => {
    await save(TOBIAS, SASKIA, MERIDIAN);
    const list = await triage()['messages/triage']({ limit: 10 }, TAB);
    expect(list.targeted.map((i) => i.key)).toEqual([key(SASKIA), key(TOBIAS)]);
    expect(list.spam.map((i) => i.key)).toEqual([key(MERIDIAN)]);
    expect(list.counts).toEqual({ awaiting: 2, unsure: 0, spam: 1 });
    const tobias = list.targeted[1]!;
    expect(tobias).toMatchObject({
      site: 'gmail',
      threadKey: TOBIAS.threadKey,
      threadUrl: TOBIAS.threadUrl,
      company: 'Feldmann Tech Recruiting',
      label: 'targeted',
      state: 'awaiting',
      trust: 'neutral',
    });
    expect(tobias.role).toMatch(/Frontend Engineer/);
    expect(tobias.reasons.length).toBeGreaterThan(0);
    expect(tobias.reasons.length).toBeLessThanOrEqual(3);
    expect(tobias.recruiterId).toBe((await db.messages.get(key(TOBIAS)))!.recruiterId);
    expect(list.targeted[0]!.threadUrl).toBeNull();
  });

  it('searches and refuses a query that is not a short text', async () => {
    await save(TOBIAS, SASKIA);
    const found = await triage()['messages/triage']({ limit: 10, query: 'feldmann' }, TAB);
    expect(found.targeted.map((i) => i.key)).toEqual([key(TOBIAS)]);
    await expect(triage()['messages/triage']({ limit: 10, query: 42 as unknown as string }, TAB)).rejects.toBeInstanceOf(HandlerError);
  });
});

describe('answered tracking', () => {
  it('marks a waiting message answered when the candidate\'s reply in its thread appears', async () => {
    await save(TOBIAS);
    expect((await db.messages.get(key(TOBIAS)))!.state).toBe('awaiting');
    await save(KATRIN_REPLY);
    expect((await db.messages.get(key(TOBIAS)))!.state).toBe('answered');
    expect((await triage()['messages/triage']({ limit: 10 }, TAB)).counts.awaiting).toBe(0);
  });

  it('does the same when the reply was stored first (a page read in another order)', async () => {
    await save(KATRIN_REPLY);
    await save(TOBIAS);
    expect((await db.messages.get(key(TOBIAS)))!.state).toBe('answered');
  });

  it('leaves a message that came after the reply, and other threads, waiting', async () => {
    const later = { ...TOBIAS, siteMessageId: 'later-nudge', sentAt: '2026-09-20T08:00:00Z' };
    await save(TOBIAS, KATRIN_REPLY, later, SASKIA);
    expect((await db.messages.get(key(later)))!.state).toBe('awaiting');
    expect((await db.messages.get(key(SASKIA)))!.state).toBe('awaiting');
  });
});

describe('messages/set-state', () => {
  it('sets a state and answers the new counts', async () => {
    await save(TOBIAS, SASKIA);
    const done = await triage()['messages/set-state']({ key: key(SASKIA), state: 'dismissed' }, TAB);
    expect(done).toEqual({ key: key(SASKIA), state: 'dismissed', counts: { awaiting: 1, unsure: 0, spam: 0 } });
    const back = await triage()['messages/set-state']({ key: key(SASKIA), state: 'awaiting' }, TAB);
    expect(back.counts.awaiting).toBe(2);
  });

  it('refuses unknown keys and states, and the candidate\'s own messages', async () => {
    await save(KATRIN_REPLY);
    const setState = triage()['messages/set-state'];
    await expect(setState({ key: 'gmail:none', state: 'answered' }, TAB)).rejects.toThrow('No stored message has this key.');
    await expect(setState({ key: key(KATRIN_REPLY), state: 'awaiting' }, TAB)).rejects.toThrow(/own messages/);
    await expect(setState({ key: key(KATRIN_REPLY), state: 'later' as never }, TAB)).rejects.toMatchObject({ code: 'bad-request' });
  });
});

describe('recruiters/add', () => {
  it('files a later e-mail from the same address under the recruiter added by hand, trusted', async () => {
    const { recruiter } = await triage()['recruiters/add']({ recruiter: { name: 'Saskia de Groot', email: 'Saskia@QuokkaDocs.com', note: 'Met at JSConf' } }, TAB);
    expect(recruiter).toMatchObject({ displayName: 'Saskia de Groot', trust: 'trusted', note: 'Met at JSConf', messageCount: 0 });
    expect(recruiter.identities).toContain('email:saskia@quokkadocs.com');
    const [saved] = await save(SASKIA);
    expect(saved).toMatchObject({ recruiterId: recruiter.id, trust: 'trusted' });
    expect(await db.recruiters.count()).toBe(1);
    expect((await db.recruiters.get(recruiter.id))!.messageCount).toBe(1);
  });

  it('files a later LinkedIn message from the same profile under it, and one recruiter across LinkedIn and e-mail', async () => {
    const { recruiter } = await triage()['recruiters/add'](
      { recruiter: { name: 'Sophie Brandauer', profileUrl: 'linkedin.com/in/Sophie-Brandauer-3a91b2', email: 'sophie@kranich-health.de', trust: 'neutral' } },
      TAB,
    );
    expect(recruiter.identities).toEqual(expect.arrayContaining(['li:sophie-brandauer-3a91b2', 'email:sophie@kranich-health.de']));
    const [saved] = await save(SOPHIE);
    expect(saved!.recruiterId).toBe(recruiter.id);
    expect(saved!.trust).toBe('neutral');
  });

  it('completes a recruiter already known by one of the identities instead of adding a second', async () => {
    const [saved] = await save(SASKIA);
    const { recruiter } = await triage()['recruiters/add']({ recruiter: { name: 'Saskia de Groot', email: 'saskia@quokkadocs.com', profileUrl: 'https://www.linkedin.com/in/saskia-dg/' } }, TAB);
    expect(recruiter.id).toBe(saved!.recruiterId);
    expect(recruiter).toMatchObject({ trust: 'trusted', messageCount: 1 });
    expect(recruiter.identities).toContain('li:saskia-dg');
    expect(await db.recruiters.count()).toBe(1);
  });

  it('refuses a recruiter it could never recognise, and bad fields, each in a sentence', async () => {
    const add = triage()['recruiters/add'];
    await expect(add({ recruiter: { name: 'Jo' } }, TAB)).rejects.toThrow(/LinkedIn profile address, an e-mail address, or a full name with a company/);
    await expect(add({ recruiter: { name: 'Jo', email: 'not an address' } }, TAB)).rejects.toMatchObject({
      code: 'bad-request',
      details: ['"email" is not an e-mail address: "not an address".'],
    });
    await expect(add({ recruiter: { name: 'Jo', profileUrl: 'https://example.com/in/jo' } }, TAB)).rejects.toMatchObject({ code: 'bad-request' });
    await expect(add({ recruiter: { name: '', email: 'jo@x.example', trust: 'best' as never } }, TAB)).rejects.toMatchObject({
      details: [expect.stringMatching(/"name"/), expect.stringMatching(/"trust"/)],
    });
    expect(await db.recruiters.count()).toBe(0);
  });
});

describe('replies/deliver', () => {
  it('asks the tabs of the message\'s site, the one at the thread\'s address first, and stops at the first that inserted', async () => {
    await save(TOBIAS);
    const tabs = new FakeTabs(
      [
        { id: 1, url: 'https://mail.google.com/mail/u/0/#inbox', active: true },
        { id: 2, url: TOBIAS.threadUrl! },
        { id: 3, url: 'https://mail.google.com/mail/u/1/#inbox' },
      ],
      { 1: inserted, 2: new Error('Could not establish connection. Receiving end does not exist.'), 3: inserted },
    );
    const delivered = await triage({ tabs })['replies/deliver']({ key: key(TOBIAS), text: 'Hello Tobias' }, TAB);
    expect(tabs.queried).toEqual([SITE_TAB_PATTERNS.gmail]);
    expect(tabs.asked).toEqual([2, 1]);
    expect(tabs.messages[0]).toEqual({
      channel: CHANNEL,
      type: 'tab/insert-reply',
      payload: { key: key(TOBIAS), threadKey: TOBIAS.threadKey, text: 'Hello Tobias' },
    });
    expect(delivered).toEqual({ delivered: 'inserted', tabId: 1, threadUrl: TOBIAS.threadUrl });
  });

  it('answers not-open with the thread\'s address when no tab shows the thread', async () => {
    await save(TOBIAS, SASKIA);
    const tabs = new FakeTabs([{ id: 4, url: 'https://mail.google.com/mail/u/0/#inbox' }, { id: 5 }], { 4: notHere, 5: undefined });
    expect(await triage({ tabs })['replies/deliver']({ key: key(TOBIAS), text: 'Hello' }, TAB)).toEqual({ delivered: 'not-open', tabId: null, threadUrl: TOBIAS.threadUrl });
    expect(tabs.asked).toEqual([4, 5]);
    expect(await triage({ tabs: null })['replies/deliver']({ key: key(SASKIA), text: 'Hello' }, TAB)).toEqual({ delivered: 'not-open', tabId: null, threadUrl: null });
  });

  it('refuses an unknown message or an empty reply', async () => {
    const deliver = triage({ tabs: new FakeTabs([], {}) })['replies/deliver'];
    await expect(deliver({ key: 'gmail:none', text: 'Hi' }, TAB)).rejects.toThrow('No stored message has this key.');
    await expect(deliver({ key: 'gmail:none', text: '' }, TAB)).rejects.toMatchObject({ code: 'bad-request' });
  });
});

describe('toolbar badge', () => {
  it('shows the number of targeted messages awaiting a reply, and nothing once they are answered', async () => {
    const action = new FakeAction();
    await refreshToolbarBadge(db, action);
    expect(action).toMatchObject({ text: '', title: 'Recruiter Ally: no targeted messages await your reply' });
    await save(TOBIAS);
    await refreshToolbarBadge(db, action);
    expect(action).toMatchObject({ text: '1', color: BADGE_COLOR, title: '1 targeted message awaits your reply' });
    await save(SASKIA, MERIDIAN);
    expect(await refreshToolbarBadge(db, action)).toBe(2);
    expect(action).toMatchObject({ text: '2', title: '2 targeted messages await your reply' });
    await save(KATRIN_REPLY);
    await refreshToolbarBadge(db, action);
    expect(action.text).toBe('1');
  });

  it('follows set-state through the handler', async () => {
    const action = new FakeAction();
    await save(SASKIA);
    await triage({ action })['messages/set-state']({ key: key(SASKIA), state: 'answered' }, TAB);
    expect(action.text).toBe('');
  });

  it('keeps large numbers short and never fails the change that called it', async () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(42)).toBe('42');
    expect(badgeText(12_345)).toBe('999+');
    const broken: BadgeAction = {
      setBadgeText: () => Promise.reject(new Error('no action API')),
      setBadgeBackgroundColor: () => undefined,
      setTitle: () => undefined,
    };
    expect(await refreshToolbarBadge(db, broken)).toBeNull();
  });
});
