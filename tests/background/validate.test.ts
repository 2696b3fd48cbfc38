import { describe, expect, it } from 'vitest';
import { checkIncoming, LIMITS } from '../../src/background/validate';
import type { IncomingMessage } from '../../src/core/message';

const TOBIAS: IncomingMessage = {
  site: 'gmail',
  siteMessageId: '18e9c35b20f4a6d1',
  threadKey: 'thread-f:1810452277385540201',
  sender: { name: 'Tobias Feldmann', email: 't.feldmann@feldmann-tech.de', company: 'Feldmann Tech Recruiting' },
  subject: 'Senior Frontend Engineer (React/TypeScript) bei Pendelwerk – remote in DE, Festanstellung',
  body: 'Hallo Katrin,\n\nich bin Personalberater bei Feldmann Tech Recruiting …',
  sentAt: '2026-09-15T08:04:00Z',
  isOwn: false,
  recipientCount: 1,
};

const LINKEDIN: IncomingMessage = {
  site: 'linkedin',
  siteMessageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTI2MzI4MDAwMGI1)',
  threadKey: 'urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-ZTFmYjM4NGQtOWE2Yy00)',
  sender: { name: 'Sophie Brandauer' },
  subject: null,
  body: '',
  sentAt: '2026-09-02T07:48:00Z',
  isOwn: false,
  inMail: true,
  recipientCount: null,
};

describe('checkIncoming', () => {
  it('finds nothing wrong with well-formed email and LinkedIn messages', () => {
    expect(checkIncoming([TOBIAS, LINKEDIN])).toEqual([]);
    expect(checkIncoming([])).toEqual([]);
  });

  it('needs a list', () => {
    for (const input of [undefined, null, TOBIAS, 'messages']) expect(checkIncoming(input)).toEqual(['"messages" must be a list.']);
  });

  it('refuses an oversized batch in one sentence instead of checking each message', () => {
    const batch = Array.from({ length: LIMITS.messagesPerBatch + 1 }, () => TOBIAS);
    expect(checkIncoming(batch)).toEqual([`At most ${LIMITS.messagesPerBatch} messages per request, got ${LIMITS.messagesPerBatch + 1}.`]);
    expect(checkIncoming(batch.slice(1))).toEqual([]);
  });

  it('names each problem with the position of the message, counting from 1', () => {
    const broken = {
      site: 'xing',
      siteMessageId: '',
      threadKey: 42,
      sentAt: 'x'.repeat(LIMITS.fieldChars + 1),
      body: null,
      subject: undefined,
      sender: { email: 'no-name@example.com' },
      isOwn: 'false',
      recipientCount: 1.5,
    };
    expect(checkIncoming([TOBIAS, null, broken])).toEqual([
      'Message 2 is not an object.',
      'Message 3 has an unknown site.',
      'Message 3 needs a "siteMessageId" of 1 to 2000 characters.',
      'Message 3 needs a "threadKey" of 1 to 2000 characters.',
      'Message 3 needs a "sentAt" of 1 to 2000 characters.',
      'Message 3 needs a "body" text of at most 100000 characters.',
      'Message 3 needs a "subject" of at most 2000 characters, or null.',
      'Message 3 needs a sender with a name.',
      'Message 3 needs "isOwn" true or false.',
      'Message 3 has a "recipientCount" that is neither a whole number nor null.',
    ]);
  });

  it('accepts fields right at their limits and refuses one character more', () => {
    const atLimit = { ...TOBIAS, siteMessageId: 'i'.repeat(LIMITS.fieldChars), body: 'b'.repeat(LIMITS.bodyChars) };
    expect(checkIncoming([atLimit])).toEqual([]);
    expect(checkIncoming([{ ...atLimit, body: `${atLimit.body}b` }])).toEqual([
      'Message 1 needs a "body" text of at most 100000 characters.',
    ]);
  });

  it('requires subject and recipientCount to be present, even if null', () => {
    const { subject: _subject, recipientCount: _count, ...partial } = TOBIAS;
    expect(checkIncoming([partial])).toEqual([
      'Message 1 needs a "subject" of at most 2000 characters, or null.',
      'Message 1 has a "recipientCount" that is neither a whole number nor null.',
    ]);
  });

  // Every text a page hands over is bounded, or one hostile message could fill the database.
  it('bounds the subject like the other text fields', () => {
    expect(checkIncoming([{ ...TOBIAS, subject: 's'.repeat(1_000_000) }])).not.toEqual([]);
  });

  it("bounds the sender's name and refuses sender fields that are not text", () => {
    expect(checkIncoming([{ ...TOBIAS, sender: { name: 'n'.repeat(1_000_000) } }])).not.toEqual([]);
    expect(checkIncoming([{ ...TOBIAS, sender: { name: 'Tobias', email: 42 } as unknown as IncomingMessage['sender'] }])).not.toEqual([]);
  });
});
