import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import type { IncomingMessage } from '../../src/core/message';
import { RecruiterAllyDb } from '../../src/db/database';
import { loadLearnedState } from '../../src/db/repositories/corrections';
import { createDispatcher, type Handlers, type SenderInfo } from '../../src/messaging/dispatch';
import { CHANNEL, type SavedMessage } from '../../src/messaging/protocol';
import { ROWS_V2 } from '../db/realistic-rows';
import { KATRIN } from '../fixtures/profiles';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const DAY = 86_400_000;
const TAB: SenderInfo = { id: 'own', tabId: 3, url: 'https://www.linkedin.com/messaging/' };

/** One blanket template, sent by several recruiters with their own names swapped in. */
function template(recruiter: string, agency: string): string {
  return (
    `Hi Katrin,\n\nI'm ${recruiter} from ${agency}. I came across your profile and think you'd be a great fit for an exciting opportunity ` +
    'with one of our clients, a fast-growing scale-up that is building a world-class engineering team. The role offers a competitive ' +
    'salary, flexible working and the chance to make a real impact from day one.\n\nWould you be open to a quick call this week to discuss? ' +
    `Please send me your updated CV and your availability.\n\nBest regards,\n${recruiter}`
  );
}

function linkedIn(id: string, name: string, agency: string, body: string, sentAt: string, extra: Partial<IncomingMessage> = {}): IncomingMessage {
  return {
    site: 'linkedin',
    siteMessageId: `urn:li:msg_message:(urn:li:fsd_profile:ACoAAB${id},2-${id})`,
    threadKey: `urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAB${id},2-thread-${id})`,
    sender: { name, headline: `Senior Recruiter at ${agency}`, company: agency },
    subject: null,
    body,
    sentAt,
    isOwn: false,
    inMail: true,
    recipientCount: null,
    ...extra,
  };
}

const LENA = linkedIn('lena1', 'Lena Hartmann', 'Talentbrücke', template('Lena Hartmann', 'Talentbrücke'), '2026-11-10T09:00:00Z');
const TOM = linkedIn('tom1', 'Tom Becker', 'Fernweh Recruiting', template('Tom Becker', 'Fernweh Recruiting'), '2026-11-12T10:30:00Z');
const UTE = linkedIn('ute1', 'Ute Brandt', 'Nordwind Personal', template('Ute Brandt', 'Nordwind Personal'), '2026-11-19T16:45:00Z');

/** What a site adapter sends for one of the realistic stored messages. */
function incomingFrom(i: number): IncomingMessage {
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
  };
}

const SOPHIE = incomingFrom(1);
const SOPHIE_NUDGE = incomingFrom(4);
const TOBIAS = incomingFrom(6);
const KATRIN_REPLY = incomingFrom(7);
const SASKIA = incomingFrom(13);

const key = (m: IncomingMessage): string => `${m.site}:${m.siteMessageId}`;

let factory: IDBFactory;
let db: RecruiterAllyDb;
let handlers: Handlers;
let opened = 0;
let name: string;

/** A worker on the database, as the service worker builds it when it starts. */
function startWorker(): Handlers {
  return createHandlers(db, { now: () => NOW });
}

/** Closes the database and opens it again with a new worker: all the old one knew is gone from memory. */
async function restartWorker(): Promise<void> {
  db.close();
  db = new RecruiterAllyDb(name, { indexedDB: factory, IDBKeyRange });
  await db.open();
  handlers = startWorker();
}

async function save(...messages: IncomingMessage[]): Promise<SavedMessage[]> {
  return (await handlers['messages/save']({ messages }, TAB)).saved;
}

beforeEach(async () => {
  opened += 1;
  name = `scoring-${opened}`;
  factory = new IDBFactory();
  db = new RecruiterAllyDb(name, { indexedDB: factory, IDBKeyRange });
  handlers = startWorker();
  await handlers['profile/save']({ profile: KATRIN }, TAB);
});

afterEach(() => db.close());

describe('messages/save scores as it stores', () => {
  it('answers each new message with its verdict and the reasons, and stores them with everything the next message looks up', async () => {
    const [saved] = await save(SASKIA);
    expect(saved).toMatchObject({ key: key(SASKIA), isNew: true, label: 'targeted' });
    expect(saved!.score).toBeGreaterThanOrEqual(60);
    expect(saved!.reasons.length).toBeGreaterThan(0);

    const stored = (await db.messages.get(key(SASKIA)))!;
    expect(stored).toMatchObject({ label: saved!.label, score: saved!.score, reasons: saved!.reasons, language: 'en', agency: 'domain:quokkadocs.com' });
    expect(stored.identities).toContain('email:saskia@quokkadocs.com');
    expect(stored.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(stored.bands.length).toBeGreaterThan(0);
    const recruiter = (await db.recruiters.get(stored.recruiterId!))!;
    expect(recruiter).toMatchObject({ displayName: 'Saskia de Groot', trust: 'neutral', messageCount: 1 });
  });

  it('answers a known message with its stored verdict, without counting it again', async () => {
    const [first] = await save(SASKIA);
    const [again] = await save(SASKIA);
    expect(again).toEqual({ ...first, isNew: false });
    expect((await db.recruiters.toArray()).map((r) => r.messageCount)).toEqual([1]);
  });

  it('scores a batch in order, so a follow-up sees the verdict of the message it follows in the thread', async () => {
    const [first, nudge] = await save(SOPHIE, SOPHIE_NUDGE);
    expect(first!.label).toBe('targeted');
    expect(nudge!.label).toBe('targeted');
    expect(nudge!.reasons).toContain('Follows up on a targeted message in this conversation');
    const recruiters = await db.recruiters.toArray();
    expect(recruiters).toHaveLength(1);
    expect(recruiters[0]).toMatchObject({ messageCount: 2, lastContactAt: Date.parse('2026-09-09T08:20:00Z') });
  });

  it("stores the candidate's own reply without a verdict or a recruiter, and marks the thread's earlier messages answered", async () => {
    await save(TOBIAS);
    expect((await db.messages.get(key(TOBIAS)))?.state).toBe('awaiting');
    const [reply] = await save(KATRIN_REPLY);
    expect(reply).toMatchObject({ recruiterId: null, trust: null });
    expect(reply).toMatchObject({ key: key(KATRIN_REPLY), isNew: true, label: 'unscored', score: null, reasons: [] });
    expect((await db.messages.get(key(TOBIAS)))?.state).toBe('answered');
    expect(await db.messages.get(key(KATRIN_REPLY))).toMatchObject({ state: 'answered', label: 'unscored' });
    expect((await db.messages.get(key(KATRIN_REPLY)))?.recruiterId).toBeUndefined();
    expect(await db.recruiters.count()).toBe(1);
  });

  it('files a message as answered when the reply reached the worker first', async () => {
    await save(KATRIN_REPLY, TOBIAS);
    expect((await db.messages.get(key(TOBIAS)))?.state).toBe('answered');
  });

  it("leaves later messages and other threads awaiting when the candidate replies", async () => {
    const later = { ...TOBIAS, siteMessageId: 'later-nudge', sentAt: '2026-09-20T08:00:00Z', body: 'Hallo Katrin, kurze Nachfrage: passt Ihnen Donnerstag?' };
    await save(TOBIAS, SASKIA, later, KATRIN_REPLY);
    const states = await db.messages.bulkGet([key(TOBIAS), key(later), key(SASKIA)]);
    expect(states.map((m) => m?.state)).toEqual(['answered', 'awaiting', 'awaiting']);
  });

  it('scores without a profile, from what the message itself shows', async () => {
    await db.profile.clear();
    const [saved] = await save(LENA);
    expect(saved!.label).toBe('spam');
  });
});

describe('list-row previews', () => {
  it('stores a row preview, then replaces it with the full message and its new verdict', async () => {
    const preview: IncomingMessage = { ...TOBIAS, body: TOBIAS.body.slice(0, 60), isPreview: true };
    const [first] = await save(preview);
    expect(first).toMatchObject({ isNew: true });
    expect((await db.messages.get(key(TOBIAS)))?.body).toBe(preview.body);

    const [full] = await save(TOBIAS);
    expect(full).toMatchObject({ key: key(TOBIAS), isNew: false });
    const stored = await db.messages.get(key(TOBIAS));
    expect(stored?.body).toBe(TOBIAS.body);
    expect(stored?.isPreview).toBeUndefined();
    expect(await db.messages.count()).toBe(1);

    // A preview seen after the full message changes nothing.
    await save(preview);
    expect((await db.messages.get(key(TOBIAS)))?.body).toBe(TOBIAS.body);
  });
});

describe('row previews of conversations read in full', () => {
  it('answers a row preview with the verdict of its conversation, and drops stale previews', async () => {
    const rowKey = { ...TOBIAS, siteMessageId: 'row:conversation-1', body: TOBIAS.body.slice(0, 50), isPreview: true };
    await save(rowKey);
    expect(await db.messages.get(key(rowKey))).toBeDefined();
    const [full] = await save(TOBIAS);
    // The full message supersedes the preview of its conversation.
    expect(await db.messages.get(key(rowKey))).toBeUndefined();
    const [again] = await save(rowKey);
    expect(again).toMatchObject({ key: full!.key, label: full!.label, isNew: false });
    expect(await db.messages.count()).toBe(1);
  });
});

describe('messages/correct and corrections/undo', () => {
  it('changes the verdict of a near-duplicate stored message at once, and undo restores both', async () => {
    const [lena] = await save(LENA);
    const [tom] = await save(TOM);
    expect(lena!.label).toBe('spam');
    expect(tom!.label).toBe('spam');
    expect(tom!.reasons).toContain('Same text as 1 other recruiter sent you this month');

    const corrected = await handlers['messages/correct']({ key: key(LENA), label: 'targeted' }, TAB);
    expect(corrected.verdict).toMatchObject({ key: key(LENA), label: 'targeted' });
    expect(corrected.verdict.reasons[0]).toBe('You marked this message as targeted');
    expect(corrected.rescored).toEqual([{ key: key(TOM), label: 'targeted', score: expect.any(Number), reasons: expect.any(Array) }]);
    const tomNow = (await db.messages.get(key(TOM)))!;
    expect(tomNow.label).toBe('targeted');
    expect(tomNow.reasons[0]).toBe('You marked a message with the same text as targeted');
    expect(tomNow.corrected).toBeUndefined();
    expect(await db.messages.get(key(LENA))).toMatchObject({ label: 'targeted', corrected: true });

    const correction = (await db.corrections.get(corrected.correctionId))!;
    expect(correction).toMatchObject({ messageKey: key(LENA), from: 'spam', to: 'targeted', createdAt: NOW });
    expect(correction.features).toContain('s:linkedin');
    expect(correction.ruleLogits).toEqual([0, 3, 0]);
    expect((await loadLearnedState(db)).exemplars).toEqual([{ fingerprint: correction.fingerprint, label: 'targeted', key: key(LENA) }]);

    const undone = await handlers['corrections/undo']({ id: corrected.correctionId }, TAB);
    expect(undone.verdict).toEqual({ key: key(LENA), label: lena!.label, score: lena!.score, reasons: lena!.reasons });
    expect(undone.rescored).toEqual([{ key: key(TOM), label: tom!.label, score: tom!.score, reasons: tom!.reasons }]);
    expect(await db.messages.get(key(TOM))).toMatchObject({ label: tom!.label, score: tom!.score, reasons: tom!.reasons });
    const lenaNow = (await db.messages.get(key(LENA)))!;
    expect(lenaNow).toMatchObject({ label: lena!.label, score: lena!.score, reasons: lena!.reasons });
    expect(lenaNow).not.toHaveProperty('corrected');
    expect((await db.corrections.get(corrected.correctionId))?.undoneAt).toBe(NOW);
    expect(await loadLearnedState(db)).toMatchObject({ updates: 0, exemplars: [] });
  });

  it('keeps applying after the worker restarts: the learned state comes back from the database', async () => {
    await save(LENA);
    await handlers['messages/correct']({ key: key(LENA), label: 'targeted' }, TAB);
    await restartWorker();
    expect((await loadLearnedState(db)).updates).toBe(1);

    const [ute] = await save(UTE);
    expect(ute!.label).toBe('targeted');
    expect(ute!.reasons).toContain('You marked a message with the same text as targeted');
  });

  it('rescores the rest of the thread when its first message is corrected', async () => {
    const nudge = linkedIn('lena1', 'Lena Hartmann', 'Talentbrücke', 'Hi Katrin, just bumping this up in your inbox. Any thoughts?', '2026-11-13T09:00:00Z', {
      siteMessageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAABlena1,2-nudge)',
    });
    const [, before] = await save(LENA, nudge);
    expect(before!.reasons).toContain('Follows up on blanket outreach in this conversation');
    const { rescored } = await handlers['messages/correct']({ key: key(LENA), label: 'other' }, TAB);
    expect(rescored).toEqual([{ key: key(nudge), label: 'other', score: expect.any(Number), reasons: expect.any(Array) }]);
    expect((await db.messages.get(key(nudge)))?.reasons).toContain('Continues a conversation that is not recruiter outreach');
  });

  it('leaves messages the candidate corrected alone when a similar one is corrected', async () => {
    await save(LENA, TOM);
    await handlers['messages/correct']({ key: key(TOM), label: 'other' }, TAB);
    const { rescored } = await handlers['messages/correct']({ key: key(LENA), label: 'targeted' }, TAB);
    expect(rescored).toEqual([]);
    expect(await db.messages.get(key(TOM))).toMatchObject({ label: 'other', corrected: true });
  });

  it('keeps an earlier correction of the same message standing when the later one is undone', async () => {
    await save(LENA);
    await handlers['messages/correct']({ key: key(LENA), label: 'other' }, TAB);
    const second = await handlers['messages/correct']({ key: key(LENA), label: 'targeted' }, TAB);
    const { verdict } = await handlers['corrections/undo']({ id: second.correctionId }, TAB);
    expect(verdict).toMatchObject({ label: 'other' });
    expect(await db.messages.get(key(LENA))).toMatchObject({ label: 'other', corrected: true });
    expect((await loadLearnedState(db)).exemplars.map((e) => e.label)).toEqual(['other']);
  });

  it('lists corrections newest first, with when they were undone', async () => {
    await save(LENA, TOM);
    const first = await handlers['messages/correct']({ key: key(LENA), label: 'targeted' }, TAB);
    const second = await handlers['messages/correct']({ key: key(TOM), label: 'other' }, TAB);
    await handlers['corrections/undo']({ id: first.correctionId }, TAB);
    expect(await handlers['corrections/list']({ limit: 10 }, TAB)).toEqual({
      corrections: [
        { id: second.correctionId, messageKey: key(TOM), from: 'targeted', to: 'other', createdAt: NOW, undoneAt: null },
        { id: first.correctionId, messageKey: key(LENA), from: 'spam', to: 'targeted', createdAt: NOW, undoneAt: NOW },
      ],
      total: 2,
    });
  });
});

async function recruiterIdOf(message: IncomingMessage): Promise<string> {
  return (await db.messages.get(key(message)))!.recruiterId!;
}

describe('recruiters/set-trust and recruiters/list', () => {
  it('never lets a trusted recruiter be spam, and rescores their messages at once', async () => {
    await save(LENA);
    const id = await recruiterIdOf(LENA);
    const reply = await handlers['recruiters/set-trust']({ recruiterId: id, trust: 'trusted', note: 'Placed a friend last year.' }, TAB);
    expect(reply.recruiter).toMatchObject({ id, trust: 'trusted', note: 'Placed a friend last year.' });
    expect(reply.rescored).toEqual([{ key: key(LENA), label: 'unsure', score: expect.any(Number), reasons: expect.arrayContaining(['From a recruiter you trust, so never spam']) }]);
    expect((await db.messages.get(key(LENA)))?.reasons).toContain('From a recruiter you trust, so never spam');
    // And for what they send next.
    const next = { ...LENA, siteMessageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAABlena1,2-second)', sentAt: '2026-11-18T09:00:00Z' };
    expect((await save(next))[0]!.label).not.toBe('spam');
  });

  it('never lets a muted recruiter be targeted, also not through a correction of a near copy', async () => {
    await save(SASKIA, TOM);
    await handlers['recruiters/set-trust']({ recruiterId: await recruiterIdOf(TOM), trust: 'muted' }, TAB);
    const { rescored } = await handlers['recruiters/set-trust']({ recruiterId: await recruiterIdOf(SASKIA), trust: 'muted' }, TAB);
    expect(rescored).toEqual([{ key: key(SASKIA), label: 'spam', score: expect.any(Number), reasons: expect.arrayContaining(['From a recruiter you muted']) }]);
    expect((await db.messages.get(key(SASKIA)))?.reasons[0]).toBe('From a recruiter you muted');

    await save(LENA);
    const corrected = await handlers['messages/correct']({ key: key(LENA), label: 'targeted' }, TAB);
    // Tom's copy follows the correction, then his muting overrides it.
    expect(corrected.rescored.filter((r) => r.key === key(TOM)).map((r) => r.label)).not.toContain('targeted');
    const tom = (await db.messages.get(key(TOM)))!;
    expect(tom.label).toBe('spam');
    expect(tom.reasons).toEqual(expect.arrayContaining(['From a recruiter you muted', 'You marked a message with the same text as targeted']));
  });

  it('keeps what the candidate corrected when the trust changes', async () => {
    await save(LENA);
    await handlers['messages/correct']({ key: key(LENA), label: 'targeted' }, TAB);
    const { rescored } = await handlers['recruiters/set-trust']({ recruiterId: await recruiterIdOf(LENA), trust: 'muted' }, TAB);
    expect(rescored).toEqual([]);
    expect((await db.messages.get(key(LENA)))?.label).toBe('targeted');
  });

  it('lists recruiters most recently in touch first, narrowed to one standing on request', async () => {
    await save(SOPHIE, TOBIAS, SASKIA);
    await handlers['recruiters/set-trust']({ recruiterId: await recruiterIdOf(TOBIAS), trust: 'trusted' }, TAB);
    const all = await handlers['recruiters/list']({ limit: 10 }, TAB);
    expect(all.total).toBe(3);
    expect(all.recruiters.map((r) => r.displayName)).toEqual(['Saskia de Groot', 'Tobias Feldmann', 'Sophie Brandauer']);
    const trusted = await handlers['recruiters/list']({ limit: 10, trust: 'trusted' }, TAB);
    expect(trusted).toEqual({ recruiters: [expect.objectContaining({ displayName: 'Tobias Feldmann' })], total: 1 });
  });
});

describe('requests the worker refuses', () => {
  it.each([
    ['no payload', null, ['"key" must be the key of a stored message, a text of 1 to 2020 characters.', '"label" must be one of: targeted, spam, other.']],
    ['an empty key', { key: '', label: 'spam' }, ['"key" must be the key of a stored message, a text of 1 to 2020 characters.']],
    ['a label the candidate cannot choose', { key: 'gmail:x', label: 'unsure' }, ['"label" must be one of: targeted, spam, other.']],
  ])('refuses a correction with %s', async (_what, payload, details) => {
    await expect(handlers['messages/correct'](payload as never, TAB)).rejects.toMatchObject({
      code: 'bad-request',
      message: 'A correction needs the key of a stored message and a label.',
      details,
    });
    expect(await db.corrections.count()).toBe(0);
  });

  it('refuses to correct a message it never stored, or the candidate\'s own', async () => {
    await expect(handlers['messages/correct']({ key: 'linkedin:nothing', label: 'spam' }, TAB)).rejects.toMatchObject({
      code: 'bad-request',
      message: 'No stored message has this key.',
    });
    await save(KATRIN_REPLY);
    await expect(handlers['messages/correct']({ key: key(KATRIN_REPLY), label: 'spam' }, TAB)).rejects.toMatchObject({
      code: 'bad-request',
      message: 'Your own messages carry no verdict to correct.',
    });
    expect(await db.corrections.count()).toBe(0);
    expect((await loadLearnedState(db)).updates).toBe(0);
  });

  it.each([[null], [{ id: 0 }], [{ id: 1.5 }], [{ id: '1' }]])('refuses an undo of %j', async (payload) => {
    await expect(handlers['corrections/undo'](payload as never, TAB)).rejects.toMatchObject({
      code: 'bad-request',
      details: ['"id" must be the id of a correction, a whole number from 1.'],
    });
  });

  it('refuses an undo of an unknown correction or one undone before', async () => {
    await expect(handlers['corrections/undo']({ id: 41 }, TAB)).rejects.toMatchObject({ code: 'bad-request', message: 'No correction has the id 41.' });
    await save(LENA);
    const { correctionId } = await handlers['messages/correct']({ key: key(LENA), label: 'other' }, TAB);
    await handlers['corrections/undo']({ id: correctionId }, TAB);
    await expect(handlers['corrections/undo']({ id: correctionId }, TAB)).rejects.toMatchObject({
      code: 'bad-request',
      message: `Correction ${correctionId} was already undone.`,
    });
  });

  it('refuses a trust change with an unknown standing, a missing id, a bad note, or for a recruiter it does not know', async () => {
    await expect(handlers['recruiters/set-trust']({ recruiterId: '', trust: 'blocked', note: 7 } as never, TAB)).rejects.toMatchObject({
      code: 'bad-request',
      details: [
        '"recruiterId" must be the id of a recruiter, a text of 1 to 200 characters.',
        '"trust" must be one of: trusted, neutral, muted.',
        '"note" must be a text of at most 2000 characters, or left out.',
      ],
    });
    await expect(handlers['recruiters/set-trust']({ recruiterId: 'r-nobody', trust: 'muted' }, TAB)).rejects.toMatchObject({
      code: 'bad-request',
      message: 'No recruiter has this id.',
    });
  });

  it('refuses to narrow the recruiter list to an unknown standing, and clamps the page size', async () => {
    await expect(handlers['recruiters/list']({ limit: 5, trust: 'vip' } as never, TAB)).rejects.toMatchObject({ code: 'bad-request' });
    await save(SOPHIE, TOBIAS);
    expect((await handlers['recruiters/list']({ limit: 0 }, TAB)).recruiters).toHaveLength(1);
    expect((await handlers['recruiters/list'](null as never, TAB)).recruiters).toHaveLength(1);
  });

  it('answers a content script with the details through the dispatcher', async () => {
    const dispatch = createDispatcher(handlers, 'own');
    const reply = await dispatch({ channel: CHANNEL, type: 'messages/correct', payload: { key: 'gmail:x', label: 'maybe' } }, TAB);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'A correction needs the key of a stored message and a label.', details: ['"label" must be one of: targeted, spam, other.'] },
    });
  });
});

describe('a restarted worker', () => {
  it('still knows the recruiters and their trust', async () => {
    await save(SASKIA);
    const id = (await db.messages.get(key(SASKIA)))!.recruiterId!;
    await handlers['recruiters/set-trust']({ recruiterId: id, trust: 'muted' }, TAB);
    await restartWorker();
    // A new role from her, in a new thread, that the rules alone would call targeted.
    const next: IncomingMessage = {
      ...SASKIA,
      siteMessageId: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAN3w1Xq8mRbLs2e7ZkA9pQo=',
      threadKey: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAJ8s0Dk2Wv3Mq6nYe1cTbRg=',
      subject: 'Staff Frontend Engineer (design system), remote in Germany',
      body: SASKIA.body.replace('Senior Frontend Engineer, permanent', 'Staff Frontend Engineer for our design system, permanent'),
      sentAt: new Date(NOW - DAY).toISOString(),
    };
    const [saved] = await save(next);
    expect(saved!.label).toBe('spam');
    expect(saved!.reasons).toContain('From a recruiter you muted');
    expect((await db.recruiters.get(id))?.messageCount).toBe(2);
  });
});
