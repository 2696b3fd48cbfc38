/**
 * The part of browser.storage.sync the sync code uses, injected so tests run it against an
 * in-memory area with the same quotas.
 */
export interface SyncArea {
  /** null: every item. */
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  getBytesInUse(keys: string[] | null): Promise<number>;
}
