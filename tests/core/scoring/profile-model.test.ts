import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile';
import { assessFit } from '../../../src/core/scoring/fit';
import { compileProfile, organisationVariants } from '../../../src/core/scoring/profile-model';
import { analyse, type PhraseIndex } from '../../../src/core/text';
import { KATRIN } from '../../fixtures/profiles';

const found = (index: PhraseIndex<string>, text: string): string[] => [...new Set(index.findAll(analyse(text).tokens).map((h) => h.value))];

describe('organisationVariants', () => {
  it.each([
    ['Wrenfield Health', ['Wrenfield Health', 'Wrenfield']],
    ['Nordlicht Versicherung AG', ['Nordlicht Versicherung AG', 'Nordlicht Versicherung']],
    ['Bodegas Terralta S.A.', ['Bodegas Terralta S.A.', 'Bodegas Terralta']],
    ['Banco Pardal, S.A.', ['Banco Pardal, S.A.', 'Banco Pardal']],
    ['Acme GmbH', ['Acme GmbH', 'Acme']],
    ['Brandt & Liebig Digital', ['Brandt & Liebig Digital', 'Brandt & Liebig']],
    ['St. Odran Community Hospital', ['St. Odran Community Hospital', 'St. Odran']],
  ])('%s → %j', (name, variants) => {
    expect(organisationVariants(name)).toEqual(variants);
  });

  it('keeps a name whose leading words are all generic whole', () => {
    expect(organisationVariants('Data Labs')).toEqual(['Data Labs']);
    expect(organisationVariants('Corvina Pay')).toEqual(['Corvina Pay']);
  });

  it('gives nothing for an empty name', () => {
    expect(organisationVariants('')).toEqual([]);
    expect(organisationVariants('   ')).toEqual([]);
  });

  // BUG: GENERIC_ORG_WORDS only knows English (and a few other) institution words, so the leading
  // words of French, Spanish and Portuguese public institutions become a "distinctive" variant:
  // "Centre Hospitalier de Vaubreuil" → "Centre Hospitalier", "Hospital Geral de Santo Amaro" →
  // "Hospital Geral", "Colegio Público San Telmo" → "Colegio Público", "Escola Secundária de Arouca"
  // → "Escola Secundária". Every message about any such hospital or school then "names your employer".
  it('never reduces a name to generic institution words', () => {
    expect(organisationVariants('Centre Hospitalier de Vaubreuil')).toEqual(['Centre Hospitalier de Vaubreuil']);
    expect(organisationVariants('Hospital Geral de Santo Amaro')).toEqual(['Hospital Geral de Santo Amaro']);
    expect(organisationVariants('Colegio Público San Telmo')).toEqual(['Colegio Público San Telmo']);
    expect(organisationVariants('Escola Secundária de Arouca')).toEqual(['Escola Secundária de Arouca']);
  });

  // The same bug seen from the candidate's side: a nurse who once worked at one "centre hospitalier"
  // is told that an offer from another one names her past employer.
  it('does not take another hospital of the same kind for the candidate’s past employer', () => {
    const nurse: Profile = { name: 'Océane Briand', pastCompanies: ['Centre Hospitalier de Vaubreuil'], titles: ['Infirmière'] };
    const f = assessFit(compileProfile(nurse), analyse('Le Centre Hospitalier de Lorient recrute des infirmiers.'), null);
    expect(f.evidence.map((e) => e.id)).not.toContain('fact.past-employer');
  });
});

describe('compileProfile', () => {
  const model = compileProfile(KATRIN);

  it('indexes the employer by its full and short names, not by its generic words', () => {
    expect(found(model.employer, 'your time at Quellwerk Energy')).toEqual(['Quellwerk Energy']);
    expect(found(model.employer, 'your time at Quellwerk')).toEqual(['Quellwerk Energy']);
    expect(found(model.employer, 'we work in the energy sector')).toEqual([]);
  });

  it('indexes past employers by their distinctive words', () => {
    expect(found(model.pastEmployers, 'back at Tafelfreund you')).toEqual(['Tafelfreund']);
    expect(found(model.pastEmployers, 'your years at Brandt & Liebig')).toEqual(['Brandt & Liebig Digital']);
  });

  it('indexes the school by its name, never by its city alone', () => {
    expect(found(model.schools, 'you studied at HTW Berlin')).toEqual(['HTW Berlin']);
    expect(found(model.schools, 'our office is in Berlin')).toEqual([]);
  });

  it('finds the candidate’s own project in the headline, not skills, titles or the employer', () => {
    expect(found(model.projects, KATRIN.headline!)).toEqual(['Funke']);
    expect(found(model.projects, 'TypeScript React Quellwerk Senior Frontend Engineer')).toEqual([]);
  });

  it('indexes titles, skills, role families, places and deal-breakers', () => {
    expect(found(model.titles, 'a Senior Frontend Engineer role')).toContain('Senior Frontend Engineer');
    expect(model.skills.length).toBe(KATRIN.skills!.length);
    expect(model.families).toEqual(['software.frontend']);
    expect(model.places.cities).toEqual(['de/berlin']);
    expect(model.avoid.map((a) => a.term)).toEqual(['crypto', 'web3', 'contract', 'freelance']);
  });

  it('works across professions and languages', () => {
    const nurse = compileProfile({
      name: 'Océane Briand',
      headline: 'Infirmière en réanimation à la Clinique Marbrière',
      currentCompany: 'Clinique Marbrière',
      titles: ['Infirmière', 'ICU Nurse'],
      locations: ['Nantes, France'],
      avoid: ['travail de nuit'],
    });
    expect(nurse.families).toEqual(['nursing.rn']);
    expect(nurse.places.cities).toEqual(['fr/nantes']);
    expect(found(nurse.employer, 'à la Clinique Marbrière')).toEqual(['Clinique Marbrière']);
    expect(found(nurse.projects, 'Infirmière en réanimation à la Clinique Marbrière')).toEqual([]);
    expect(nurse.avoid).toEqual([{ term: 'travail de nuit', concept: 'nights' }]);

    const accountant = compileProfile({ name: 'Begoña Arrebola', titles: ['Contable', 'Analista financiera'], education: ['Universidad de Salamanca, Grado en ADE'] });
    expect(accountant.families).toEqual(expect.arrayContaining(['finance.accounting']));
    expect(found(accountant.schools, 'estudiaste en la Universidad de Salamanca')).toEqual(['Universidad de Salamanca']);
    expect(found(accountant.schools, 'la universidad')).toEqual([]);
  });

  it('compiles a profile with only a name to empty indexes', () => {
    const empty = compileProfile({ name: 'Rosa Meireles' });
    expect(empty.families).toEqual([]);
    expect(empty.skills).toEqual([]);
    expect(empty.avoid).toEqual([]);
    expect(empty.places).toEqual({ cities: [], regions: [], countries: [] });
    expect(empty.employer.size + empty.pastEmployers.size + empty.schools.size + empty.projects.size + empty.titles.size).toBe(0);
  });

  it('compiles each profile object once', () => {
    expect(compileProfile(KATRIN)).toBe(model);
    expect(compileProfile({ ...KATRIN })).not.toBe(model);
  });
});

describe('compileProfile on any input', () => {
  it('never throws on arbitrary profile texts', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(
        text,
        fc.option(fc.string({ unit: 'binary', maxLength: 80 })),
        fc.array(text, { maxLength: 4 }),
        fc.array(text, { maxLength: 4 }),
        (name, headline, companies, skills) => {
          const profile: Profile = {
            name,
            ...(headline === null ? {} : { headline }),
            pastCompanies: companies,
            education: companies,
            titles: skills,
            skills,
            locations: companies,
            avoid: skills,
          };
          const model = compileProfile(profile);
          expect(model.profile).toBe(profile);
          for (const company of companies) expect(() => organisationVariants(company)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('compiles a profile with a very long headline quickly', () => {
    const profile: Profile = { name: 'Ana Paz', headline: 'Builder of Zorzal and Mirlo tools for nurses. '.repeat(25_000) };
    const started = performance.now();
    const model = compileProfile(profile);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found(model.projects, 'I use Zorzal daily')).toEqual(['Zorzal']);
  });
});
