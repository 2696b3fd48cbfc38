/** Referral contacts the candidate may name in a refer reply. Checked by core/replies/contacts before storing. */
import type { ContactFields } from '../../core/replies/contacts';
import type { RecruiterAllyDb } from '../database';
import type { ContactRecord } from '../records';

/** Every contact, by name. */
export async function listContacts(db: RecruiterAllyDb): Promise<ContactRecord[]> {
  const contacts = await db.contacts.toArray();
  return contacts.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.createdAt - b.createdAt);
}

export async function getContact(db: RecruiterAllyDb, id: string): Promise<ContactRecord | undefined> {
  return db.contacts.get(id);
}

/**
 * Adds a contact (no `id`) or replaces the fields of an existing one, keeping its id and creation
 * time. Answers undefined when `id` names no stored contact, so nothing is created under a stale id.
 */
export async function saveContact(
  db: RecruiterAllyDb,
  fields: ContactFields,
  id: string | undefined,
  now: number,
  newId: () => string = () => crypto.randomUUID(),
): Promise<ContactRecord | undefined> {
  return db.transaction('rw', db.contacts, async () => {
    const existing = id === undefined ? undefined : await db.contacts.get(id);
    if (id !== undefined && !existing) return undefined;
    const contact: ContactRecord = { id: existing?.id ?? newId(), name: fields.name, createdAt: existing?.createdAt ?? now };
    if (fields.role) contact.role = fields.role;
    if (fields.link) contact.link = fields.link;
    if (fields.note) contact.note = fields.note;
    await db.contacts.put(contact);
    return contact;
  });
}

/** Answers whether a contact was removed. */
export async function removeContact(db: RecruiterAllyDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.contacts, async () => {
    if (!(await db.contacts.get(id))) return false;
    await db.contacts.delete(id);
    return true;
  });
}
