import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/core/message';
import { CHANNEL } from '../../src/messaging/protocol';
import {
  contentScriptWorld,
  launchExtension,
  openFixture,
  openPopup,
  stopServiceWorker,
  type Extension,
} from './harness';

let extension: Extension;
let world: NonNullable<Awaited<ReturnType<typeof contentScriptWorld>>>;

beforeAll(async () => {
  extension = await launchExtension();
  const page = await openFixture(extension, 'linkedinMessaging');
  const found = await contentScriptWorld(page, extension);
  if (!found) throw new Error('The content script did not start on the LinkedIn fixture');
  world = found;
});
afterAll(async () => {
  await world?.detach().catch(() => undefined);
  await extension?.close();
});

function recruiterMessage(id: string, name: string, body: string, sentAt: string): IncomingMessage {
  return {
    site: 'linkedin',
    siteMessageId: `urn:li:msg_message:(urn:li:fsd_profile:ACoAAB${id},2-${id})`,
    threadKey: `linkedin:2-thread-${id}`,
    sender: { name, headline: 'Technical Recruiter at Parcelo', company: 'Parcelo' },
    subject: null,
    body,
    sentAt,
    isOwn: false,
    inMail: true,
    recipientCount: null,
  };
}

/** Sends a request exactly as the content script does: from its isolated world, over runtime messaging. */
function sendFromContentScript<T>(type: string, payload: unknown): Promise<T> {
  const envelope = JSON.stringify({ channel: CHANNEL, type, payload });
  return world.evaluate<T>(`chrome.runtime.sendMessage(${envelope})`);
}

async function popupMessages(): Promise<string[]> {
  const popup = await openPopup(extension);
  await popup.locator('.triage, .empty').first().waitFor();
  // Spam is folded in the popup's triage list: unfold it so every stored recruiter message shows.
  const fold = popup.getByRole('button', { name: /^Show spam/ });
  if (await fold.count()) await fold.click();
  const rows = await popup.locator('[role="option"]').allInnerTexts();
  await popup.close();
  return rows;
}

describe('messaging between the content script and the worker', () => {
  it('stores a message from the content script in the database once and answers', async () => {
    const message = recruiterMessage('1', 'Jonas Reiter', 'Hi Katrin, I read about the Funke design system…', '2026-11-26T09:15:00Z');
    const first = await sendFromContentScript('messages/save', { messages: [message] });
    const verdict = { label: expect.any(String), score: expect.any(Number), reasons: expect.any(Array) };
    expect(first).toMatchObject({ ok: true, value: { saved: [{ key: `linkedin:${message.siteMessageId}`, isNew: true, ...verdict }] } });

    const again = await sendFromContentScript('messages/save', { messages: [message] });
    expect(again).toMatchObject({ ok: true, value: { saved: [{ key: `linkedin:${message.siteMessageId}`, isNew: false, ...verdict }] } });

    // The page's own messages are stored too; this one once.
    const rows = (await popupMessages()).filter((row) => row.includes('Jonas Reiter'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Parcelo');
    expect(rows[0]).toContain('Hi Katrin, I read about the Funke design system');
  });

  it('works again after the worker was stopped, with nothing lost', async () => {
    await stopServiceWorker(extension);
    const message = recruiterMessage('2', 'Aylin Demir', 'Following up on my note from last week.', '2026-11-27T16:40:00Z');
    const reply = await sendFromContentScript('messages/save', { messages: [message] });
    expect(reply).toMatchObject({ ok: true, value: { saved: [{ key: `linkedin:${message.siteMessageId}`, isNew: true }] } });

    // Both survived the restart, newest first.
    const senders = (await popupMessages()).map((row) => row.split('\n')[0] ?? '');
    const aylin = senders.findIndex((s) => s.includes('Aylin Demir'));
    const jonas = senders.findIndex((s) => s.includes('Jonas Reiter'));
    expect(aylin).toBeGreaterThanOrEqual(0);
    expect(jonas).toBeGreaterThan(aylin);
  });

  it('answers a malformed request with a typed error, never undefined', async () => {
    const reply = await sendFromContentScript<{ ok: false; error: { code: string; details: string[] } }>(
      'messages/save',
      { messages: [{ site: 'myspace', body: 42 }] },
    );
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('bad-request');
    expect(reply.error.details).toEqual(
      expect.arrayContaining(['Message 1 has an unknown site.', 'Message 1 needs a sender with a name.']),
    );
    const unknown = await sendFromContentScript<{ ok: false; error: { code: string } }>('messages/teleport', {});
    expect(unknown).toEqual({ ok: false, error: { code: 'unknown-type', message: 'No handler for "messages/teleport".' } });
  });

  it('answers after a stop even when the first thing the new worker sees is an error', async () => {
    await stopServiceWorker(extension);
    const reply = await sendFromContentScript<{ ok: boolean; error?: { code: string } }>('profile/save', {
      profile: { name: '' },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
