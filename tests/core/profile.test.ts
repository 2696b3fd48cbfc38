import { describe, expect, it } from 'vitest';
import { validateProfile, type Profile } from '../../src/core/profile';
import { KATRIN } from '../fixtures/profiles';


function errorsOf(input: unknown): string[] {
  const result = validateProfile(input);
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.value)}`);
  return result.errors;
}

function valueOf(input: unknown): Profile {
  const result = validateProfile(input);
  if (!result.ok) throw new Error(`expected a profile, got ${result.errors.join(' ')}`);
  return result.value;
}

describe('validateProfile', () => {
  it('accepts a complete FORMAT.md profile unchanged', () => {
    expect(valueOf(structuredClone(KATRIN))).toStrictEqual(KATRIN);
  });

  it('needs nothing but a name', () => {
    expect(valueOf({ name: 'Noémie Lacasse' })).toStrictEqual({ name: 'Noémie Lacasse' });
  });

  it('treats null like a missing field, as an exported file may have it', () => {
    expect(valueOf({ name: 'Daniela Robles', headline: null, skills: null, seniority: null, minSalary: null, currency: null, workplace: null })).toStrictEqual({
      name: 'Daniela Robles',
    });
  });

  it('refuses anything that is not a JSON object', () => {
    for (const input of [null, undefined, 'Katrin', 42, [KATRIN]]) {
      expect(errorsOf(input)).toEqual(['A profile must be a JSON object.']);
    }
  });

  it('needs a name that is non-empty text', () => {
    for (const name of [undefined, '', '   ', 7, ['Katrin']]) {
      expect(errorsOf({ ...KATRIN, name })).toEqual(['"name" is required and must be a non-empty text.']);
    }
  });

  it('lists every problem at once, so the form can show them all', () => {
    const errors = errorsOf({
      name: '',
      headline: 12,
      skills: 'TypeScript, React',
      seniority: 'lead',
      workplace: ['remote', 'office'],
      minSalary: -1,
      currency: 'Euro',
      languages: ['german'],
    });
    expect(errors).toEqual([
      '"name" is required and must be a non-empty text.',
      '"headline" must be a text.',
      '"skills" must be a list of texts.',
      '"seniority" must be one of: intern, junior, mid, senior, staff, principal, manager, director, executive.',
      '"workplace" must be a list of: remote, hybrid, onsite.',
      '"minSalary" must be a number of zero or more.',
      '"currency" must be a three-letter currency code such as EUR or USD.',
      '"languages" must hold language codes such as "en" or "de".',
    ]);
  });

  it('trims texts and drops the empty ones', () => {
    expect(valueOf({ name: '  Imogen Hale ', headline: '   ', currentCompany: ' Kettleby Health\n' })).toStrictEqual({
      name: 'Imogen Hale',
      currentCompany: 'Kettleby Health',
    });
  });

  it('trims list items, drops blanks and repeats (ignoring case), keeping the first spelling', () => {
    const value = valueOf({ name: 'Katrin', skills: [' TypeScript', 'React', 'typescript', '', '  ', 'REACT ', 'Vite'], avoid: ['', ' '] });
    expect(value.skills).toEqual(['TypeScript', 'React', 'Vite']);
    // A list that ends up empty is left out rather than stored as [].
    expect(value).not.toHaveProperty('avoid');
  });

  it('refuses a list holding anything but texts', () => {
    expect(errorsOf({ name: 'Katrin', pastCompanies: ['Tafelfreund', 3] })).toEqual(['"pastCompanies" must be a list of texts.']);
  });

  it('accepts every documented seniority level and nothing else', () => {
    for (const seniority of ['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'manager', 'director', 'executive']) {
      expect(valueOf({ name: 'K', seniority }).seniority).toBe(seniority);
    }
    expect(errorsOf({ name: 'K', seniority: 'Senior' })).toHaveLength(1);
  });

  it('keeps each accepted workplace once and refuses a single text', () => {
    expect(valueOf({ name: 'K', workplace: ['hybrid', 'remote', 'hybrid'] }).workplace).toEqual(['hybrid', 'remote']);
    expect(errorsOf({ name: 'K', workplace: 'remote' })).toEqual(['"workplace" must be a list of: remote, hybrid, onsite.']);
  });

  it('accepts a salary floor of zero or more and refuses text or non-finite numbers', () => {
    expect(valueOf({ name: 'K', minSalary: 0 }).minSalary).toBe(0);
    expect(valueOf({ name: 'K', minSalary: 75000 }).minSalary).toBe(75000);
    for (const minSalary of ['85000', Number.NaN, Number.POSITIVE_INFINITY, -5000]) {
      expect(errorsOf({ name: 'K', minSalary })).toEqual(['"minSalary" must be a number of zero or more.']);
    }
  });

  it('upper-cases a currency code and refuses symbols and names', () => {
    expect(valueOf({ name: 'K', currency: ' gbp ' }).currency).toBe('GBP');
    for (const currency of ['€', 'EURO', 'E U', 978]) {
      expect(errorsOf({ name: 'K', currency })).toHaveLength(1);
    }
  });

  it('lower-cases language codes, keeps one of each, and refuses language names', () => {
    expect(valueOf({ name: 'K', languages: ['DE', 'en', 'de', 'fil'] }).languages).toEqual(['de', 'en', 'fil']);
    expect(errorsOf({ name: 'K', languages: ['en', 'Deutsch'] })).toEqual(['"languages" must hold language codes such as "en" or "de".']);
  });

  it('drops fields it does not know, such as the storage fields of an exported record', () => {
    const value = valueOf({ ...KATRIN, id: 'me', updatedAt: 1790000000000, notes: 'private' });
    expect(value).toStrictEqual(KATRIN);
  });

  it('leaves its input untouched', () => {
    const input = { name: ' Katrin ', skills: ['React', 'react'], languages: ['DE'] };
    const copy = structuredClone(input);
    validateProfile(input);
    expect(input).toStrictEqual(copy);
  });
});
