import { initial } from './0001-initial';
import { scoring } from './0002-scoring';
import { triageSearch } from './0003-triage-search';
import type { Migration } from './types';

/** Every schema step in order. A later change adds a file here; it never edits an earlier one. */
export const MIGRATIONS: readonly Migration[] = [initial, scoring, triageSearch];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export type { Migration } from './types';
