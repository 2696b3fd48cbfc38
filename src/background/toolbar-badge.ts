import type { RecruiterAllyDb } from '../db/database';
import { awaitingCount } from '../db/repositories/triage';
import { t } from '../i18n/t';

/** The part of browser.action the badge uses; tests pass their own. */
export interface BadgeAction {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle(details: { title: string }): Promise<void> | void;
}

/** Dark green: white badge text on it reads well (contrast above 7:1) on light and dark toolbars. */
export const BADGE_COLOR = '#1b5e20';
/** The badge has room for about four characters. */
const MAX_SHOWN = 999;

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > MAX_SHOWN ? `${MAX_SHOWN}+` : String(count);
}

export function badgeTitle(count: number): string {
  if (count <= 0) return t('badge_title_none');
  return count === 1 ? t('badge_title_one') : t('badge_title_many', count);
}

/**
 * The browser's own action API (promise-based in Chrome MV3 and Firefox alike), read when called so
 * that this module loads in unit tests, where the polyfill refuses to.
 */
function defaultAction(): BadgeAction | null {
  const scope = globalThis as { browser?: { action?: BadgeAction }; chrome?: { action?: BadgeAction } };
  return scope.browser?.action ?? scope.chrome?.action ?? null;
}

/**
 * Shows how many targeted messages await a reply on the toolbar button (empty at 0). Never throws:
 * a badge that cannot be set must not fail the save or correction that changed the count.
 */
export async function refreshToolbarBadge(db: RecruiterAllyDb, action: BadgeAction | null = defaultAction()): Promise<number | null> {
  try {
    const count = await awaitingCount(db);
    if (action) {
      await Promise.all([
        action.setBadgeText({ text: badgeText(count) }),
        action.setBadgeBackgroundColor({ color: BADGE_COLOR }),
        action.setTitle({ title: badgeTitle(count) }),
      ]);
    }
    return count;
  } catch (error) {
    console.warn('Recruiter Ally: could not update the toolbar badge', error);
    return null;
  }
}
