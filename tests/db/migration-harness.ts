/**
 * Checks one schema migration against realistic data, the way a candidate's browser meets it:
 * a database of the previous version full of rows is closed, then opened by the new code.
 *
 * Usage in tests/db/migrations/NNNN-name.test.ts:
 *
 *   it('keeps every row', () => checkMigration(2));
 *   it('splits sender names', () => checkMigration(3, { expectRows: (before) => ({ ...before, messages: ... }) }));
 *
 * The rows come from realistic-rows.ts, one set per schema version; add the rows of a new
 * version there when you add its migration.
 */
import Dexie, { type DexieOptions, type IndexableType, type IndexSpec, type Table, type TableSchema } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect } from 'vitest';
import { RecruiterAllyDb } from '../../src/db/database';
import { MIGRATIONS, type Migration } from '../../src/db/migrations';
import { realisticRowsAt, type Rows } from './realistic-rows';

export interface MigrationExpectation {
  /**
   * The rows every table should hold after the migration, given the rows written before it.
   * Leave it out when the migration must keep every row exactly as it was.
   */
  expectRows?: (before: Rows) => Rows;
}

export interface MigrationOutcome {
  /** The version the rows were written at; 0 when the migration creates the database. */
  previousVersion: number;
  /** Rows per table after the migration, as checked. */
  rowCounts: Record<string, number>;
}

let databases = 0;

/**
 * Writes the previous version's realistic rows, closes, reopens with the migration chain up to
 * `version`, and checks the stored schema, every row (by primary key, deep-equal) and every
 * declared index. For the first migration there is no earlier database: the rows of that version
 * are written into the database it creates and must survive closing and reopening.
 */
export async function checkMigration(
  version: number,
  expectation: MigrationExpectation = {},
): Promise<MigrationOutcome> {
  const position = MIGRATIONS.findIndex((migration) => migration.version === version);
  if (position < 0) throw new Error(`No migration has version ${version}.`);
  const chain = MIGRATIONS.slice(0, position + 1);
  const previous = MIGRATIONS.slice(0, position);
  const options = isolatedOptions();
  databases += 1;
  const name = `migration-${version}-${databases}`;

  let expected: Rows;
  if (previous.length === 0) {
    if (expectation.expectRows) throw new Error('The first migration has no earlier rows to transform.');
    expect(await options.indexedDB.databases(), 'the database must not exist yet').toEqual([]);
    expected = await fill(new RecruiterAllyDb(name, options, chain), realisticRowsAt(version));
  } else {
    const before = await fill(
      new RecruiterAllyDb(name, options, previous),
      realisticRowsAt(previous[previous.length - 1]!.version),
    );
    expected = (expectation.expectRows ?? ((rows: Rows) => rows))(before);
  }

  const db = new RecruiterAllyDb(name, options, chain);
  await db.open();
  try {
    expect(db.verno, 'the database should be at the migrated version').toBe(version);
    const rowCounts = await checkDatabase(db, chain, expected);
    return { previousVersion: previous.at(-1)?.version ?? 0, rowCounts };
  } finally {
    db.close();
  }
}

/**
 * A new install: the full current chain creates the database, the latest version's rows are
 * written, and they must survive closing and reopening with every index answering.
 */
export async function checkFreshInstall(): Promise<MigrationOutcome> {
  const options = isolatedOptions();
  databases += 1;
  const name = `fresh-install-${databases}`;
  const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
  const expected = await fill(new RecruiterAllyDb(name, options), realisticRowsAt(latest));
  const db = new RecruiterAllyDb(name, options);
  await db.open();
  try {
    expect(db.verno).toBe(latest);
    return { previousVersion: 0, rowCounts: await checkDatabase(db, MIGRATIONS, expected) };
  } finally {
    db.close();
  }
}

function isolatedOptions(): DexieOptions & { indexedDB: IDBFactory } {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** Opens `db`, writes `rows` into every table, closes it, and returns the rows as stored (with generated keys). */
async function fill(db: RecruiterAllyDb, rows: Rows): Promise<Rows> {
  await db.open();
  try {
    const tables = db.tables.map((table) => table.name).toSorted();
    // Every table needs realistic rows, or a migration could lose a table's data unnoticed.
    expect(Object.keys(rows).toSorted(), 'realistic rows must cover exactly the tables of this version').toEqual(tables);
    const stored: Record<string, object[]> = {};
    await db.transaction('rw', db.tables, () =>
      Promise.all(
        db.tables.map(async (table) => {
          const input = rows[table.name]!;
          expect(input.length, `realistic rows for "${table.name}"`).toBeGreaterThan(0);
          // Cloned so an auto-increment key written back into the object never touches the shared rows.
          const clones = input.map((row) => structuredClone(row));
          const keys = await table.bulkAdd(clones, { allKeys: true });
          const keyPath = table.schema.primKey.keyPath;
          stored[table.name] = clones.map((row, i) =>
            typeof keyPath === 'string' && Dexie.getByKeyPath(row, keyPath) === undefined
              ? Object.assign(row, { [keyPath]: keys[i] })
              : row,
          );
        }),
      ),
    );
    return stored;
  } finally {
    db.close();
  }
}

async function checkDatabase(db: RecruiterAllyDb, chain: readonly Migration[], expected: Rows): Promise<Record<string, number>> {
  const declared = declaredSchema(chain);
  expectStoredSchema(db.backendDB(), declared);
  expect(Object.keys(expected).filter((name) => !declared.has(name)), 'expected rows for tables that do not exist').toEqual([]);
  const rowCounts: Record<string, number> = {};
  await Promise.all(
    db.tables.map(async (table) => {
      const schema = declared.get(table.name)!;
      const rows = expected[table.name] ?? [];
      await expectRows(table, schema, rows);
      await expectIndexesAnswer(table, schema, rows);
      rowCounts[table.name] = rows.length;
    }),
  );
  return rowCounts;
}

/** The schema as the migrations declare it, parsed by Dexie itself from a database never opened. */
function declaredSchema(chain: readonly Migration[]): Map<string, TableSchema> {
  const probe = new RecruiterAllyDb('never-opened', isolatedOptions(), chain);
  return new Map(probe.tables.map((table) => [table.name, table.schema]));
}

/** The object stores and indexes IndexedDB really holds must be exactly the declared ones. */
function expectStoredSchema(idb: IDBDatabase, declared: Map<string, TableSchema>): void {
  const storeNames = Array.from(idb.objectStoreNames).toSorted();
  expect(storeNames, 'object stores').toEqual(Array.from(declared.keys()).toSorted());
  const tx = idb.transaction(storeNames, 'readonly');
  for (const [name, schema] of declared) {
    const store = tx.objectStore(name);
    expect(store.keyPath ?? undefined, `${name}: primary key`).toEqual(schema.primKey.keyPath);
    expect(store.autoIncrement, `${name}: auto-increment`).toBe(Boolean(schema.primKey.auto));
    expect(Array.from(store.indexNames).toSorted(), `${name}: indexes`).toEqual(schema.indexes.map((index) => index.name).toSorted());
    for (const spec of schema.indexes) {
      const index = store.index(spec.name);
      expect(index.keyPath, `${name}.${spec.name}: key path`).toEqual(spec.keyPath);
      expect(index.multiEntry, `${name}.${spec.name}: multi-entry`).toBe(Boolean(spec.multi));
      expect(index.unique, `${name}.${spec.name}: unique`).toBe(Boolean(spec.unique));
    }
  }
}

async function expectRows(table: Table, schema: TableSchema, rows: readonly object[]): Promise<void> {
  const keyPath = schema.primKey.keyPath;
  if (keyPath === undefined) throw new Error(`${table.name} has outbound keys; the harness needs inbound ones.`);
  const keys = rows.map((row) => keyOf(row, keyPath));
  const found = await table.bulkGet(keys);
  rows.forEach((row, i) => {
    expect(found[i], `${table.name} row ${JSON.stringify(keys[i])}`).toStrictEqual(row);
  });
  expect(await table.count(), `${table.name}: number of rows`).toBe(rows.length);
}

async function expectIndexesAnswer(table: Table, schema: TableSchema, rows: readonly object[]): Promise<void> {
  const primaryPath = schema.primKey.keyPath!;
  await Promise.all(schema.indexes.map((spec) => expectIndexAnswers(table, spec, primaryPath, rows)));
}

/**
 * The index finds each row by that row's value, and holds exactly the rows that have a valid
 * key there (a row without the field, like a message with no recruiterId yet, is left out).
 */
async function expectIndexAnswers(table: Table, spec: IndexSpec, primaryPath: string | string[], rows: readonly object[]): Promise<void> {
  const entries: [unknown, unknown][] = rows.flatMap((row) =>
    indexKeys(row, spec).map((key): [unknown, unknown] => [key, keyOf(row, primaryPath)]),
  );
  // An index no realistic row reaches is untested, or names a field that does not exist.
  expect(entries.length, `realistic rows must give ${table.name}.${spec.name} something to find`).toBeGreaterThan(0);
  const found = await Promise.all(entries.map(([key]) => table.where(spec.name).equals(key as IndexableType).primaryKeys()));
  entries.forEach(([key, primaryKey], i) => {
    expect(found[i], `${table.name}.${spec.name} = ${JSON.stringify(key)}`).toContainEqual(primaryKey);
  });
  const all = table.orderBy(spec.name);
  const [keys, primaryKeys] = await Promise.all([all.keys(), all.primaryKeys()]);
  const actual = keys.map((key, i) => JSON.stringify([key, primaryKeys[i]])).toSorted();
  expect(actual, `${table.name}.${spec.name}: every indexed entry`).toEqual(entries.map((entry) => JSON.stringify(entry)).toSorted());
}

function keyOf(row: object, keyPath: string | string[]): unknown {
  return Array.isArray(keyPath) ? keyPath.map((path) => Dexie.getByKeyPath(row, path)) : Dexie.getByKeyPath(row, keyPath);
}

/** The keys IndexedDB files a row under in one index: none, one, or one per distinct entry (multi-entry). */
function indexKeys(row: object, spec: IndexSpec): unknown[] {
  const value = keyOf(row, spec.keyPath!);
  if (spec.multi) {
    if (!Array.isArray(value)) return isValidKey(value) ? [value] : [];
    const distinct = new Map<string, unknown>();
    for (const item of value) if (isValidKey(item)) distinct.set(JSON.stringify(item), item);
    return [...distinct.values()];
  }
  return isValidKey(value) ? [value] : [];
}

function isValidKey(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isNaN(value);
  if (typeof value === 'string') return true;
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (Array.isArray(value)) return value.every(isValidKey);
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

/**
 * A database of `fromVersion`, full of that version's realistic rows, opened by the latest code:
 * the whole chain runs at once, as for a candidate who skipped updates. Every row must still be
 * there (every primary key of every table), the stored schema must be the latest, and every index
 * must answer.
 */
export async function checkUpgradeToLatest(fromVersion: number): Promise<Record<string, number>> {
  const position = MIGRATIONS.findIndex((migration) => migration.version === fromVersion);
  if (position < 0) throw new Error(`No migration has version ${fromVersion}.`);
  const options = isolatedOptions();
  databases += 1;
  const name = `upgrade-from-${fromVersion}-${databases}`;
  const before = await fill(new RecruiterAllyDb(name, options, MIGRATIONS.slice(0, position + 1)), realisticRowsAt(fromVersion));
  const db = new RecruiterAllyDb(name, options, MIGRATIONS);
  await db.open();
  try {
    expectStoredSchema(db.backendDB(), declaredSchema(MIGRATIONS));
    const counts: Record<string, number> = {};
    for (const table of db.tables) {
      const keyPath = table.schema.primKey.keyPath as string | string[];
      const expectedKeys = (before[table.name] ?? []).map((row) => JSON.stringify(keyOf(row, keyPath))).toSorted();
      const rows = await table.toArray();
      // No row lost; a migration may add rows of its own (migration 2 stores the learned state).
      const keys = new Set(rows.map((row) => JSON.stringify(keyOf(row as object, keyPath))));
      expect(expectedKeys.filter((key) => !keys.has(key)), `rows of "${table.name}" lost from v${fromVersion} to v${LATEST}`).toEqual([]);
      await expectIndexesAnswer(table, table.schema, rows as object[]);
      counts[table.name] = rows.length;
    }
    return counts;
  } finally {
    db.close();
  }
}

const LATEST = MIGRATIONS.at(-1)?.version ?? 0;
