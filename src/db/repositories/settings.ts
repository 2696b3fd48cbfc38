import { emptyLearnedState } from '../../core/scoring/learner';
import { SITE_IDS, type SiteId } from '../../core/sites';
import type { RecruiterAllyDb } from '../database';
import type { DeviceSettingKey, SettingKey, SettingValues, SiteSeen } from '../records';

const DEFAULTS: SettingValues = {
  'sites.enabled': { linkedin: true, gmail: true, outlook: true },
  'sites.seen': {},
  'learner.state': emptyLearnedState(),
  'sync.enabled': false,
  'sync.dirty': 0,
  'sync.state': { lastPushedAt: null, lastPulledAt: null, error: null, checksum: null, base: { templates: [], recruiters: [], contacts: [] } },
  'adhoc.last': null,
};

/** Settings of this device only (see DeviceSettingKey): a backup neither carries nor overwrites them. */
export const DEVICE_SETTING_KEYS = ['sync.enabled', 'sync.dirty', 'sync.state', 'adhoc.last'] as const satisfies readonly DeviceSettingKey[];

export async function getSetting<K extends SettingKey>(db: RecruiterAllyDb, key: K): Promise<SettingValues[K]> {
  const row = await db.settings.get(key);
  return row ? (row.value as SettingValues[K]) : structuredClone(DEFAULTS[key]);
}

export async function setSetting<K extends SettingKey>(
  db: RecruiterAllyDb,
  key: K,
  value: SettingValues[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

/** Which sites are on; a site missing from the stored value (added in a later version) is on. */
export async function enabledSites(db: RecruiterAllyDb): Promise<Record<SiteId, boolean>> {
  const stored = await getSetting(db, 'sites.enabled');
  return Object.fromEntries(SITE_IDS.map((site) => [site, stored[site] !== false])) as Record<SiteId, boolean>;
}

/** Records that a page of `site` reported in; read and write in one transaction so reports never race. */
export async function recordSiteSeen(db: RecruiterAllyDb, site: SiteId, seen: SiteSeen): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const all = await getSetting(db, 'sites.seen');
    all[site] = seen;
    await setSetting(db, 'sites.seen', all);
  });
}
