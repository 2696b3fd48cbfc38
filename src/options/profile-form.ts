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

/** Lists whose items can hold commas ("HTW Berlin, B.Sc.", "Berlin, Germany"): separated by semicolons. */
export const PHRASE_LISTS = ['pastCompanies', 'education', 'titles', 'locations'] as const;
/** Lists of short words: commas or semicolons. */
export const WORD_LISTS = ['skills', 'languages', 'avoid'] as const;
export const LIST_FIELDS = [...PHRASE_LISTS, ...WORD_LISTS] as const;

const join = (items?: string[], separator = ', '): string => (items ?? []).join(separator);

export function toDraft(profile: Profile | null): ProfileDraft {
  return {
    name: profile?.name ?? '',
    headline: profile?.headline ?? '',
    currentCompany: profile?.currentCompany ?? '',
    pastCompanies: join(profile?.pastCompanies, '; '),
    education: join(profile?.education, '; '),
    titles: join(profile?.titles, '; '),
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
 * every problem.
 */
export function fromDraft(draft: ProfileDraft): Record<string, unknown> {
  const out: Record<string, unknown> = { name: draft.name };
  if (draft.headline.trim()) out.headline = draft.headline;
  if (draft.currentCompany.trim()) out.currentCompany = draft.currentCompany;
  for (const field of LIST_FIELDS) {
    const items = splitList(draft[field], (PHRASE_LISTS as readonly string[]).includes(field));
    if (items.length) out[field] = items;
  }
  if (draft.seniority) out.seniority = draft.seniority;
  if (draft.workplace.length) out.workplace = draft.workplace;
  if (draft.minSalary.trim()) out.minSalary = parseAmount(draft.minSalary) ?? draft.minSalary;
  if (draft.currency.trim()) out.currency = draft.currency;
  return out;
}

/**
 * Reads a yearly amount as people type it: "80000", "80 000", "80,000", "80.000", "80'000",
 * "85000.00", "85k". Returns null for anything else, so the worker can say what is wrong.
 */
export function parseAmount(text: string): number | null {
  const compact = text.trim().replace(/[\s'_\u00a0\u202f]/g, '');
  const thousands = /^(\d+)k$/i.exec(compact);
  if (thousands) return Number(thousands[1]) * 1000;
  // Groups of three after a comma or dot are thousands separators: 80,000 and 80.000.
  if (/^\d{1,3}([.,]\d{3})+$/.test(compact)) return Number(compact.replace(/[.,]/g, ''));
  // One or two digits after the last separator are cents: 85000.00 and 85000,50.
  const decimal = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (decimal) return Math.round(Number(`${decimal[1]}.${decimal[2] ?? '0'}`));
  return null;
}

function splitList(text: string, phrases: boolean): string[] {
  const separator = phrases ? /[;\n]/ : /[,;\n]/;
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}
