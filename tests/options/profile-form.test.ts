import { describe, expect, it } from 'vitest';
import { validateProfile, type Profile } from '../../src/core/profile';
import { fromDraft, profileFromFile, toDraft, type ProfileDraft } from '../../src/options/profile-form';

// The ds-toronto candidate of shared/corpus/profiles.json: places and schools with commas in them.
const NOEMIE: Profile = {
  name: 'Noémie Lacasse',
  headline: 'Data Scientist at Larkspur Grocers · pricing experiments & causal inference',
  currentCompany: 'Larkspur Grocers',
  pastCompanies: ['Bayview Analytics'],
  titles: ['Data Scientist', 'Product Data Scientist', 'Applied Scientist'],
  skills: ['Python', 'SQL', 'pandas', 'A/B testing', 'Bayesian statistics (PyMC)'],
  seniority: 'mid',
  locations: ['Toronto, ON, Canada', 'Montréal, QC, Canada'],
  workplace: ['hybrid', 'onsite'],
  minSalary: 110000,
  currency: 'CAD',
  languages: ['en', 'fr'],
  avoid: ['defense', 'military', 'weapons'],
};

/** What the options page does on save: the draft goes to the worker, which validates it. */
function saved(draft: ProfileDraft): Profile {
  const result = validateProfile(fromDraft(draft));
  if (!result.ok) throw new Error(result.errors.join(' '));
  return result.value;
}

describe('toDraft', () => {
  it('gives an empty form when there is no profile yet', () => {
    expect(toDraft(null)).toEqual({
      name: '',
      headline: '',
      currentCompany: '',
      pastCompanies: '',
      education: '',
      titles: '',
      skills: '',
      seniority: '',
      locations: '',
      workplace: [],
      minSalary: '',
      payPeriod: 'year',
      currency: '',
      languages: '',
      avoid: '',
    });
  });

  it('shows every list one item per line, so items with commas stay whole', () => {
    const draft = toDraft(NOEMIE);
    expect(draft.skills).toBe('Python\nSQL\npandas\nA/B testing\nBayesian statistics (PyMC)');
    expect(draft.locations).toBe('Toronto, ON, Canada\nMontréal, QC, Canada');
    expect(draft.languages).toBe('en\nfr');
    expect(draft.minSalary).toBe('110000');
    expect(draft.workplace).toEqual(['hybrid', 'onsite']);
  });

  it('gives the form its own workplace list, so ticking a box cannot change the loaded profile', () => {
    const profile = structuredClone(NOEMIE);
    toDraft(profile).workplace.push('remote');
    expect(profile.workplace).toEqual(['hybrid', 'onsite']);
  });
});

// Every field FORMAT.md defines, each set.
const EVERY_FIELD: Required<Profile> = {
  name: 'Mara Köhler',
  headline: 'Senior Frontend Engineer at Lindwurm Mobility',
  currentCompany: 'Lindwurm Mobility',
  pastCompanies: ['Sternfeld Bank', 'Acme, Inc.'],
  education: ['TU Dresden', 'HTW Berlin, B.Sc. Applied Computer Science'],
  titles: ['Frontend Engineer', 'Software Engineer', 'UI Engineer'],
  skills: ['TypeScript', 'React', 'Vite', 'Accessibility', 'Design systems'],
  seniority: 'senior',
  locations: ['Berlin, Germany'],
  workplace: ['remote', 'hybrid'],
  minSalary: 85000,
  currency: 'EUR',
  languages: ['de', 'en'],
  avoid: ['crypto', 'contract', 'relocation'],
};

describe('fromDraft', () => {
  it('round-trips a profile through the form and the worker unchanged', () => {
    expect(saved(toDraft(NOEMIE))).toStrictEqual(NOEMIE);
  });

  it('round-trips every FORMAT.md field, commas inside items included', () => {
    expect(Object.keys(EVERY_FIELD)).toHaveLength(14);
    expect(saved(toDraft(EVERY_FIELD))).toStrictEqual(EVERY_FIELD);
  });

  it('stores a monthly pay floor as twelve months a year', () => {
    const draft: ProfileDraft = { ...toDraft(EVERY_FIELD), minSalary: '7 000', payPeriod: 'month' };
    expect(saved(draft).minSalary).toBe(84000);
  });

  it('keeps a yearly floor as typed and shows a stored floor per year', () => {
    expect(saved({ ...toDraft(EVERY_FIELD), minSalary: '85k', payPeriod: 'year' }).minSalary).toBe(85000);
    expect(toDraft(EVERY_FIELD)).toMatchObject({ minSalary: '85000', payPeriod: 'year' });
  });

  it('still reads lists typed on one line with commas (skills) or semicolons (places)', () => {
    const draft = { ...toDraft(null), name: 'Katrin', skills: 'TypeScript, React', locations: 'Berlin, Germany; Remote EU' };
    expect(fromDraft(draft)).toMatchObject({ skills: ['TypeScript', 'React'], locations: ['Berlin, Germany', 'Remote EU'] });
  });

  it('keeps a place with commas as one place', () => {
    const draft = { ...toDraft(null), name: 'Katrin', locations: 'Berlin, Germany; Remote EU\nHamburg, Germany' };
    expect(fromDraft(draft).locations).toEqual(['Berlin, Germany', 'Remote EU', 'Hamburg, Germany']);
  });

  it('splits other lists on commas, semicolons and new lines, dropping blanks', () => {
    const draft = { ...toDraft(null), name: 'Katrin', skills: 'TypeScript, React;Vite\n\nStorybook, ,' };
    expect(fromDraft(draft).skills).toEqual(['TypeScript', 'React', 'Vite', 'Storybook']);
  });

  it('leaves out what the candidate left empty', () => {
    expect(fromDraft({ ...toDraft(null), name: 'Katrin', headline: '  ', skills: ' , ', minSalary: ' ' })).toEqual({ name: 'Katrin' });
  });

  it.each([
    ['85000', 85000],
    ['85 000', 85000],
    ['85,000', 85000],
    ['85.000', 85000],
    ["85'000", 85000],
    ['85000.00', 85000],
    ['85000,50', 85001],
    ['85k', 85000],
    ['1.250.000', 1250000],
  ])('reads the salary "%s" as %i', (typed, amount) => {
    expect(fromDraft({ ...toDraft(null), name: 'K', minSalary: typed }).minSalary).toBe(amount);
  });

  it('passes a salary it cannot read to the worker as typed, which names the problem', () => {
    const out = fromDraft({ ...toDraft(null), name: 'K', minSalary: '85k €' });
    expect(out.minSalary).toBe('85k €');
    expect(validateProfile(out)).toEqual({ ok: false, errors: ['"minSalary" must be a number of zero or more.'] });
  });

  it('leaves an empty name for the worker to refuse rather than inventing one', () => {
    expect(validateProfile(fromDraft(toDraft(null)))).toEqual({ ok: false, errors: ['"name" is required and must be a non-empty text.'] });
  });
});

describe('values that once went wrong', () => {
  // Education entries hold commas (as in profiles.json): saving unchanged must not split them.
  it('keeps an education entry with a comma as one entry when the form is saved unchanged', () => {
    const profile: Profile = { name: 'Katrin Vogelsang', education: ['HTW Berlin, B.Sc. Applied Computer Science'] };
    expect(saved(toDraft(profile)).education).toEqual(['HTW Berlin, B.Sc. Applied Computer Science']);
  });

  // A salary typed with cents must not become a floor a hundred times higher.
  it('never stores "85000.00" as a floor a hundred times higher', () => {
    const result = validateProfile(fromDraft({ ...toDraft(null), name: 'K', minSalary: '85000.00' }));
    expect(result.ok ? result.value.minSalary : 85000).toBe(85000);
  });
});

describe('profileFromFile', () => {
  const messages = {
    notJson: (reason: string) => `not JSON: ${reason}`,
    notObject: 'not an object',
    several: (ids: string) => `several: ${ids}`,
  };

  it('reads a FORMAT.md profile object', () => {
    expect(profileFromFile(JSON.stringify(EVERY_FIELD), messages)).toEqual({ ok: true, value: EVERY_FIELD });
  });

  it('reads a profiles.json holding one profile, and a file saved with a byte-order mark', () => {
    expect(profileFromFile(JSON.stringify({ 'fe-berlin': EVERY_FIELD }), messages)).toEqual({ ok: true, value: EVERY_FIELD });
    expect(profileFromFile(`\uFEFF${JSON.stringify(NOEMIE)}`, messages)).toEqual({ ok: true, value: NOEMIE });
  });

  it('refuses a profiles.json with several profiles, naming them', () => {
    expect(profileFromFile(JSON.stringify({ a: NOEMIE, b: EVERY_FIELD }), messages)).toEqual({ ok: false, errors: ['several: a, b'] });
  });

  it('refuses a truncated file and a file that is not an object', () => {
    const truncated = profileFromFile(JSON.stringify(EVERY_FIELD).slice(0, 40), messages);
    expect(truncated.ok).toBe(false);
    expect(!truncated.ok && truncated.errors[0]).toMatch(/^not JSON: /);
    expect(profileFromFile('["Mara"]', messages)).toEqual({ ok: false, errors: ['not an object'] });
    expect(profileFromFile('42', messages)).toEqual({ ok: false, errors: ['not an object'] });
  });

  it('passes an object without a name on, for the worker to name every problem', () => {
    const parsed = profileFromFile('{"skills": "TypeScript"}', messages);
    expect(parsed.ok).toBe(true);
    expect(validateProfile(parsed.ok ? parsed.value : null)).toEqual({
      ok: false,
      errors: ['"name" is required and must be a non-empty text.', '"skills" must be a list of texts.'],
    });
  });
});
