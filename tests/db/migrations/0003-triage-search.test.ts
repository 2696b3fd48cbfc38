import { describe, expect, it } from 'vitest';
import { companyFromHeadline } from '../../../src/core/recruiter';
import { fold } from '../../../src/core/text';
import { MIGRATIONS } from '../../../src/db/migrations';
import { triageSearch } from '../../../src/db/migrations/0003-triage-search';
import type { MessageRecord } from '../../../src/db/records';
import { checkMigration } from '../migration-harness';
import { ROWS_V2, TRIAGE_FIELDS_V3, type RowsV2 } from '../realistic-rows';

describe('migration 3: role, company and search words for the triage list', () => {
  it('follows migration 2 and adds only the search index to messages', () => {
    expect(MIGRATIONS.map((m) => m.version)).toContain(3);
    expect(Object.keys(triageSearch.stores)).toEqual(['messages']);
    expect(triageSearch.stores.messages).toContain('*search');
    expect(triageSearch.stores.messages).toContain('[label+state+receivedAt]');
  });

  it('completes every stored message and keeps every other row as it was', async () => {
    const outcome = await checkMigration(3, {
      expectRows: (before) => {
        const rows = before as RowsV2;
        return { ...rows, messages: rows.messages.map((m: MessageRecord) => ({ ...m, ...TRIAGE_FIELDS_V3[m.key] })) };
      },
    });
    expect(outcome.previousVersion).toBe(2);
    expect(outcome.rowCounts.messages).toBe(ROWS_V2.messages.length);
  });

  it('reads the values the triage list shows (frozen in realistic-rows, checked here against the message text)', () => {
    const own = ROWS_V2.messages.filter((m) => m.isOwn);
    expect(own.map((m) => TRIAGE_FIELDS_V3[m.key])).toEqual(own.map(() => ({ search: [] })));
    const theirs = ROWS_V2.messages.filter((m) => !m.isOwn);
    expect(theirs.map((m) => TRIAGE_FIELDS_V3[m.key]?.company)).toEqual(
      theirs.map((m) => m.sender.company ?? (m.sender.headline ? companyFromHeadline(m.sender.headline) : undefined)),
    );
    // Each role is named in the subject or the body; every word of the sender's name is found by the index.
    const named = theirs.filter((m) => TRIAGE_FIELDS_V3[m.key]?.role !== undefined);
    expect(named.length).toBeGreaterThan(5);
    for (const m of named) expect(fold(`${m.subject ?? ''}\n${m.body}`)).toContain(fold(TRIAGE_FIELDS_V3[m.key]!.role!));
    for (const m of theirs) {
      const words = fold(m.sender.name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      expect(TRIAGE_FIELDS_V3[m.key]!.search).toEqual(expect.arrayContaining(words));
    }
  });
});
