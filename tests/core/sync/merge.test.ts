import { describe, expect, it } from 'vitest';
import { changesBetween, hasChanges, mergeSnapshots } from '../../../src/core/sync/merge';
import { baseOf, EMPTY_BASE, emptySnapshot, type SyncedContact, type SyncedRecruiter, type SyncedTemplate, type SyncSnapshot } from '../../../src/core/sync/snapshot';
import { KATRIN } from '../../fixtures/profiles';

const T0 = Date.parse('2026-11-28T08:00:00Z');

const template = (id: string, body: string, updatedAt: number): SyncedTemplate => ({ id, kind: 'decline', variant: 'pay', language: 'en', name: id, body, updatedAt });
const contact = (id: string, name: string): SyncedContact => ({ id, name, createdAt: T0 });
const recruiter = (identities: string[], trust: 'trusted' | 'muted', note?: string): SyncedRecruiter => ({
  identities,
  name: identities[0]!,
  trust,
  ...(note ? { note } : {}),
});
const snap = (parts: Partial<SyncSnapshot>): SyncSnapshot => ({ ...emptySnapshot(), ...parts });

describe('mergeSnapshots', () => {
  it('the newer profile wins, from either side', () => {
    const older = { value: { ...KATRIN, name: 'Katrin old' }, updatedAt: T0 };
    const newer = { value: KATRIN, updatedAt: T0 + 1 };
    expect(mergeSnapshots(snap({ profile: older }), snap({ profile: newer }), EMPTY_BASE, { preferLocal: false }).profile?.value.name).toBe(KATRIN.name);
    expect(mergeSnapshots(snap({ profile: newer }), snap({ profile: older }), EMPTY_BASE, { preferLocal: false }).profile?.value.name).toBe(KATRIN.name);
    expect(mergeSnapshots(snap({ profile: null }), snap({ profile: older }), EMPTY_BASE, { preferLocal: false }).profile?.updatedAt).toBe(T0);
  });

  it('templates: the newer edit wins; new ones on either side are kept', () => {
    const local = snap({ templates: [template('a', 'local newer', T0 + 5), template('b', 'local older', T0), template('mine', 'only here', T0)] });
    const remote = snap({ templates: [template('a', 'remote older', T0), template('b', 'remote newer', T0 + 5), template('theirs', 'only there', T0)] });
    const merged = mergeSnapshots(local, remote, EMPTY_BASE, { preferLocal: false });
    expect(Object.fromEntries(merged.templates.map((t) => [t.id, t.body]))).toEqual({
      a: 'local newer',
      b: 'remote newer',
      mine: 'only here',
      theirs: 'only there',
    });
  });

  it('an item synced before and gone from one side was deleted there', () => {
    const both = snap({ templates: [template('kept', 'x', T0)], contacts: [contact('c1', 'Jonas'), contact('c2', 'Ana')] });
    const base = baseOf(both);
    // Deleted in the other browser: c2 and the template are gone from sync.
    const remote = snap({ contacts: [contact('c1', 'Jonas')] });
    const merged = mergeSnapshots(both, remote, base, { preferLocal: false });
    expect(merged.templates).toEqual([]);
    expect(merged.contacts.map((c) => c.id)).toEqual(['c1']);
    // Deleted here: c1 is gone locally but still in sync.
    const local = snap({ contacts: [contact('c2', 'Ana')], templates: [template('kept', 'x', T0)] });
    const merged2 = mergeSnapshots(local, both, base, { preferLocal: true });
    expect(merged2.contacts.map((c) => c.id)).toEqual(['c2']);
  });

  it('contacts: the synced version wins unless this browser has unpushed edits', () => {
    const local = snap({ contacts: [contact('c1', 'Jonas (edited here)')] });
    const remote = snap({ contacts: [contact('c1', 'Jonas (edited there)')] });
    const base = baseOf(remote);
    expect(mergeSnapshots(local, remote, base, { preferLocal: false }).contacts[0]!.name).toBe('Jonas (edited there)');
    expect(mergeSnapshots(local, remote, base, { preferLocal: true }).contacts[0]!.name).toBe('Jonas (edited here)');
  });

  it('recruiters match by any shared identity and learn the other side\'s identities', () => {
    const local = snap({ recruiters: [recruiter(['li:saskia'], 'trusted')] });
    const remote = snap({ recruiters: [recruiter(['email:saskia@quokkadocs.com', 'li:saskia'], 'muted', 'Too pushy')] });
    const merged = mergeSnapshots(local, remote, EMPTY_BASE, { preferLocal: false });
    expect(merged.recruiters).toEqual([
      { identities: ['email:saskia@quokkadocs.com', 'li:saskia'], name: 'email:saskia@quokkadocs.com', trust: 'muted', note: 'Too pushy' },
    ]);
  });

  it('a recruiter set back to neutral in another browser is dropped; a new one here is kept', () => {
    const local = snap({ recruiters: [recruiter(['li:saskia'], 'trusted'), recruiter(['li:new'], 'muted')] });
    const base = { ...EMPTY_BASE, recruiters: ['li:saskia'] };
    const merged = mergeSnapshots(local, emptySnapshot(), base, { preferLocal: false });
    expect(merged.recruiters.map((r) => r.identities[0])).toEqual(['li:new']);
  });
});

describe('changesBetween', () => {
  it('lists what this browser must write to equal the merged snapshot, and nothing when they are equal', () => {
    const local = snap({
      templates: [template('a', 'x', T0), template('gone', 'y', T0)],
      recruiters: [recruiter(['li:neutral-now'], 'trusted')],
      contacts: [contact('c1', 'Jonas')],
    });
    const merged = snap({
      profile: { value: KATRIN, updatedAt: T0 },
      templates: [template('a', 'x2', T0 + 1)],
      recruiters: [recruiter(['li:saskia'], 'trusted')],
      contacts: [contact('c1', 'Jonas'), contact('c2', 'Ana')],
    });
    const changes = changesBetween(local, merged);
    expect(changes.profile?.updatedAt).toBe(T0);
    expect(changes.putTemplates.map((t) => t.body)).toEqual(['x2']);
    expect(changes.deleteTemplates).toEqual(['gone']);
    expect(changes.setTrust.map((r) => r.identities)).toEqual([['li:saskia']]);
    expect(changes.neutral.map((r) => r.identities)).toEqual([['li:neutral-now']]);
    expect(changes.putContacts.map((c) => c.id)).toEqual(['c2']);
    expect(changes.deleteContacts).toEqual([]);
    expect(hasChanges(changesBetween(merged, merged))).toBe(false);
  });
});
