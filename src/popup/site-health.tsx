import { useEffect, useState } from 'preact/hooks';
import { SITE_NAMES, type SiteStatus } from '../core/sites';
import { t } from '../i18n/t';
import { send } from '../messaging/send';
import { describeAge } from './time';

export function describeSite(site: SiteStatus, now: number): string {
  if (!site.enabled) return t('popup_site_off');
  if (site.lastSeenAt === null) return t('popup_site_never');
  if (site.health === 'layout-not-recognised') return t('popup_site_layout');
  return t('popup_site_active', describeAge(site.lastSeenAt, now));
}

/** Each site's on/off state and what its content script last reported. */
export function SiteHealth({ now }: { now: number }) {
  const [sites, setSites] = useState<SiteStatus[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const reply = await send('sites/status', {});
      if (reply.ok) setSites(reply.value.sites);
      else setError(reply.error.message);
    })();
  }, []);

  return (
    <section aria-labelledby="sites-heading" class="site-health">
      <h2 id="sites-heading">{t('popup_sites')}</h2>
      {error !== null && <p class="error-text">{t('popup_error_sites', error)}</p>}
      {sites === null && error === null && <p class="muted">{t('popup_loading')}</p>}
      {sites !== null && (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site.site} data-site={site.site} data-health={site.enabled ? (site.health ?? 'unknown') : 'off'}>
              <span class="site-name">{SITE_NAMES[site.site]}</span>
              <span class="site-state">{describeSite(site, now)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
