import { useEffect, useState } from 'preact/hooks';
import type { RecruiterRecord, TrustState } from '../db/records';
import { t } from '../i18n/t';
import type { RecruiterInput } from '../messaging/protocol';
import { send } from '../messaging/send';
import { formatDateTime } from './format';
import { errorNotice, NoticeLine, type Notice } from './notice';

const PAGE = 200;
type Filter = TrustState | 'all';
const FILTERS: Filter[] = ['trusted', 'muted', 'all'];

const EMPTY: Required<Omit<RecruiterInput, 'trust'>> = { name: '', company: '', email: '', profileUrl: '', note: '' };

/** "LinkedIn: jonas-reiter", "Email: jonas@parcelo.de": the ways a recruiter is known, for the list. */
export function describeIdentity(identity: string): string | null {
  if (identity.startsWith('li:')) return t('options_recruiters_identity_linkedin', identity.slice(3));
  if (identity.startsWith('email:')) return t('options_recruiters_identity_email', identity.slice(6));
  return null;
}

/** The candidate's recruiters worth keeping: trusted ones first, added by hand or from the popup and the page. */
export function RecruitersSection() {
  const [filter, setFilter] = useState<Filter>('trusted');
  const [list, setList] = useState<{ recruiters: RecruiterRecord[]; total: number } | null>(null);
  const [form, setForm] = useState(EMPTY);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);

  async function load(which: Filter = filter) {
    const reply = await send('recruiters/list', which === 'all' ? { limit: PAGE } : { limit: PAGE, trust: which });
    if (reply.ok) setList(reply.value);
    else setNotice(errorNotice(t('options_error_load', reply.error.message), reply.error));
  }
  useEffect(() => void load(filter), [filter]);

  async function add(event: Event) {
    event.preventDefault();
    const recruiter: RecruiterInput = { name: form.name.trim(), trust: 'trusted' };
    for (const field of ['company', 'email', 'profileUrl', 'note'] as const) {
      const value = form[field].trim();
      if (value) recruiter[field] = value;
    }
    if (!recruiter.name) {
      setNotice({ tone: 'error', text: t('options_recruiters_name_needed') });
      return;
    }
    const reply = await send('recruiters/add', { recruiter });
    if (!reply.ok) {
      setNotice(errorNotice(reply.error.message, reply.error));
      return;
    }
    setForm(EMPTY);
    setNotice({ tone: 'status', text: t('options_recruiters_added', reply.value.recruiter.displayName) });
    await load();
  }

  async function setTrust(recruiter: RecruiterRecord, trust: TrustState, note?: string) {
    const reply = await send('recruiters/set-trust', { recruiterId: recruiter.id, trust, ...(note === undefined ? {} : { note }) });
    if (!reply.ok) {
      setNotice(errorNotice(reply.error.message, reply.error));
      return;
    }
    const name = reply.value.recruiter.displayName;
    const text =
      note !== undefined && trust === recruiter.trust
        ? t('options_recruiters_note_saved', name)
        : t(`options_recruiters_now_${trust}`, name);
    setNotice({ tone: 'status', text });
    setNotes((current) => {
      const next = { ...current };
      delete next[recruiter.id];
      return next;
    });
    await load();
  }

  const field = (name: keyof typeof EMPTY) => (event: { currentTarget: { value: string } }) =>
    setForm((current) => ({ ...current, [name]: event.currentTarget.value }));

  return (
    <section id="recruiters" aria-labelledby="recruiters-heading">
      <h2 id="recruiters-heading">{t('options_recruiters_heading')}</h2>
      <p class="muted">{t('options_recruiters_intro')}</p>
      <div class="field inline">
        <label for="recruiter-filter">{t('options_recruiters_show')}</label>
        <select id="recruiter-filter" name="recruiter-filter" value={filter} onChange={(event) => setFilter(event.currentTarget.value as Filter)}>
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`options_recruiters_filter_${f}`)}
            </option>
          ))}
        </select>
      </div>
      {list === null && !notice && <p class="muted">{t('options_loading')}</p>}
      {list?.recruiters.length === 0 && <p class="muted">{t('options_recruiters_empty')}</p>}
      {list && list.recruiters.length > 0 && (
        <ul class="cards" aria-label={t('options_recruiters_heading')}>
          {list.recruiters.map((recruiter) => {
            const note = notes[recruiter.id] ?? recruiter.note ?? '';
            const ways = recruiter.identities.map(describeIdentity).filter((w): w is string => w !== null);
            return (
              <li key={recruiter.id} class="card recruiter" data-recruiter={recruiter.id}>
                <div class="grow">
                  <strong>{recruiter.displayName}</strong>
                  {recruiter.company && <span class="muted"> · {recruiter.company}</span>}
                  <span class={`pill ${recruiter.trust}`}> {t(`options_trust_${recruiter.trust}`)}</span>
                  {ways.length > 0 && <div class="muted small">{ways.join(' · ')}</div>}
                  <div class="small last-contact">
                    {t('options_recruiters_last_contact', formatDateTime(recruiter.lastContactAt))}
                    {' · '}
                    {t('options_recruiters_message_count', recruiter.messageCount)}
                  </div>
                  <form
                    class="row note-form"
                    onSubmit={(event) => {
                      event.preventDefault();
                      void setTrust(recruiter, recruiter.trust, note.trim());
                    }}
                  >
                    <label class="field grow">
                      <span>{t('options_recruiters_note_for', recruiter.displayName)}</span>
                      <input
                        value={note}
                        onInput={(event) => {
                          const value = event.currentTarget.value;
                          setNotes((current) => ({ ...current, [recruiter.id]: value }));
                        }}
                      />
                    </label>
                    <button type="submit" disabled={note === (recruiter.note ?? '')}>
                      {t('options_recruiters_save_note')}
                    </button>
                  </form>
                </div>
                <div class="card-actions">
                  {recruiter.trust === 'trusted' ? (
                    <button type="button" onClick={() => void setTrust(recruiter, 'neutral')} aria-label={t('options_action_for', t('options_recruiters_untrust'), recruiter.displayName)}>
                      {t('options_recruiters_untrust')}
                    </button>
                  ) : (
                    <button type="button" onClick={() => void setTrust(recruiter, 'trusted')} aria-label={t('options_action_for', t('options_recruiters_trust'), recruiter.displayName)}>
                      {t('options_recruiters_trust')}
                    </button>
                  )}
                  {recruiter.trust === 'muted' ? (
                    <button type="button" onClick={() => void setTrust(recruiter, 'neutral')} aria-label={t('options_action_for', t('options_recruiters_unmute'), recruiter.displayName)}>
                      {t('options_recruiters_unmute')}
                    </button>
                  ) : (
                    <button type="button" onClick={() => void setTrust(recruiter, 'muted')} aria-label={t('options_action_for', t('options_recruiters_mute'), recruiter.displayName)}>
                      {t('options_recruiters_mute')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {list && list.total > list.recruiters.length && <p class="muted small">{t('options_recruiters_more', list.total - list.recruiters.length)}</p>}
      <form onSubmit={add} class="sub-form" aria-labelledby="recruiter-form-heading">
        <h3 id="recruiter-form-heading">{t('options_recruiters_add_heading')}</h3>
        <p class="muted small">{t('options_recruiters_add_hint')}</p>
        <label class="field">
          <span>{t('options_recruiters_name')}</span>
          <input name="recruiter-name" value={form.name} onInput={field('name')} required />
        </label>
        <label class="field">
          <span>{t('options_recruiters_company')}</span>
          <input name="recruiter-company" value={form.company} onInput={field('company')} />
        </label>
        <label class="field">
          <span>{t('options_recruiters_email')}</span>
          <input name="recruiter-email" type="email" value={form.email} onInput={field('email')} />
        </label>
        <label class="field">
          <span>{t('options_recruiters_profile_url')}</span>
          <input name="recruiter-profile" type="url" value={form.profileUrl} onInput={field('profileUrl')} placeholder="https://www.linkedin.com/in/…" />
        </label>
        <label class="field">
          <span>{t('options_recruiters_note')}</span>
          <input name="recruiter-note" value={form.note} onInput={field('note')} />
        </label>
        <button type="submit" class="primary">
          {t('options_recruiters_add')}
        </button>
      </form>
      <NoticeLine notice={notice} />
    </section>
  );
}
