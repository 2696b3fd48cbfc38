/**
 * Handlers that change data which follows the candidate to other browsers (profile, templates,
 * trust states, referral contacts) call syncedDataChanged(); the sync module (sync.ts) registers
 * what to do then. Kept apart so those handlers do not depend on storage.sync themselves.
 */
type Listener = () => void;

let listener: Listener | null = null;

export function onSyncedDataChanged(next: Listener | null): void {
  listener = next;
}

export function syncedDataChanged(): void {
  try {
    listener?.();
  } catch (error) {
    // Sync is best effort; the local write already succeeded.
    console.warn('Recruiter Ally: sync could not be scheduled', error);
  }
}
