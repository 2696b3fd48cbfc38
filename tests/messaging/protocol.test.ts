import { describe, expect, it } from 'vitest';
import { CHANNEL, isEnvelope, isResult } from '../../src/messaging/protocol';

describe('isEnvelope', () => {
  it('recognises our messages on the shared runtime channel', () => {
    expect(isEnvelope({ channel: CHANNEL, type: 'sites/status', payload: {} })).toBe(true);
    // The payload may be anything the handler validates, even undefined, as long as it is there.
    expect(isEnvelope({ channel: CHANNEL, type: 'profile/save', payload: undefined })).toBe(true);
  });

  it("leaves other listeners' messages alone", () => {
    const messages = [
      null,
      'sites/status',
      { type: 'sites/status', payload: {} },
      { channel: 'recruiter-ally/0', type: 'sites/status', payload: {} },
      { channel: CHANNEL, type: 7, payload: {} },
      { channel: CHANNEL, type: 'sites/status' },
    ];
    expect(messages.filter(isEnvelope)).toEqual([]);
  });
});

describe('isResult', () => {
  it('accepts a success with any value and a failure with a code and a message', () => {
    expect(isResult({ ok: true, value: null })).toBe(true);
    expect(isResult({ ok: true, value: undefined })).toBe(true);
    expect(isResult({ ok: false, error: { code: 'bad-request', message: 'The profile has problems.', details: ['x'] } })).toBe(true);
  });

  it('refuses what a worker without our listener might answer', () => {
    const replies = [
      undefined,
      null,
      true,
      { ok: true },
      { ok: 'yes', value: 1 },
      { ok: false },
      { ok: false, error: null },
      { ok: false, error: 'bad-request' },
      { ok: false, error: { code: 'bad-request' } },
      { ok: false, error: { message: 'no code' } },
    ];
    expect(replies.filter(isResult)).toEqual([]);
  });
});
