import browser from 'webextension-polyfill';
import { send } from '../messaging/send';
import { SITES_ENABLED_KEY } from '../messaging/storage-keys';
import { viewFromUrl, type View } from './views';
import { watchUrl } from './watch-url';

// Runs in every page of the supported sites and stays dormant until the URL shows a supported
// view. Nothing here may throw into the page: every failure is caught and the page left alone.

let active: View | null = null;

async function wake(view: View): Promise<void> {
  if (active?.site === view.site && active.kind === view.kind) return;
  active = view;
  const reply = await send('site/hello', { site: view.site, view: view.kind, health: 'ok' });
  if (!reply.ok || !reply.value.enabled) {
    // Worker unreachable (extension updated or removed) or the candidate turned the site off.
    active = null;
  }
}

function onUrl(href: string): void {
  const view = viewFromUrl(href);
  if (view) wake(view).catch(() => undefined);
  else active = null;
}

try {
  onUrl(location.href);
  watchUrl(onUrl);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SITES_ENABLED_KEY in changes)) return;
    // Turned back on in the options page: look at the current view again.
    active = null;
    onUrl(location.href);
  });
} catch {
  // The extension context can vanish under us (update, reload); stay silent.
}
