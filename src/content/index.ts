import browser from 'webextension-polyfill';
import { send } from '../messaging/send';
import { SITES_ENABLED_KEY } from '../messaging/storage-keys';
import { adapterFor } from './adapters';
import { extensionAlive, Scanner } from './scanner';
import type { SiteAdapter, SiteView } from './site-adapter';
import { createTabListener } from './tab-listener';
import { watchUrl } from './watch-url';

// Runs in every page of the supported sites and stays dormant until the page shows a supported view.
// Nothing here may throw into the page: every failure is caught and the page left alone.

/** While a view is recognised but its markup is not, look again after these delays (the page may still be loading). */
const LAYOUT_RETRIES_MS = [300, 1000, 3000];
/** How long after the scanner's start a view full of items but without one message counts as unknown markup. */
const LAYOUT_CONFIRM_MS = 1500;
/** While dormant, how often to look for a view that appears without navigation (LinkedIn's overlay). */
const DORMANT_CHECK_MS = 2000;

interface State {
  adapter: SiteAdapter;
  view: SiteView | null;
  scanner: Scanner | null;
  enabled: boolean | null;
  lost: boolean;
  retry: ReturnType<typeof setTimeout> | null;
  reported: string | null;
  /** The root of a view whose items did not read as messages: left alone until that changes. */
  unrecognised: HTMLElement | null;
}

const adapter = adapterFor(location.hostname);
const state: State | null = adapter
  ? { adapter, view: null, scanner: null, enabled: null, lost: false, retry: null, reported: null, unrecognised: null }
  : null;

function clearRetry(s: State): void {
  if (s.retry !== null) clearTimeout(s.retry);
  s.retry = null;
}

/** Takes the worker's tab messages away again; set once the listener is registered. */
let removeTabListener: (() => void) | null = null;

function shutdown(s: State): void {
  // The extension was reloaded or removed: take our badges away and stop watching.
  s.lost = true;
  removeTabListener?.();
  removeTabListener = null;
  clearRetry(s);
  s.scanner?.stop(true);
  s.scanner = null;
}

async function report(s: State, view: SiteView, health: 'ok' | 'layout-not-recognised'): Promise<boolean> {
  const signature = `${view.kind}:${health}`;
  if (s.reported === signature && s.enabled !== null) return s.enabled;
  const reply = await send('site/hello', { site: s.adapter.site, view: view.kind, health });
  if (!reply.ok) {
    if (reply.error.code === 'unreachable') shutdown(s);
    return false;
  }
  s.reported = signature;
  s.enabled = reply.value.enabled;
  return s.enabled;
}

async function evaluate(s: State, attempt = 0): Promise<void> {
  if (s.lost) return;
  if (!extensionAlive()) {
    // Reloaded, updated or removed: this copy is an orphan; take its badges away quietly.
    shutdown(s);
    return;
  }
  clearRetry(s);
  const view = s.adapter.view(new URL(location.href), document);
  if (!view) {
    s.view = null;
    s.scanner?.stop(true);
    s.scanner = null;
    s.retry = setTimeout(() => void evaluate(s).catch(() => undefined), DORMANT_CHECK_MS);
    return;
  }
  s.view = view;
  const recheck = (): void => {
    // The site may swap the whole view out (SPA navigation without a URL change): check now and then.
    s.retry = setTimeout(() => void evaluate(s).catch(() => undefined), DORMANT_CHECK_MS);
  };
  if (s.scanner?.isAttached) {
    recheck();
    return;
  }
  s.scanner?.stop(true);
  s.scanner = null;
  const root = s.adapter.root(document);
  if (!root) {
    if (attempt < LAYOUT_RETRIES_MS.length) {
      s.retry = setTimeout(() => void evaluate(s, attempt + 1).catch(() => undefined), LAYOUT_RETRIES_MS[attempt]);
    } else {
      // A supported view whose markup we do not know: say so, and leave the page alone.
      await report(s, view, 'layout-not-recognised');
    }
    return;
  }
  if (root === s.unrecognised && root.isConnected && !s.adapter.findMessages(root).some((h) => s.adapter.extract(h, document))) {
    // Still the markup we could not read: keep saying so, and keep out of the page.
    recheck();
    return;
  }
  s.unrecognised = null;
  if (!(await report(s, view, 'ok')) || s.lost) return;
  const scanner = new Scanner(s.adapter, root, { lost: () => shutdown(s) });
  s.scanner = scanner;
  scanner.start();
  setTimeout(() => void confirmLayout(s, scanner, root, view).catch(() => undefined), LAYOUT_CONFIRM_MS);
  recheck();
}

/** Rows, list items and articles: what a populated list or thread is made of, whatever the site's classes. */
const ITEM_LIKE = '[role="row"], [role="option"], [role="listitem"], [role="article"], li, tr';

/**
 * The root was found but nothing in it read as a message although it holds items (a redesign that
 * renamed what the selectors use): report "layout not recognised" and take the scanner away. An
 * empty inbox holds no items and stays "ok".
 */
async function confirmLayout(s: State, scanner: Scanner, root: HTMLElement, view: SiteView): Promise<void> {
  if (s.lost || s.scanner !== scanner || scanner.foundCount > 0 || !root.isConnected) return;
  if (root.querySelectorAll(ITEM_LIKE).length < 3) return;
  scanner.stop(true);
  s.scanner = null;
  s.unrecognised = root;
  await report(s, view, 'layout-not-recognised');
}

/** Registered once per page: the worker asks here to put a reply chosen in the popup into this tab. */
function listenToWorker(s: State): void {
  const onTabMessage = createTabListener({
    adapter: s.adapter,
    handleFor: () => {
      const scanner = s.scanner;
      return scanner && !s.lost && s.enabled !== false ? (key) => scanner.handleFor(key) : null;
    },
    doc: document,
    url: () => new URL(location.href),
  });
  const ownId = browser.runtime.id;
  const listener = (message: unknown, sender: browser.Runtime.MessageSender) => onTabMessage(message, sender, ownId);
  browser.runtime.onMessage.addListener(listener);
  removeTabListener = () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The context is already gone, and the listener with it.
    }
  };
}

function run(): void {
  if (!state) return;
  listenToWorker(state);
  void evaluate(state).catch(() => undefined);
  watchUrl(() => {
    if (state.lost) return;
    state.reported = null;
    void evaluate(state).catch(() => undefined);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (state.lost || area !== 'local' || !(SITES_ENABLED_KEY in changes)) return;
    const value = changes[SITES_ENABLED_KEY]?.newValue as Record<string, boolean> | undefined;
    if (value?.[state.adapter.site] === false) {
      state.scanner?.stop(true);
      state.scanner = null;
      state.enabled = false;
    } else {
      // Turned back on in the options page: look at the current view again.
      state.reported = null;
      state.enabled = null;
      void evaluate(state).catch(() => undefined);
    }
  });
}

/** Told by a newer copy of this script (after an update or reload) that it has taken over the page. */
const TAKEOVER_EVENT = 'recruiter-ally:takeover';
/** Marks this copy's world, so a second injection into the same world does nothing. */
const LOADED = Symbol.for('recruiter-ally.content');

/**
 * After an update or reload a new copy can start in a page where the old one still runs (Firefox
 * injects into open tabs). The new copy clears what the old one drew and tells it to stop; the old
 * copy stops only once its own extension context is gone, so a page that fakes the event cannot
 * switch a live copy off. An orphan that hears nothing notices on its next check and cleans up.
 */
function takeOver(s: State): void {
  document.addEventListener(TAKEOVER_EVENT, () => {
    if (!s.lost && !extensionAlive()) shutdown(s);
  });
  for (const host of document.querySelectorAll('[data-recruiter-ally-ui]')) host.remove();
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
}

try {
  const scope = globalThis as { [LOADED]?: true };
  if (!scope[LOADED]) {
    scope[LOADED] = true;
    if (state) takeOver(state);
    run();
  }
} catch {
  // The extension context can vanish under us (update, reload); stay silent.
}
