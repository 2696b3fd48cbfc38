import type { Profile } from '../core/profile';

export const PAY_PERIODS = ['year', 'month'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];
/** The profile keeps a yearly floor (FORMAT.md); a monthly figure is twelve of them. */
const PERIODS_PER_YEAR: Record<PayPeriod, number> = { year: 1, month: 12 };

/** The profile as the form edits it: every list as text, one item per line. */
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
  payPeriod: PayPeriod;
  currency: string;
  languages: string;
  avoid: string;
}

/** Lists whose items can hold commas ("HTW Berlin, B.Sc.", "Berlin, Germany"): one per line, or semicolons. */
export const PHRASE_LISTS = ['pastCompanies', 'education', 'titles', 'locations'] as const;
/** Lists of short words: one per line, commas or semicolons. */
export const WORD_LISTS = ['skills', 'languages', 'avoid'] as const;
export const LIST_FIELDS = [...PHRASE_LISTS, ...WORD_LISTS] as const;

const lines = (items?: string[]): string => (items ?? []).join('\n');

export function toDraft(profile: Profile | null): ProfileDraft {
  return {
    name: profile?.name ?? '',
    headline: profile?.headline ?? '',
    currentCompany: profile?.currentCompany ?? '',
    pastCompanies: lines(profile?.pastCompanies),
    education: lines(profile?.education),
    titles: lines(profile?.titles),
    skills: lines(profile?.skills),
    seniority: profile?.seniority ?? '',
    locations: lines(profile?.locations),
    workplace: [...(profile?.workplace ?? [])],
    minSalary: profile?.minSalary === undefined ? '' : String(profile.minSalary),
    payPeriod: 'year',
    currency: profile?.currency ?? '',
    languages: lines(profile?.languages),
    avoid: lines(profile?.avoid),
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
  if (draft.minSalary.trim()) {
    const amount = parseAmount(draft.minSalary);
    out.minSalary = amount === null ? draft.minSalary : amount * (PERIODS_PER_YEAR[draft.payPeriod] ?? 1);
  }
  if (draft.currency.trim()) out.currency = draft.currency;
  return out;
}

/**
 * Reads an amount as people type it: "80000", "80 000", "80,000", "80.000", "80'000",
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

export type ParsedFile<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/**
 * The profile in a JSON file the candidate picked: a FORMAT.md profile object, or a profiles.json
 * holding exactly one. The worker still validates every field; this only finds the object and says
 * in plain words when the file is not JSON at all. `messages` gives the sentences in the UI language.
 */
export function profileFromFile(
  text: string,
  messages: { notJson: (reason: string) => string; notObject: string; several: (ids: string) => string },
): ParsedFile<unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [messages.notJson(error instanceof Error ? error.message : String(error))] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, errors: [messages.notObject] };
  const record = parsed as Record<string, unknown>;
  if ('name' in record) return { ok: true, value: record };
  // profiles.json: an object keyed by profile id, each value a profile with a name.
  const entries = Object.entries(record).filter(([, value]) => typeof value === 'object' && value !== null && 'name' in value);
  if (entries.length === 1 && Object.keys(record).length === 1) return { ok: true, value: entries[0]![1] };
  if (entries.length > 1) return { ok: false, errors: [messages.several(entries.map(([id]) => id).join(', '))] };
  // Let the worker name what is missing ("name" is required…).
  return { ok: true, value: record };
}
