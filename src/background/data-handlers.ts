import { DECLINE_REASONS, REPLY_KINDS, TEMPLATE_LANGUAGES, type ReplyKind } from '../core/replies/drafts';
import type { SyncArea } from '../core/sync/area';
import { BACKUP_TABLES, exportBackup, importBackup, parseBackup, type ImportMode } from '../db/backup';
import type { RecruiterAllyDb } from '../db/database';
import { learnedStateFrom } from '../db/message-scoring';
import { DEVICE_SETTING_KEYS, enabledSites, setSetting } from '../db/repositories/settings';
import { HandlerError, type Handlers } from '../messaging/dispatch';
import type { ReplyOptions } from '../messaging/protocol';
import { fieldsOf } from './validate';
import { currentAdhoc, draftAdhoc, scoreAdhoc } from './adhoc';
import { setSyncEnabled, syncStatus, type SyncContext } from './sync';
import { syncedDataChanged } from './sync-hooks';

export type DataHandlers = Pick<
  Handlers,
  'data/export' | 'data/import' | 'data/wipe' | 'sync/status' | 'sync/set-enabled' | 'adhoc/current' | 'adhoc/score' | 'adhoc/draft'
>;

/** What the data handlers reach outside IndexedDB; the worker passes the browser's, tests their own. */
export interface DataEnvironment {
  /** storage.sync; null or absent where there is none. */
  syncArea?: SyncArea | null;
  /** The sites' on/off state changed (import, wipe): the copy content scripts read follows. */
  sitesChanged?: (enabled: Record<string, boolean>) => Promise<void> | void;
  /** The number of messages awaiting a reply may have changed. */
  refreshBadge?: (db: RecruiterAllyDb) => Promise<unknown>;
}

export const WIPE_CONFIRMATION = 'wipe everything';

/** Backup, wipe, opt-in sync and text scored from the context menu. */
export function createDataHandlers(db: RecruiterAllyDb, now: () => number, env: DataEnvironment = {}): DataHandlers {
  const sync: SyncContext = { db, area: env.syncArea ?? null, now };

  /** After an import or a wipe: what lives outside IndexedDB follows. Best effort: the data is already written. */
  async function afterDataChanged(): Promise<void> {
    try {
      await env.sitesChanged?.(await enabledSites(db));
      await env.refreshBadge?.(db);
    } catch (error) {
      console.warn('Recruiter Ally: could not update the pages and badge after a data change', error);
    }
  }

  return {
    async 'data/export'() {
      const at = now();
      const backup = await exportBackup(db, at);
      const counts = Object.fromEntries(BACKUP_TABLES.map((name) => [name, backup.tables[name].length]));
      return { backup, fileName: `recruiter-ally-backup-${new Date(at).toISOString().slice(0, 10)}.json`, counts };
    },

    async 'data/import'(payload) {
      const { text, mode } = fieldsOf(payload);
      if (mode !== 'merge' && mode !== 'replace') {
        throw new HandlerError('bad-request', 'An import needs the file\'s text and a mode: merge or replace.');
      }
      if (typeof text !== 'string') throw new HandlerError('bad-request', 'The file could not be read as text; nothing changed.');
      const parsed = parseBackup(text);
      if (!parsed.ok) throw new HandlerError('bad-request', 'This file cannot be restored; nothing changed.', parsed.errors);
      const counts = await importInto(db, parsed.backup, mode);
      await afterDataChanged();
      // Profile, templates, trust and contacts may have changed: sync follows when it is on.
      syncedDataChanged();
      return { counts };
    },

    async 'data/wipe'(payload) {
      if (fieldsOf(payload).confirm !== WIPE_CONFIRMATION) {
        throw new HandlerError('bad-request', `Wiping needs the confirmation "${WIPE_CONFIRMATION}"; nothing was deleted.`);
      }
      // Every table, sync's opt-in and state included: sync is off afterwards, and the synced copy
      // is left alone, so the candidate's other browsers keep their data.
      await db.transaction('rw', db.tables, async () => {
        for (const table of db.tables) await table.clear();
      });
      await afterDataChanged();
      return { wiped: true as const };
    },

    'sync/status': () => syncStatus(sync),

    async 'sync/set-enabled'(payload) {
      const { enabled } = fieldsOf(payload);
      if (typeof enabled !== 'boolean') throw new HandlerError('bad-request', 'Turning sync on or off needs true or false.');
      return setSyncEnabled(sync, enabled);
    },

    async 'adhoc/current'() {
      return { verdict: await currentAdhoc(db) };
    },

    async 'adhoc/score'(payload) {
      return { verdict: await scoreAdhoc(db, fieldsOf(payload).text, now()) };
    },

    async 'adhoc/draft'(payload) {
      const { kind, options } = checkDraftRequest(payload);
      return draftAdhoc(db, kind, options);
    },
  };
}

/**
 * Writes a checked backup in one transaction. This device's own settings (sync, the last scored
 * text) are kept through a replace. The learned state follows the corrections: a replace keeps the
 * one the backup carries, or rebuilds it when the backup has none; a merge rebuilds it from all of them.
 */
async function importInto(
  db: RecruiterAllyDb,
  backup: Parameters<typeof importBackup>[1],
  mode: ImportMode,
): Promise<Record<string, number>> {
  return db.transaction('rw', db.tables, async () => {
    const device = await db.settings.bulkGet([...DEVICE_SETTING_KEYS]);
    const { counts } = await importBackup(db, backup, mode);
    await db.settings.bulkPut(device.filter((row) => row !== undefined));
    const carriesLearned = backup.tables.settings.some((row) => row.key === 'learner.state');
    // With no correction to learn from, the default state stands and no row is written: a restore gives back the same rows.
    if (mode === 'merge' || (!carriesLearned && (await db.corrections.count()) > 0)) {
      await setSetting(db, 'learner.state', learnedStateFrom(await db.corrections.toArray()));
    }
    return counts;
  });
}

function checkDraftRequest(payload: unknown): { kind: ReplyKind; options: ReplyOptions } {
  const fields = fieldsOf(payload);
  const problems: string[] = [];
  if (!(REPLY_KINDS as readonly unknown[]).includes(fields.kind)) problems.push(`"kind" must be one of: ${REPLY_KINDS.join(', ')}.`);
  if (fields.language !== undefined && !(TEMPLATE_LANGUAGES as readonly unknown[]).includes(fields.language)) {
    problems.push(`"language" must be one of: ${TEMPLATE_LANGUAGES.join(', ')}.`);
  }
  if (fields.declineReason !== undefined && !(DECLINE_REASONS as readonly unknown[]).includes(fields.declineReason)) {
    problems.push(`"declineReason" must be one of: ${DECLINE_REASONS.join(', ')}.`);
  }
  if (fields.contactId !== undefined && (typeof fields.contactId !== 'string' || !fields.contactId || fields.contactId.length > 200)) {
    problems.push('"contactId" must be the id of a referral contact.');
  }
  if (problems.length) throw new HandlerError('bad-request', 'A reply needs a kind and valid options.', problems);
  const options = Object.fromEntries(
    (['language', 'declineReason', 'contactId'] as const).filter((key) => fields[key] !== undefined).map((key) => [key, fields[key]]),
  ) as ReplyOptions;
  return { kind: fields.kind as ReplyKind, options };
}
