import browser from 'webextension-polyfill';
import type { SyncArea } from '../core/sync/area';
import { KEY_PREFIX } from '../core/sync/chunks';
import { database } from '../db/database';
import { enabledSites } from '../db/repositories/settings';
import { handle } from '../messaging/handle';
import { SITES_ENABLED_KEY } from '../messaging/storage-keys';
import { createContextMenu, onContextMenuClicked } from './context-menu';
import { createDataHandlers } from './data-handlers';
import { createHandlers } from './handlers';
import { localEdit, runSync, syncAtStart, type SyncContext } from './sync';
import { onSyncedDataChanged } from './sync-hooks';
import { refreshToolbarBadge } from './toolbar-badge';

// The worker can be stopped at any moment and is started again by the next event:
// every listener is registered here, synchronously, and all state lives in IndexedDB.
// Firefox runs this same file as an event page (background.scripts).

const db = database();

async function mirrorSitesEnabled(enabled: Record<string, boolean>): Promise<void> {
  // Content scripts read this copy at start and on change, without waking the worker.
  await browser.storage.local.set({ [SITES_ENABLED_KEY]: enabled });
}

const syncArea: SyncArea | null = browser.storage.sync ?? null;
const sync: SyncContext = { db, area: syncArea, now: Date.now };

handle({
  ...createHandlers(db, { sitesChanged: mirrorSitesEnabled }),
  // The data handlers again, with what they reach outside IndexedDB: storage.sync, the sites' mirror, the badge.
  ...createDataHandlers(db, Date.now, { syncArea, sitesChanged: mirrorSitesEnabled, refreshBadge: refreshToolbarBadge }),
});

// Profile, templates, trust and contacts edited here: pushed to sync shortly (when the candidate opted in).
onSyncedDataChanged(() => void localEdit(sync));

browser.runtime.onInstalled.addListener(async () => {
  await Promise.all([
    enabledSites(db).then(mirrorSitesEnabled),
    createContextMenu(),
    refreshToolbarBadge(db),
  ]);
});

browser.runtime.onStartup.addListener(async () => {
  await refreshToolbarBadge(db);
});

browser.contextMenus.onClicked.addListener((info) => onContextMenuClicked(info));

browser.storage.onChanged.addListener((changes, areaName) => {
  if (areaName === 'sync' && Object.keys(changes).some((key) => key.startsWith(KEY_PREFIX))) void runSync(sync, 'remote');
});

// Every start of the worker: what changed in sync while it was stopped, and a push it did not finish.
void syncAtStart(sync);
