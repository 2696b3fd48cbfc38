import { describe, expect, it } from 'vitest';
import { validateProfile, type Profile } from '../../src/core/profile';
import { fromDraft, toDraft, type ProfileDraft } from '../../src/options/profile-form';

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
      currency: '',
      languages: '',
      avoid: '',
    });
  });

  it('shows lists comma-separated and places semicolon-separated, since places contain commas', () => {
    const draft = toDraft(NOEMIE);
    expect(draft.skills).toBe('Python, SQL, pandas, A/B testing, Bayesian statistics (PyMC)');
    expect(draft.locations).toBe('Toronto, ON, Canada; Montréal, QC, Canada');
    expect(draft.minSalary).toBe('110000');
    expect(draft.workplace).toEqual(['hybrid', 'onsite']);
  });

  it('gives the form its own workplace list, so ticking a box cannot change the loaded profile', () => {
    const profile = structuredClone(NOEMIE);
    toDraft(profile).workplace.push('remote');
    expect(profile.workplace).toEqual(['hybrid', 'onsite']);
  });
});

describe('fromDraft', () => {
  it('round-trips a profile through the form and the worker unchanged', () => {
    expect(saved(toDraft(NOEMIE))).toStrictEqual(NOEMIE);
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
