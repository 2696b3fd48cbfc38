/**
 * The scorer's fast paths give exactly what the plain definitions give: the shared token scan behind
 * PhraseIndex.findAll against a direct search, and MemoryHistory's band lookup against viewOf over
 * the whole history.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DUPLICATE_WINDOW_MS, MemoryHistory, viewOf } from '../../../src/core/scoring/history';
import type { HistoryEntry, HistoryView } from '../../../src/core/scoring/types';
import { PhraseIndex, analyse, type PhraseHit, type Token } from '../../../src/core/text';

const WORDS = ['remote', 'hybrid', 'senior', 'react', 'the', 'office', 'days', 'berlin', 'a', 'per', 'week', 'salary', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6'];

/** Every match by definition: each position, each phrase, longest first at a position. */
function direct(phrases: readonly (readonly [string, number])[], tokens: readonly Token[], from: number, to: number): PhraseHit<number>[] {
  const split = phrases.map(([p, v]) => ({ words: p.split(' '), value: v }));
  const hits: PhraseHit<number>[] = [];
  for (let i = from; i < to; i += 1) {
    const here = split
      .map((p, order) => ({ ...p, order }))
      .filter((p) => i + p.words.length <= to && p.words.every((w, k) => tokens[i + k]!.text === w))
      .sort((a, b) => b.words.length - a.words.length || a.order - b.order);
    for (const p of here) hits.push({ value: p.value, from: i, to: i + p.words.length });
  }
  return hits;
}

describe('PhraseIndex with the shared token scan', () => {
  it('finds exactly the matches a direct search finds, on any range, for small and large indexes', () => {
    const word = fc.constantFrom(...WORDS);
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 30 }),
        fc.array(word, { maxLength: 120 }),
        fc.nat(),
        fc.nat(),
        (phraseTexts, text, a, b) => {
          const phrases = phraseTexts.map((p, i) => [p, i] as const);
          const index = new PhraseIndex<number>(phrases);
          const tokens = analyse(text.join(' ')).tokens;
          const from = tokens.length ? a % (tokens.length + 1) : 0;
          const to = from + (tokens.length ? b % (tokens.length - from + 1) : 0);
          expect(index.findAll(tokens)).toEqual(direct(phrases, tokens, 0, tokens.length));
          expect(index.findAll(tokens, from, to)).toEqual(direct(phrases, tokens, from, to));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sees phrases added after a text was first scanned', () => {
    const tokens = analyse(`${'filler '.repeat(30)}fully remote role`).tokens;
    const index = new PhraseIndex<string>(Array.from({ length: 10 }, (_, i) => [`word${i}`, `w${i}`] as const));
    expect(index.findAll(tokens)).toEqual([]);
    index.add('fully remote', 'remote');
    expect(index.findAll(tokens)).toEqual([{ value: 'remote', from: 30, to: 32 }]);
  });
});

describe('MemoryHistory lookups', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const fingerprint = fc.oneof(
    fc.constantFrom('0000000000000000', 'not a fingerprint', '00000000000000ff', '00000000000001ff', '0f0f0f0f0f0f0f0f'),
    fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((n) => n.toString(16).padStart(16, '0')),
  );
  const entry = fc.record({
    threadKey: fc.constantFrom(null, 't1', 't2'),
    identities: fc.subarray(['a', 'b', 'c', 'd']),
    agency: fc.constantFrom(null, 'acme', 'globex'),
    fingerprint,
    day: fc.integer({ min: 0, max: 90 }),
    isOwn: fc.boolean(),
  });

  it('gives the view viewOf gives over the whole history, each list in time order', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), entry, (rows, q) => {
        const history = new MemoryHistory();
        const all: HistoryEntry[] = rows.map((r, i) => ({
          key: `m${i}`,
          threadKey: r.threadKey,
          sentAt: r.day * DAY,
          identities: r.identities,
          agency: r.agency,
          fingerprint: r.fingerprint,
          label: r.isOwn ? null : 'spam',
          isOwn: r.isOwn,
        }));
        for (const e of all) history.add(e);
        const query = { threadKey: q.threadKey, identities: q.identities, agency: q.agency, fingerprint: q.fingerprint, sentAt: q.day * DAY };
        // Entries sent at the same moment may come in either order: lookup order is not part of the view.
        const canonical = (view: HistoryView): Record<string, string[]> =>
          Object.fromEntries(Object.entries(view).map(([k, list]) => [k, (list as HistoryEntry[]).map((e) => `${e.sentAt}:${e.key}`).toSorted()]));
        const got = history.view(query);
        const want = viewOf(query, all);
        expect(canonical(got)).toEqual(canonical(want));
        for (const k of ['thread', 'sameSender', 'sameAgency', 'nearDuplicates'] as const) {
          expect(got[k].map((e) => e.sentAt)).toEqual(want[k].map((e) => e.sentAt));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a near duplicate a few bits away inside the window, not one outside it', () => {
    const history = new MemoryHistory();
    const base = { threadKey: null, identities: ['x'], agency: null, label: 'spam' as const, isOwn: false };
    history.add({ ...base, key: 'recent', fingerprint: '0f0f0f0f0f0f0f0f', sentAt: 10 * DAY });
    history.add({ ...base, key: 'old', fingerprint: '0f0f0f0f0f0f0f0f', sentAt: 10 * DAY - DUPLICATE_WINDOW_MS - 1 });
    const view = history.view({ threadKey: null, identities: ['y'], agency: null, fingerprint: '0f0f0f0f0f0f0ff0', sentAt: 11 * DAY });
    expect(view.nearDuplicates.map((e) => e.key)).toEqual(['recent']);
  });
});
