import { useEffect, useState } from 'preact/hooks';
import { SITE_NAMES, type SiteStatus } from '../core/sites';
import { t } from '../i18n/t';
import { send } from '../messaging/send';
import { formatDateTime } from './format';
import { errorNotice, NoticeLine, type Notice } from './notice';

function seenLine(site: SiteStatus): string {
  if (site.lastSeenAt === null) return t('options_sites_never_seen');
  if (site.health === 'layout-not-recognised') return t('options_sites_not_recognised', formatDateTime(site.lastSeenAt));
  return t('options_sites_seen', formatDateTime(site.lastSeenAt));
}

/** Each site on or off; an off site is left alone by the content script. */
export function SitesSection() {
  const [sites, setSites] = useState<SiteStatus[] | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    void (async () => {
      const reply = await send('sites/status', {});
      if (reply.ok) setSites(reply.value.sites);
      else setNotice(errorNotice(t('options_error_load', reply.error.message), reply.error));
    })();
  }, []);

  async function setSiteEnabled(site: SiteStatus['site'], enabled: boolean) {
    const reply = await send('sites/set-enabled', { site, enabled });
    if (reply.ok) {
      setSites(reply.value.sites);
      setNotice(null);
    } else setNotice(errorNotice(reply.error.message, reply.error));
  }

  return (
    <section id="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sites_heading')}</h2>
      {sites?.map((site) => (
        <div key={site.site} class="site">
          <label class="check">
            <input
              type="checkbox"
              name={`site-${site.site}`}
              checked={site.enabled}
              aria-describedby={`site-${site.site}-seen`}
              onChange={(event) => void setSiteEnabled(site.site, event.currentTarget.checked)}
            />
            {t('options_sites_work_on', SITE_NAMES[site.site])}
          </label>
          <small id={`site-${site.site}-seen`} class="muted">
            {seenLine(site)}
          </small>
        </div>
      ))}
      <NoticeLine notice={notice} />
    </section>
  );
}
