import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findWorkplace,
  negatedAfter,
  negatedBefore,
  negationScope,
  workplaceFits,
  type WorkplaceFinding,
} from '../../../../src/core/scoring/knowledge/workplace';
import { analyse } from '../../../../src/core/text';

function wp(text: string): WorkplaceFinding {
  return findWorkplace(analyse(text));
}

function modes(f: WorkplaceFinding): string {
  return `${f.remote ? 'R' : '-'}${f.hybrid ? 'H' : '-'}${f.onsite ? 'O' : '-'}`;
}

describe('findWorkplace: what is offered', () => {
  it.each([
    ['The position is fully remote within Spain.', 'R--'],
    ['We are a remote-first team spread over four time zones.', 'R--'],
    ['Work from home, any city in Portugal.', 'R--'],
    ['WFH is the default here.', 'R--'],
    ['Poste en télétravail complet, 100 % télétravail possible.', 'R--'],
    ['Trabajo 100% en remoto desde cualquier ciudad.', 'R--'],
    ['Oferecemos trabalho remoto para todo o Brasil.', 'R--'],
    ['Homeoffice ist bei uns die Regel, mobiles Arbeiten aus ganz Deutschland.', 'R--'],
    ['Het is een functie waarbij thuiswerken de norm is.', 'R--'],
    ['The team works hybrid.', '-H-'],
    ['Modalidad híbrida en Valencia.', '-H-'],
    ['Un poste hybride à Lyon.', '-H-'],
    ['Onsite at the plant in Toledo from day one.', '--O'],
    ['Die Tätigkeit ist vor Ort in Hannover.', '--O'],
    ['Poste en présentiel à Bordeaux.', '--O'],
    ['Trabajo presencial en Sevilla.', '--O'],
    ['Remote or hybrid, your choice.', 'RH-'],
  ])('%s → %s', (text, expected) => {
    expect(modes(wp(text))).toBe(expected);
  });

  it('keeps the phrases as written for reasons', () => {
    const f = wp('Fully Remote within the EU, or Hybrid if you prefer.');
    expect(f.evidence).toContain('Fully Remote');
    expect(f.evidence).toContain('Hybrid');
  });

  it('says nothing for a message without workplace words', () => {
    const f = wp('Thanks for the coffee yesterday, talk soon!');
    expect(f).toEqual({ remote: false, hybrid: false, onsite: false, officeDaysPerWeek: null, evidence: [] });
  });

  it('does not take remote monitoring or remote sensing for remote work', () => {
    expect(modes(wp('Our nurses use remote patient monitoring on the ward.'))).toBe('---');
    expect(modes(wp('A startup in remote sensing for farms.'))).toBe('---');
    expect(modes(wp('Experience with control remoto de equipos.'))).toBe('---');
  });

  it('does not take an onsite interview or onsite parking for an onsite job', () => {
    expect(modes(wp('After two video calls there is an onsite interview; the job itself is fully remote.'))).toBe('R--');
    expect(modes(wp('Free on-site parking and a gym.'))).toBe('---');
  });

  it('does not read the UK Home Office as working from home', () => {
    expect(wp('Our client is a supplier to the Home Office.').remote).toBe(false);
    expect(wp('Sponsorship via a Home Office licence is available.').remote).toBe(false);
    expect(wp('Zwei Tage Home Office pro Woche.').remote || wp('Zwei Tage Home Office pro Woche.').hybrid).toBe(true);
  });
});

describe('findWorkplace: negations', () => {
  it.each([
    ['This is not a remote role.'],
    ['No remote work for this position, sorry.'],
    ['Kein Homeoffice möglich.'],
    ['Pas de télétravail pour ce poste.'],
    ['Puesto sin teletrabajo.'],
    ['Remote is not possible for this team.'],
    ['Het is geen thuiswerken functie.'],
    ["We can't offer remote."],
  ])('%s → onsite, not remote', (text) => {
    const f = wp(text);
    expect(f.remote).toBe(false);
    expect(f.onsite).toBe(true);
  });

  it('does not negate across a sentence or a clause', () => {
    expect(wp('We have no office. Fully remote.').remote).toBe(true);
    expect(wp('No relocation needed, fully remote.').remote).toBe(true);
    expect(wp('Not in London, but remote across the UK.').remote).toBe(true);
  });

  it('a negated hybrid is not hybrid', () => {
    expect(wp('The role is not hybrid.').hybrid).toBe(false);
  });
});

describe('findWorkplace: office days', () => {
  it.each([
    ['Hybrid: 2 days a week in our office near the station.', 2],
    ['You would be in the office 3 days a week.', 3],
    ['Mainly on-site: 4 days per week.', 4],
    ['Onsite 4 days/week, Fridays from home.', 4],
    ['4 days onsite and one day remote.', 4],
    ['5 days in the office, every week.', 5],
    ['Fully onsite at the Leeds site.', 5],
    ['100% on-site role.', 5],
    ['In-office full time, five days.', 5],
    ['Location: Doha – on-site six days per week', 6],
    ['Hybrid, one day a week in the studio.', 1],
    ['In office once a week, the rest from home.', 1],
    ['Hybrid set-up: Mon–Wed at the office.', 3],
    ['2 Tage pro Woche im Büro, sonst mobiles Arbeiten.', 2],
    ['Zwei Tage die Woche vor Ort.', 2],
    ['3 Tage Homeoffice pro Woche.', 2],
    ['Deux jours par semaine au bureau.', 2],
    ['2 jours de télétravail par semaine.', 3],
    ['Tres días presenciales a la semana.', 3],
    ['Dois dias por semana no escritório.', 2],
    ['Hybride: 2 dagen per week op kantoor.', 2],
    ['On site, plus 1 home-office day each week.', 4],
    ['Hybrid, 2-3 days a week at our hub.', 2],
  ])('%s → %i', (text, days) => {
    expect(wp(text).officeDaysPerWeek).toBe(days);
  });

  it('marks a split week hybrid and a full week onsite', () => {
    const split = wp('2 days a week in our office in Gdansk.');
    expect(split.hybrid).toBe(true);
    expect(split.onsite).toBe(false);
    const full = wp('5 days a week in the office.');
    expect(full.onsite).toBe(true);
  });

  it('does not count days that are not office days', () => {
    expect(wp('We offer a 4-day week for everyone.').officeDaysPerWeek).toBeNull();
    expect(wp('Three 12-hour shifts (7am–7pm), alternate weekends.').officeDaysPerWeek).toBeNull();
    expect(wp('We reply within 2 days.').officeDaysPerWeek).toBeNull();
    expect(wp('Mon–Fri, 9 to 5, team lunch on Thursdays.').officeDaysPerWeek).toBeNull();
  });

  it('in a hybrid message, a weekly count without a cue is office days', () => {
    expect(wp('Hybrid; the office is by the river, 2 days per week.').officeDaysPerWeek).toBe(2);
  });

  it('a cue after the count in the same clause wins over one before a comma', () => {
    const f = wp('Sheffield site, 3 days in person.');
    expect(f.officeDaysPerWeek).toBe(3);
    expect(f.hybrid).toBe(true);
    expect(f.onsite).toBe(false);
  });

  it('the rest of a hybrid week from home is not a remote offer', () => {
    const f = wp('2 Tage pro Woche im Büro, Rest mobiles Arbeiten.');
    expect(f.remote).toBe(false);
    expect(f.officeDaysPerWeek).toBe(2);
    expect(wp('In office once a week, the rest from home.').officeDaysPerWeek).toBe(1);
  });

  it('keeps the lowest count when several are stated', () => {
    expect(wp('Hybrid: 2 days in the office; up to 5 days in the office if you like.').officeDaysPerWeek).toBe(2);
  });
});

describe('workplaceFits', () => {
  const remoteOrHybrid = ['remote', 'hybrid'] as const;
  it('an onsite week is not for a remote/hybrid candidate', () => {
    const r = workplaceFits(wp('Five days a week at our headquarters in the office.'), remoteOrHybrid);
    expect(r.fits).toBe(false);
    expect(r.reason).toBe('The role is onsite 5 days a week; you accept remote or hybrid');
  });

  it('four office days is onsite in all but name', () => {
    expect(workplaceFits(wp('Hybrid, 4 days in the office.'), remoteOrHybrid).fits).toBe(false);
  });

  it('a plain onsite role is not for a remote-only candidate', () => {
    const r = workplaceFits(wp('Onsite in Rotterdam.'), ['remote']);
    expect(r.fits).toBe(false);
    expect(r.reason).toContain('you accept remote');
  });

  it('hybrid with up to three office days fits a hybrid candidate', () => {
    const r = workplaceFits(wp('Hybrid, 3 days in the office.'), remoteOrHybrid);
    expect(r.fits).toBe(true);
    expect(r.reason).toContain('hybrid');
  });

  it('hybrid does not fit a remote-only candidate', () => {
    expect(workplaceFits(wp('Hybrid, 2 days a week in the office.'), ['remote']).fits).toBe(false);
  });

  it('onsite fits an onsite candidate, and so does hybrid', () => {
    expect(workplaceFits(wp('Onsite in the ICU, five days in person.'), ['onsite']).fits).toBe(true);
    expect(workplaceFits(wp('Hybrid, 2 days a week in the office.'), ['onsite']).fits).toBe(true);
  });

  it('remote does not fit an onsite-only candidate', () => {
    expect(workplaceFits(wp('100% remote telehealth role.'), ['onsite']).fits).toBe(false);
  });

  it('an option the candidate accepts is enough', () => {
    expect(workplaceFits(wp('Remote or onsite in Bilbao.'), ['remote']).fits).toBe(true);
  });

  it('unknown when nothing is said or nothing is accepted', () => {
    expect(workplaceFits(wp('Great team, great product.'), remoteOrHybrid)).toEqual({ fits: null, reason: null });
    expect(workplaceFits(wp('Fully remote.'), undefined)).toEqual({ fits: null, reason: null });
    expect(workplaceFits(wp('Fully remote.'), [])).toEqual({ fits: null, reason: null });
  });
});

function at(text: string, word: string) {
  const a = analyse(text);
  return { scope: negationScope(a), i: a.tokens.findIndex((t) => t.text === word) };
}

describe('negation helpers', () => {
  it('finds a negator in the same clause only', () => {
    let { scope, i } = at('There is no relocation.', 'relocation');
    expect(negatedBefore(scope, i)).toBe(true);
    ({ scope, i } = at('No worries, relocation is covered.', 'relocation'));
    expect(negatedBefore(scope, i)).toBe(false);
    ({ scope, i } = at('Not only remote but also flexible.', 'remote'));
    expect(negatedBefore(scope, i)).toBe(false);
  });

  it('"no" is not a negator in Portuguese, where it means "in the"', () => {
    const { scope, i } = at('Você vai trabalhar no escritório, uma vaga muito boa, não é?', 'escritorio');
    expect(negatedBefore(scope, i)).toBe(false);
  });

  it('reads "not required" after a phrase', () => {
    const a = analyse('Relocation is not required.');
    expect(negatedAfter(negationScope(a), 1)).toBe(true);
    const b = analyse('Relocation, no problem at all.');
    expect(negatedAfter(negationScope(b), 1)).toBe(false);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary strings', () => {
    for (const unit of ['binary', 'grapheme'] as const) {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 300 }), (s) => {
          const f = findWorkplace(analyse(s));
          workplaceFits(f, ['remote', 'hybrid']);
          expect(Array.isArray(f.evidence)).toBe(true);
        }),
        { numRuns: 200 },
      );
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => workplaceFits(findWorkplace(analyse(s)), ['onsite'])).not.toThrow();
      }),
    );
  });

  it('reads words and numbers in any order without throwing', () => {
    const vocab = ['2', 'days', 'in', 'the', 'office', 'remote', 'not', 'hybrid', 'Tue', '–', 'Thu', 'once', ',', '.', '7'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab), { maxLength: 40 }), (words) => {
        const days = findWorkplace(analyse(words.join(' '))).officeDaysPerWeek;
        expect(days === null || (days >= 1 && days <= 7)).toBe(true);
      }),
    );
  });

  it('handles a 1 MB message quickly', () => {
    const unit = 'Hybrid, 2 days a week in the office; not remote. Onsite 4 days. Télétravail 2 jours. ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const start = performance.now();
    const f = findWorkplace(analyse(big));
    expect(performance.now() - start).toBeLessThan(2000);
    expect(f.hybrid).toBe(true);
  });
});
