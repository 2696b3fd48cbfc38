/** The sites Recruiter Ally works on, and the views it recognises on them. */

export const SITE_IDS = ['linkedin', 'gmail', 'outlook'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export const SITE_NAMES: Record<SiteId, string> = {
  linkedin: 'LinkedIn',
  gmail: 'Gmail',
  outlook: 'Outlook',
};

export function isSiteId(value: unknown): value is SiteId {
  return typeof value === 'string' && (SITE_IDS as readonly string[]).includes(value);
}

/**
 * What the content script last saw of a site: `ok` when it found what it looks for,
 * `layout-not-recognised` when a supported view showed none of the known markup.
 */
export const SITE_HEALTH = ['ok', 'layout-not-recognised'] as const;
export type SiteHealth = (typeof SITE_HEALTH)[number];

export function isSiteHealth(value: unknown): value is SiteHealth {
  return typeof value === 'string' && (SITE_HEALTH as readonly string[]).includes(value);
}

export interface SiteStatus {
  site: SiteId;
  enabled: boolean;
  /** Epoch ms of the last report from a page of this site, or null if never seen. */
  lastSeenAt: number | null;
  view: string | null;
  health: SiteHealth | null;
}
