/**
 * Merging what another browser synced into this one. The base (what this browser last saw in sync)
 * tells a deletion from an addition: an item in the base that one side no longer has was deleted
 * there. Profile and templates: the newer edit wins. Recruiters (matched by any shared identity) and
 * contacts (by id): this browser's version when it has unsynced edits, the synced one otherwise.
 */
import { normaliseSnapshot, type SyncBase, type SyncedContact, type SyncedRecruiter, type SyncedTemplate, type SyncSnapshot } from './snapshot';

export interface MergeOptions {
  /** This browser has edits it has not pushed yet: they are newer than the synced copy. */
  preferLocal: boolean;
}

export function mergeSnapshots(local: SyncSnapshot, remote: SyncSnapshot, base: SyncBase, options: MergeOptions): SyncSnapshot {
  return normaliseSnapshot({
    profile: mergeProfile(local.profile, remote.profile),
    templates: mergeById(local.templates, remote.templates, new Set(base.templates), (l, r) => (r.updatedAt > l.updatedAt ? r : l)),
    contacts: mergeById(local.contacts, remote.contacts, new Set(base.contacts), (l, r) => (options.preferLocal ? l : r)),
    recruiters: mergeRecruiters(local.recruiters, remote.recruiters, new Set(base.recruiters), options),
  });
}

function mergeProfile(local: SyncSnapshot['profile'], remote: SyncSnapshot['profile']): SyncSnapshot['profile'] {
  if (!local) return remote;
  if (!remote) return local;
  return remote.updatedAt > local.updatedAt ? remote : local;
}

function mergeById<T extends SyncedTemplate | SyncedContact>(
  local: readonly T[],
  remote: readonly T[],
  base: ReadonlySet<string>,
  pick: (local: T, remote: T) => T,
): T[] {
  const remoteById = new Map(remote.map((item) => [item.id, item]));
  const localById = new Map(local.map((item) => [item.id, item]));
  const merged: T[] = [];
  for (const item of local) {
    const other = remoteById.get(item.id);
    if (other) merged.push(pick(item, other));
    // Synced before and gone from sync now: deleted in another browser.
    else if (!base.has(item.id)) merged.push(item);
  }
  for (const item of remote) {
    // Synced before and gone here now: deleted in this browser.
    if (!localById.has(item.id) && !base.has(item.id)) merged.push(item);
  }
  return merged;
}

function mergeRecruiters(
  local: readonly SyncedRecruiter[],
  remote: readonly SyncedRecruiter[],
  base: ReadonlySet<string>,
  options: MergeOptions,
): SyncedRecruiter[] {
  const inBase = (r: SyncedRecruiter): boolean => r.identities.some((id) => base.has(id));
  const used = new Set<SyncedRecruiter>();
  const merged: SyncedRecruiter[] = [];
  for (const mine of local) {
    const theirs = remote.find((r) => !used.has(r) && sharesIdentity(r, mine));
    if (theirs) {
      used.add(theirs);
      const winner = options.preferLocal ? mine : theirs;
      merged.push({ ...winner, identities: [...new Set([...mine.identities, ...theirs.identities])] });
    } else if (!inBase(mine)) {
      merged.push(mine);
    }
  }
  for (const theirs of remote) {
    if (!used.has(theirs) && !inBase(theirs)) merged.push(theirs);
  }
  return merged;
}

export function sharesIdentity(a: Pick<SyncedRecruiter, 'identities'>, b: Pick<SyncedRecruiter, 'identities'>): boolean {
  const ids = new Set(a.identities);
  return b.identities.some((id) => ids.has(id));
}

/** What this browser has to change so its data equals `merged`. */
export interface LocalChanges {
  profile: SyncSnapshot['profile'] | undefined;
  putTemplates: SyncedTemplate[];
  deleteTemplates: string[];
  /** Trust states to set (on the recruiter with a shared identity, or a new one). */
  setTrust: SyncedRecruiter[];
  /** Recruiters no longer trusted or muted in sync: back to neutral. */
  neutral: SyncedRecruiter[];
  putContacts: SyncedContact[];
  deleteContacts: string[];
}

export function changesBetween(localSnapshot: SyncSnapshot, mergedSnapshot: SyncSnapshot): LocalChanges {
  const local = normaliseSnapshot(localSnapshot);
  const merged = normaliseSnapshot(mergedSnapshot);
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  const diff = <T extends { id: string }>(from: readonly T[], to: readonly T[]) => {
    const fromById = new Map(from.map((item) => [item.id, item]));
    const toIds = new Set(to.map((item) => item.id));
    return {
      put: to.filter((item) => !same(fromById.get(item.id), item)),
      remove: from.filter((item) => !toIds.has(item.id)).map((item) => item.id),
    };
  };
  const templates = diff(local.templates, merged.templates);
  const contacts = diff(local.contacts, merged.contacts);
  return {
    profile: same(local.profile, merged.profile) ? undefined : merged.profile,
    putTemplates: templates.put,
    deleteTemplates: templates.remove,
    setTrust: merged.recruiters.filter((r) => !local.recruiters.some((l) => same(l, r))),
    neutral: local.recruiters.filter((l) => !merged.recruiters.some((r) => sharesIdentity(l, r))),
    putContacts: contacts.put,
    deleteContacts: contacts.remove,
  };
}

export function hasChanges(changes: LocalChanges): boolean {
  return (
    changes.profile !== undefined ||
    changes.putTemplates.length + changes.deleteTemplates.length + changes.setTrust.length + changes.neutral.length > 0 ||
    changes.putContacts.length + changes.deleteContacts.length > 0
  );
}
