import type { Profile } from '../core/profile';

/** The profile as the form edits it: every list as one comma-separated line. */
export interface ProfileDraft {
  name: string;
  headline: string;
  currentCompany: string;
  pastCompanies: string;
  education: string;
  titles: string;
  skills: string;
  seniority: string;
  locations: string;
  workplace: string[];
  minSalary: string;
  currency: string;
  languages: string;
  avoid: string;
}

export const LIST_FIELDS = ['pastCompanies', 'education', 'titles', 'skills', 'locations', 'languages', 'avoid'] as const;

const join = (items?: string[], separator = ', '): string => (items ?? []).join(separator);

export function toDraft(profile: Profile | null): ProfileDraft {
  return {
    name: profile?.name ?? '',
    headline: profile?.headline ?? '',
    currentCompany: profile?.currentCompany ?? '',
    pastCompanies: join(profile?.pastCompanies),
    education: join(profile?.education),
    titles: join(profile?.titles),
    skills: join(profile?.skills),
    seniority: profile?.seniority ?? '',
    locations: join(profile?.locations, '; '),
    workplace: [...(profile?.workplace ?? [])],
    minSalary: profile?.minSalary === undefined ? '' : String(profile.minSalary),
    currency: profile?.currency ?? '',
    languages: join(profile?.languages),
    avoid: join(profile?.avoid),
  };
}

/**
 * Turns the form back into the FORMAT.md shape, unvalidated: the worker validates it and names
 * every problem. Commas separate list items; semicolons too, since places contain commas
 * ("Berlin, Germany") and are entered one per line or separated by semicolons.
 */
export function fromDraft(draft: ProfileDraft): Record<string, unknown> {
  const out: Record<string, unknown> = { name: draft.name };
  if (draft.headline.trim()) out.headline = draft.headline;
  if (draft.currentCompany.trim()) out.currentCompany = draft.currentCompany;
  for (const field of LIST_FIELDS) {
    const items = splitList(draft[field], field === 'locations');
    if (items.length) out[field] = items;
  }
  if (draft.seniority) out.seniority = draft.seniority;
  if (draft.workplace.length) out.workplace = draft.workplace;
  if (draft.minSalary.trim()) {
    const digits = draft.minSalary.replace(/[\s,._']/g, '');
    out.minSalary = /^\d+$/.test(digits) ? Number(digits) : draft.minSalary;
  }
  if (draft.currency.trim()) out.currency = draft.currency;
  return out;
}

function splitList(text: string, placesOnly: boolean): string[] {
  const separator = placesOnly ? /[;\n]/ : /[,;\n]/;
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}
