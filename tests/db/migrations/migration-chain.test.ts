import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS } from '../../../src/db/migrations';
import { RecruiterAllyDb } from '../../../src/db/database';
import { checkFreshInstall, checkUpgradeToLatest } from '../migration-harness';
import { REALISTIC_ROWS } from '../realistic-rows';

describe('the migration chain', () => {
  it('counts versions 1, 2, 3… without gaps, so every upgrade path is tested', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('has realistic rows for every version, which the next migration test needs', () => {
    for (const migration of MIGRATIONS) expect(REALISTIC_ROWS[migration.version], `rows of v${migration.version}`).toBeDefined();
  });

  it('builds a new install from the full chain that keeps realistic rows across a restart', async () => {
    const outcome = await checkFreshInstall();
    expect(Object.values(outcome.rowCounts).every((count) => count > 0)).toBe(true);
  });

  it('refuses a chain out of order instead of building a wrong schema', () => {
    const [first] = MIGRATIONS;
    expect(() => new RecruiterAllyDb('out-of-order', undefined, [first!, first!])).toThrow(/out of order/);
  });
});

describe('every earlier schema version opened by the latest code', () => {
  it.each(MIGRATIONS.slice(0, -1).map((migration) => migration.version))('version %i keeps every row of every table', async (version) => {
    const counts = await checkUpgradeToLatest(version);
    expect(Object.values(counts).every((count) => count > 0)).toBe(true);
  });
});
