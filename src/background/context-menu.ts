/**
 * "Score this text as a recruiter message" on any page's selection. The menu needs no host
 * permission: the browser hands the worker the selected text, nothing is read from the page.
 * The verdict is kept in IndexedDB ('adhoc.last'); a small popup window shows it with the reply actions.
 */
import browser from 'webextension-polyfill';
import { database } from '../db/database';
import { setSetting } from '../db/repositories/settings';
import { t } from '../i18n/t';
import { scoreAdhoc } from './adhoc';

export const SCORE_MENU_ID = 'recruiter-ally-score-selection';
export const SCORE_VIEW_PATH = 'src/popup/index.html?view=score';

/** Made on install and update; removeAll first, as a menu id that already exists cannot be created again. */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: SCORE_MENU_ID, title: t('contextMenuScore'), contexts: ['selection'] });
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/** Scores the selection, then opens the verdict beside the page. */
export async function onContextMenuClicked(info: MenuClick): Promise<void> {
  if (info.menuItemId !== SCORE_MENU_ID) return;
  const db = database();
  try {
    await scoreAdhoc(db, info.selectionText, Date.now());
  } catch (error) {
    // An empty or oversized selection: the window then says nothing was scored instead of showing an older verdict.
    console.warn('Recruiter Ally: the selection could not be scored', error);
    await setSetting(db, 'adhoc.last', null);
  }
  await openScoreView();
}

async function openScoreView(): Promise<void> {
  const url = browser.runtime.getURL(SCORE_VIEW_PATH);
  // Firefox for Android has no windows: a tab then.
  if (browser.windows?.create) await browser.windows.create({ url, type: 'popup', width: 420, height: 600 });
  else await browser.tabs.create({ url });
}

// Playwright cannot click a context menu: end-to-end tests call the listener's own function through
// the worker's global scope (serviceWorker.evaluate), as the menu would.
(globalThis as { recruiterAllyMenuClick?: typeof onContextMenuClicked }).recruiterAllyMenuClick = onContextMenuClicked;
