import { describe, expect, it } from 'vitest';
import {
  decodeSnapshot,
  encodeSnapshot,
  itemBytes,
  MANIFEST_KEY,
  planPush,
  snapshotChecksum,
  splitForItems,
  SYNC_QUOTA,
  type WriteStep,
} from '../../../src/core/sync/chunks';
import { emptySnapshot, normaliseSnapshot, type SyncSnapshot } from '../../../src/core/sync/snapshot';
import { KATRIN } from '../../fixtures/profiles';
import { FakeSyncArea } from './fake-sync-area';

const T0 = Date.parse('2026-11-28T08:00:00Z');

function snapshot(templates = 3, bodyLength = 400): SyncSnapshot {
  return {
    profile: { value: KATRIN, updatedAt: T0 },
    templates: Array.from({ length: templates }, (_, i) => ({
      id: `decline:pay:${['en', 'de', 'fr', 'es', 'pt'][i % 5]}${i}`,
      kind: 'decline',
      variant: 'pay',
      language: 'de',
      name: `Absage ${i}`,
      // Umlauts, an emoji and quotes: multi-byte and escaped characters count more than one byte.
      body: `Hallo {recruiterFirstName}, danke für die Nachricht 🙂 "Gehalt" ${'ä'.repeat(bodyLength)} ${i}`,
      updatedAt: T0 + i,
    })),
    recruiters: [
      { identities: ['li:saskia-de-groot', 'email:saskia@quokkadocs.com'], name: 'Saskia de Groot', company: 'Quokka Docs', trust: 'trusted', note: 'Honest about pay' },
      { identities: ['email:jobs@blast-staffing.example'], name: 'Blast Staffing', trust: 'muted' },
    ],
    contacts: [{ id: 'c1', name: 'Jonas Reiter', role: 'Backend engineer', link: 'https://www.linkedin.com/in/jonas-reiter', createdAt: T0 }],
  };
}

async function apply(area: FakeSyncArea, steps: readonly WriteStep[]): Promise<void> {
  for (const step of steps) {
    if (step.remove) await area.remove(step.remove);
    if (step.set) await area.set(step.set);
  }
}

describe('splitForItems', () => {
  it('cuts text so every piece with its key fits one item, never inside a surrogate pair', () => {
    const text = `${'🙂'.repeat(3000)}"\\${'é'.repeat(5000)}`;
    const pieces = splitForItems(text, 19);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) {
      expect(itemBytes('ra.c.0123456789abcd', piece)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
      expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });
});

describe('encode and decode', () => {
  it('gives back the same snapshot from items that each fit the per-item quota', async () => {
    const original = snapshot(20, 800);
    const encoded = encodeSnapshot(original, T0);
    expect(encoded.chunks.size).toBeGreaterThan(2);
    const area = new FakeSyncArea();
    const plan = planPush(encoded, {});
    expect(plan.status).toBe('write');
    if (plan.status === 'write') await apply(area, plan.steps);
    const decoded = decodeSnapshot(await area.get(null));
    expect(decoded).toEqual({ status: 'ok', dropped: 0, manifest: encoded.manifest, snapshot: normaliseSnapshot(original) });
  });

  it('the same content gives the same checksum whatever order the lists come in', () => {
    const a = snapshot();
    const b = { ...a, templates: a.templates.toReversed(), recruiters: a.recruiters.toReversed() };
    expect(snapshotChecksum(b)).toBe(snapshotChecksum(a));
    expect(snapshotChecksum({ ...a, contacts: [] })).not.toBe(snapshotChecksum(a));
  });

  it('reports nothing synced, and waits while chunks are still arriving', () => {
    expect(decodeSnapshot({})).toEqual({ status: 'empty' });
    const encoded = encodeSnapshot(snapshot(), T0);
    const items: Record<string, unknown> = { [MANIFEST_KEY]: encoded.manifest, ...Object.fromEntries(encoded.chunks) };
    const firstChunk = encoded.manifest.chunks.templates[0]!;
    const { [firstChunk]: _missing, ...withoutOne } = items;
    expect(decodeSnapshot(withoutOne)).toMatchObject({ status: 'incomplete', reason: 'Some synced data has not arrived yet.' });
    expect(decodeSnapshot({ ...items, [firstChunk]: 'x' })).toMatchObject({ status: 'incomplete' });
    expect(decodeSnapshot({ ...items, [MANIFEST_KEY]: { ...encoded.manifest, version: 9 } })).toMatchObject({
      status: 'incomplete',
      reason: expect.stringContaining('newer version'),
    });
  });

  it('leaves out a damaged record from another browser and keeps the rest', () => {
    const bad = snapshot();
    (bad.contacts as unknown[]).push({ id: 'c2', name: 42 });
    const encoded = encodeSnapshot(bad, T0);
    const decoded = decodeSnapshot({ [MANIFEST_KEY]: encoded.manifest, ...Object.fromEntries(encoded.chunks) });
    expect(decoded).toMatchObject({ status: 'ok', dropped: 1, snapshot: { contacts: [{ id: 'c1' }] } });
    expect(decoded.status === 'ok' && decoded.snapshot.contacts).toHaveLength(1);
  });
});

describe('planPush', () => {
  it('writes only the chunks that changed, then the manifest, then removes the stale ones', async () => {
    const area = new FakeSyncArea();
    const first = snapshot(12, 700);
    const plan1 = planPush(encodeSnapshot(first, T0), {});
    if (plan1.status !== 'write') throw new Error('expected a write');
    await apply(area, plan1.steps);
    const before = new Set(area.items.keys());

    const second = { ...first, contacts: [{ ...first.contacts[0]!, note: 'Met at a meetup' }] };
    const plan2 = planPush(encodeSnapshot(second, T0 + 1), await area.get(null));
    if (plan2.status !== 'write') throw new Error('expected a write');
    expect(plan2.written).toBe(2); // the contacts chunk and the manifest
    expect(plan2.steps.map((s) => (s.set ? `set ${Object.keys(s.set).length}` : `remove ${s.remove!.length}`))).toEqual(['set 1', 'set 1', 'remove 1']);
    expect(Object.keys(plan2.steps[1]!.set!)).toEqual([MANIFEST_KEY]);
    area.writes.length = 0;
    await apply(area, plan2.steps);
    const after = new Set(area.items.keys());
    expect([...after].filter((k) => !before.has(k))).toHaveLength(1);
    expect([...before].filter((k) => !after.has(k))).toHaveLength(1);
    const decoded = decodeSnapshot(await area.get(null));
    expect(decoded.status === 'ok' && decoded.snapshot.contacts[0]!.note).toBe('Met at a meetup');

    expect(planPush(encodeSnapshot(second, T0 + 2), await area.get(null))).toEqual({ status: 'unchanged' });
  });

  it('refuses a snapshot over the total quota with a sentence, and plans no write at all', () => {
    const huge = snapshot(40, 3000);
    const plan = planPush(encodeSnapshot(huge, T0), {});
    expect(plan).toMatchObject({
      status: 'over-quota',
      error: expect.stringMatching(/^Sync is full: .* need \d+ KB but the browser syncs at most 100 KB .*; messages never sync\.$/),
    });
    expect(plan.status === 'over-quota' && plan.bytes).toBeGreaterThan(SYNC_QUOTA.bytes);
  });

  it('counts what other keys already use against the quota', () => {
    const other = { unrelated: 'x'.repeat(8_000) };
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`other${i}`, 'y'.repeat(8_000)]));
    expect(planPush(encodeSnapshot(snapshot(3), T0), other).status).toBe('write');
    expect(planPush(encodeSnapshot(snapshot(10), T0), many).status).toBe('over-quota');
    expect(planPush(encodeSnapshot(snapshot(10), T0), {}).status).toBe('write');
  });

  it('when old and new chunks cannot sit side by side, removes the old manifest first so no reader sees a mix', async () => {
    const area = new FakeSyncArea();
    const first = snapshot(18, 2000);
    const plan1 = planPush(encodeSnapshot(first, T0), {});
    if (plan1.status !== 'write') throw new Error(`expected a write, got ${plan1.status}`);
    await apply(area, plan1.steps);
    // Every template changed: a whole new set of chunks that does not fit beside the old one.
    const second = { ...first, templates: first.templates.map((t) => ({ ...t, body: `${t.body}!`, updatedAt: t.updatedAt + 1 })) };
    const plan2 = planPush(encodeSnapshot(second, T0 + 1), await area.get(null));
    if (plan2.status !== 'write') throw new Error(`expected a write, got ${plan2.status}`);
    expect(plan2.steps[0]!.remove).toContain(MANIFEST_KEY);
    await apply(area, plan2.steps);
    const decoded = decodeSnapshot(await area.get(null));
    expect(decoded.status === 'ok' && decoded.snapshot.templates[0]!.body.endsWith('!')).toBe(true);
  });

  it('an empty snapshot still round-trips', async () => {
    const area = new FakeSyncArea();
    const plan = planPush(encodeSnapshot(emptySnapshot(), T0), {});
    if (plan.status === 'write') await apply(area, plan.steps);
    expect(decodeSnapshot(await area.get(null))).toMatchObject({ status: 'ok', snapshot: emptySnapshot() });
  });
});
