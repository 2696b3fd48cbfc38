/** Keys of browser.storage.local: a read-only mirror of a few settings for content scripts. */
export const SITES_ENABLED_KEY = 'sitesEnabled';
