import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DUPLICATE_WINDOW_MS, MemoryHistory, viewOf, type HistoryQuery } from '../../../src/core/scoring/history';
import type { HistoryEntry, HistoryView } from '../../../src/core/scoring/types';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-06-15T12:00:00Z');
const BASE = '5a3c9e0172f4b6d8';

/** The fingerprint with the lowest `bits` bits flipped. */
function flip(fp: string, bits: number): string {
  const mask = (1n << BigInt(bits)) - 1n;
  return (BigInt(`0x${fp}`) ^ mask).toString(16).padStart(16, '0');
}

function entry(key: string, overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    key,
    threadKey: null,
    sentAt: NOW - DAY,
    identities: [`email:${key}@agency.example`],
    agency: null,
    fingerprint: flip(BASE, 40),
    label: 'spam',
    isOwn: false,
    ...overrides,
  };
}

const QUERY: HistoryQuery = {
  threadKey: 't-1',
  identities: ['email:ines@talentbridge.example', 'name:ines callejo|talentbridge'],
  agency: 'domain:talentbridge.example',
  fingerprint: BASE,
  sentAt: NOW,
};

const keys = (view: HistoryView) => ({
  thread: view.thread.map((e) => e.key),
  sameSender: view.sameSender.map((e) => e.key),
  sameAgency: view.sameAgency.map((e) => e.key),
  nearDuplicates: view.nearDuplicates.map((e) => e.key),
});

describe('viewOf', () => {
  it('puts the thread in order, own messages included', () => {
    const view = viewOf(QUERY, [
      entry('reply', { threadKey: 't-1', sentAt: NOW - 1 * DAY, isOwn: true, label: null, identities: ['me'] }),
      entry('first', { threadKey: 't-1', sentAt: NOW - 3 * DAY, identities: ['email:ines@talentbridge.example'] }),
      entry('elsewhere', { threadKey: 't-2', sentAt: NOW - 2 * DAY }),
    ]);
    expect(keys(view).thread).toEqual(['first', 'reply']);
  });

  it('finds the same recruiter by any shared identity, never the candidate’s own messages', () => {
    const view = viewOf(QUERY, [
      entry('by-mail', { identities: ['email:ines@talentbridge.example'], sentAt: NOW - 5 * DAY }),
      entry('by-name', { identities: ['li:ines-c', 'name:ines callejo|talentbridge'], sentAt: NOW - 4 * DAY }),
      entry('own', { identities: ['email:ines@talentbridge.example'], isOwn: true, label: null }),
      entry('stranger', { identities: ['email:bo@elsewhere.example'] }),
    ]);
    expect(keys(view).sameSender).toEqual(['by-mail', 'by-name']);
  });

  it('finds colleagues of the same agency who are not the same recruiter', () => {
    const view = viewOf(QUERY, [
      entry('colleague', { identities: ['email:bo@talentbridge.example'], agency: 'domain:talentbridge.example' }),
      entry('same-person', { identities: ['email:ines@talentbridge.example'], agency: 'domain:talentbridge.example' }),
      entry('other-agency', { identities: ['email:max@other.example'], agency: 'domain:other.example' }),
    ]);
    expect(keys(view).sameAgency).toEqual(['colleague']);
    expect(keys(view).sameSender).toEqual(['same-person']);
  });

  it('finds near duplicates from this month, outside the thread, never the candidate’s own', () => {
    const view = viewOf(QUERY, [
      entry('close', { fingerprint: flip(BASE, 6), sentAt: NOW - 3 * DAY }),
      entry('identical', { fingerprint: BASE, sentAt: NOW - 2 * DAY }),
      entry('far', { fingerprint: flip(BASE, 24) }),
      entry('old', { fingerprint: BASE, sentAt: NOW - DUPLICATE_WINDOW_MS - 1 }),
      entry('just-in-window', { fingerprint: BASE, sentAt: NOW - DUPLICATE_WINDOW_MS }),
      entry('same-thread', { fingerprint: BASE, threadKey: 't-1' }),
      entry('own', { fingerprint: BASE, isOwn: true, label: null }),
    ]);
    expect(keys(view).nearDuplicates).toEqual(['just-in-window', 'close', 'identical']);
  });

  it('ignores messages after this one and entries seen twice', () => {
    const twice = entry('twice', { threadKey: 't-1' });
    const view = viewOf(QUERY, [twice, twice, entry('later', { threadKey: 't-1', sentAt: NOW + 1 })]);
    expect(keys(view).thread).toEqual(['twice']);
  });

  it('never takes an empty text for a duplicate of another empty text', () => {
    const view = viewOf({ ...QUERY, fingerprint: '0000000000000000' }, [entry('empty', { fingerprint: '0000000000000000' })]);
    expect(view.nearDuplicates).toEqual([]);
  });

  it('is empty without a thread, identities or agency to go on', () => {
    const view = viewOf({ threadKey: null, identities: [], agency: null, fingerprint: BASE, sentAt: NOW }, [
      entry('a', { threadKey: null, agency: null }),
    ]);
    expect(keys(view)).toEqual({ thread: [], sameSender: [], sameAgency: [], nearDuplicates: [] });
  });
});

describe('MemoryHistory', () => {
  it('stores, counts and gets entries by key', () => {
    const history = new MemoryHistory();
    expect(history.size).toBe(0);
    history.add(entry('a'));
    history.add(entry('b'));
    history.add(entry('a', { label: 'targeted' }));
    expect(history.size).toBe(2);
    expect(history.get('a')?.label).toBe('targeted');
    expect(history.get('missing')).toBeUndefined();
  });

  it('relabels a corrected entry, and ignores unknown keys', () => {
    const history = new MemoryHistory();
    history.add(entry('a'));
    history.relabel('a', 'targeted');
    expect(history.get('a')).toMatchObject({ label: 'targeted', corrected: true });
    history.relabel('a', 'spam', false);
    expect(history.get('a')).toMatchObject({ label: 'spam', corrected: false });
    history.relabel('nobody', 'other');
    expect(history.size).toBe(1);
  });

  it('answers the same view as a scan of everything', () => {
    const history = new MemoryHistory();
    const all = [
      entry('thread', { threadKey: 't-1', sentAt: NOW - 9 * DAY }),
      entry('sender', { identities: ['email:ines@talentbridge.example'], sentAt: NOW - 8 * DAY }),
      entry('agency', { agency: 'domain:talentbridge.example', sentAt: NOW - 7 * DAY }),
      entry('dup', { fingerprint: flip(BASE, 9), sentAt: NOW - 6 * DAY }),
      entry('unrelated', { sentAt: NOW - 5 * DAY }),
    ];
    for (const e of all) history.add(e);
    const view = history.view(QUERY);
    expect(view).toEqual(viewOf(QUERY, all));
    expect(keys(view)).toEqual({ thread: ['thread'], sameSender: ['sender'], sameAgency: ['agency'], nearDuplicates: ['dup'] });
  });

  it('finds every near duplicate through its bands, as a full scan would (property)', () => {
    const bit = fc.integer({ min: 0, max: 63 });
    const fp = fc.oneof(
      fc.array(bit, { maxLength: 12 }).map((bits) => {
        let value = BigInt(`0x${BASE}`);
        for (const b of bits) value ^= 1n << BigInt(b);
        return value.toString(16).padStart(16, '0');
      }),
      fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((v) => v.toString(16).padStart(16, '0')),
    );
    const spec = fc.record({
      fingerprint: fp,
      thread: fc.constantFrom(null, 't-1', 't-2'),
      who: fc.constantFrom('email:ines@talentbridge.example', 'email:bo@talentbridge.example', 'email:x@y.example'),
      agency: fc.constantFrom(null, 'domain:talentbridge.example', 'domain:y.example'),
      ageDays: fc.integer({ min: -2, max: 60 }),
      isOwn: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 30 }), (specs) => {
        const history = new MemoryHistory();
        const all = specs.map((s, i) =>
          entry(`m${i}`, {
            fingerprint: s.fingerprint,
            threadKey: s.thread,
            identities: [s.who],
            agency: s.agency,
            // Distinct times, so both sides sort the same way.
            sentAt: NOW - s.ageDays * DAY + i,
            isOwn: s.isOwn,
          }),
        );
        for (const e of all) history.add(e);
        expect(keys(history.view(QUERY))).toEqual(keys(viewOf(QUERY, all)));
      }),
      { numRuns: 200 },
    );
  });

  it('answers quickly with many entries', () => {
    const history = new MemoryHistory();
    for (let i = 0; i < 20_000; i += 1) {
      history.add(entry(`m${i}`, { fingerprint: flip(BASE, 20 + (i % 40)), identities: [`email:r${i % 500}@a.example`], threadKey: `t${i}` }));
    }
    const started = performance.now();
    const view = history.view(QUERY);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(view.thread).toEqual([]);
  });
});
