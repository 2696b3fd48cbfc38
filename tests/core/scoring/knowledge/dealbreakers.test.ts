import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileAvoid,
  findDealBreakers,
  type CompiledAvoid,
  type DealBreakerHit,
} from '../../../../src/core/scoring/knowledge/dealbreakers';
import { analyse } from '../../../../src/core/text';

function hits(avoid: string[], text: string): DealBreakerHit[] {
  return findDealBreakers(compileAvoid(avoid), analyse(text));
}

/** The evidence of the hit for `term`, or null. */
function hitFor(term: string, text: string): string | null {
  return hits([term], text).find((h) => h.term === term)?.evidence ?? null;
}

/** The texts where `term` is not found (expected: none). */
function missed(term: string, texts: string[]): string[] {
  return texts.filter((text) => hitFor(term, text) === null);
}

/** The texts where `term` is found (expected: none). */
function wronglyFound(term: string, texts: string[]): string[] {
  return texts.filter((text) => hitFor(term, text) !== null);
}

describe('compileAvoid', () => {
  it('maps common deal-breakers in the candidate’s words to concepts', () => {
    const compiled = compileAvoid([
      'crypto',
      'web3',
      'contract',
      'freelance',
      'defense',
      'military',
      'weapons',
      'travel nurse contracts',
      'night shift only',
      'agency work',
      'relocation',
      'gambling',
      'on-call',
      'commission-only',
      'startups',
      'consulting',
      'fossil fuels',
      'tobacco',
      'sales',
    ]);
    expect(compiled.map((c) => c.concept)).toEqual([
      'crypto',
      'crypto',
      'contract',
      'contract',
      'defense',
      'defense',
      'defense',
      'travel-contract',
      'nights',
      'agency',
      'relocation',
      'gambling',
      'on-call',
      'commission',
      'startups',
      'consulting',
      'fossil-fuels',
      'tobacco',
      'sales',
    ]);
  });

  it('keeps the candidate’s words and ignores filler around them', () => {
    expect(compileAvoid(['No crypto companies please'])).toEqual([{ term: 'No crypto companies please', concept: 'crypto' }]);
    expect(compileAvoid(['Keine Rüstungsindustrie'])).toEqual([{ term: 'Keine Rüstungsindustrie', concept: 'defense' }]);
    expect(compileAvoid(['befristete Verträge'])[0]?.concept).toBe('contract');
    expect(compileAvoid(['pas de CDD'])[0]?.concept).toBe('contract');
  });

  it('keeps unknown terms literal, and terms whose extra words change the meaning', () => {
    expect(compileAvoid(['payday loans'])).toEqual([{ term: 'payday loans', concept: null }]);
    expect(compileAvoid(['criminal defense'])).toEqual([{ term: 'criminal defense', concept: null }]);
  });

  it('splits lists in one term', () => {
    expect(compileAvoid(['crypto/web3'])).toEqual([{ term: 'crypto/web3', concept: 'crypto' }]);
    expect(compileAvoid(['gambling and tobacco'])).toEqual([
      { term: 'gambling', concept: 'gambling' },
      { term: 'tobacco', concept: 'tobacco' },
    ]);
    expect(compileAvoid(['gambling, payday loans'])).toEqual([
      { term: 'gambling', concept: 'gambling' },
      { term: 'payday loans', concept: null },
    ]);
  });

  it('tolerates empty and odd input', () => {
    expect(compileAvoid(undefined)).toEqual([]);
    expect(compileAvoid(['', '   ', '!!!'])).toEqual([]);
    expect(compileAvoid(['Crypto', 'crypto'])).toHaveLength(1);
  });
});

describe('findDealBreakers: contract, freelance, temporary', () => {
  it('finds contract work as an employment type, in five languages', () => {
    expect(missed('contract', [
      'It is an 8-month contract, possibly longer.',
      'Engagement type: Contract (9 months)',
      'Senior Data Engineer (Contract)',
      'Projektlaufzeit: 9 Monate, Stundensatz nach Absprache.',
      'Paid hourly on C2C.',
      'We need a contractor for our billing platform.',
      'Day rate £500 inside IR35.',
      'We offer €650 per day for this engagement.',
      'Initial 3 months, extendable, W2 contract.',
      'Temp-to-perm, starting Monday.',
      'Maternity cover for 12 months.',
      'Wir suchen einen Freiberufler für ein Projekt für 6 Monate.',
      'Die Stelle ist zunächst befristet auf zwei Jahre.',
      'Einsatz über Arbeitnehmerüberlassung beim Kunden.',
      'Mission freelance de 6 mois, TJM 550 €.',
      'Poste en CDD de 8 mois.',
      'Contrato temporal de seis meses por obra y servicio.',
      'Trabajarías como autónomo para el cliente.',
      'Vaga PJ com início imediato.',
      'Contrato temporário de 3 meses.',
      'Een tijdelijk contract via detachering.',
      'A two-year contract at a secondary school.',
      'Contrato de un año con posibilidad de renovación.',
    ])).toEqual([]);
  });

  it('is never the opposite: permanent contracts and contract skills', () => {
    expect(wronglyFound('contract', [
      'You get a permanent employment contract through a local entity.',
      'Festanstellung, unbefristeter Vertrag.',
      'CDI, télétravail partiel.',
      'Contrato indefinido a jornada completa.',
      'Contratação CLT com todos os benefícios.',
      'Een vast contract na een jaar.',
      'You will build our contract-drafting software.',
      'Strong contract negotiation skills are a plus.',
      'We audit smart contracts for DeFi protocols.',
      'The defense contractor builds radar.',
      'You will manage a team of freelancers and agencies.',
      'We offer temporary housing for your first month.',
      'Experience with time series: series temporales y forecasting.',
    ])).toEqual([]);
  });

  it('respects negations and options', () => {
    expect(wronglyFound('contract', [
      'This is not a contract role.',
      'Permanent, not contract, no C2C.',
      'Pas de CDD ni de freelance: un vrai CDI.',
      'No es un puesto temporal.',
      'Kein Freiberufler-Projekt, sondern Festanstellung.',
      'Available freelance or permanent, your choice.',
    ])).toEqual([]);
  });

  it('freelance maps to the same concept', () => {
    expect(hitFor('freelance', 'A 3-month freelance engagement.')).not.toBeNull();
    expect(hitFor('freelance', 'Freelancer gesucht, Remote.')).not.toBeNull();
  });
});

describe('findDealBreakers: crypto and web3', () => {
  it('finds the industry', () => {
    expect(missed('crypto', [
      'We build a crypto exchange for retail traders.',
      'A self-custody wallet for browsers and phones.',
      'Salary €110k + token allocation.',
      'Paid partly in tokens.',
      'Our DeFi protocol and NFT marketplace.',
      'Ein Krypto-Startup aus Hamburg.',
      'Una startup de criptomonedas en Madrid.',
      'Une plateforme de cryptomonnaies.',
      'Our wallet supports staking rewards on several tokens.',
    ])).toEqual([]);
    expect(hitFor('web3', 'We are a web3 company building on Ethereum.')).not.toBeNull();
  });

  it('"crypto" means the industry, not cryptography or design tokens', () => {
    expect(wronglyFound('crypto', [
      'You will work on end-to-end encryption and cryptography.',
      'We use the Web Crypto API for hashing.',
      'Our design tokens live in Figma.',
      'Mobile wallet payments and stock exchange data feeds.',
      'No crypto, no gambling: a plain B2B SaaS.',
    ])).toEqual([]);
  });
});

describe('findDealBreakers: defense, military, weapons', () => {
  it('finds defence work in several languages', () => {
    for (const term of ['defense', 'military', 'weapons']) {
      expect(missed(term, [
        'Computer vision for automatic target recognition on drones.',
        'A leading defence contractor in the north.',
        'Our customers are armed forces across NATO.',
        'Ein Unternehmen der Rüstungsindustrie sucht Verstärkung.',
        'Projekte für die Bundeswehr.',
        'Une entreprise du secteur de la défense et de l’armement.',
        'Empresa del sector de defensa y armamento.',
        'Software para as Forças Armadas.',
        'Missile guidance and weapons systems integration.',
        'Security clearance required for our defence programmes.',
      ])).toEqual([]);
    }
  });

  it('does not take veterans, criminal defence or the business district for defence', () => {
    expect(wronglyFound('defense', [
      'We welcome military veterans and their spouses.',
      'Join our criminal defence team as a paralegal.',
      'Offices in La Défense, Paris.',
      'Cyber defense for hospitals.',
      'Your secret weapon: a great design system.',
      'SC clearance needed for this public sector client.',
      'We volunteer with the Salvation Army each winter.',
    ])).toEqual([]);
  });

  it('a literal term with extra words stays literal', () => {
    expect(hitFor('criminal defense', 'A criminal defense firm downtown.')).toBe('criminal defense');
    expect(hitFor('criminal defense', 'A defence contractor in Ottawa.')).toBeNull();
  });
});

describe('findDealBreakers: travel nurse contracts', () => {
  it('finds travel contracts and their marks', () => {
    expect(missed('travel nurse contracts', [
      'A cardiac travel contract in Boise, start date flexible.',
      '13-week assignments with housing stipends.',
      'Crisis contracts paying $88/hr for four weeks.',
      'PACU RN – Omaha – $3,150/wk travel',
      'Per diem travel and a tax-free stipend, 13 weeks.',
      'Buscamos enfermeras viajeras para contratos de 13 semanas.',
    ])).toEqual([]);
  });

  it('gives the pay as written', () => {
    expect(hitFor('travel nurse contracts', 'PACU RN – Omaha – $3,150/wk travel')).toBe('$3,150/wk travel');
  });

  it('not a permanent staff role', () => {
    expect(wronglyFound('travel nurse contracts', [
      'Permanent full-time staff RN, day shift, benefits day one.',
      'Staff role on our ward, not a travel contract.',
      'A housing stipend is available for relocation.',
    ])).toEqual([]);
  });
});

describe('findDealBreakers: nights', () => {
  it('finds night work', () => {
    expect(missed('night shift only', [
      'You would work a dedicated night rotation on the renal unit.',
      'Schedule: 7p–7a, three nights a week.',
      'Hours 19:00–07:00.',
      'Permanent nights on the stroke unit.',
      'Nachtdienst im Wechsel mit einem Kollegen.',
      'Turno de noche en la UCI.',
      'Poste de nuit en réanimation.',
      'Plantão noturno 12x36.',
    ])).toEqual([]);
  });

  it('not days, and not a negated night', () => {
    expect(wronglyFound('night shift only', [
      'Day shift only, 7am–7:30pm, alternate weekends.',
      'Days only, no nights!',
      'Keine Nachtdienste.',
      'Sin turnos de noche.',
      'Good night and talk soon.',
      'Buenas noches, Laura.',
    ])).toEqual([]);
  });
});

describe('findDealBreakers: agency work', () => {
  it('finds client work at an agency or studio', () => {
    expect(missed('agency work', [
      'We are a full-service digital agency in Leeds.',
      'A small creative studio looking for a designer.',
      'You will work across our clients’ brands on varied client projects.',
      'Eine Digitalagentur in Hamburg sucht Verstärkung.',
      'Agence de communication basée à Lille.',
      'Una agencia creativa en Barcelona.',
    ])).toEqual([]);
  });

  it('a recruitment agency placing someone in-house is not agency work', () => {
    expect(wronglyFound('agency work', [
      'I am at a recruitment agency; the role is in-house at a bank.',
      'Just so you know: the position sits in our product team, it is not agency work.',
      'You will brief external creative agencies and manage agency partners.',
      'Personalagentur sucht für Kunden.',
      'Agentur für Arbeit Förderung möglich.',
    ])).toEqual([]);
  });
});

describe('findDealBreakers: relocation', () => {
  it('required relocation is a hit, "no relocation needed" is not', () => {
    expect(hitFor('relocation', 'We cover moving costs with a relocation package.')).toBe('relocation package');
    expect(hitFor('relocation', 'Could you see yourself moving to Lisbon?')).not.toBeNull();
    expect(hitFor('relocation', 'Fully remote, no relocation needed.')).toBeNull();
    expect(hitFor('relocation', 'Ohne Umzug, 100 % remote.')).toBeNull();
    expect(hitFor('relocation', 'We are moving to a new CI system.')).toBeNull();
  });
});

describe('findDealBreakers: sales and commission', () => {
  it('finds sales roles and commission-only pay', () => {
    expect(missed('sales', [
      'A quota-carrying Account Executive role.',
      'Cold calling and door-to-door visits.',
      'Vertriebsmitarbeiter im Außendienst gesucht.',
      'Ejecutivo de ventas con comisiones.',
    ])).toEqual([]);
    expect(missed('commission-only', [
      'Commission-only, uncapped earning potential.',
      'Grow a book of business of your own.',
      'Rémunération uniquement à la commission.',
      'Vergütung auf Provisionsbasis.',
    ])).toEqual([]);
  });

  it('working with sales is not a sales role; base plus commission is not commission-only', () => {
    expect(wronglyFound('sales', ['Work closely with sales and marketing.', 'Forecast sales data for 300 stores.'])).toEqual([]);
    expect(wronglyFound('commission-only', ['Base salary plus commission.', 'The European Commission funds the project.'])).toEqual([]);
  });
});

describe('findDealBreakers: industries', () => {
  it('gambling', () => {
    expect(missed('gambling', ['An online casino and sportsbook.', 'iGaming platform', 'Sportwetten-Anbieter', 'Casa de apuestas online.'])).toEqual([]);
    expect(wronglyFound('gambling', ['We are betting on AI.', 'Planning poker every sprint.', 'We sponsor visas outside the H-1B lottery.'])).toEqual([]);
  });

  it('fossil fuels', () => {
    expect(missed('fossil fuels', [
      'Clients in oil and gas.',
      'Upstream oil exploration in the North Sea.',
      'Ein Unternehmen der Öl- und Gasindustrie.',
      'Une société pétrolière.',
      'Empresa de petróleo y gas.',
    ])).toEqual([]);
    expect(wronglyFound('fossil fuels', [
      'We help companies move away from fossil fuels.',
      'A fossil-free steel startup.',
      'Data pipelines upstream of the warehouse.',
      'An offshore wind developer.',
      'Our offshore development centre sends patches to the upstream repository.',
    ])).toEqual([]);
  });

  it('tobacco', () => {
    expect(missed('tobacco', ['A tobacco and vaping brand.', 'Zigarettenhersteller sucht Marketing.'])).toEqual([]);
    expect(wronglyFound('tobacco', ['Nicotine replacement therapy clinic.', 'A smoke-free, tobacco-free campus.'])).toEqual([]);
  });

  it('startups', () => {
    expect(missed('startups', ['We are a seed-stage startup.', 'A Series A start-up in Porto.'])).toEqual([]);
    expect(wronglyFound('startups', [
      'Startup time of the app is slow.',
      'We are not a startup: 4,000 staff.',
      'Our bank serves everyone from startups to global groups.',
    ])).toEqual([]);
  });

  it('consulting', () => {
    expect(missed('consulting', ['A management consulting firm.', 'Unternehmensberatung in Frankfurt.', 'Empresa de consultoría.'])).toEqual([]);
    expect(wronglyFound('consulting', ['I work at a recruitment consultancy.', 'Best, Robin, Senior Recruitment Consultant, consulting with hiring teams daily.'])).toEqual([]);
  });
});

describe('findDealBreakers: on-call', () => {
  it('finds on-call duty', () => {
    expect(missed('on-call', [
      'You will join the on-call rotation.',
      'On call one week in six.',
      'Rufbereitschaft alle sechs Wochen.',
      'Astreinte une semaine par mois.',
      'Guardias de 24 horas.',
    ])).toEqual([]);
  });

  it('not a phone call, and not a negated rota', () => {
    expect(wronglyFound('on-call', ['Hop on a call with me tomorrow?', 'No on-call, ever.', 'Sin guardias.', 'La Guardia Civil.'])).toEqual([]);
  });
});

describe('findDealBreakers: literal terms', () => {
  it('matches unknown terms with plural and singular forms', () => {
    expect(hitFor('payday loans', 'A lender of payday loans.')).toBe('payday loans');
    expect(hitFor('payday loans', 'We offer a payday loan product.')).toBe('payday loan');
    expect(hitFor('insurance', 'An insurance company.')).toBe('insurance');
    expect(hitFor('call centre', 'Our call centres in Leeds.')).toBe('call centres');
  });

  it('applies the same negation rules', () => {
    expect(hitFor('payday loans', 'We never offer payday loans.')).toBeNull();
    expect(hitFor('insurance', 'Keine insurance Produkte.')).toBeNull();
  });
});

describe('findDealBreakers: shape', () => {
  it('gives at most one hit per term, with short evidence and token offsets', () => {
    const a = analyse('A crypto exchange. Crypto wallet. Crypto again. Also a 7-month contract.');
    const compiled: CompiledAvoid[] = compileAvoid(['crypto', 'contract', 'web3']);
    const found = findDealBreakers(compiled, a);
    expect(found.map((h) => h.term)).toEqual(['crypto', 'contract', 'web3']);
    for (const h of found) {
      expect(h.evidence.length).toBeLessThanOrEqual(80);
      expect(h.from).toBeLessThan(h.to);
      expect(a.tokens[h.from]).toBeDefined();
    }
    expect(found[0]?.evidence).toBe('crypto');
  });

  it('nothing to avoid, nothing found', () => {
    expect(findDealBreakers([], analyse('crypto contract nights'))).toEqual([]);
    expect(hits(['crypto'], '')).toEqual([]);
  });

  it('an unknown concept id falls back to the literal words', () => {
    expect(findDealBreakers([{ term: 'kiosks', concept: 'no-such-concept' }], analyse('We build kiosk software.'))).toEqual([
      { term: 'kiosks', evidence: 'kiosk', from: 2, to: 3 },
    ]);
  });
});

describe('robustness', () => {
  const everything = compileAvoid([
    'crypto',
    'contract',
    'defense',
    'travel nurse contracts',
    'night shift only',
    'agency work',
    'relocation',
    'sales',
    'on-call',
    'weekends',
    'travel',
    'payday loans',
  ]);

  it('never throws on arbitrary strings, as text or as avoid terms', () => {
    for (const unit of ['binary', 'grapheme'] as const) {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 300 }), (s) => {
          const found = findDealBreakers(everything, analyse(s));
          expect(Array.isArray(found)).toBe(true);
          findDealBreakers(compileAvoid([s, `${s} contract`]), analyse(s));
        }),
        { numRuns: 200 },
      );
    }
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 4 }), (s, avoid) => {
        expect(() => findDealBreakers(compileAvoid(avoid), analyse(s))).not.toThrow();
      }),
    );
  });

  it('trigger words in any order stay within bounds', () => {
    const vocab = ['no', 'not', 'contract', '6', 'month', 'on', 'call', '-', '7p', '7a', 'crypto', 'agency', 'digital', 'relocation', '(', ')', ':', 'Type', '$', '500', '/', 'day'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab), { maxLength: 40 }), (words) => {
        const a = analyse(words.join(' '));
        for (const h of findDealBreakers(everything, a)) {
          expect(h.from).toBeGreaterThanOrEqual(0);
          expect(h.to).toBeLessThanOrEqual(a.tokens.length);
        }
      }),
    );
  });

  it('handles a 1 MB message quickly', () => {
    const unit = 'No crypto here; a 9-month contract, not remote, nights 7p-7a, no relocation, on-call rota, digital agency. ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const start = performance.now();
    const found = findDealBreakers(everything, analyse(big));
    compileAvoid([big]);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(found.some((h) => h.term === 'contract')).toBe(true);
  });
});
