/**
 * The candidate's profile, in the shape of shared/corpus/FORMAT.md. Every field but `name` is optional.
 */

export const SENIORITY_LEVELS = [
  'intern',
  'junior',
  'mid',
  'senior',
  'staff',
  'principal',
  'manager',
  'director',
  'executive',
] as const;
export type Seniority = (typeof SENIORITY_LEVELS)[number];

export const WORKPLACES = ['remote', 'hybrid', 'onsite'] as const;
export type Workplace = (typeof WORKPLACES)[number];

export interface Profile {
  name: string;
  headline?: string;
  currentCompany?: string;
  pastCompanies?: string[];
  education?: string[];
  titles?: string[];
  skills?: string[];
  seniority?: Seniority;
  locations?: string[];
  /** What the candidate accepts. */
  workplace?: Workplace[];
  /** Yearly base salary in `currency`; offers below it are not a fit. */
  minSalary?: number;
  /** ISO 4217 code, e.g. "EUR". */
  currency?: string;
  /** ISO 639-1 codes of the languages the candidate works in. */
  languages?: string[];
  /** Deal-breakers in the candidate's own words. */
  avoid?: string[];
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const LIST_FIELDS = [
  'pastCompanies',
  'education',
  'titles',
  'skills',
  'locations',
  'languages',
  'avoid',
] as const;

const TEXT_FIELDS = ['headline', 'currentCompany'] as const;

/** Checks untrusted input (an imported file, a form) and returns a clean profile or every problem found. */
export function validateProfile(input: unknown): ValidationResult<Profile> {
  const errors: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: ['A profile must be a JSON object.'] };
  }
  const raw = input as Record<string, unknown>;
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  if (!name) errors.push('"name" is required and must be a non-empty text.');
  const profile: Profile = { name };

  for (const field of TEXT_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') errors.push(`"${field}" must be a text.`);
    else if (value.trim()) profile[field] = value.trim();
  }

  for (const field of LIST_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      errors.push(`"${field}" must be a list of texts.`);
      continue;
    }
    const items = uniqueTrimmed(value as string[]);
    if (items.length) profile[field] = items;
  }

  if (raw.seniority !== undefined && raw.seniority !== null) {
    if (!SENIORITY_LEVELS.includes(raw.seniority as Seniority)) {
      errors.push(`"seniority" must be one of: ${SENIORITY_LEVELS.join(', ')}.`);
    } else profile.seniority = raw.seniority as Seniority;
  }

  if (raw.workplace !== undefined && raw.workplace !== null) {
    const value = raw.workplace;
    if (!Array.isArray(value) || value.some((w) => !WORKPLACES.includes(w as Workplace))) {
      errors.push(`"workplace" must be a list of: ${WORKPLACES.join(', ')}.`);
    } else profile.workplace = [...new Set(value as Workplace[])];
  }

  if (raw.minSalary !== undefined && raw.minSalary !== null) {
    const value = raw.minSalary;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      errors.push('"minSalary" must be a number of zero or more.');
    } else profile.minSalary = value;
  }

  if (raw.currency !== undefined && raw.currency !== null) {
    const value = raw.currency;
    if (typeof value !== 'string' || !/^[A-Za-z]{3}$/.test(value.trim())) {
      errors.push('"currency" must be a three-letter currency code such as EUR or USD.');
    } else profile.currency = value.trim().toUpperCase();
  }

  if (profile.languages?.some((code) => !/^[a-z]{2,3}$/i.test(code))) {
    errors.push('"languages" must hold language codes such as "en" or "de".');
  } else if (profile.languages) {
    profile.languages = profile.languages.map((code) => code.toLowerCase());
  }

  return errors.length ? { ok: false, errors } : { ok: true, value: profile };
}

function uniqueTrimmed(items: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const text = item.trim();
    const folded = text.toLowerCase();
    if (!text || seen.has(folded)) continue;
    seen.add(folded);
    out.push(text);
  }
  return out;
}
