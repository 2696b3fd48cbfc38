import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IncomingMessage } from '../../src/core/message';
import { DUPLICATE_WINDOW_MS } from '../../src/core/scoring/history';
import type { RecruiterAllyDb } from '../../src/db/database';
import type { MessageRecord } from '../../src/db/records';
import { HISTORY_LOOKUP_LIMIT, historyFor, type StoredHistoryQuery } from '../../src/db/repositories/history';
import { newRecord } from '../../src/db/repositories/messages';
import { ROWS_V2 } from './realistic-rows';
import { createTestDb } from './test-db';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T09:00:00Z');

/** One blanket template, sent by many recruiters with their names swapped in. */
function template(recruiter: string, agency: string): string {
  return (
    `Hi Katrin,\n\nI'm ${recruiter} from ${agency}. I came across your profile and think you'd be a great fit for an exciting opportunity ` +
    'with one of our clients, a fast-growing scale-up that is building a world-class engineering team. The role offers a competitive ' +
    'salary, flexible working and the chance to make a real impact from day one.\n\nWould you be open to a quick call this week to discuss? ' +
    `Please send me your updated CV and your availability.\n\nBest regards,\n${recruiter}`
  );
}

function incoming(id: string, overrides: Partial<IncomingMessage> = {}): IncomingMessage {
  return {
    site: 'gmail',
    siteMessageId: id,
    threadKey: `thread-${id}`,
    sender: { name: 'Lena Hartmann', email: 'lena.hartmann@talentbruecke.de', company: 'Talentbrücke' },
    subject: 'Exciting opportunity',
    body: template('Lena Hartmann', 'Talentbrücke'),
    sentAt: new Date(NOW - 10 * DAY).toISOString(),
    isOwn: false,
    recipientCount: 1,
    ...overrides,
  };
}

function stored(message: IncomingMessage, extra: Partial<MessageRecord> = {}): MessageRecord {
  return { ...newRecord(message, `${message.site}:${message.siteMessageId}`, NOW), label: 'spam', score: 12, reasons: ['Blanket'], ...extra };
}

function queryOf(record: MessageRecord, extra: Partial<StoredHistoryQuery> = {}): StoredHistoryQuery {
  return {
    key: record.key,
    threadKey: record.threadKey,
    identities: record.identities,
    agency: record.agency,
    fingerprint: record.fingerprint,
    sentAt: record.receivedAt,
    recruiterId: record.recruiterId ?? null,
    ...extra,
  };
}

let db: RecruiterAllyDb;
beforeEach(() => {
  db = createTestDb();
});
afterEach(() => db.close());

describe('historyFor', () => {
  it('finds the earlier messages of the thread, oldest first, with own replies and without the message itself', async () => {
    const thread = ROWS_V2.messages.filter((m) => m.threadKey === ROWS_V2.messages[6]!.threadKey);
    await db.messages.bulkAdd(structuredClone(ROWS_V2.messages));
    const reply = thread.find((m) => m.isOwn)!;
    const view = await historyFor(db, queryOf(reply));
    expect(view.thread.map((e) => [e.key, e.label, e.isOwn])).toEqual([[ROWS_V2.messages[6]!.key, 'targeted', false]]);

    const later = { ...queryOf(reply), key: 'gmail:a-later-follow-up', sentAt: reply.receivedAt + DAY };
    const next = await historyFor(db, later);
    // The candidate's reply is in the thread but carries no verdict to follow.
    expect(next.thread.map((e) => [e.isOwn, e.label])).toEqual([
      [false, 'targeted'],
      [true, null],
    ]);
  });

  it('counts a message filed under the same recruiter as theirs, even through another identity', async () => {
    const linkedin = stored(
      incoming('li-1', { site: 'linkedin', sender: { name: 'Lena Hartmann', profileUrl: 'https://www.linkedin.com/in/lena-hartmann-tb' }, body: 'Hi Katrin, quick question about your next move.' }),
      { recruiterId: 'r-lena' },
    );
    const email = stored(incoming('mail-1', { sentAt: new Date(NOW - 2 * DAY).toISOString(), body: 'Hallo Katrin, kurze Nachfrage zu meiner Nachricht.' }), { recruiterId: 'r-lena' });
    await db.messages.bulkAdd([linkedin, email]);
    expect(linkedin.identities.some((id) => email.identities.includes(id))).toBe(false);
    const view = await historyFor(db, queryOf(email));
    expect(view.sameSender.map((e) => e.key)).toEqual([linkedin.key]);
  });

  it('finds colleagues of the same agency, and near duplicates of the text from other recruiters within the window', async () => {
    const colleague = stored(incoming('colleague', { sender: { name: 'Jan Weber', email: 'jan.weber@talentbruecke.de' }, body: 'Hallo Katrin, ganz andere Rolle hier.' }));
    const copy = stored(
      incoming('copy', {
        sender: { name: 'Tom Becker', email: 'tom@fernweh-recruiting.de', company: 'Fernweh Recruiting' },
        body: template('Tom Becker', 'Fernweh Recruiting'),
        sentAt: new Date(NOW - 20 * DAY).toISOString(),
      }),
    );
    const oldCopy = stored(
      incoming('old-copy', {
        sender: { name: 'Ute Brandt', email: 'ute@nordwind-personal.de' },
        body: template('Ute Brandt', 'Nordwind Personal'),
        sentAt: new Date(NOW - 10 * DAY - DUPLICATE_WINDOW_MS - DAY).toISOString(),
      }),
    );
    const message = stored(incoming('new'));
    await db.messages.bulkAdd([colleague, copy, oldCopy]);
    const view = await historyFor(db, queryOf(message));
    expect(view.sameAgency.map((e) => e.key)).toEqual([colleague.key]);
    expect(view.nearDuplicates.map((e) => e.key)).toEqual([copy.key]);
  });

  it('leaves out messages received after the one being scored', async () => {
    const message = stored(incoming('first'));
    const later = stored(incoming('second', { threadKey: message.threadKey, sentAt: new Date(NOW).toISOString() }));
    await db.messages.bulkAdd([message, later]);
    const view = await historyFor(db, queryOf(message));
    expect(view).toEqual({ thread: [], sameSender: [], sameAgency: [], nearDuplicates: [] });
  });

  it('reads through the thread, recruiter, agency and band indexes', async () => {
    await db.messages.bulkAdd(structuredClone(ROWS_V2.messages));
    const where = vi.spyOn(db.messages, 'where');
    await historyFor(db, queryOf(ROWS_V2.messages[10]!));
    expect(where.mock.calls.map(([index]) => index).toSorted()).toEqual(['agency', 'bands', 'recruiterId', 'threadKey']);
  });

  it('stops a lookup at the limit, however long the thread', async () => {
    // Nothing but the thread links these: no text to fingerprint, no identity, no agency.
    const bare = { sender: { name: 'Lena' }, body: '', threadKey: 'thread-long' };
    const rows = Array.from({ length: HISTORY_LOOKUP_LIMIT + 30 }, (_, i) =>
      stored(incoming(`t-${i}`, { ...bare, sentAt: new Date(NOW - 9 * DAY + i * 60_000).toISOString() })),
    );
    await db.messages.bulkAdd(rows);
    const message = stored(incoming('t-last', { ...bare, sentAt: new Date(NOW).toISOString() }));
    expect(message.bands).toEqual([]);
    const view = await historyFor(db, queryOf(message));
    expect(view.thread).toHaveLength(HISTORY_LOOKUP_LIMIT);
  });

  it('looks up nothing it has no key for', async () => {
    await db.messages.bulkAdd(structuredClone(ROWS_V2.messages));
    const where = vi.spyOn(db.messages, 'where');
    const view = await historyFor(db, { key: null, threadKey: null, identities: [], agency: null, fingerprint: '0000000000000000', sentAt: NOW, recruiterId: null });
    expect(where).not.toHaveBeenCalled();
    expect(view).toEqual({ thread: [], sameSender: [], sameAgency: [], nearDuplicates: [] });
  });
});
