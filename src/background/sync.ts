/**
 * Opt-in sync of what follows the candidate to their other browsers: profile, their own templates,
 * the recruiters they trusted or muted, and referral contacts, through storage.sync (injected as a
 * SyncArea). Messages never sync. Every run reads what is in sync, merges it into IndexedDB, and
 * pushes the merged snapshot back when it differs. Runs one at a time; whether a local edit still
 * has to be pushed is kept in IndexedDB ('sync.dirty'), so a worker stopped mid-wait pushes at its
 * next start.
 */
import type { Profile } from '../core/profile';
import { REPLY_KINDS } from '../core/replies/drafts';
import type { SyncArea } from '../core/sync/area';
import { decodeSnapshot, itemBytes, KEY_PREFIX, planPush, encodeSnapshot, snapshotChecksum, SYNC_QUOTA } from '../core/sync/chunks';
import { changesBetween, hasChanges, mergeSnapshots, type LocalChanges } from '../core/sync/merge';
import { baseOf, emptySnapshot, type SyncedRecruiter, type SyncSnapshot } from '../core/sync/snapshot';
import type { RecruiterAllyDb } from '../db/database';
import type { RecruiterRecord, ReplyKind, SyncState, TemplateRecord } from '../db/records';
import { getSetting, setSetting } from '../db/repositories/settings';
import type { SyncStatus } from '../messaging/protocol';
import { setRecruiterTrust } from './scoring';

/** How long after a local edit the push waits, so a burst of edits is one write. */
export const PUSH_DELAY_MS = 2_000;

export interface SyncContext {
  db: RecruiterAllyDb;
  /** Null where the browser offers no storage.sync. */
  area: SyncArea | null;
  now: () => number;
}

const NO_AREA = 'This browser offers no sync storage, so nothing can sync here.';

// ---- Local data as a snapshot ------------------------------------------------------------------

export async function localSnapshot(db: RecruiterAllyDb): Promise<SyncSnapshot> {
  return db.transaction('r', [db.profile, db.templates, db.recruiters, db.contacts], async () => {
    const [profile, templates, recruiters, contacts] = await Promise.all([
      db.profile.get('me'),
      db.templates.filter((t) => !t.builtIn).toArray(),
      db.recruiters.where('trust').anyOf(['trusted', 'muted']).toArray(),
      db.contacts.toArray(),
    ]);
    const snapshot = emptySnapshot();
    if (profile) {
      const { id: _id, updatedAt, ...value } = profile;
      snapshot.profile = { value, updatedAt };
    }
    snapshot.templates = templates.map(({ builtIn: _builtIn, ...template }) => template);
    snapshot.recruiters = recruiters.map(syncedRecruiterOf);
    snapshot.contacts = contacts;
    return snapshot;
  });
}

function syncedRecruiterOf(record: RecruiterRecord): SyncedRecruiter {
  return {
    identities: record.identities,
    name: record.displayName,
    ...(record.company === undefined ? {} : { company: record.company }),
    trust: record.trust === 'muted' ? 'muted' : 'trusted',
    ...(record.note === undefined ? {} : { note: record.note }),
  };
}

// ---- Status and opting in ----------------------------------------------------------------------

export async function syncStatus({ db, area }: SyncContext): Promise<SyncStatus> {
  const [enabled, state] = await Promise.all([getSetting(db, 'sync.enabled'), getSetting(db, 'sync.state')]);
  let bytesInUse = 0;
  let error = state.error;
  if (!area) {
    if (enabled) error = NO_AREA;
  } else {
    try {
      // Counted here as Chrome counts (key plus JSON value): Firefox's getBytesInUse is not everywhere.
      const everything = await area.get(null);
      bytesInUse = Object.keys(everything)
        .filter((key) => key.startsWith(KEY_PREFIX))
        .reduce((sum, key) => sum + itemBytes(key, everything[key]), 0);
    } catch (cause) {
      error ??= unavailable(cause);
    }
  }
  return { enabled, lastPushedAt: state.lastPushedAt, lastPulledAt: state.lastPulledAt, bytesInUse, quotaBytes: SYNC_QUOTA.bytes, error };
}

/**
 * Opting in merges what other browsers synced and pushes this one's data; opting out stops syncing
 * here and leaves the synced copy alone, for the other browsers that still use it.
 */
export async function setSyncEnabled(context: SyncContext, enabled: boolean): Promise<SyncStatus> {
  const { db } = context;
  await db.transaction('rw', db.settings, async () => {
    await setSetting(db, 'sync.enabled', enabled);
    await setSetting(db, 'sync.state', { ...(await getSetting(db, 'sync.state')), error: null });
  });
  if (enabled) await runSync(context, 'start');
  return syncStatus(context);
}

// ---- Running a sync ----------------------------------------------------------------------------

let queue: Promise<unknown> = Promise.resolve();

/** One sync at a time in this worker: a remote change and a local edit never interleave. */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export type SyncReason = 'start' | 'local' | 'remote';

/**
 * Merges sync into this browser and pushes the result. 'remote' runs (storage.onChanged) skip the
 * echo of this browser's own push. Never throws: a failure is kept as the status's error.
 */
export function runSync(context: SyncContext, reason: SyncReason): Promise<void> {
  return exclusive(async () => {
    try {
      await syncOnce(context, reason);
    } catch (cause) {
      await updateState(context.db, { error: unavailable(cause) });
      console.warn('Recruiter Ally: sync failed', cause);
    }
  });
}

async function syncOnce({ db, area, now }: SyncContext, reason: SyncReason): Promise<void> {
  if (!(await getSetting(db, 'sync.enabled'))) return;
  if (!area) {
    await updateState(db, { error: NO_AREA });
    return;
  }
  const [state, dirtySince] = await Promise.all([getSetting(db, 'sync.state'), getSetting(db, 'sync.dirty')]);
  const everything = await area.get(null);
  const decoded = decodeSnapshot(everything);
  if (decoded.status === 'incomplete') {
    // Another browser's write is still arriving (or is newer than this version): pushing now would overwrite it.
    await updateState(db, { error: decoded.reason });
    return;
  }
  if (reason === 'remote' && decoded.status === 'ok' && decoded.manifest.checksum === state.checksum && !dirtySince) return;
  // Another browser took its manifest away to write a large change: answering with this one's own
  // snapshot would race it. Its new manifest comes as the next change.
  if (reason === 'remote' && decoded.status === 'empty') return;

  let merged = await localSnapshot(db);
  let base = state.base;
  let remoteChecksum: string | null = null;
  const update: Partial<SyncState> = {};
  if (decoded.status === 'ok') {
    const local = merged;
    merged = mergeSnapshots(local, decoded.snapshot, state.base, { preferLocal: dirtySince > 0 });
    const changes = changesBetween(local, merged);
    if (hasChanges(changes)) await applyChanges(db, changes, now());
    remoteChecksum = decoded.manifest.checksum;
    base = baseOf(decoded.snapshot);
    Object.assign(update, { lastPulledAt: now(), checksum: remoteChecksum, base });
  }

  const nextChecksum = snapshotChecksum(merged);
  if (nextChecksum !== remoteChecksum) {
    const plan = planPush(encodeSnapshot(merged, now()), everything);
    if (plan.status === 'over-quota') {
      // Nothing was written; the edit stays marked so the push is tried again after the next one.
      await updateState(db, { ...update, error: plan.error });
      return;
    }
    if (plan.status === 'write') {
      for (const step of plan.steps) {
        if (step.remove) await area.remove(step.remove);
        if (step.set) await area.set(step.set);
      }
    }
    Object.assign(update, { lastPushedAt: now(), checksum: nextChecksum, base: baseOf(merged) });
  }
  await updateState(db, { ...update, error: null });
  await db.transaction('rw', db.settings, async () => {
    // An edit made while this run read the data is newer than the push: it stays marked.
    if ((await getSetting(db, 'sync.dirty')) === dirtySince) await setSetting(db, 'sync.dirty', 0);
  });
}

async function updateState(db: RecruiterAllyDb, update: Partial<SyncState>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await setSetting(db, 'sync.state', { ...(await getSetting(db, 'sync.state')), ...update });
  });
}

function unavailable(cause: unknown): string {
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (/quota/i.test(detail)) {
    return `Sync is full: the browser refused the write (${detail}); shorten or remove some templates, notes or contacts; messages never sync.`;
  }
  return `Sync storage could not be used: ${detail}.`;
}

/** Writes what the merge decided into IndexedDB, in one transaction; trust changes rescore that recruiter's messages. */
async function applyChanges(db: RecruiterAllyDb, changes: LocalChanges, now: number): Promise<void> {
  const tables = [db.profile, db.templates, db.recruiters, db.contacts, db.messages, db.corrections, db.settings];
  await db.transaction('rw', tables, async () => {
    if (changes.profile) {
      await db.profile.put({ ...(changes.profile.value as Profile), id: 'me', updatedAt: changes.profile.updatedAt });
    }
    const templates: TemplateRecord[] = changes.putTemplates
      .filter((t) => (REPLY_KINDS as readonly string[]).includes(t.kind))
      .map((t) => ({ ...t, kind: t.kind as ReplyKind, builtIn: false }));
    await db.templates.bulkPut(templates);
    await db.templates.bulkDelete(changes.deleteTemplates);
    await db.contacts.bulkPut(changes.putContacts);
    await db.contacts.bulkDelete(changes.deleteContacts);
    for (const entry of changes.setTrust) {
      const id = await recruiterFor(db, entry, now);
      await setRecruiterTrust(db, id, entry.trust, entry.note ?? '');
    }
    for (const entry of changes.neutral) {
      for (const record of await db.recruiters.where('identities').anyOf(entry.identities).distinct().toArray()) {
        await setRecruiterTrust(db, record.id, 'neutral', undefined);
      }
    }
  });
}

/** The recruiter sharing an identity with a synced one (learning its other identities), or a new record. */
async function recruiterFor(db: RecruiterAllyDb, entry: SyncedRecruiter, now: number): Promise<string> {
  const found = await db.recruiters.where('identities').anyOf(entry.identities).distinct().toArray();
  const known = found.toSorted((a, b) => a.firstSeenAt - b.firstSeenAt || a.id.localeCompare(b.id))[0];
  if (known) {
    const identities = [...new Set([...known.identities, ...entry.identities])];
    if (identities.length !== known.identities.length) await db.recruiters.update(known.id, { identities });
    return known.id;
  }
  const created: RecruiterRecord = {
    id: crypto.randomUUID(),
    displayName: entry.name,
    ...(entry.company === undefined ? {} : { company: entry.company }),
    identities: entry.identities,
    trust: entry.trust,
    ...(entry.note === undefined ? {} : { note: entry.note }),
    firstSeenAt: now,
    lastContactAt: now,
    messageCount: 0,
  };
  await db.recruiters.add(created);
  return created.id;
}

// ---- Local edits -------------------------------------------------------------------------------

let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * A local edit to synced data: marked in IndexedDB first (it survives the worker stopping), then
 * pushed after a short wait that gathers a burst of edits into one write.
 */
export async function localEdit(context: SyncContext, delayMs = PUSH_DELAY_MS): Promise<void> {
  if (!(await getSetting(context.db, 'sync.enabled'))) return;
  await setSetting(context.db, 'sync.dirty', context.now());
  clearTimeout(timer);
  timer = setTimeout(() => void runSync(context, 'local'), delayMs);
}

/** At worker start: an edit a stopped worker did not push yet, and whatever changed in sync meanwhile. */
export async function syncAtStart(context: SyncContext): Promise<void> {
  await runSync(context, 'start');
}
