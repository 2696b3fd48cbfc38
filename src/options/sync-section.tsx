import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { SyncStatus } from '../messaging/protocol';
import { send } from '../messaging/send';
import { formatBytes, formatDateTime } from './format';
import { errorNotice, NoticeLine, type Notice } from './notice';

/** Opt-in sync through the browser account: profile, templates, trust and contacts; never messages. */
export function SyncSection() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    void (async () => {
      const reply = await send('sync/status', {});
      if (reply.ok) setStatus(reply.value);
      else setNotice(errorNotice(t('options_error_load', reply.error.message), reply.error));
    })();
  }, []);

  async function toggle(enabled: boolean) {
    setBusy(true);
    const reply = await send('sync/set-enabled', { enabled });
    setBusy(false);
    if (reply.ok) {
      setStatus(reply.value);
      setNotice({ tone: 'status', text: t(enabled ? 'options_sync_turned_on' : 'options_sync_turned_off') });
    } else setNotice(errorNotice(reply.error.message, reply.error));
  }

  return (
    <section id="sync" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('options_sync_heading')}</h2>
      <p class="muted">{t('options_sync_intro')}</p>
      {status && (
        <>
          <label class="check">
            <input
              type="checkbox"
              name="sync-enabled"
              checked={status.enabled}
              disabled={busy}
              aria-describedby="sync-state"
              onChange={(event) => void toggle(event.currentTarget.checked)}
            />
            {t('options_sync_toggle')}
          </label>
          <ul id="sync-state" class="plain small muted">
            <li>{status.enabled ? t('options_sync_state_on') : t('options_sync_state_off')}</li>
            {status.lastPushedAt !== null && <li>{t('options_sync_last_pushed', formatDateTime(status.lastPushedAt))}</li>}
            {status.lastPulledAt !== null && <li>{t('options_sync_last_pulled', formatDateTime(status.lastPulledAt))}</li>}
            {status.quotaBytes > 0 && <li>{t('options_sync_usage', formatBytes(status.bytesInUse), formatBytes(status.quotaBytes))}</li>}
          </ul>
          {status.error && (
            <p role="alert" class="notice error">
              {t('options_sync_error', status.error)}
            </p>
          )}
        </>
      )}
      <NoticeLine notice={notice} />
    </section>
  );
}
