import Dexie, { type DexieOptions, type Table } from 'dexie';
import { MIGRATIONS, type Migration } from './migrations';
import type {
  ContactRecord,
  CorrectionRecord,
  MessageRecord,
  ProfileRecord,
  RecruiterRecord,
  SettingRecord,
  TemplateRecord,
} from './records';

export const DB_NAME = 'recruiter-ally';

export class RecruiterAllyDb extends Dexie {
  declare profile: Table<ProfileRecord, 'me'>;
  declare messages: Table<MessageRecord, string>;
  declare recruiters: Table<RecruiterRecord, string>;
  declare templates: Table<TemplateRecord, string>;
  declare contacts: Table<ContactRecord, string>;
  declare corrections: Table<CorrectionRecord, number>;
  declare settings: Table<SettingRecord, string>;

  /** `migrations` defaults to all of them; tests pass a prefix to build an older database. */
  constructor(name = DB_NAME, options?: DexieOptions, migrations: readonly Migration[] = MIGRATIONS) {
    super(name, options);
    applyMigrations(this, migrations);
  }
}

function applyMigrations(db: Dexie, migrations: readonly Migration[]): void {
  let previous = 0;
  for (const migration of migrations) {
    if (migration.version <= previous) {
      throw new Error(`Migration ${migration.version} is out of order after ${previous}.`);
    }
    previous = migration.version;
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
}

let shared: RecruiterAllyDb | undefined;

/** The one database of an extension page or the worker. Never call this from a content script. */
export function database(): RecruiterAllyDb {
  shared ??= new RecruiterAllyDb();
  return shared;
}
