import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePay, findPay, formatMoney, type PayOffer, type PayPeriod } from '../../../src/core/scoring/pay';
import { analyse } from '../../../src/core/text';

function pay(text: string): PayOffer[] {
  return findPay(analyse(text));
}

function only(text: string): PayOffer {
  const offers = pay(text);
  expect(offers, `one figure in ${JSON.stringify(text)}`).toHaveLength(1);
  return offers[0]!;
}

interface Expected {
  min: number;
  max: number;
  currency: string | null;
  period: PayPeriod;
  /** Defaults to min and max times the period factor. */
  annualMin?: number;
  annualMax?: number;
  ambiguous?: boolean;
  bound?: 'min' | 'max';
  text?: string;
}

const FACTOR: Record<PayPeriod, number> = { year: 1, month: 12, week: 52, day: 220, hour: 2080 };

// Each figure sits in an invented sentence, the way it would in a message.
const FORMATS: [string, Expected][] = [
  ['The band is $150k–180k plus equity.', { min: 150000, max: 180000, currency: 'USD', period: 'year', ambiguous: true, text: '$150k–180k' }],
  ['Range: $150K - $180K depending on level', { min: 150000, max: 180000, currency: 'USD', period: 'year', ambiguous: true, text: '$150K - $180K' }],
  ['Budget 150-180k USD for this one', { min: 150000, max: 180000, currency: 'USD', period: 'year', text: '150-180k USD' }],
  ['Wir bieten €70.000 im Jahr', { min: 70000, max: 70000, currency: 'EUR', period: 'year' }],
  ['Gehalt: 70.000 €, unbefristet', { min: 70000, max: 70000, currency: 'EUR', period: 'year', text: '70.000 €' }],
  ['Festanstellung, 85.000–95.000 € brutto', { min: 85000, max: 95000, currency: 'EUR', period: 'year' }],
  ['Hybrid in Leipzig, €85–98k', { min: 85000, max: 98000, currency: 'EUR', period: 'year', text: '€85–98k' }],
  ['Salary € 90k fixed', { min: 90000, max: 90000, currency: 'EUR', period: 'year', text: '€ 90k' }],
  ['Poste à Lyon, 90 k€ fixe', { min: 90000, max: 90000, currency: 'EUR', period: 'year', text: '90 k€' }],
  ['Rémunération : 60 000 € par an', { min: 60000, max: 60000, currency: 'EUR', period: 'year', text: '60 000 € par an' }],
  ['Package 120-140K AUD + super', { min: 120000, max: 140000, currency: 'AUD', period: 'year', text: '120-140K AUD' }],
  ['Base AUD 120-140k', { min: 120000, max: 140000, currency: 'AUD', period: 'year', text: 'AUD 120-140k' }],
  ['Salary £75,000 + bonus', { min: 75000, max: 75000, currency: 'GBP', period: 'year', text: '£75,000' }],
  ['£82k–£95k + bonus + pension', { min: 82000, max: 95000, currency: 'GBP', period: 'year', text: '£82k–£95k' }],
  ['Remote in Canada, C$115k', { min: 115000, max: 115000, currency: 'CAD', period: 'year' }],
  ['Base CA$ 112,000–128,000', { min: 112000, max: 128000, currency: 'CAD', period: 'year', text: 'CA$ 112,000–128,000' }],
  ['Base $118–135k CAD + bonus', { min: 118000, max: 135000, currency: 'CAD', period: 'year', text: '$118–135k CAD' }],
  ['Lohn CHF 120\'000 pro Jahr', { min: 120000, max: 120000, currency: 'CHF', period: 'year' }],
  ['Lohn CHF 120’000', { min: 120000, max: 120000, currency: 'CHF', period: 'year' }],
  ['Offer of ₹18 LPA for the role', { min: 1800000, max: 1800000, currency: 'INR', period: 'year', text: '₹18 LPA' }],
  ['CTC 25-30 LPA', { min: 2500000, max: 3000000, currency: 'INR', period: 'year' }],
  ['Budget ₹12-15 lakhs', { min: 1200000, max: 1500000, currency: 'INR', period: 'year' }],
  ['Fixed INR 18,00,000 per annum', { min: 1800000, max: 1800000, currency: 'INR', period: 'year' }],
  ['Salário de R$ 15.000/mês (CLT)', { min: 15000, max: 15000, currency: 'BRL', period: 'month', text: 'R$ 15.000/mês' }],
  ['Faixa de R$ 8.000 até R$ 10.000 por mês', { min: 8000, max: 10000, currency: 'BRL', period: 'month' }],
  ['Ofrecemos €4.500 brutos al mes', { min: 4500, max: 4500, currency: 'EUR', period: 'month', text: '€4.500 brutos al mes' }],
  ['Sueldo de 2.000 a 3.000 euros al mes', { min: 2000, max: 3000, currency: 'EUR', period: 'month' }],
  ['Pays $49/hr on nights', { min: 49, max: 49, currency: 'USD', period: 'hour', ambiguous: true, text: '$49/hr' }],
  ['Pay range is $38–42/hr DOE', { min: 38, max: 42, currency: 'USD', period: 'hour', annualMin: 79040, annualMax: 87360, ambiguous: true }],
  ['Starts at $52 an hour', { min: 52, max: 52, currency: 'USD', period: 'hour', ambiguous: true, bound: 'min', text: '$52 an hour' }],
  ['Paying $51/hr+ with experience', { min: 51, max: 51, currency: 'USD', period: 'hour', ambiguous: true, bound: 'min', text: '$51/hr' }],
  ['Contract at £450/day outside IR35', { min: 450, max: 450, currency: 'GBP', period: 'day', annualMax: 99000 }],
  ['£400-450 per day, 6 months', { min: 400, max: 450, currency: 'GBP', period: 'day', text: '£400-450 per day' }],
  ['£450-£500 p/d inside IR35', { min: 450, max: 500, currency: 'GBP', period: 'day' }],
  ['Freiberuflich, 650 € Tagessatz', { min: 650, max: 650, currency: 'EUR', period: 'day' }],
  ['Mission longue, TJM 550 €', { min: 550, max: 550, currency: 'EUR', period: 'day' }],
  ['Tagessatz 800-900 €', { min: 800, max: 900, currency: 'EUR', period: 'day' }],
  ['Warehouse shifts at $24/hr', { min: 24, max: 24, currency: 'USD', period: 'hour', ambiguous: true }],
  ['Front desk, $17–19/hr', { min: 17, max: 19, currency: 'USD', period: 'hour', ambiguous: true }],
  ['New grads start at $33.50/hr', { min: 33.5, max: 33.5, currency: 'USD', period: 'hour', ambiguous: true, bound: 'min', annualMax: 69680 }],
  ['Freelance 100-120 €/h remote', { min: 100, max: 120, currency: 'EUR', period: 'hour', text: '100-120 €/h' }],
  ['Satz 12–18 € brutto/Stunde', { min: 12, max: 18, currency: 'EUR', period: 'hour' }],
  ['Travel contract: $2,850/wk for 13 weeks', { min: 2850, max: 2850, currency: 'USD', period: 'week', ambiguous: true }],
  ['Package: AED 35,000–40,000 per month', { min: 35000, max: 40000, currency: 'AED', period: 'month' }],
  ['from $80k to $100k base', { min: 80000, max: 100000, currency: 'USD', period: 'year', ambiguous: true }],
  ['Gehalt 80.000 bis 95.000 €', { min: 80000, max: 95000, currency: 'EUR', period: 'year' }],
  ['Salaire de 45 à 55 K€ selon profil', { min: 45000, max: 55000, currency: 'EUR', period: 'year' }],
  ['Salario entre 50 y 60 mil euros anuales', { min: 50000, max: 60000, currency: 'EUR', period: 'year' }],
  ['Salário de R$ 12 mil a R$ 15 mil', { min: 12000, max: 15000, currency: 'BRL', period: 'year' }],
  ['The rate is $50 to $60 an hour', { min: 50, max: 60, currency: 'USD', period: 'hour', ambiguous: true }],
  ['Vergütung zwischen 70 und 80 T€', { min: 70000, max: 80000, currency: 'EUR', period: 'year' }],
  ['Compensation up to $130k', { min: 130000, max: 130000, currency: 'USD', period: 'year', ambiguous: true, bound: 'max' }],
  ['Salary from €80k for seniors', { min: 80000, max: 80000, currency: 'EUR', period: 'year', bound: 'min' }],
  ['Gehalt ab 80k je nach Erfahrung', { min: 80000, max: 80000, currency: null, period: 'year', bound: 'min', text: '80k' }],
  ['Stundensatz: bis 95 €', { min: 95, max: 95, currency: 'EUR', period: 'hour', bound: 'max' }],
  ['Total comp $200K+ for top performers', { min: 200000, max: 200000, currency: 'USD', period: 'year', ambiguous: true, bound: 'min' }],
  ['Salary $120K-$150K/yr', { min: 120000, max: 150000, currency: 'USD', period: 'year', ambiguous: true }],
  ['Salary 120 000 – 140 000 CAD par année', { min: 120000, max: 140000, currency: 'CAD', period: 'year' }],
  ['Paid in US$ 90k', { min: 90000, max: 90000, currency: 'USD', period: 'year' }],
  ['Offer: NZ$ 100k', { min: 100000, max: 100000, currency: 'NZD', period: 'year' }],
  ['Retainer HK$50,000 per month', { min: 50000, max: 50000, currency: 'HKD', period: 'month' }],
  ['Salary ¥8,000,000', { min: 8000000, max: 8000000, currency: 'JPY', period: 'year' }],
  ['Monthly €1.234,56 per month', { min: 1234.56, max: 1234.56, currency: 'EUR', period: 'month' }],
  ['Salaire € 3 500 mensuels', { min: 3500, max: 3500, currency: 'EUR', period: 'month' }],
  ['Salaire\u202f: 52\u202f000\u00a0€ brut annuel', { min: 52000, max: 52000, currency: 'EUR', period: 'year' }],
  ['Budget 80 TEUR', { min: 80000, max: 80000, currency: 'EUR', period: 'year' }],
  ['Festgehalt 70 Tsd. €', { min: 70000, max: 70000, currency: 'EUR', period: 'year' }],
  ['Range is 88–100k plus the usual perks', { min: 88000, max: 100000, currency: null, period: 'year' }],
  ['Salary between 80k and 100k', { min: 80000, max: 100000, currency: null, period: 'year' }],
  ['Gehalt ca. 80.000 brutto', { min: 80000, max: 80000, currency: null, period: 'year' }],
  ['Pretensão salarial: 8k-10k por mês', { min: 8000, max: 10000, currency: null, period: 'month' }],
  ['Salaris per maand: €4.000 - €5.000', { min: 4000, max: 5000, currency: 'EUR', period: 'month' }],
  ['Compensation: 120,000 - 140,000 USD base + equity', { min: 120000, max: 140000, currency: 'USD', period: 'year' }],
  ['Salario de 40.000 pesos mensuales', { min: 40000, max: 40000, currency: null, period: 'month' }],
  ['Base CAD $120k', { min: 120000, max: 120000, currency: 'CAD', period: 'year', text: 'CAD $120k' }],
  ['Base $120k–140k (CAD)', { min: 120000, max: 140000, currency: 'CAD', period: 'year' }],
  ['Gehalt 85.000,- bis 95.000,- €', { min: 85000, max: 95000, currency: 'EUR', period: 'year' }],
  ["Lohn CHF 120'000.- pro Jahr", { min: 120000, max: 120000, currency: 'CHF', period: 'year' }],
  ['RAL 45.000€ lordi annui', { min: 45000, max: 45000, currency: 'EUR', period: 'year' }],
  ['Salaris €4.000 bruto per maand', { min: 4000, max: 4000, currency: 'EUR', period: 'month' }],
  ['Tarifa: 40 € por hora', { min: 40, max: 40, currency: 'EUR', period: 'hour' }],
  ['Rémunération 600 € par jour', { min: 600, max: 600, currency: 'EUR', period: 'day' }],
];

describe('findPay: formats', () => {
  it.each(FORMATS)('%s', (text, e) => {
    const o = only(text);
    expect(o.min).toBe(e.min);
    expect(o.max).toBe(e.max);
    expect(o.currency).toBe(e.currency);
    expect(o.period).toBe(e.period);
    expect(o.annualMin).toBe(e.annualMin ?? Math.round(e.min * FACTOR[e.period]));
    expect(o.annualMax).toBe(e.annualMax ?? Math.round(e.max * FACTOR[e.period]));
    expect(o.dollarAmbiguous ?? false).toBe(e.ambiguous ?? false);
    expect(o.bound).toBe(e.bound);
    expect(o.text).toBe(e.text ?? o.text);
    expect(o.extra).toBeUndefined();
    // The span points back into the analysed text.
    const a = analyse(text);
    expect(a.text.slice(o.start, o.end).trim()).toBe(o.text);
  });
});

const NOT_PAY = [
  'We are planning the launch for 2026.',
  'It is a 13-week assignment.',
  'Are you free for a 20-minute call?',
  'You need 8+ years of experience.',
  'Hybrid, 2 days a week in the office.',
  'Team of 14 across two sites.',
  'Call me on 555-123-4567 or +44 20 7946 0958 about the salary.',
  'Phone (415) 555-0134 if the pay question matters.',
  'Interviews on 2026-10-02 and 12.10.2026, or 10/12.',
  'Kick-off in Q3, hiring closes Q4.',
  'Roughly 60% product work.',
  'There is a 10% bonus on top.',
  'We run v2.3.1 and Python 3.12 in production.',
  '12 neue Jobs für dich',
  'Our team grew from 40 to 120 people this year.',
  'We have 3 offices and 2,000 employees; salary is competitive.',
  'Three rounds: 30 min, 60 min, 45 min.',
  'We raised €12M in 2024 and serve 50k customers.',
  'ISO 27001, SOC 2, 99.9% uptime.',
  'Up to 30 days of vacation.',
  'Gehalt: nach Vereinbarung, 30 Tage Urlaub, 2 Tage Homeoffice.',
  'Top 10 startup, 4.8 stars, salary competitive.',
  'In 2025 we hired 150 engineers.',
  'Bonus of 15% and a 401(k) match.',
  'Salary band 3 in our grid.',
  'The role pays 95 percent of market.',
  'Try the premium plan for €0.',
  'Only $19.99/month for the premium course.',
  'Meet at 10:30 on 3/4, ticket #4521.',
  'Used by ~200k households.',
  'Serving 36 hrs/week on average.',
  'Rotation every 4 weeks, 3 nights a week.',
  'Der Kurs kostet 49 €.',
  'Join 300+ companies today.',
  'A 4K monitor and 2 x 27 inch screens.',
];

describe('findPay: numbers that are not pay', () => {
  it.each(NOT_PAY)('%s', (text) => {
    expect(pay(text)).toEqual([]);
  });

  it('keeps the pay figure and drops the other numbers around it', () => {
    const offers = pay('3-5 years of experience, 2 days a week on site, salary up to 90k, team of 12, start Q3 2026.');
    expect(offers.map((o) => o.max)).toEqual([90000]);
  });

  it('ignores numbers glued to letters that are not a currency', () => {
    expect(pay('Grade E13 and B2B clients')).toEqual([]);
    expect(only('Budget EUR90k').currency).toBe('EUR');
  });
});

describe('findPay: extras, several figures, lone amounts', () => {
  it('marks sign-on bonuses, differentials, stipends and budgets as extras', () => {
    const offers = pay(
      'Base pay $52/hr + $2/hr certification differential. Sign-on: $20,000 with a 2-year commitment. ' +
        'Also a learning budget of $2,500/year and up to $7,500 in relocation.',
    );
    expect(offers.map((o) => [o.text, o.extra ?? false])).toEqual([
      ['$52/hr', false],
      ['$2/hr', true],
      ['$20,000', true],
      ['$2,500/year', true],
      ['$7,500', true],
    ]);
  });

  it('reads the extra after the figure too', () => {
    expect(only('We add a $15,000 sign-on bonus.').extra).toBe(true);
    expect(only('Prime de 20 000 $ à la signature').extra).toBe(true);
    expect(only('salaire fixe 55 K€').extra).toBeUndefined();
  });

  it('reads plural extras and prices', () => {
    expect(only('Earn up to $500 for referrals').extra).toBe(true);
    expect(pay('We crossed $100k+ in funding last spring')).toEqual([]);
  });

  it('keeps base pay when a bonus follows after a plus', () => {
    const o = only('£75,000 + bonus + pension');
    expect(o.extra).toBeUndefined();
  });

  it('lists every figure in order', () => {
    const offers = pay('Rate: $55/hr on one contract type, $48/hr on the other.');
    expect(offers.map((o) => o.max)).toEqual([55, 48]);
  });

  it('drops prices and funding, not pay', () => {
    expect(pay('Was $199, now $129 for the bundle')).toEqual([]);
    expect(pay('We just raised $40M in a Series B.')).toEqual([]);
    expect(pay('The licence (£180) is on you.')).toEqual([]);
  });

  it('reads a lone small dollar figure as hourly only when the text says so', () => {
    expect(only('Pay: $49').period).toBe('year');
    expect(only('This is an hourly role. Pay: $49').period).toBe('hour');
    expect(only('Day rate work. Budget £450').period).toBe('day');
  });

  it('needs a pay word or a k range for a figure without currency', () => {
    expect(pay('We have 1,200 engineers and a great salary.')).toEqual([]);
    expect(only('Salary 85,000 plus bonus').max).toBe(85000);
    expect(pay('Salary 85')).toEqual([]);
  });
});

function verdict(text: string, floor: number | undefined, currency: string | undefined) {
  return comparePay(pay(text), floor, currency);
}

describe('comparePay', () => {
  it.each([
    ['Salary €45k', 70000, 'EUR', 'below', 'Pay €45k is below your floor of €70k'],
    ['Pay range $38–42/hr', 95000, 'USD', 'below', 'Pay $38–42/hr (about $79k–87k a year) is below your floor of $95k'],
    ['£82k–£95k + bonus', 75000, 'GBP', 'meets', 'Pay £82k–95k meets your floor of £75k'],
    ['Salary £75,000', 75000, 'GBP', 'meets', 'Pay £75k meets your floor of £75k'],
    ['Compensation up to $130k', 140000, 'USD', 'below', 'Pay up to $130k is below your floor of $140k'],
    ['Salary from €80k', 90000, 'EUR', 'below', 'Pay from €80k is below your floor of €90k'],
    ['Contract at £450/day', 75000, 'GBP', 'meets', 'Pay £450/day (about £99k a year) meets your floor of £75k'],
    ['€4.500 brutos al mes', 60000, 'EUR', 'below', 'Pay €4.5k/month (about €54k a year) is below your floor of €60k'],
    ['Offer of ₹18 LPA', 2500000, 'INR', 'below', 'Pay ₹1.8M is below your floor of ₹2.5M'],
    ['Salary 90-100k', 95000, 'CHF', 'meets', 'Pay CHF 90k–100k meets your floor of CHF 95k'],
  ] as const)('%s vs %d %s', (text, floor, currency, expected, reason) => {
    const v = verdict(text, floor, currency);
    expect(v.verdict).toBe(expected);
    expect(v.reason).toBe(reason);
    expect(v.offer).not.toBeNull();
  });

  it('is unknown without a floor or without a usable offer', () => {
    expect(verdict('Salary $150k', undefined, undefined)).toMatchObject({ verdict: 'unknown', reason: null });
    expect(verdict('Salary $150k', undefined, undefined).offer?.max).toBe(150000);
    expect(verdict('No numbers here', 80000, 'EUR')).toEqual({ verdict: 'unknown', offer: null, reason: null });
    expect(verdict('Salary $150k', 0, 'USD').verdict).toBe('unknown');
    expect(verdict('Salary $150k', Number.NaN, 'USD').verdict).toBe('unknown');
  });

  it('ignores implausible figures and extras', () => {
    expect(verdict('Pay: $49', 50000, 'USD').verdict).toBe('unknown');
    expect(verdict('Rate $5,000/hr', 50000, 'USD').verdict).toBe('unknown');
    expect(verdict('We add a $15,000 sign-on bonus.', 95000, 'USD').verdict).toBe('unknown');
    const v = verdict('Base $52/hr, plus a $20,000 sign-on bonus', 95000, 'USD');
    expect(v.verdict).toBe('meets');
    expect(v.offer?.max).toBe(52);
  });

  it('picks the highest offer when there are several', () => {
    const v = verdict('Junior track £45k, senior track £80k', 75000, 'GBP');
    expect(v.verdict).toBe('meets');
    expect(v.offer?.max).toBe(80000);
    const w = verdict('Roles at £38k, £42k and £55k this week', 75000, 'GBP');
    expect(w.verdict).toBe('below');
    expect(w.reason).toBe('Pay £55k is below your floor of £75k');
  });

  it('reads a bare "$" as the floor currency when the floor is in dollars', () => {
    const cad = verdict('Base $120k–130k', 110000, 'CAD');
    expect(cad.verdict).toBe('meets');
    expect(cad.reason).toBe('Pay C$120k–130k meets your floor of C$110k');
    const hourly = verdict('Rate $38/hr', 110000, 'CAD');
    expect(hourly.reason).toBe('Pay C$38/hr (about C$79k a year) is below your floor of C$110k');
    const aud = verdict('Base $95k', 100000, 'aud');
    expect(aud.verdict).toBe('below');
    expect(aud.reason).toBe('Pay A$95k is below your floor of A$100k');
  });

  it('treats a figure without currency as the floor currency', () => {
    const v = verdict('Gehalt ab 80k', 85000, 'EUR');
    expect(v.verdict).toBe('below');
    expect(v.reason).toBe('Pay from €80k is below your floor of €85k');
  });

  it('compares with the offer currency when the floor has none', () => {
    const v = verdict('Gehalt 70.000 €', 80000, undefined);
    expect(v.verdict).toBe('below');
    expect(v.reason).toBe('Pay €70k is below your floor of €80k');
  });

  describe('across currencies', () => {
    it.each([
      ['Base $150k', 120000, 'EUR', 'meets', 'Pay $150k (about €136k) meets your floor of €120k'],
      ['Base $90k', 100000, 'EUR', 'below', 'Pay $90k (about €82k) is below your floor of €100k'],
      ['Salary £70k', 80000, 'EUR', 'meets', 'Pay £70k (about €83k) meets your floor of €80k'],
      ['Salary €80k', 75000, 'GBP', 'meets', 'Pay €80k (about £68k) is close to your floor of £75k'],
      ['Salary €70k', 75000, 'GBP', 'below', 'Pay €70k (about £59k) is below your floor of £75k'],
      ['Lohn CHF 120\'000', 100000, 'EUR', 'meets', 'Pay CHF 120k (about €125k) meets your floor of €100k'],
      ['Rate $38–42/hr', 95000, 'EUR', 'below', 'Pay $38–42/hr (about €72k–79k a year) is below your floor of €95k'],
      ['Package: AED 35,000–40,000 per month', 75000, 'GBP', 'meets', 'Pay AED 35k–40k/month (about £88k–100k a year) meets your floor of £75k'],
      ['Base $118–135k CAD', 95000, 'USD', 'meets', 'Pay C$118k–135k (about $86k–99k) meets your floor of $95k'],
    ] as const)('%s vs %d %s', (text, floor, currency, expected, reason) => {
      const v = verdict(text, floor, currency);
      expect(v.verdict).toBe(expected);
      expect(v.reason).toBe(reason);
    });

    it('only says below when clearly below (10% margin)', () => {
      // €82k is about £69k: under £75k, but within 10%.
      expect(verdict('Salary €82k', 75000, 'GBP').verdict).toBe('meets');
      // Same currency has no margin.
      expect(verdict('Salary £74k', 75000, 'GBP').verdict).toBe('below');
    });

    it('does not compare currencies it has no rate for', () => {
      expect(verdict('Salary ARS 5.000.000', 90000, 'USD')).toEqual({ verdict: 'unknown', offer: null, reason: null });
    });

    it('scales the plausibility bounds for currencies with small units', () => {
      const v = verdict('Salary ¥12,000,000', 9000000, 'JPY');
      expect(v.verdict).toBe('meets');
      expect(v.reason).toBe('Pay ¥12M meets your floor of ¥9M');
    });
  });
});

describe('formatMoney', () => {
  it.each([
    [85000, 'EUR', '€85k'],
    [104000, 'USD', '$104k'],
    [75000, 'GBP', '£75k'],
    [82500, 'GBP', '£82.5k'],
    [120000, 'CAD', 'C$120k'],
    [120000, 'AUD', 'A$120k'],
    [120000, 'CHF', 'CHF 120k'],
    [15000, 'BRL', 'R$15k'],
    [1800000, 'INR', '₹1.8M'],
    [8000000, 'JPY', '¥8M'],
    [49, 'USD', '$49'],
    [33.5, 'USD', '$33.50'],
    [2850, 'USD', '$2.85k'],
    [4500, 'EUR', '€4.5k'],
    [87360, 'USD', '$87k'],
    [90000, null, '90k'],
    [-5, 'EUR', '-€5'],
  ] as const)('%d %s → %s', (amount, currency, expected) => {
    expect(formatMoney(amount, currency)).toBe(expected);
  });

  it('never throws on odd numbers', () => {
    for (const x of [Number.NaN, Infinity, -Infinity, 1e21, -0, 999.999]) {
      expect(typeof formatMoney(x, 'EUR')).toBe('string');
    }
    expect(formatMoney(999.999, 'EUR')).toBe('€1k');
  });
});

describe('robustness', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (s) => {
        const offers = findPay(analyse(s));
        expect(Array.isArray(offers)).toBe(true);
        const v = comparePay(offers, 80000, 'EUR');
        expect(['below', 'meets', 'unknown']).toContain(v.verdict);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on strings built from money-like pieces', () => {
    const piece = fc.constantFrom(
      '$', '€', '£', 'C$', 'R$', '₹', 'CHF', 'k', 'K', 'LPA', ' ', '\u202f', '-', '–', 'to', 'bis', 'à', '/hr',
      '/mês', 'per day', ',', '.', "'", '0', '1', '5', '9', '12', '000', '2026', '%', '+', 'salary', 'bonus', '\n', 'a',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 0, max: 500000 }), (parts, floor) => {
        const offers = findPay(analyse(parts.join('')));
        for (const o of offers) {
          expect(o.min).toBeLessThanOrEqual(o.max);
          expect(o.min).toBeGreaterThan(0);
          expect(o.annualMax).toBeGreaterThanOrEqual(o.annualMin);
          expect(o.text.length).toBeGreaterThan(0);
        }
        const v = comparePay(offers, floor, 'USD');
        expect(['below', 'meets', 'unknown']).toContain(v.verdict);
        expect(v.verdict === 'unknown' || (v.reason ?? '').startsWith('Pay ')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on hostile offers', () => {
    const offer = fc.record({
      min: fc.double(),
      max: fc.double(),
      currency: fc.oneof(fc.constant(null), fc.string({ maxLength: 4 })),
      period: fc.constantFrom<PayPeriod>('year', 'month', 'week', 'day', 'hour'),
      annualMin: fc.double(),
      annualMax: fc.double(),
      text: fc.string(),
    });
    fc.assert(
      fc.property(fc.array(offer, { maxLength: 5 }), fc.double(), fc.string({ maxLength: 4 }), (offers, floor, cur) => {
        const v = comparePay(offers, floor, cur);
        expect(['below', 'meets', 'unknown']).toContain(v.verdict);
      }),
      { numRuns: 300 },
    );
  });

  it('handles zero-width and right-to-left characters', () => {
    expect(only('Salary\u200b €\u200d90k').max).toBe(90000);
    expect(only('\u202eراتب $120k\u202c').max).toBe(120000);
  });

  it('finishes quickly on a 1 MB input', () => {
    const chunk = 'Salary $120k–$140k, 13-week, 2026-10-02, 555-123-4567, €4.500/mês, 1,2,3,4 ';
    const big = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const digits = '1-'.repeat(500_000);
    const t0 = performance.now();
    const offers = findPay(analyse(big));
    findPay(analyse(digits));
    findPay(analyse('9'.repeat(1_000_000)));
    findPay(analyse('1,23'.repeat(250_000)));
    const elapsed = performance.now() - t0;
    expect(offers.length).toBeGreaterThan(100);
    expect(elapsed).toBeLessThan(2000);
  });
});
