import browser from 'webextension-polyfill';
import { CHANNEL, isResult, type Envelope, type MessageType, type RequestOf, type ResponseOf, type Result } from './protocol';

/**
 * Sends one typed request to the worker. Never throws and never resolves to `undefined`:
 * an unreachable worker or a strange reply comes back as an error result.
 */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  const envelope: Envelope<K> = { channel: CHANNEL, type, payload };
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(envelope);
  } catch (error) {
    return {
      ok: false,
      error: { code: 'unreachable', message: error instanceof Error ? error.message : String(error) },
    };
  }
  if (!isResult(reply)) {
    return { ok: false, error: { code: 'no-reply', message: `The worker gave no answer to "${type}".` } };
  }
  return reply as Result<ResponseOf<K>>;
}
