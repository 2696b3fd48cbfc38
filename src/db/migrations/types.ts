import type { Transaction } from 'dexie';

/**
 * One schema step. Versions are whole numbers counted from 1 and never reused; `stores` lists only
 * the tables this step adds or changes (Dexie keeps the rest), and `upgrade` rewrites existing rows.
 */
export interface Migration {
  version: number;
  description: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
