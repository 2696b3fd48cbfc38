import { describe, expect, it } from 'vitest';
import type { TriageItem } from '../../src/messaging/protocol';
import { filterSections, foldText, hasMore, keepCursor, matchesQuery, visibleRows, type TriageData } from '../../src/popup/triage-rows';

function item(key: string, fields: Partial<TriageItem> = {}): TriageItem {
  return {
    key,
    site: 'linkedin',
    threadKey: `thread-${key}`,
    threadUrl: null,
    sender: { name: `Sender ${key}` },
    company: null,
    role: null,
    subject: null,
    preview: '',
    receivedAt: 0,
    label: 'targeted',
    score: 80,
    state: 'awaiting',
    reasons: [],
    recruiterId: null,
    trust: null,
    ...fields,
  };
}

const DATA: TriageData = {
  targeted: [
    item('t1', { sender: { name: 'Jana Müller' }, company: 'Lumen Talent', role: 'Senior Frontend Engineer', reasons: ['Names your employer Quellwerk Energy'] }),
    item('t2', { sender: { name: 'Ola Berg' }, role: 'Staff Engineer', site: 'gmail' }),
  ],
  unsure: [item('u1', { label: 'unsure', score: 50, preview: 'A role in Lisbon, interested?' })],
  spam: [item('s1', { label: 'spam', score: 5, subject: 'Urgent Java roles!!!' }), item('s2', { label: 'spam', score: 3 })],
  counts: { awaiting: 2, unsure: 1, spam: 2 },
};

describe('visibleRows', () => {
  it('lists targeted first, then unsure, and leaves folded spam out', () => {
    const rows = visibleRows(DATA, false);
    expect(rows.map((row) => row.item.key)).toEqual(['t1', 't2', 'u1']);
    expect(rows.map((row) => row.section)).toEqual(['targeted', 'targeted', 'unsure']);
  });

  it('puts spam last once it is unfolded', () => {
    expect(visibleRows(DATA, true).map((row) => row.item.key)).toEqual(['t1', 't2', 'u1', 's1', 's2']);
  });

  it('keeps sections in order whatever order the object keys come in', () => {
    const shuffled = { spam: DATA.spam, unsure: DATA.unsure, targeted: DATA.targeted };
    expect(visibleRows(shuffled, true)[0]?.section).toBe('targeted');
    expect(visibleRows(shuffled, true).at(-1)?.section).toBe('spam');
  });
});

describe('search filter', () => {
  it('finds by sender, company, role, subject, preview, reasons and site, ignoring case and accents', () => {
    const [jana] = DATA.targeted;
    expect(matchesQuery(jana!, 'muller')).toBe(true);
    expect(matchesQuery(jana!, 'LUMEN')).toBe(true);
    expect(matchesQuery(jana!, 'frontend')).toBe(true);
    expect(matchesQuery(jana!, 'quellwerk')).toBe(true);
    expect(matchesQuery(jana!, 'linkedin')).toBe(true);
    expect(matchesQuery(DATA.unsure[0]!, 'lisbon')).toBe(true);
    expect(matchesQuery(DATA.spam[0]!, 'urgent java')).toBe(true);
  });

  it('needs every word of the query, anywhere in the row', () => {
    const [jana] = DATA.targeted;
    expect(matchesQuery(jana!, 'jana senior')).toBe(true);
    expect(matchesQuery(jana!, 'jana staff')).toBe(false);
  });

  it('lets everything through for an empty or blank query', () => {
    expect(filterSections(DATA, '   ')).toEqual({ targeted: DATA.targeted, unsure: DATA.unsure, spam: DATA.spam });
  });

  it('filters each section on its own and keeps the worker order', () => {
    const found = filterSections(DATA, 'engineer');
    expect(found.targeted.map((row) => row.key)).toEqual(['t1', 't2']);
    expect(found.unsure).toEqual([]);
    expect(found.spam).toEqual([]);
  });

  it('folds accents and case the same way on both sides', () => {
    expect(foldText('Équipe Zürich')).toBe('equipe zurich');
  });
});

describe('paging and cursor', () => {
  it('knows when the worker holds more rows than it sent', () => {
    expect(hasMore(DATA)).toBe(false);
    expect(hasMore({ ...DATA, counts: { ...DATA.counts, spam: 9000 } })).toBe(true);
  });

  it('keeps the cursor on the same message after the list changed, else on the same place', () => {
    const rows = visibleRows(DATA, false);
    expect(keepCursor(rows, 'u1', 0)).toBe(2);
    expect(keepCursor(rows, 'gone', 1)).toBe(1);
    expect(keepCursor(rows, 'gone', 99)).toBe(2);
    expect(keepCursor([], 't1', 3)).toBe(0);
  });
});
