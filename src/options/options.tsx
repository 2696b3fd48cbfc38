import type { TargetedEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SENIORITY_LEVELS, WORKPLACES } from '../core/profile';
import { SITE_NAMES, type SiteStatus } from '../core/sites';
import { send } from '../messaging/send';
import { fromDraft, toDraft, type ProfileDraft } from './profile-form';

type Notice = { kind: 'saved' | 'error'; text: string; details?: string[] } | null;

const TEXT_FIELDS: { field: keyof ProfileDraft; label: string; hint?: string }[] = [
  { field: 'name', label: 'Your name' },
  { field: 'headline', label: 'Headline', hint: 'As on your LinkedIn profile' },
  { field: 'currentCompany', label: 'Current employer' },
  { field: 'pastCompanies', label: 'Past employers', hint: 'Separated by semicolons' },
  { field: 'education', label: 'Education', hint: 'Separated by semicolons, e.g. HTW Berlin, B.Sc.; TU Dresden' },
  { field: 'titles', label: 'Job titles you want', hint: 'Separated by semicolons' },
  { field: 'skills', label: 'Skills', hint: 'Separated by commas' },
  { field: 'locations', label: 'Places', hint: 'Separated by semicolons, e.g. Berlin, Germany; Remote EU' },
  { field: 'minSalary', label: 'Lowest yearly base salary' },
  { field: 'currency', label: 'Currency', hint: 'Three letters, e.g. EUR' },
  { field: 'languages', label: 'Languages you work in', hint: 'Codes separated by commas, e.g. de, en' },
  { field: 'avoid', label: 'Deal-breakers', hint: 'Industries, contract types… separated by commas' },
];

export function Options() {
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [sites, setSites] = useState<SiteStatus[]>([]);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    void (async () => {
      const reply = await send('profile/get', {});
      if (reply.ok) setDraft(toDraft(reply.value.profile));
      else setNotice({ kind: 'error', text: `Could not load your profile: ${reply.error.message}` });
    })();
    void (async () => {
      const reply = await send('sites/status', {});
      if (reply.ok) setSites(reply.value.sites);
    })();
  }, []);

  const update = (field: keyof ProfileDraft) => (event: TargetedEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft((current) => current && { ...current, [field]: event.currentTarget.value });

  const toggleWorkplace = (workplace: string, on: boolean) =>
    setDraft(
      (current) =>
        current && {
          ...current,
          workplace: on ? [...current.workplace, workplace] : current.workplace.filter((w) => w !== workplace),
        },
    );

  async function save(event: Event) {
    event.preventDefault();
    if (!draft) return;
    const reply = await send('profile/save', { profile: fromDraft(draft) });
    if (reply.ok) {
      setDraft(toDraft(reply.value.profile));
      setNotice({ kind: 'saved', text: 'Profile saved on this device.' });
    } else {
      setNotice({ kind: 'error', text: reply.error.message, ...(reply.error.details ? { details: reply.error.details } : {}) });
    }
  }

  async function setSiteEnabled(site: SiteStatus['site'], enabled: boolean) {
    const reply = await send('sites/set-enabled', { site, enabled });
    if (reply.ok) setSites(reply.value.sites);
  }

  return (
    <main class="options">
      <h1>Recruiter Ally</h1>
      <p class="lead">
        Your profile tells Recruiter Ally which recruiter messages fit you. It stays in this browser: nothing is sent
        anywhere.
      </p>

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">Your profile</h2>
        {!draft && <p class="muted">Loading…</p>}
        {draft && (
          <form onSubmit={save} aria-labelledby="profile-heading">
            {TEXT_FIELDS.map(({ field, label, hint }) => (
              <label key={field} class="field">
                <span>{label}</span>
                <input
                  name={field}
                  value={draft[field] as string}
                  onInput={update(field)}
                  required={field === 'name'}
                  aria-describedby={hint ? `${field}-hint` : undefined}
                />
                {hint && (
                  <small id={`${field}-hint`} class="muted">
                    {hint}
                  </small>
                )}
              </label>
            ))}
            <label class="field">
              <span>Seniority</span>
              <select name="seniority" value={draft.seniority} onChange={update('seniority')}>
                <option value="">Not set</option>
                {SENIORITY_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {level}
                  </option>
                ))}
              </select>
            </label>
            <fieldset class="field">
              <legend>Workplace you accept</legend>
              {WORKPLACES.map((workplace) => (
                <label key={workplace} class="check">
                  <input
                    type="checkbox"
                    name="workplace"
                    value={workplace}
                    checked={draft.workplace.includes(workplace)}
                    onChange={(event) => toggleWorkplace(workplace, event.currentTarget.checked)}
                  />
                  {workplace}
                </label>
              ))}
            </fieldset>
            <button type="submit">Save profile</button>
            {notice && (
              <div role={notice.kind === 'error' ? 'alert' : 'status'} class={`notice ${notice.kind}`}>
                {notice.text}
                {notice.details && (
                  <ul>
                    {notice.details.map((detail) => (
                      <li key={detail}>{detail}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </form>
        )}
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites</h2>
        {sites.map((site) => (
          <label key={site.site} class="check">
            <input
              type="checkbox"
              name={`site-${site.site}`}
              checked={site.enabled}
              onChange={(event) => setSiteEnabled(site.site, event.currentTarget.checked)}
            />
            Work on {SITE_NAMES[site.site]}
          </label>
        ))}
      </section>
    </main>
  );
}
