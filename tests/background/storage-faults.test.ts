import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import type { IncomingMessage } from '../../src/core/message';
import type { RecruiterAllyDb } from '../../src/db/database';
import { createDispatcher, storageFailure } from '../../src/messaging/dispatch';
import { CHANNEL } from '../../src/messaging/protocol';
import { KATRIN } from '../fixtures/profiles';
import { createTestDb } from '../db/test-db';

// A write the browser refuses (disk full, quota exceeded) reaches the candidate as a clear sentence,
// and the data already stored stays exactly as it was.

const NOW = Date.parse('2026-11-20T09:00:00Z');
const SENDER = { id: 'own' };

function message(id: number): IncomingMessage {
  return {
    site: 'gmail',
    siteMessageId: `msg-${id}`,
    threadKey: `thread-${id}`,
    sender: { name: 'Jonas Reiter', email: 'jonas@parcelo.example', company: 'Parcelo' },
    subject: 'Senior Frontend Engineer, Berlin',
    body: `Hi Katrin, I saw your work on the Funke design system. Message ${id}.`,
    sentAt: '2026-11-19T10:00:00Z',
    isOwn: false,
    recipientCount: 1,
  };
}

function quotaError(): Error {
  // What IndexedDB raises when the origin's quota is used up.
  return Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
}

let db: RecruiterAllyDb;

beforeEach(() => {
  db = createTestDb();
});
afterEach(() => db.close());

describe('storage faults', () => {
  it('an over-quota write while saving messages: a sentence for the candidate, the stored messages and profile unchanged', async () => {
    const dispatch = createDispatcher(createHandlers(db, { now: () => NOW }), 'own');
    const send = (type: string, payload: unknown) => dispatch({ channel: CHANNEL, type, payload }, SENDER);
    expect(await send('profile/save', { profile: KATRIN })).toMatchObject({ ok: true });
    expect(await send('messages/save', { messages: [message(1), message(2)] })).toMatchObject({ ok: true });
    const before = await db.messages.toArray();

    // From now on the browser refuses every new message row.
    db.messages.hook('creating', () => {
      throw quotaError();
    });
    const reply = await send('messages/save', { messages: [message(3), message(4)] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    const text = reply && !reply.ok ? reply.error.message : '';
    expect(text).toMatch(/storage .* is full/);
    expect(text).toMatch(/nothing was saved/);
    expect(await db.messages.toArray()).toEqual(before);
    expect((await db.profile.get('me'))?.name).toBe(KATRIN.name);
  });

  it('recognises the cause inside Dexie wrappers and tells other storage failures apart from bugs', () => {
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quotaError() });
    expect(storageFailure(wrapped)).toMatch(/is full/);
    expect(storageFailure(Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }))).toMatch(/could not write/);
    expect(storageFailure(new TypeError('x is undefined'))).toBeNull();
    expect(storageFailure(undefined)).toBeNull();
  });
});
