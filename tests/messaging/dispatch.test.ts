import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, HandlerError, type Handlers, type SenderInfo } from '../../src/messaging/dispatch';
import { CHANNEL, type MessageType, type RequestOf } from '../../src/messaging/protocol';

const OWN_ID = 'kcdbjpcmgbhkjbllfhlnkkgnbhpmmhcb';
const TAB: SenderInfo = { id: OWN_ID, tabId: 41, url: 'https://www.linkedin.com/messaging/' };

function envelope<K extends MessageType>(type: K, payload: RequestOf<K>) {
  return { channel: CHANNEL, type, payload };
}

/** A complete set of handlers answering fixed values; each test overrides what it needs. */
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'site/hello': () => ({ enabled: true }),
    'messages/save': () => ({ saved: [] }),
    'messages/correct': ({ key, label }) => ({ correctionId: 1, verdict: { key, label, score: 80, reasons: [] }, rescored: [] }),
    'corrections/undo': () => ({ verdict: null, rescored: [] }),
    'corrections/list': () => ({ corrections: [], total: 0 }),
    'recruiters/set-trust': () => {
      throw new HandlerError('bad-request', 'No recruiter has this id.');
    },
    'recruiters/list': () => ({ recruiters: [], total: 0 }),
    'messages/recent': () => ({ messages: [], total: 0 }),
    'sites/status': () => ({ sites: [] }),
    'sites/set-enabled': () => ({ sites: [] }),
    'replies/draft': () => ({ text: 'Hello,', language: 'en', messageLanguage: 'en', missing: [], custom: false }),
    'replies/deliver': () => ({ delivered: 'not-open', tabId: null, threadUrl: null }),
    'messages/triage': () => ({ targeted: [], unsure: [], spam: [], counts: { awaiting: 0, unsure: 0, spam: 0 } }),
    'messages/set-state': ({ key, state }) => ({ key, state, counts: { awaiting: 0, unsure: 0, spam: 0 } }),
    'recruiters/add': () => {
      throw new HandlerError('bad-request', 'A recruiter needs a name.');
    },
    'contacts/list': () => ({ contacts: [] }),
    'contacts/save': ({ contact }) => ({ contact: { id: 'c1', name: contact.name, createdAt: 1 } }),
    'contacts/remove': () => ({ removed: false }),
    'templates/list': () => ({ templates: [] }),
    'templates/save': () => {
      throw new HandlerError('bad-request', 'Unknown template.');
    },
    'templates/reset': () => ({ reset: 0 }),
    'data/export': () => ({ backup: {}, fileName: 'backup.json', counts: {} }),
    'data/import': () => ({ counts: {} }),
    'data/wipe': () => ({ wiped: true }),
    'sync/status': () => ({ enabled: false, lastPushedAt: null, lastPulledAt: null, bytesInUse: 0, quotaBytes: 102400, error: null }),
    'sync/set-enabled': ({ enabled }) => ({ enabled, lastPushedAt: null, lastPulledAt: null, bytesInUse: 0, quotaBytes: 102400, error: null }),
    'adhoc/current': () => ({ verdict: null }),
    'adhoc/score': ({ text }) => ({ verdict: { text, scoredAt: 1, label: 'other', score: 0, reasons: [] } }),
    'adhoc/draft': () => ({ text: 'Hello,', language: 'en', messageLanguage: 'und', missing: [], custom: false }),
    'profile/get': () => ({ profile: null }),
    'profile/save': ({ profile }) => ({ profile: profile as { name: string }, savedAt: 1 }),
    ...overrides,
  };
}

describe('createDispatcher', () => {
  it('calls the handler of the type with the payload and the sender, and wraps its answer', async () => {
    const hello = vi.fn<Handlers['site/hello']>(() => ({ enabled: false }));
    const dispatch = createDispatcher(handlers({ 'site/hello': hello }), OWN_ID);
    const payload = { site: 'linkedin', view: 'messaging', health: 'ok' } as const;
    expect(await dispatch(envelope('site/hello', payload), TAB)).toEqual({ ok: true, value: { enabled: false } });
    expect(hello).toHaveBeenCalledWith(payload, TAB);
  });

  it('resolves a thenable answer (as Dexie returns) into a plain value', async () => {
    // Dexie.Promise is not a native promise; a runtime.onMessage listener would drop it.
    const dispatch = createDispatcher(handlers({ 'profile/get': () => Dexie.Promise.resolve({ profile: null }) }));
    expect(await dispatch(envelope('profile/get', {}), TAB)).toEqual({ ok: true, value: { profile: null } });
  });

  it('answers undefined to messages that are not ours, so another listener may take them', async () => {
    const dispatch = createDispatcher(handlers(), OWN_ID);
    expect(await dispatch({ greeting: 'hello' }, TAB)).toBeUndefined();
    expect(await dispatch({ type: 'site/hello', payload: {} }, TAB)).toBeUndefined();
  });

  it('refuses messages from another extension, or from a sender without an id', async () => {
    const hello = vi.fn<Handlers['site/hello']>(() => ({ enabled: true }));
    const dispatch = createDispatcher(handlers({ 'site/hello': hello }), OWN_ID);
    const message = envelope('site/hello', { site: 'gmail', view: 'mailbox', health: 'ok' });
    const refused = { ok: false, error: { code: 'bad-request', message: 'Messages from other extensions are not accepted.' } };
    expect(await Promise.all([dispatch(message, { id: 'another-extension' }), dispatch(message, {})])).toEqual([refused, refused]);
    expect(hello).not.toHaveBeenCalled();
  });

  it('accepts any sender when no own id is given (tests, pages of the extension itself)', async () => {
    const dispatch = createDispatcher(handlers());
    expect(await dispatch(envelope('sites/status', {}), {})).toEqual({ ok: true, value: { sites: [] } });
  });

  it('answers unknown-type for a type no handler knows, including names every object inherits', async () => {
    const dispatch = createDispatcher(handlers(), OWN_ID);
    const types = ['scores/recompute', 'toString', 'constructor', '__proto__', 'hasOwnProperty'];
    const replies = await Promise.all(types.map((type) => dispatch({ channel: CHANNEL, type, payload: {} }, TAB)));
    expect(replies).toEqual(types.map((type) => ({ ok: false, error: { code: 'unknown-type', message: `No handler for "${type}".` } })));
  });

  it('passes on the code and every detail of a HandlerError', async () => {
    const dispatch = createDispatcher(
      handlers({
        'profile/save': () => {
          throw new HandlerError('bad-request', 'The profile has problems.', ['"name" is required and must be a non-empty text.']);
        },
      }),
    );
    expect(await dispatch(envelope('profile/save', { profile: {} }), TAB)).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: 'The profile has problems.',
        details: ['"name" is required and must be a non-empty text.'],
      },
    });
  });

  it('leaves details out of a HandlerError that has none', async () => {
    const dispatch = createDispatcher(
      handlers({
        'sites/status': async () => {
          throw new HandlerError('bad-request', 'No.');
        },
      }),
    );
    const reply = await dispatch(envelope('sites/status', {}), TAB);
    expect(reply).toStrictEqual({ ok: false, error: { code: 'bad-request', message: 'No.' } });
  });

  it('turns any other failure, thrown or rejected, into handler-failed naming the error', async () => {
    const dispatch = createDispatcher(
      handlers({
        'messages/recent': async () => {
          throw new TypeError("Cannot read properties of undefined (reading 'body')");
        },
        'sites/status': () => {
          throw 'database closed';
        },
      }),
    );
    expect(await dispatch(envelope('messages/recent', { limit: 50 }), TAB)).toEqual({
      ok: false,
      error: { code: 'handler-failed', message: "TypeError: Cannot read properties of undefined (reading 'body')" },
    });
    expect(await dispatch(envelope('sites/status', {}), TAB)).toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'database closed' },
    });
  });
});

describe('Handlers', () => {
  it('demands a handler for every message type, checked by tsc', async () => {
    const { 'profile/save': _left, ...incomplete } = handlers();
    // @ts-expect-error 'profile/save' is missing: an incomplete worker must not compile.
    const missingOne: Handlers = incomplete;
    // @ts-expect-error A handler must answer the response type of its message.
    const wrongAnswer: Handlers = { ...handlers(), 'site/hello': () => ({ enabled: 'yes' }) };
    void wrongAnswer;

    // At run time a missing handler (an older worker) answers unknown-type rather than throwing.
    expect(await createDispatcher(missingOne)(envelope('profile/save', { profile: {} }), TAB)).toEqual({
      ok: false,
      error: { code: 'unknown-type', message: 'No handler for "profile/save".' },
    });
  });
});
