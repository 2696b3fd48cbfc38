/**
 * Puts a reply into the reply box of a tab that shows the message's thread. The worker sees tab
 * addresses only on the sites it has host access to, which are exactly the tabs worth asking: no
 * "tabs" permission is needed. It never sends anything; the content script only types the text in.
 */
import type { SiteId } from '../core/sites';
import type { RecruiterAllyDb } from '../db/database';
import { HandlerError } from '../messaging/dispatch';
import { CHANNEL, type TabMessageType, type TabProtocol } from '../messaging/protocol';

/** The manifest's host permissions, per site. */
export const SITE_TAB_PATTERNS: Record<SiteId, string[]> = {
  linkedin: ['https://www.linkedin.com/*'],
  gmail: ['https://mail.google.com/*'],
  outlook: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
};

export interface TabInfo {
  id?: number;
  url?: string;
  active?: boolean;
  lastAccessed?: number;
}

/** The part of browser.tabs delivery uses; tests pass their own. */
export interface TabsApi {
  query(filter: { url: string[] }): Promise<TabInfo[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

export interface TabEnvelope<K extends TabMessageType = TabMessageType> {
  channel: typeof CHANNEL;
  type: K;
  payload: TabProtocol[K]['request'];
}

export interface Delivery {
  delivered: 'inserted' | 'not-open';
  tabId: number | null;
  threadUrl: string | null;
}

/** The browser's own tabs API, read when called so this module loads in unit tests too. */
function defaultTabs(): TabsApi | null {
  const scope = globalThis as { browser?: { tabs?: TabsApi }; chrome?: { tabs?: TabsApi } };
  return scope.browser?.tabs ?? scope.chrome?.tabs ?? null;
}

/** Same thread: addresses equal apart from a trailing slash. */
function sameAddress(a: string | undefined, b: string | null): boolean {
  if (!a || !b) return false;
  const strip = (url: string): string => url.replace(/\/+(?=$|[?#])/, '');
  return strip(a) === strip(b);
}

/** The tab already at the thread's address first, then the active ones, then the most recently used. */
function byLikelihood(threadUrl: string | null) {
  const rank = (tab: TabInfo): number => (sameAddress(tab.url, threadUrl) ? 0 : tab.active ? 1 : 2);
  return (a: TabInfo, b: TabInfo): number => rank(a) - rank(b) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0);
}

function insertedIn(reply: unknown): boolean {
  // Replies come back in the protocol's Result shape; anything else (no listener, an old script) is "no".
  if (typeof reply !== 'object' || reply === null) return false;
  const result = reply as { ok?: unknown; value?: { inserted?: unknown } };
  return result.ok === true && result.value?.inserted === true;
}

/**
 * Asks each tab of the message's site, one after the other, to put `text` into the thread's reply
 * box; stops at the first that did. When none could, answers 'not-open' with the stored thread
 * address, so the popup copies the text and opens the thread.
 */
export async function deliverReply(db: RecruiterAllyDb, key: string, text: string, tabs: TabsApi | null = defaultTabs()): Promise<Delivery> {
  const message = await db.messages.get(key);
  if (!message) throw new HandlerError('bad-request', 'No stored message has this key.');
  const threadUrl = message.threadUrl ?? null;
  if (!tabs) return { delivered: 'not-open', tabId: null, threadUrl };
  let open: TabInfo[] = [];
  try {
    open = await tabs.query({ url: SITE_TAB_PATTERNS[message.site] });
  } catch (error) {
    console.warn('Recruiter Ally: could not list the open tabs', error);
  }
  const envelope: TabEnvelope<'tab/insert-reply'> = {
    channel: CHANNEL,
    type: 'tab/insert-reply',
    payload: { key, threadKey: message.threadKey, text },
  };
  for (const tab of open.toSorted(byLikelihood(threadUrl))) {
    if (tab.id === undefined) continue;
    try {
      if (insertedIn(await tabs.sendMessage(tab.id, envelope))) return { delivered: 'inserted', tabId: tab.id, threadUrl };
    } catch {
      // A tab without our content script (still loading, discarded, an old build) cannot answer.
    }
  }
  return { delivered: 'not-open', tabId: null, threadUrl };
}
