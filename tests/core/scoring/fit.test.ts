import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile';
import { assessFit, signatureStart, type FitFindings } from '../../../src/core/scoring/fit';
import { compileProfile } from '../../../src/core/scoring/profile-model';
import { analyse } from '../../../src/core/text';
import { KATRIN } from '../../fixtures/profiles';

const NURSE: Profile = {
  name: 'Océane Briand',
  headline: 'Infirmière en réanimation à la Clinique Marbrière',
  currentCompany: 'Clinique Marbrière',
  titles: ['Infirmière', 'Infirmière en réanimation', 'ICU Nurse'],
  skills: ['Soins intensifs', 'Réanimation', 'Ventilation mécanique', 'Pédiatrie'],
  seniority: 'mid',
  locations: ['Nantes, France'],
  workplace: ['onsite'],
  minSalary: 32000,
  currency: 'EUR',
  avoid: ['intérim', 'travail de nuit'],
};

const ACCOUNTANT: Profile = {
  name: 'Begoña Arrebola Quintana',
  currentCompany: 'Grupo Alcaraván',
  pastCompanies: ['Bodegas Terralta S.A.'],
  education: ['Universidad de Salamanca, Grado en ADE'],
  titles: ['Contable', 'Analista financiera', 'Controller'],
  skills: ['SAP', 'Excel', 'NIIF', 'Contabilidad'],
  seniority: 'senior',
  locations: ['Madrid, España'],
  workplace: ['hybrid', 'onsite'],
  minSalary: 42000,
  currency: 'EUR',
};

const TEACHER: Profile = {
  name: 'Johanna Wetterau',
  titles: ['Grundschullehrerin', 'Lehrerin'],
  skills: ['Mathematik', 'Deutsch als Zweitsprache'],
  seniority: 'mid',
  locations: ['München, Deutschland'],
  workplace: ['onsite'],
  avoid: ['Privatschule'],
};

const DEVELOPER: Profile = {
  name: 'Tiago Figueiral',
  headline: 'Backend engineer at Corvina Pay, maintainer of Lampreia',
  currentCompany: 'Corvina Pay',
  titles: ['Backend Engineer', 'Engenheiro de Software', 'Python Developer'],
  skills: ['Python', 'Django', 'PostgreSQL', 'Docker'],
  seniority: 'mid',
  locations: ['Lisboa, Portugal'],
  workplace: ['remote'],
  minSalary: 45000,
  currency: 'EUR',
};

function fit(profile: Profile, body: string, subject: string | null = null): FitFindings {
  return assessFit(compileProfile(profile), analyse(body), subject === null ? null : analyse(subject));
}

const reason = (f: FitFindings, id: string): string | undefined => f.evidence.find((e) => e.id === id)?.reason;
const ids = (f: FitFindings): string[] => f.evidence.map((e) => e.id);

describe('assessFit: facts about the candidate', () => {
  it('names the current employer', () => {
    const f = fit(ACCOUNTANT, 'Hola Begoña, sé que llevas el cierre contable en Grupo Alcaraván. Buscamos una contable en Madrid.');
    expect(reason(f, 'fact.employer')).toBe('Names your employer Grupo Alcaraván');
    expect(f.facts).toBe(1);
  });

  it('names a past employer without its legal form, and the school', () => {
    const f = fit(
      ACCOUNTANT,
      'Hola Begoña:\nVi que estuviste en Bodegas Terralta y estudiaste en la Universidad de Salamanca. Buscamos un Controller financiero en Madrid.',
    );
    expect(reason(f, 'fact.past-employer')).toBe('Names your past employer Bodegas Terralta S.A.');
    expect(reason(f, 'fact.school')).toBe('Mentions your studies at Universidad de Salamanca');
    expect(f.facts).toBe(2);
  });

  it('names a project from the candidate’s headline', () => {
    const f = fit(DEVELOPER, 'Olá Tiago,\nUso a Lampreia no meu trabalho! Estamos a contratar um Backend Engineer totalmente remoto.');
    expect(reason(f, 'fact.project')).toBe('Mentions your project Lampreia');
  });

  it('counts two of the candidate’s skills as a fact and a match', () => {
    const f = fit(TEACHER, 'Liebe Frau Wetterau,\nwir suchen eine Grundschullehrerin für Mathematik und Deutsch als Zweitsprache in München.');
    expect(reason(f, 'fact.skill-combination')).toBe('Asks for your skills Mathematik and Deutsch als Zweitsprache');
    expect(f.facts).toBe(1);
    expect(f.misfits).toBe(0);
  });

  it('weighs three skills more than two and lists at most three', () => {
    const two = fit(DEVELOPER, 'We need Python and Django.');
    const four = fit(DEVELOPER, 'We need Python, Django, PostgreSQL and Docker.');
    expect(two.evidence.find((e) => e.id === 'fact.skill-combination')?.weight).toBe(2);
    const combination = four.evidence.find((e) => e.id === 'fact.skill-combination')!;
    expect(combination.weight).toBe(2.5);
    expect(combination.reason.split(/, | and /)).toHaveLength(3);
  });

  it('counts one skill as a match, not a fact', () => {
    const f = fit(DEVELOPER, 'The team writes Python.');
    expect(reason(f, 'match.skill')).toBe('Asks for Python, one of your skills');
    expect(f.facts).toBe(0);
  });
});

describe('assessFit: misfits, each with a reason the candidate can check', () => {
  it('a stack the candidate does not have, naming the skills', () => {
    const f = fit(DEVELOPER, 'Olá Tiago,\nTemos uma vaga de Backend Engineer com Java, Spring Boot e Kotlin, 100% remoto.');
    expect(reason(f, 'misfit.stack')).toBe('The role asks for Java, Spring Boot and Kotlin, which are not among your skills');
    expect(f.misfits).toBe(1);
  });

  it('a role in another field', () => {
    const f = fit(TEACHER, 'Liebe Frau Wetterau,\nwir suchen eine Buchhalterin für unser Steuerbüro in München.');
    expect(reason(f, 'misfit.field')).toBe('The role (Buchhalterin) is in a different field from yours');
  });

  it('seniority two or more steps off, either way, but not one step', () => {
    const below = fit(DEVELOPER, 'Hi Tiago,\nWe are hiring an intern Python developer. Fully remote.');
    expect(reason(below, 'misfit.seniority')).toMatch(/^The role is intern level \(“[^”]+”\), 2 steps below your mid level$/);
    const above = fit(DEVELOPER, 'Hi Tiago,\nWe are hiring a Principal Backend Engineer to set direction for 40 engineers.');
    expect(reason(above, 'misfit.seniority')).toMatch(/3 steps above your mid level$/);
    const near = fit(DEVELOPER, 'Hi Tiago,\nWe are hiring a Senior Backend Engineer. Fully remote.');
    expect(ids(near)).not.toContain('misfit.seniority');
    expect(reason(near, 'match.seniority')).toBe('The level (senior) suits your mid experience');
  });

  it('onsite only for a remote candidate and for a remote-or-hybrid one', () => {
    const remote = fit(DEVELOPER, 'We are hiring a Backend Engineer in Lisbon, fully on-site, five days a week in the office.');
    expect(reason(remote, 'misfit.workplace')).toBe('The role is onsite 5 days a week; you accept remote');
    const hybrid = fit(KATRIN, 'We are hiring a Senior Frontend Engineer in Berlin. The role is onsite only, five days in the office.');
    expect(reason(hybrid, 'misfit.workplace')).toBe('The role is onsite 5 days a week; you accept remote or hybrid');
  });

  it('hybrid suits a candidate who works onsite; fully remote does not', () => {
    const hybrid = fit(NURSE, 'Nous recrutons une infirmière coordinatrice à Nantes, poste hybride.');
    expect(ids(hybrid)).not.toContain('misfit.workplace');
    expect(reason(hybrid, 'match.workplace')).toBe('The role is hybrid; you work onsite');
    const remote = fit(NURSE, 'Nous recrutons une infirmière pour du télésuivi, poste 100 % télétravail.');
    expect(reason(remote, 'misfit.workplace')).toBe('The role is remote; you accept onsite');
  });

  it('a job in another city', () => {
    const f = fit(NURSE, 'Bonjour Océane,\nNous recrutons une infirmière en réanimation à Strasbourg, poste de jour.');
    expect(reason(f, 'misfit.place')).toBe('The job is in Strasbourg, not where you are');
    const home = fit(NURSE, 'Bonjour Océane,\nNous recrutons une infirmière en réanimation à Nantes.');
    expect(reason(home, 'match.place')).toBe('The job is in Nantes, where you are');
  });

  it('pay below the floor, naming both figures', () => {
    const f = fit(NURSE, 'Nous recrutons une infirmière en réanimation à Nantes. Salaire : 26 000 € brut par an.');
    const pay = reason(f, 'misfit.pay')!;
    expect(pay).toContain('26');
    expect(pay).toContain('32');
    expect(pay).toMatch(/below your floor/);
    expect(f.statesPay).toBe(true);
    const fair = fit(ACCOUNTANT, 'Buscamos un Controller financiero en Madrid, 50.000 € brutos anuales.');
    expect(reason(fair, 'match.pay')).toMatch(/50.*meets your floor of .*42/);
  });

  it('a deal-breaker, quoted and named in the candidate’s own words', () => {
    const f = fit(NURSE, 'Nous recrutons une infirmière en réanimation à Nantes, mission en intérim de trois mois.');
    expect(reason(f, 'misfit.avoid.intérim')).toBe('Mentions “en intérim”: on your list of things to avoid (intérim)');
    const school = fit(TEACHER, 'Für unsere Privatschule in München suchen wir eine Grundschullehrerin.');
    expect(ids(school)).toContain('misfit.avoid.Privatschule');
    expect(school.evidence.find((e) => e.id === 'misfit.avoid.Privatschule')?.weight).toBe(6);
  });

  it('keeps flattering facts and the misfit side by side: the caller decides', () => {
    const f = fit(
      KATRIN,
      'Hi Katrin,\nI loved your work on the Funke design system at Quellwerk Energy. We are a crypto exchange hiring a Senior Frontend Engineer, remote.',
    );
    expect(f.facts).toBeGreaterThanOrEqual(2);
    expect(f.misfits).toBeGreaterThanOrEqual(1);
    expect(ids(f)).toContain('misfit.avoid.crypto');
  });
});

describe('assessFit: what the message says about the offer', () => {
  it('reports a named role, stated pay and stated workplace', () => {
    const f = fit(ACCOUNTANT, 'Buscamos un Controller financiero para Madrid, modelo híbrido, 50.000 € brutos anuales.');
    expect(f).toMatchObject({ namesRole: true, statesPay: true, statesWorkplace: true, misfits: 0 });
    expect(ids(f)).toEqual(expect.arrayContaining(['match.title', 'match.workplace', 'match.place', 'match.pay']));
  });

  it('reports nothing for a message without substance', () => {
    const f = fit(ACCOUNTANT, 'Hola, ¿tienes un momento para hablar esta semana?');
    expect(f).toEqual({ evidence: [], facts: 0, matches: 0, details: 0, misfits: 0, namesRole: false, statesPay: false, statesWorkplace: false });
  });

  it('judges nothing it cannot: a profile with only a name has no misfits', () => {
    const f = fit({ name: 'Rosa Meireles' }, 'We are hiring a warehouse supervisor in Porto, onsite, €20k, Java and Kotlin.');
    expect(f.misfits).toBe(0);
    expect(f.namesRole).toBe(true);
  });

  it('ignores places and titles that belong to the candidate’s past or the sender’s signature', () => {
    const f = fit(
      NURSE,
      'Bonjour Océane,\nJ’ai vu votre parcours à Strasbourg. Nous recrutons une infirmière en réanimation à Nantes.\n\nCordialement,\nInès Callejo\nChargée de recrutement, Lyon',
    );
    expect(ids(f)).not.toContain('misfit.place');
    expect(ids(f)).toContain('match.place');
  });
});

describe('signatureStart', () => {
  it('starts after a closing line in the second half', () => {
    const a = analyse('Hello Owen,\nwe are hiring electricians for our depot in Leeds this spring.\n\nBest regards,\nGwen Pryce\nVoltline');
    const start = signatureStart(a);
    expect(a.tokens[start]!.raw).toBe('Gwen');
  });

  it.each([
    'Bonjour,\nnous recrutons des infirmières pour notre service.\n\nCordialement,\nInès',
    'Hallo Johanna,\nwir suchen eine Lehrerin für Mathematik.\n\nViele Grüße\nJonas',
    'Hola Begoña,\nbuscamos una contable para Madrid.\n\nUn saludo,\nMarta',
  ])('knows closings in other languages: %s', (text) => {
    const a = analyse(text);
    expect(signatureStart(a)).toBe(a.tokens.length - 1);
  });

  it('is the end of the text when there is no closing line', () => {
    const a = analyse('Thanks for reading the attached job description, we can talk tomorrow about the role');
    expect(signatureStart(a)).toBe(a.tokens.length);
    expect(signatureStart(analyse(''))).toBe(0);
  });
});

describe('assessFit on any input', () => {
  it('never throws, and counts agree with the evidence', () => {
    const model = compileProfile(KATRIN);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 800 }), fc.option(fc.string({ unit: 'grapheme', maxLength: 100 })), (body, subject) => {
        const f = assessFit(model, analyse(body), subject === null ? null : analyse(subject));
        expect(f.misfits).toBe(f.evidence.filter((e) => e.id.startsWith('misfit.')).length);
        expect(f.facts).toBe(f.evidence.filter((e) => e.id.startsWith('fact.')).length);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a 1 MB offer quickly', () => {
    const body = 'Nous recrutons une infirmière en réanimation à Nantes, 36 000 € brut, soins intensifs. '.repeat(12_000);
    const started = performance.now();
    const f = fit(NURSE, body);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(f.facts).toBeGreaterThanOrEqual(1);
  });
});
