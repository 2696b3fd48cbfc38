import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecruiterAllyDb } from '../../src/db/database';
import { getContact, listContacts, removeContact, saveContact } from '../../src/db/repositories/contacts';
import { createTestDb } from './test-db';

let db: RecruiterAllyDb;
let ids: number;
const nextId = () => `contact-${(ids += 1)}`;

beforeEach(() => {
  db = createTestDb();
  ids = 0;
});

afterEach(() => db.close());

describe('contacts repository', () => {
  it('adds contacts with a new id and lists them by name', async () => {
    const zoe = await saveContact(db, { name: 'zoë Park' }, undefined, 1000, nextId);
    const ana = await saveContact(db, { name: 'Ana Souza', role: 'Staff Engineer', link: 'https://example.com/ana', note: 'Design systems.' }, undefined, 2000, nextId);
    expect(zoe).toEqual({ id: 'contact-1', name: 'zoë Park', createdAt: 1000 });
    expect(ana).toEqual({ id: 'contact-2', name: 'Ana Souza', role: 'Staff Engineer', link: 'https://example.com/ana', note: 'Design systems.', createdAt: 2000 });
    expect((await listContacts(db)).map((c) => c.name)).toEqual(['Ana Souza', 'zoë Park']);
  });

  it('updates a contact in place, keeping its id and creation time and dropping cleared fields', async () => {
    const ana = await saveContact(db, { name: 'Ana', role: 'Engineer', note: 'Old note' }, undefined, 1000, nextId);
    const updated = await saveContact(db, { name: 'Ana Souza', role: 'Staff Engineer' }, ana!.id, 5000, nextId);
    expect(updated).toEqual({ id: ana!.id, name: 'Ana Souza', role: 'Staff Engineer', createdAt: 1000 });
    expect(await getContact(db, ana!.id)).toEqual(updated);
    expect(await db.contacts.count()).toBe(1);
  });

  it('creates nothing for an id that names no contact', async () => {
    expect(await saveContact(db, { name: 'Ghost' }, 'gone', 1000, nextId)).toBeUndefined();
    expect(await db.contacts.count()).toBe(0);
  });

  it('removes a contact once', async () => {
    const ana = await saveContact(db, { name: 'Ana' }, undefined, 1000, nextId);
    expect(await removeContact(db, ana!.id)).toBe(true);
    expect(await removeContact(db, ana!.id)).toBe(false);
    expect(await listContacts(db)).toEqual([]);
  });

  it('gives each new contact a distinct random id by default', async () => {
    const a = await saveContact(db, { name: 'A' }, undefined, 1);
    const b = await saveContact(db, { name: 'B' }, undefined, 2);
    expect(a!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a!.id).not.toBe(b!.id);
  });
});
