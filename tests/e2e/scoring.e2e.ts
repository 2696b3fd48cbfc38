import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/core/message';
import { CHANNEL, type MessageVerdict, type Result, type SavedMessage } from '../../src/messaging/protocol';
import { KATRIN } from '../fixtures/profiles';
import { contentScriptWorld, launchExtension, openFixture, stopServiceWorker, type Extension } from './harness';

let extension: Extension;
let world: NonNullable<Awaited<ReturnType<typeof contentScriptWorld>>>;

beforeAll(async () => {
  extension = await launchExtension();
  const page = await openFixture(extension, 'linkedinMessaging');
  const found = await contentScriptWorld(page, extension);
  if (!found) throw new Error('The content script did not start on the LinkedIn fixture');
  world = found;
  // The fixture browser starts without a profile; the candidate fills one in first.
  const saved = await sendFromContentScript<Result<unknown>>('profile/save', { profile: KATRIN });
  if (!saved.ok) throw new Error(`Could not save the profile: ${saved.error.message}`);
});
afterAll(async () => {
  await world?.detach().catch(() => undefined);
  await extension?.close();
});

/** Sends a request exactly as the content script does: from its isolated world, over runtime messaging. */
function sendFromContentScript<T>(type: string, payload: unknown): Promise<T> {
  const envelope = JSON.stringify({ channel: CHANNEL, type, payload });
  return world.evaluate<T>(`chrome.runtime.sendMessage(${envelope})`);
}

/** One blanket template, sent by several recruiters with their own names swapped in. */
function templateFrom(id: string, name: string, agency: string, sentAt: string): IncomingMessage {
  return {
    site: 'linkedin',
    siteMessageId: `urn:li:msg_message:(urn:li:fsd_profile:ACoAAC${id},2-${id})`,
    threadKey: `urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAC${id},2-thread-${id})`,
    sender: { name, headline: `Senior Recruiter at ${agency}`, company: agency },
    subject: null,
    body:
      `Hi Katrin,\n\nI'm ${name} from ${agency}. I came across your profile and think you'd be a great fit for an exciting opportunity ` +
      'with one of our clients, a fast-growing scale-up that is building a world-class engineering team. The role offers a competitive ' +
      'salary, flexible working and the chance to make a real impact from day one.\n\nWould you be open to a quick call this week to discuss? ' +
      `Please send me your updated CV and your availability.\n\nBest regards,\n${name}`,
    sentAt,
    isOwn: false,
    inMail: true,
    recipientCount: null,
  };
}

const LENA = templateFrom('lena', 'Lena Hartmann', 'Talentbrücke', '2026-11-24T09:00:00Z');
const TOM = templateFrom('tom', 'Tom Becker', 'Fernweh Recruiting', '2026-11-25T10:30:00Z');
const UTE = templateFrom('ute', 'Ute Brandt', 'Nordwind Personal', '2026-11-27T16:45:00Z');
const key = (m: IncomingMessage): string => `linkedin:${m.siteMessageId}`;

async function saveOne(message: IncomingMessage): Promise<SavedMessage> {
  const reply = await sendFromContentScript<Result<{ saved: SavedMessage[] }>>('messages/save', { messages: [message] });
  if (!reply.ok) throw new Error(`messages/save failed: ${reply.error.message}`);
  return reply.value.saved[0]!;
}

describe('scoring in the worker, seen from the content script', () => {
  it('answers a saved recruiter message with a verdict and the reasons for it', async () => {
    const saved = await saveOne(LENA);
    expect(saved).toMatchObject({ key: key(LENA), isNew: true, label: 'spam' });
    expect(saved.score).toBeLessThan(50);
    expect(saved.reasons.length).toBeGreaterThan(0);
  });

  it('learns from a correction: a near copy from another recruiter saved afterwards gets the corrected label', async () => {
    const reply = await sendFromContentScript<Result<{ correctionId: number; verdict: MessageVerdict }>>('messages/correct', {
      key: key(LENA),
      label: 'targeted',
    });
    expect(reply).toMatchObject({ ok: true, value: { verdict: { key: key(LENA), label: 'targeted' } } });

    const copy = await saveOne(TOM);
    expect(copy.label).toBe('targeted');
    expect(copy.reasons).toContain('You marked a message with the same text as targeted');
  });

  it('still applies the correction after the worker was stopped', async () => {
    await stopServiceWorker(extension);
    const third = await saveOne(UTE);
    expect(third).toMatchObject({ isNew: true, label: 'targeted' });
    expect(third.reasons).toContain('You marked a message with the same text as targeted');

    const list = await sendFromContentScript<Result<{ corrections: { messageKey: string; to: string; undoneAt: number | null }[] }>>(
      'corrections/list',
      { limit: 10 },
    );
    expect(list).toMatchObject({ ok: true, value: { corrections: [{ messageKey: key(LENA), to: 'targeted', undoneAt: null }] } });
  });

  it('refuses a malformed correction with a clear error, never undefined', async () => {
    const reply = await sendFromContentScript<Result<unknown>>('messages/correct', { key: key(LENA), label: 'maybe' });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'A correction needs the key of a stored message and a label.', details: ['"label" must be one of: targeted, spam, other.'] },
    });
  });
});
