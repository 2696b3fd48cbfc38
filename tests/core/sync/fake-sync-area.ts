import type { SyncArea } from '../../../src/core/sync/area';
import { itemBytes, SYNC_QUOTA } from '../../../src/core/sync/chunks';

/**
 * storage.sync in memory, with Chrome's quotas and Chrome's errors: a write that would break a quota
 * throws and changes nothing. Values are stored as JSON, so a caller never shares objects with it.
 */
export class FakeSyncArea implements SyncArea {
  readonly items = new Map<string, string>();
  /** Every set() and remove() call, for tests that check what was written. */
  readonly writes: { set?: string[]; remove?: string[] }[] = [];
  /** Storage change listeners, called like storage.onChanged for area 'sync'. */
  readonly listeners: ((changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => void)[] = [];

  constructor(readonly quota: { bytes: number; bytesPerItem: number; maxItems: number } = SYNC_QUOTA) {}

  async get(keys: string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys ?? [...this.items.keys()];
    return Object.fromEntries(wanted.filter((k) => this.items.has(k)).map((k) => [k, JSON.parse(this.items.get(k)!)]));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > this.quota.bytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, JSON.stringify(value));
    }
    if (next.size > this.quota.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    if (bytesOf(next) > this.quota.bytes) throw new Error('QUOTA_BYTES quota exceeded');
    const changes = Object.fromEntries(
      Object.entries(items).map(([key, value]) => [key, { ...(this.items.has(key) ? { oldValue: JSON.parse(this.items.get(key)!) } : {}), newValue: value }]),
    );
    this.items.clear();
    for (const [key, value] of next) this.items.set(key, value);
    this.writes.push({ set: Object.keys(items) });
    this.emit(changes);
  }

  async remove(keys: string[]): Promise<void> {
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const key of keys) {
      if (this.items.has(key)) changes[key] = { oldValue: JSON.parse(this.items.get(key)!) };
      this.items.delete(key);
    }
    this.writes.push({ remove: keys });
    this.emit(changes);
  }

  async getBytesInUse(keys: string[] | null): Promise<number> {
    const wanted = keys ?? [...this.items.keys()];
    return bytesOf(new Map(wanted.filter((k) => this.items.has(k)).map((k) => [k, this.items.get(k)!])));
  }

  private emit(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): void {
    if (Object.keys(changes).length) for (const listener of this.listeners) listener(changes);
  }
}

function bytesOf(items: Map<string, string>): number {
  let total = 0;
  for (const [key, json] of items) total += itemBytes(key, JSON.parse(json));
  return total;
}
