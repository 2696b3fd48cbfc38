import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { RecruiterAllyDb } from '../../src/db/database';

let opened = 0;

/** A database of the current schema in its own fake IndexedDB, so no test sees another's rows. */
export function createTestDb(): RecruiterAllyDb {
  opened += 1;
  return new RecruiterAllyDb(`recruiter-ally-test-${opened}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}
