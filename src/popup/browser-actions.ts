import browser from 'webextension-polyfill';
import { send } from '../messaging/send';

/** Same thread: addresses equal apart from a trailing slash. */
function sameAddress(a: string, b: string): boolean {
  const strip = (url: string) => url.replace(/\/+(?=$|[?#])/, '');
  return strip(a) === strip(b);
}

/** Shows the thread: the tab that already has it open, else a new tab. */
export async function openThread(url: string): Promise<void> {
  // Without the "tabs" permission, tab addresses are visible only on the sites we have host access to: enough here.
  const tabs = await browser.tabs.query({});
  const open = tabs.find((tab) => typeof tab.url === 'string' && sameAddress(tab.url, url));
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    // Firefox for Android has no windows API: there the tab alone is enough.
    if (open.windowId !== undefined && browser.windows) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export type Delivery =
  | { ok: true; outcome: 'inserted' | 'copied-opened' | 'copied' }
  | { ok: false; message: string };

/**
 * Puts a reply where the candidate can send it: into the open tab's reply box when the thread is
 * open there; otherwise onto the clipboard, opening the thread when its address is known.
 */
export async function deliverReply(key: string, text: string): Promise<Delivery> {
  const reply = await send('replies/deliver', { key, text });
  if (!reply.ok) return { ok: false, message: reply.error.message };
  if (reply.value.delivered === 'inserted') return { ok: true, outcome: 'inserted' };
  try {
    await copyText(text);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (!reply.value.threadUrl) return { ok: true, outcome: 'copied' };
  await browser.tabs.create({ url: reply.value.threadUrl });
  return { ok: true, outcome: 'copied-opened' };
}
