import type { TargetedEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SENIORITY_LEVELS, WORKPLACES } from '../core/profile';
import { t } from '../i18n/t';
import { send } from '../messaging/send';
import { errorNotice, NoticeLine, type Notice } from './notice';
import { fromDraft, PAY_PERIODS, profileFromFile, toDraft, type ProfileDraft } from './profile-form';

type TextField = 'name' | 'headline' | 'currentCompany';
type ListField = 'pastCompanies' | 'education' | 'titles' | 'skills' | 'locations' | 'languages' | 'avoid';

const INPUTS: { field: TextField; label: string; hint?: string }[] = [
  { field: 'name', label: 'options_profile_name' },
  { field: 'headline', label: 'options_profile_headline', hint: 'options_profile_headline_hint' },
  { field: 'currentCompany', label: 'options_profile_current_company' },
];

const LISTS: { field: ListField; label: string; hint: string }[] = [
  { field: 'titles', label: 'options_profile_titles', hint: 'options_hint_one_per_line' },
  { field: 'skills', label: 'options_profile_skills', hint: 'options_hint_one_per_line_or_commas' },
  { field: 'locations', label: 'options_profile_locations', hint: 'options_profile_locations_hint' },
  { field: 'pastCompanies', label: 'options_profile_past_companies', hint: 'options_hint_one_per_line' },
  { field: 'education', label: 'options_profile_education', hint: 'options_profile_education_hint' },
  { field: 'languages', label: 'options_profile_languages', hint: 'options_profile_languages_hint' },
  { field: 'avoid', label: 'options_profile_avoid', hint: 'options_profile_avoid_hint' },
];

const rowsFor = (text: string) => Math.min(8, Math.max(2, text.split('\n').length + 1));

/** Every field of the FORMAT.md profile, and a profile read from a JSON file. */
export function ProfileSection() {
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    void (async () => {
      const reply = await send('profile/get', {});
      if (reply.ok) setDraft(toDraft(reply.value.profile));
      else {
        setNotice(errorNotice(t('options_error_load', reply.error.message), reply.error));
        // The form still opens, so a first profile can be written even when loading failed.
        setDraft(toDraft(null));
      }
    })();
  }, []);

  const update = (field: keyof ProfileDraft) => (event: TargetedEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
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
      setNotice({ tone: 'status', text: t('options_profile_saved') });
    } else {
      setNotice(errorNotice(reply.error.message, reply.error));
    }
  }

  async function importFile(event: TargetedEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    const parsed = profileFromFile(text, {
      notJson: (reason) => t('options_import_not_json', reason),
      notObject: t('options_profile_import_not_object'),
      several: (ids) => t('options_profile_import_several', ids),
    });
    if (!parsed.ok) {
      setNotice({ tone: 'error', text: t('options_profile_import_refused', file.name), details: parsed.errors });
      return;
    }
    const reply = await send('profile/save', { profile: parsed.value });
    if (reply.ok) {
      setDraft(toDraft(reply.value.profile));
      setNotice({ tone: 'status', text: t('options_profile_imported', file.name) });
    } else {
      setNotice({ tone: 'error', text: t('options_profile_import_refused', file.name), details: reply.error.details ?? [reply.error.message] });
    }
  }

  return (
    <section id="profile" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('options_profile_heading')}</h2>
      <p class="muted">{t('options_profile_intro')}</p>
      {!draft && <p class="muted">{t('options_loading')}</p>}
      {draft && (
        <form onSubmit={save} aria-labelledby="profile-heading">
          {INPUTS.map(({ field, label, hint }) => (
            <label key={field} class="field">
              <span>{t(label)}</span>
              <input
                name={field}
                value={draft[field]}
                onInput={update(field)}
                required={field === 'name'}
                autocomplete={field === 'name' ? 'name' : 'off'}
                aria-describedby={hint ? `${field}-hint` : undefined}
              />
              {hint && (
                <small id={`${field}-hint`} class="muted">
                  {t(hint)}
                </small>
              )}
            </label>
          ))}
          <div class="field">
            <label for="seniority">{t('options_profile_seniority')}</label>
            <select id="seniority" name="seniority" value={draft.seniority} onChange={update('seniority')}>
              <option value="">{t('options_not_set')}</option>
              {SENIORITY_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`options_seniority_${level}`)}
                </option>
              ))}
            </select>
          </div>
          <fieldset class="field">
            <legend>{t('options_profile_workplace')}</legend>
            {WORKPLACES.map((workplace) => (
              <label key={workplace} class="check">
                <input
                  type="checkbox"
                  name="workplace"
                  value={workplace}
                  checked={draft.workplace.includes(workplace)}
                  onChange={(event) => toggleWorkplace(workplace, event.currentTarget.checked)}
                />
                {t(`options_workplace_${workplace}`)}
              </label>
            ))}
          </fieldset>
          <fieldset class="field pay">
            <legend>{t('options_profile_pay')}</legend>
            <div class="row">
              <label class="field">
                <span>{t('options_profile_min_salary')}</span>
                <input name="minSalary" inputMode="numeric" value={draft.minSalary} onInput={update('minSalary')} aria-describedby="minSalary-hint" />
              </label>
              <label class="field">
                <span>{t('options_profile_currency')}</span>
                <input name="currency" value={draft.currency} onInput={update('currency')} size={5} list="currency-codes" />
              </label>
              <div class="field">
                <label for="payPeriod">{t('options_profile_pay_period')}</label>
                <select id="payPeriod" name="payPeriod" value={draft.payPeriod} onChange={update('payPeriod')}>
                  {PAY_PERIODS.map((period) => (
                    <option key={period} value={period}>
                      {t(`options_pay_per_${period}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <small id="minSalary-hint" class="muted">
              {t('options_profile_min_salary_hint')}
            </small>
            <datalist id="currency-codes">
              {['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'BRL', 'MXN', 'SEK', 'PLN', 'INR', 'JPY'].map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </datalist>
          </fieldset>
          {LISTS.map(({ field, label, hint }) => (
            <label key={field} class="field">
              <span>{t(label)}</span>
              <textarea name={field} rows={rowsFor(draft[field])} value={draft[field]} onInput={update(field)} aria-describedby={`${field}-hint`} />
              <small id={`${field}-hint`} class="muted">
                {t(hint)}
              </small>
            </label>
          ))}
          <div class="actions">
            <button type="submit" class="primary">
              {t('options_profile_save')}
            </button>
            <label class="file-button">
              <span>{t('options_profile_import')}</span>
              <input type="file" accept=".json,application/json" onChange={importFile} />
            </label>
          </div>
          <NoticeLine notice={notice} />
        </form>
      )}
    </section>
  );
}
