import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { ImportMode } from '../db/backup';
import { t } from '../i18n/t';
import { send } from '../messaging/send';
import { ConfirmDialog, type ConfirmRequest } from './confirm-dialog';
import { downloadText } from './download';
import { errorNotice, NoticeLine, type Notice } from './notice';

const describeCounts = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${table}: ${n}`)
    .join(', ') || '0';

/** Backup to one JSON file, validated import (merge or replace), and wiping everything after a confirmation. */
export function DataSection({ onChanged }: { onChanged: () => void }) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  // A new key gives a fresh, empty file input after an import.
  const [fileKey, setFileKey] = useState(0);

  async function exportAll() {
    setBusy(true);
    const reply = await send('data/export', {});
    setBusy(false);
    if (!reply.ok) {
      setNotice(errorNotice(t('options_data_export_failed', reply.error.message), reply.error));
      return;
    }
    downloadText(JSON.stringify(reply.value.backup, null, 2), reply.value.fileName);
    setNotice({ tone: 'status', text: t('options_data_exported', reply.value.fileName, describeCounts(reply.value.counts)) });
  }

  function askImport(event: Event) {
    event.preventDefault();
    if (!file) {
      setNotice({ tone: 'error', text: t('options_data_choose_file') });
      return;
    }
    if (mode === 'merge') {
      void importFile(file);
      return;
    }
    setConfirm({
      title: t('options_data_replace_confirm_title'),
      text: t('options_data_replace_confirm_text', file.name),
      confirmLabel: t('options_data_replace_confirm'),
      onConfirm: () => void importFile(file),
    });
  }

  async function importFile(chosen: File) {
    setBusy(true);
    const text = await chosen.text();
    const reply = await send('data/import', { text, mode });
    setBusy(false);
    if (!reply.ok) {
      // Refused whole: the worker lists every problem and changed nothing.
      setNotice({ tone: 'error', text: t('options_data_import_refused', chosen.name), details: reply.error.details ?? [reply.error.message] });
      return;
    }
    setFile(null);
    setFileKey((n) => n + 1);
    setNotice({ tone: 'status', text: t(mode === 'merge' ? 'options_data_imported_merge' : 'options_data_imported_replace', describeCounts(reply.value.counts)) });
    onChanged();
  }

  async function wipe() {
    setBusy(true);
    const reply = await send('data/wipe', { confirm: 'wipe everything' });
    setBusy(false);
    if (!reply.ok) {
      setNotice(errorNotice(t('options_data_wipe_failed', reply.error.message), reply.error));
      return;
    }
    setNotice({ tone: 'status', text: t('options_data_wiped') });
    onChanged();
  }

  return (
    <section id="data" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('options_data_heading')}</h2>
      <p class="muted">{t('options_data_intro')}</p>
      <div class="actions">
        <button type="button" onClick={() => void exportAll()} disabled={busy}>
          {t('options_data_export')}
        </button>
      </div>
      <form onSubmit={askImport} class="sub-form" aria-labelledby="import-heading">
        <h3 id="import-heading">{t('options_data_import_heading')}</h3>
        <label class="field">
          <span>{t('options_data_import_file')}</span>
          <input
            key={fileKey}
            type="file"
            name="backup-file"
            accept=".json,application/json"
            onChange={(event: TargetedEvent<HTMLInputElement>) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
        </label>
        <fieldset class="field">
          <legend>{t('options_data_import_mode')}</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <label key={m} class="check">
              <input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              {t(`options_data_mode_${m}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="primary" disabled={busy}>
          {t('options_data_import')}
        </button>
      </form>
      <div class="sub-form danger-zone">
        <h3 id="wipe-heading">{t('options_data_wipe_heading')}</h3>
        <p class="muted small">{t('options_data_wipe_hint')}</p>
        <button type="button" class="danger" onClick={() =>
            setConfirm({
              title: t('options_data_wipe_confirm_title'),
              text: t('options_data_wipe_confirm_text'),
              confirmLabel: t('options_data_wipe_confirm'),
              onConfirm: () => void wipe(),
            })
          } disabled={busy}>
          {t('options_data_wipe')}
        </button>
      </div>
      <ConfirmDialog id="data-confirm" request={confirm} onClose={() => setConfirm(null)} />
      <NoticeLine notice={notice} />
    </section>
  );
}
