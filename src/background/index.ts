import browser from 'webextension-polyfill';
import { database } from '../db/database';
import { enabledSites } from '../db/repositories/settings';
import { handle } from '../messaging/handle';
import { createHandlers } from './handlers';
import { SITES_ENABLED_KEY } from '../messaging/storage-keys';

// The worker can be stopped at any moment and is started again by the next event:
// every listener is registered here, synchronously, and all state lives in IndexedDB.

async function mirrorSitesEnabled(enabled: Record<string, boolean>): Promise<void> {
  // Content scripts read this copy at start and on change, without waking the worker.
  await browser.storage.local.set({ [SITES_ENABLED_KEY]: enabled });
}

handle(createHandlers(database(), { sitesChanged: mirrorSitesEnabled }));

browser.runtime.onInstalled.addListener(async () => {
  await mirrorSitesEnabled(await enabledSites(database()));
});
