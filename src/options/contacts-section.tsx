import { useEffect, useState } from 'preact/hooks';
import type { ContactRecord } from '../db/records';
import { t } from '../i18n/t';
import type { ContactInput } from '../messaging/protocol';
import { send } from '../messaging/send';
import { errorNotice, NoticeLine, type Notice } from './notice';

const EMPTY: ContactInput = { name: '', role: '', link: '', note: '' };

/** Only the fields with text: the worker keeps an absent field absent. */
function cleanInput(input: ContactInput): ContactInput {
  const out: ContactInput = { name: input.name.trim() };
  if (input.id) out.id = input.id;
  for (const field of ['role', 'link', 'note'] as const) {
    const value = input[field]?.trim();
    if (value) out[field] = value;
  }
  return out;
}

/** The people the candidate can refer recruiters to: the refer reply names one of them. */
export function ContactsSection() {
  const [contacts, setContacts] = useState<ContactRecord[] | null>(null);
  const [form, setForm] = useState<ContactInput>(EMPTY);
  const [notice, setNotice] = useState<Notice>(null);

  async function load() {
    const reply = await send('contacts/list', {});
    if (reply.ok) setContacts(reply.value.contacts);
    else setNotice(errorNotice(t('options_error_load', reply.error.message), reply.error));
  }
  useEffect(() => void load(), []);

  async function save(event: Event) {
    event.preventDefault();
    const input = cleanInput(form);
    if (!input.name) {
      setNotice({ tone: 'error', text: t('options_contacts_name_needed') });
      return;
    }
    const reply = await send('contacts/save', { contact: input });
    if (!reply.ok) {
      setNotice(errorNotice(reply.error.message, reply.error));
      return;
    }
    setForm(EMPTY);
    setNotice({ tone: 'status', text: t('options_contacts_saved', reply.value.contact.name) });
    await load();
  }

  async function remove(contact: ContactRecord) {
    const reply = await send('contacts/remove', { id: contact.id });
    if (!reply.ok) {
      setNotice(errorNotice(reply.error.message, reply.error));
      return;
    }
    setNotice({ tone: 'status', text: t('options_contacts_removed', contact.name) });
    await load();
  }

  const edit = (contact: ContactRecord) => {
    setForm({ id: contact.id, name: contact.name, role: contact.role ?? '', link: contact.link ?? '', note: contact.note ?? '' });
    document.getElementById('contact-name')?.focus();
  };

  const field = (name: keyof ContactInput) => (event: { currentTarget: { value: string } }) =>
    setForm((current) => ({ ...current, [name]: event.currentTarget.value }));

  return (
    <section id="contacts" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('options_contacts_heading')}</h2>
      <p class="muted">{t('options_contacts_intro')}</p>
      {contacts === null && !notice && <p class="muted">{t('options_loading')}</p>}
      {contacts?.length === 0 && <p class="muted">{t('options_contacts_empty')}</p>}
      {contacts && contacts.length > 0 && (
        <ul class="cards" aria-label={t('options_contacts_heading')}>
          {contacts.map((contact) => (
            <li key={contact.id} class="card">
              <div>
                <strong>{contact.name}</strong>
                {contact.role && <span class="muted"> · {contact.role}</span>}
                {contact.link && <div class="muted small">{contact.link}</div>}
                {contact.note && <div class="small">{contact.note}</div>}
              </div>
              <div class="card-actions">
                <button type="button" onClick={() => edit(contact)} aria-label={t('options_action_for', t('options_edit'), contact.name)}>
                  {t('options_edit')}
                </button>
                <button type="button" onClick={() => void remove(contact)} aria-label={t('options_action_for', t('options_remove'), contact.name)}>
                  {t('options_remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={save} class="sub-form" aria-labelledby="contact-form-heading">
        <h3 id="contact-form-heading">{form.id ? t('options_contacts_edit_heading') : t('options_contacts_add_heading')}</h3>
        <label class="field">
          <span>{t('options_contacts_name')}</span>
          <input id="contact-name" name="contact-name" value={form.name} onInput={field('name')} required />
        </label>
        <label class="field">
          <span>{t('options_contacts_role')}</span>
          <input name="contact-role" value={form.role ?? ''} onInput={field('role')} />
        </label>
        <label class="field">
          <span>{t('options_contacts_link')}</span>
          <input name="contact-link" type="url" value={form.link ?? ''} onInput={field('link')} placeholder="https://" />
        </label>
        <label class="field">
          <span>{t('options_contacts_note')}</span>
          <input name="contact-note" value={form.note ?? ''} onInput={field('note')} />
        </label>
        <div class="actions">
          <button type="submit" class="primary">
            {form.id ? t('options_contacts_update') : t('options_contacts_add')}
          </button>
          {form.id && (
            <button type="button" onClick={() => setForm(EMPTY)}>
              {t('options_cancel')}
            </button>
          )}
        </div>
      </form>
      <NoticeLine notice={notice} />
    </section>
  );
}
