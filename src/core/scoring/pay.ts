/**
 * Pay figures in a recruiter message, and how the best of them compares with the candidate's floor.
 *
 * One left-to-right pass over the characters reads number literals (thousands separators ",", ".",
 * " ", "'", Indian lakh grouping, decimals). Around each number a bounded look decides the rest:
 * currency before or after ("€", "C$", "CHF", "k€", "USD"), multipliers ("k", "mil", "LPA"), a
 * second number joined by a range word ("–", "to", "bis", "à", "até"), the period ("/hr", "per day",
 * "al mes", "Tagessatz") and the words nearby, matched once per message through PhraseIndex (pay
 * words, bonus-like extras, prices and funding). Every look is a constant number of characters or
 * tokens, so the whole is linear in the text length and never backtracks.
 */
import { PhraseIndex, type Analysed, type Token } from '../text';

export type PayPeriod = 'year' | 'month' | 'week' | 'day' | 'hour';

export interface PayOffer {
  /** As written, in `period` units, multipliers applied ("85k" → 85000); a single figure has min === max. */
  min: number;
  max: number;
  /** ISO 4217 code, or null when no currency is written. A bare "$" reads as USD with `dollarAmbiguous`. */
  currency: string | null;
  period: PayPeriod;
  /** Converted to a year: hour × 2080, day × 220, week × 52, month × 12. */
  annualMin: number;
  annualMax: number;
  /** The span as written, e.g. "€85–98k", "$38–42/hr". */
  text: string;
  /** "$" with no country: USD, unless the candidate's floor is in another dollar currency. */
  dollarAmbiguous?: boolean;
  /** Not base pay: a sign-on bonus, a differential, a stipend, a relocation or learning budget… */
  extra?: boolean;
  /** "up to $130k" → 'max'; "from €80k", "ab 80k", "$200k+" → 'min'. */
  bound?: 'min' | 'max';
  /** Offsets of `text` in the analysed text. */
  start?: number;
  end?: number;
}

export interface PayVerdict {
  verdict: 'below' | 'meets' | 'unknown';
  /** The offer the verdict is about: the highest one when there are several. */
  offer: PayOffer | null;
  /** An English sentence for the candidate. */
  reason: string | null;
}

export const HOURS_PER_YEAR = 2080;
export const DAYS_PER_YEAR = 220;
const PER_YEAR: Record<PayPeriod, number> = { year: 1, month: 12, week: 52, day: DAYS_PER_YEAR, hour: HOURS_PER_YEAR };

// ---------------------------------------------------------------------------------------------
// Currencies

/** Symbols that name one currency on their own. "$" is handled apart: it needs its prefix. */
const SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₪': 'ILS',
  '₱': 'PHP',
  '฿': 'THB',
  '₫': 'VND',
  '₺': 'TRY',
  '₽': 'RUB',
  '₴': 'UAH',
  '₦': 'NGN',
};

/** Letters written before "$": "C$", "CA$", "AU$", "R$", "US$"… (compared in upper case). */
const DOLLAR_PREFIXES: Record<string, string> = {
  US: 'USD',
  USD: 'USD',
  C: 'CAD',
  CA: 'CAD',
  CAD: 'CAD',
  CAN: 'CAD',
  A: 'AUD',
  AU: 'AUD',
  AUD: 'AUD',
  NZ: 'NZD',
  NZD: 'NZD',
  S: 'SGD',
  SG: 'SGD',
  SGD: 'SGD',
  HK: 'HKD',
  HKD: 'HKD',
  R: 'BRL',
  MX: 'MXN',
  MEX: 'MXN',
  NT: 'TWD',
};

/** ISO codes read next to a number. Codes that are also common words (ALL, TRY, TOP, PHP) are left out. */
const CODES = new Set(
  `EUR USD GBP CAD AUD NZD CHF INR BRL SGD HKD JPY CNY MXN SEK NOK DKK ISK PLN CZK HUF RON BGN ZAR AED
   SAR QAR KWD BHD OMR ILS KRW TWD MYR IDR THB VND KES NGN EGP UAH ARS CLP COP UYU`.split(/\s+/),
);

/** Currency words written after a number ("80.000 euros", "15 mil reais"), folded. */
const CURRENCY_WORDS: Record<string, { code: string; ambiguous?: boolean }> = {
  euro: { code: 'EUR' },
  euros: { code: 'EUR' },
  dollar: { code: 'USD', ambiguous: true },
  dollars: { code: 'USD', ambiguous: true },
  dolar: { code: 'USD', ambiguous: true },
  dolares: { code: 'USD', ambiguous: true },
  pound: { code: 'GBP' },
  pounds: { code: 'GBP' },
  libras: { code: 'GBP' },
  reais: { code: 'BRL' },
  rupees: { code: 'INR' },
  rupee: { code: 'INR' },
  franken: { code: 'CHF' },
  francs: { code: 'CHF' },
  yen: { code: 'JPY' },
  rs: { code: 'INR' },
};

/** Dollar currencies: a bare "$" means the floor's currency when the floor is one of these. */
const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']);

/**
 * Approximate value of one unit in US dollars. Only used to avoid false alarms across currencies
 * (a verdict of 'below' needs a 10% margin), never shown as an exact figure. Currencies whose rate
 * moves too fast to keep in a static table are left out, so they are never compared.
 */
const USD_PER_UNIT: Record<string, number> = {
  USD: 1,
  EUR: 1.1,
  GBP: 1.3,
  CAD: 0.73,
  AUD: 0.65,
  NZD: 0.6,
  CHF: 1.15,
  INR: 0.0117,
  BRL: 0.18,
  SGD: 0.76,
  HKD: 0.128,
  JPY: 0.0067,
  CNY: 0.138,
  MXN: 0.053,
  SEK: 0.1,
  NOK: 0.095,
  DKK: 0.15,
  ISK: 0.0075,
  PLN: 0.26,
  CZK: 0.044,
  HUF: 0.0028,
  RON: 0.22,
  BGN: 0.56,
  ZAR: 0.055,
  AED: 0.272,
  SAR: 0.267,
  QAR: 0.275,
  KWD: 3.25,
  BHD: 2.65,
  OMR: 2.6,
  ILS: 0.27,
  KRW: 0.00072,
  TWD: 0.031,
  MYR: 0.22,
  IDR: 0.000061,
  THB: 0.029,
  VND: 0.000039,
  KES: 0.0077,
  CLP: 0.00105,
  COP: 0.00025,
  UAH: 0.024,
  PHP: 0.0175,
};

/** Short prefixes for display; any other code is written "CHF 120k". */
const DISPLAY_PREFIX: Record<string, string> = {
  EUR: '€',
  USD: '$',
  GBP: '£',
  JPY: '¥',
  INR: '₹',
  CAD: 'C$',
  AUD: 'A$',
  NZD: 'NZ$',
  SGD: 'S$',
  HKD: 'HK$',
  BRL: 'R$',
  MXN: 'MX$',
  KRW: '₩',
};

// ---------------------------------------------------------------------------------------------
// Word lists, written as people write them and tokenised like message text.

const PAY_WORDS = `salary; salaries; base; base pay; base salary; compensation; comp; total comp; total compensation;
  pay; paying; pays; paid; pay rate; pay range; pay band; rate; rates; ote; package; salary range; salary band;
  band; wage; wages; earn; earns; earning; earnings; income; remuneration; ctc; lpa; tc; budget; salary budget;
  offering; hourly rate; day rate; daily rate;
  gehalt; jahresgehalt; monatsgehalt; grundgehalt; festgehalt; fixgehalt; zielgehalt; jahreszielgehalt;
  bruttogehalt; jahresbrutto; brutto; vergutung; verdienst; lohn; stundenlohn; stundensatz; tagessatz; tagsatz;
  gehaltsband; gehaltsspanne; gehaltsrahmen; einkommen; honorar; bezahlung;
  salaire; remuneration; fixe; brut annuel; salaire annuel; tjm; taux journalier; taux horaire;
  tarif journalier; tarif horaire; paie; fourchette salariale; fourchette; brut; remunere;
  salario; sueldo; remuneracion; retribucion; banda salarial; rango salarial; bruto anual; tarifa; pago; paga;
  salario bruto; honorarios; ingresos;
  remuneracao; faixa salarial; pretensao salarial; bruto; ganhos; valor hora;
  salaris; loon; uurtarief; dagtarief; maandsalaris; jaarsalaris; vergoeding; inkomen;
  stipendio; retribuzione; ral; lordi; compenso`;

const EXTRA_WORDS = `bonus; bonuses; sign on; sign on bonus; signing bonus; signing; joining bonus; retention bonus;
  referral; referrals; referral bonus; referral fee; stipend; stipends; relocation; relocation package; relocation assistance;
  relocation support; differential; differentials; shift differential; allowance; allowances; housing allowance;
  commission; commissions; equity; rsu; rsus; stock; stock options; tips; per diem; reimbursement;
  learning budget; training budget; education budget; conference budget; home office budget;
  equipment budget; wellness budget; development budget; overtime; on call; variable;
  pramie; sonderzahlung; weihnachtsgeld; urlaubsgeld; zuschuss; zulage; provision; umzugskosten;
  umzugspauschale; weiterbildungsbudget; lernbudget; fortbildungsbudget; startpramie; wechselpramie;
  prime; primes; prime d embauche; prime de cooptation; interessement; indemnite; budget formation;
  bono; bonos; bonificacion; bono de contratacion; prima; comision; comisiones; diferencial; ayuda;
  presupuesto de formacion; dietas; reubicacion;
  comissao; comissoes; plr; ajuda de custo; auxilio; vale; vale refeicao; vale alimentacao; realocacao; variavel;
  toeslag; vakantiegeld; dertiende maand; provisie; opleidingsbudget; reiskostenvergoeding; premio`;

const PRICE_WORDS = `price; prices; priced; pricing; cost; costs; fee; fees; regular; discount; deposit; licence; license;
  subscription; purchase; buy; order; invoice; checkout; premium; save; coupon; course;
  raised; raise; raising; funding; funded; series a; series b; series c; seed; seed round; valuation; valued;
  revenue; revenues; arr; mrr; turnover; investment; invested; investors; market cap; gmv; aum; under management;
  preis; kosten; gebuhr; umsatz; finanzierung; finanzierungsrunde; rabatt; investiert;
  prix; cout; frais; chiffre d affaires; levee; levee de fonds; remise; financement;
  precio; costo; coste; facturacion; financiacion; ronda; descuento; inversion;
  preco; custo; taxa; faturamento; investimento; rodada; desconto; aporte;
  prijs; omzet; korting; investering; prezzo; fatturato`;

/** Words after which an extra or a price seen further on no longer describes the figure. */
const STOP_WORDS = `plus; and; with; und; mit; sowie; zzgl; zuzuglich; et; avec; y; con; mas; e; com; en; met;
  inklusive; inkl; including; incl; as well as; ainsi que; ademas de; alem de`;

const PERIOD_BEFORE: Record<PayPeriod, string> = {
  hour: `hourly; hourly rate; hourly pay; hourly wage; stundensatz; stundenlohn; stundenverrechnungssatz;
    taux horaire; tarif horaire; tarifa por hora; tarifa horaria; valor hora; valor por hora; valor da hora;
    uurtarief; per hour; pay per hour; tariffa oraria`,
  day: `daily rate; day rate; daily; tagessatz; tagsatz; tjm; taux journalier; tarif journalier; tarif jour;
    tarifa diaria; tarifa por dia; valor diaria; dagtarief; tariffa giornaliera`,
  week: `weekly; weekly pay; weekly rate; wochenlohn; salaire hebdomadaire; semanal`,
  month: `monthly; monthly salary; monthly pay; monthly rate; monatsgehalt; monatlich; salaire mensuel; mensuel;
    salario mensual; sueldo mensual; mensual; salario mensal; mensal; maandsalaris; maandloon; per month;
    per maand; bruto per maand; par mois; por mes; al mes; stipendio mensile`,
  year: `annual; annually; yearly; annual salary; annual base; jahresgehalt; jahresbrutto; jahreszielgehalt;
    salaire annuel; brut annuel; salario anual; sueldo anual; anual; jaarsalaris; ctc; per annum; ral;
    per year; pro jahr; par an; por ano; per jaar`,
};

const PERIOD_AFTER: Record<PayPeriod, string> = {
  hour: `per hour; an hour; a hour; per hr; an hr; hourly; p.h; per h; pro stunde; die stunde; je stunde;
    in der stunde; stundensatz; stundenlohn; de l'heure; l'heure; par heure; de la hora; la hora; por hora;
    a la hora; a hora; por hr; per uur; uurtarief; all'ora; l'ora; orari; p/h`,
  day: `per day; a day; daily; day rate; daily rate; p.d; pro tag; am tag; je tag; tagessatz; tagsatz;
    par jour; la journee; par journee; tjm; por dia; al dia; diarios; diario; per dag; dagtarief;
    al giorno; giornalieri; p/d`,
  week: `per week; a week; weekly; p.w; pw; pro woche; die woche; je woche; wochentlich; par semaine;
    la semaine; por semana; a la semana; semanal; semanales; semanais; a settimana; p/w`,
  month: `per month; a month; monthly; pcm; p.m; pm; per mo; a mo; pro monat; im monat; je monat; monatlich;
    mtl; monatsgehalt; brutto monatlich; par mois; mensuel; mensuels; mensuelle; al mes; por mes; mensual;
    mensuales; ao mes; mensal; mensais; per maand; maandelijks; maandsalaris; al mese; mensili; p/m`,
  year: `per year; a year; per annum; p.a; pa; annually; annual; yearly; per yr; a yr; pro jahr; im jahr;
    je jahr; jahrlich; jahresgehalt; per anno; par an; par annee; l'an; annuel; annuels; annuelle;
    al ano; por ano; anual; anuales; ao ano; anuais; per jaar; jaarlijks; jaarsalaris; lpa; all'anno;
    annui; annuo; ral; p/a`,
};

/** Words after "/": "$49/hr", "R$ 15.000/mês", "80.000 €/a". */
const SLASH_PERIODS: Record<string, PayPeriod> = {};
for (const [period, words] of [
  ['hour', 'h hr hrs hour hours hora horas heure std stunde stunden uur ora'],
  ['day', 'd day days dia dias tag jour j dag giorno'],
  ['week', 'w wk wks week semana semaine woche wo settimana'],
  ['month', 'm mo mth mon month mes mois monat maand mnd mese'],
  ['year', 'y yr yrs year a an ano anno jahr jaar annum pa anni'],
] as const) {
  for (const w of words.split(' ')) SLASH_PERIODS[w] = period;
}

/** Words skipped between a figure and its period: "€4.500 brutos al mes", "85.000 € brutto p.a.". */
const FILLERS = new Set(
  `brutto bruto brutos brutas bruta brut bruts brute gross netto net neto netos liquido base fixe fixed fix
   lordi euro euros dollars pesos reais eur usd gbp cad aud chf`.split(/\s+/),
);

/** Words that make a preceding number a count or a duration, not money. */
const UNIT_WORDS = `years; year; yrs; yr; months; mos; weeks; week; wks; wk; days; day; hours; hour; hrs; hr; h;
  minutes; minute; mins; min; seconds; secs; people; persons; person; employees; staff; members; member;
  engineers; developers; devs; designers; nurses; users; customers; clients; candidates; patients; beds;
  students; kids; children; jobs; roles; positions; openings; vacancies; companies; startups; offices;
  countries; cities; locations; steps; rounds; interviews; stages; calls; times; x; points; pts; stars;
  reviews; followers; subscribers; downloads; views; messages; emails; lines; words; pages; projects;
  teams; squads; households; transactions; requests; records; rows; miles; km; shifts; nights; sites;
  stores; markets; brands; products; apps; services; countries; languages; cm; kg; mb; gb; tb; ms;
  percent; per cent; pct; procent; prozent; pour cent; por ciento; por cento; per cento;
  jahre; jahren; monate; monaten; wochen; tage; tagen; stunden; minuten; mitarbeiter; mitarbeitende;
  mitarbeitenden; personen; leute; kunden; nutzer; stellen; neue; neuen; standorte; bewerber;
  ans; annees; mois; semaines; jours; heures; personnes; postes; collaborateurs; salaries; clients;
  anos; meses; semanas; dias; horas; minutos; personas; pessoas; empleados; funcionarios; vacantes;
  vagas; puestos; ofertas; colaboradores;
  jaar; weken; dagen; uur; maanden; mensen; medewerkers; vacatures; anni; mesi; settimane; giorni; ore`;

const BOUND_WORDS: Record<'min' | 'max', string> = {
  max: `up to; upto; max; maximum; bis; bis zu; jusqu'a; jusqu a; hasta; ate; tot; tot maximaal; maximaal;
    no more than; capped at; maximal; fino a`,
  min: `from; starting at; starting from; starts at; start at; at least; minimum; min; ab; mindestens; a partir de;
    a partir d; desde; vanaf; no less than; starting; minimo`,
};

const BETWEEN_WORDS = 'between; zwischen; entre; tussen; tra; fra';

/** Range words between two numbers, folded; conjunctions only count after a "between" word. */
const RANGE_WORDS = new Set(['to', 'till', 'bis', 'a', 'ate', 'au', 'tot', 'hasta', 'al']);
const CONJ_WORDS = new Set(['and', 'und', 'et', 'y', 'e', 'en']);

/** Multiplier words after a number: "15 mil reais", "80 Tsd. €", "60 mille euros". */
const THOUSAND_WORDS = new Set(['mil', 'mille', 'thousand', 'tausend', 'tsd', 'duizend', 'k']);
/** Amounts this large are funding rounds and revenue, never pay: the number is dropped. */
const MILLION_WORDS = new Set([
  'm',
  'mm',
  'mn',
  'mio',
  'million',
  'millions',
  'millones',
  'millon',
  'milhoes',
  'milhao',
  'miljoen',
  'milioni',
  'bn',
  'b',
  'billion',
  'billions',
  'mrd',
  'milliard',
  'milliards',
  'md',
]);

/** Words that may follow a bare (currency-less) pay figure on the same line. */
const BARE_FOLLOWERS = new Set(
  `plus and or to base ote doe depending dependent based depends negotiable neg range band bonus all
   inclusive incl including gross net brutto bruto brut netto fixed fixe p.a pa per a an je nach selon
   segun conforme de em para for plus und et y e en mais zzgl inkl`.split(/\s+/),
);

/** Hints that a lone small "$49" is hourly or daily: the text has to say so somewhere. */
const HOUR_HINTS = 'hourly; per hour; an hour; por hora; stundensatz; stundenlohn; de l heure; par heure; uurtarief';
const DAY_HINTS = 'day rate; daily rate; per day; tagessatz; tjm; par jour; por dia; dagtarief; taux journalier';

const CLS_PAY = 1;
const CLS_EXTRA = 2;
const CLS_PRICE = 3;
const CLS_STOP = 4;

interface Indexes {
  context: PhraseIndex<number>;
  periodBefore: PhraseIndex<PayPeriod>;
  periodAfter: PhraseIndex<PayPeriod>;
  units: PhraseIndex<true>;
  bounds: PhraseIndex<'min' | 'max'>;
  between: PhraseIndex<true>;
  hints: PhraseIndex<'hour' | 'day'>;
}

function split(list: string): string[] {
  return list
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

let indexes: Indexes | undefined;

/** Built once, on first use: constant afterwards. */
function getIndexes(): Indexes {
  if (indexes) return indexes;
  const context = new PhraseIndex<number>();
  for (const w of split(PAY_WORDS)) context.add(w, CLS_PAY);
  for (const w of split(EXTRA_WORDS)) context.add(w, CLS_EXTRA);
  for (const w of split(PRICE_WORDS)) context.add(w, CLS_PRICE);
  for (const w of split(STOP_WORDS)) context.add(w, CLS_STOP);
  const before = new PhraseIndex<PayPeriod>();
  const after = new PhraseIndex<PayPeriod>();
  for (const period of Object.keys(PER_YEAR) as PayPeriod[]) {
    for (const w of split(PERIOD_BEFORE[period])) before.add(w, period);
    for (const w of split(PERIOD_AFTER[period])) after.add(w, period);
  }
  const units = new PhraseIndex<true>(split(UNIT_WORDS).map((w) => [w, true] as const));
  const bounds = new PhraseIndex<'min' | 'max'>();
  for (const kind of ['min', 'max'] as const) for (const w of split(BOUND_WORDS[kind])) bounds.add(w, kind);
  const between = new PhraseIndex<true>(split(BETWEEN_WORDS).map((w) => [w, true] as const));
  const hints = new PhraseIndex<'hour' | 'day'>();
  for (const w of split(HOUR_HINTS)) hints.add(w, 'hour');
  for (const w of split(DAY_HINTS)) hints.add(w, 'day');
  indexes = { context, periodBefore: before, periodAfter: after, units, bounds, between, hints };
  return indexes;
}

// ---------------------------------------------------------------------------------------------
// Characters

const DASHES = new Set(['-', '‐', '‑', '‒', '–', '—', '―', '−', '﹣', '－']);
const SPACES = new Set([' ', '\u00A0', '\u202F', '\u2009', '\u2007', '\t']);
const GROUP_SEPARATORS = new Set([',', '.', "'", '’', ' ', '\u00A0', '\u202F', '\u2009', '\u2007']);

function at(t: string, i: number): string {
  return i >= 0 && i < t.length ? t[i]! : '';
}

function isDigit(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isLetter(ch: string): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && /\p{L}/u.test(ch);
}

function isSpace(ch: string): boolean {
  return SPACES.has(ch);
}

/** Consecutive digits from `i`, counting at most `cap`. */
function digitsAt(t: string, i: number, cap = 6): number {
  let k = 0;
  while (k < cap && isDigit(t, i + k)) k += 1;
  return k;
}

/** Position after at most `max` spaces from `i`. */
function skipSpaces(t: string, i: number, max = 2): number {
  let j = i;
  while (j < t.length && j - i < max && isSpace(t[j]!)) j += 1;
  return j;
}

/** The run of letters starting at `i` (at most `cap`). */
function lettersAfter(t: string, i: number, cap = 12): string {
  let j = i;
  while (j < t.length && j - i < cap && isLetter(t[j]!)) j += 1;
  return t.slice(i, j);
}

/** Start of the run of letters ending just before `i` (at most `cap` letters back). */
function lettersBeforeStart(t: string, i: number, cap = 5): number {
  let j = i;
  while (j > 0 && i - j < cap && isLetter(t[j - 1]!)) j -= 1;
  return j;
}

function foldWord(w: string): string {
  return w
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

// ---------------------------------------------------------------------------------------------
// Numbers

interface Num {
  start: number;
  end: number;
  value: number;
  /** Thousands separator used, if any. */
  sep: string | null;
  /** Cannot be money: a date, a time, a version, a phone number, a code. */
  bad: boolean;
}

/** Reads the number literal starting at `i` (a digit not preceded by a digit). Always advances. */
function readNumber(t: string, i: number): Num {
  const n = t.length;
  let j = i;
  while (j < n && isDigit(t, j)) j += 1;
  const firstLen = j - i;
  let intDigits = t.slice(i, j);
  let sep: string | null = null;
  let bad = firstLen > 12 || (t[i] === '0' && firstLen > 1);
  if (!bad) {
    // Indian grouping: 18,00,000 and 1,20,00,000.
    if (t[j] === ',' && firstLen <= 2 && digitsAt(t, j + 1, 3) === 2 && t[j + 3] === ',') {
      let k = j;
      let digits = intDigits;
      while (t[k] === ',' && digitsAt(t, k + 1, 3) === 2 && t[k + 3] === ',') {
        digits += t.slice(k + 1, k + 3);
        k += 3;
      }
      if (t[k] === ',' && digitsAt(t, k + 1, 4) === 3) {
        intDigits = digits + t.slice(k + 1, k + 4);
        sep = ',';
        j = k + 4;
      }
    }
    // Western groups of three, only after a first group of at most three digits.
    let c = firstLen <= 3 ? at(t, j) : '';
    while (GROUP_SEPARATORS.has(c)) {
      const sameKind = sep === null || c === sep || (isSpace(c) && sep !== null && isSpace(sep));
      if (!sameKind || digitsAt(t, j + 1, 4) !== 3) break;
      intDigits += t.slice(j + 1, j + 4);
      sep ??= c;
      j += 4;
      c = at(t, j);
    }
  } else {
    // Swallow the rest of an over-long run so its pieces are not read again.
    while (j < n && isDigit(t, j)) j += 1;
  }
  let decimals = '';
  const d = t[j];
  if ((d === '.' || d === ',') && d !== sep && isDigit(t, j + 1)) {
    const k = digitsAt(t, j + 1, 20);
    decimals = t.slice(j + 1, j + 1 + k);
    j += 1 + k;
    if (k > 2) bad = true;
  }
  // More numbers glued on with ".", ",", ":" or "/": a date, a time, a version, a score.
  const next = t[j];
  if ((next === '.' || next === ',' || next === ':' || next === '/') && isDigit(t, j + 1)) {
    bad = true;
    while (j < n && (isDigit(t, j) || ('.,:/'.includes(t[j]!) && isDigit(t, j + 1)))) j += 1;
  }
  // A space-grouped number followed by more digit groups is a phone number.
  if (sep !== null && isSpace(sep) && isSpace(at(t, j)) && isDigit(t, j + 1)) bad = true;
  const prev = at(t, i - 1);
  if (prev === '+' || prev === '#' || prev === '@' || prev === '_' || prev === '=' || prev === '/') bad = true;
  if (prev === '\\' || prev === '&') bad = true;
  if (prev === '.' && (isLetter(at(t, i - 2)) || isDigit(t, i - 2))) bad = true;
  if (prev === '(' && at(t, j) === ')' && firstLen === 3) bad = true; // (555) phone area code
  const after = at(t, j);
  if (after === '@' || after === '_' || after === '%') bad = true;
  const value = Number(decimals ? `${intDigits}.${decimals}` : intDigits);
  if (!Number.isFinite(value) || value <= 0) bad = true;
  return { start: i, end: Math.max(j, i + 1), value: Number.isFinite(value) ? value : 0, sep, bad };
}

function readNumbers(t: string): Num[] {
  const nums: Num[] = [];
  let i = 0;
  const n = t.length;
  while (i < n) {
    if (!isDigit(t, i)) {
      i += 1;
      continue;
    }
    const num = readNumber(t, i);
    nums.push(num);
    i = num.end;
  }
  // Three or more numbers joined by bare dashes are a date or an identifier (2026-10-02, 555-123-4567).
  let runStart = 0;
  for (let k = 1; k <= nums.length; k += 1) {
    const a = nums[k - 1]!;
    const b = nums[k];
    const linked = b !== undefined && b.start === a.end + 1 && DASHES.has(t[a.end]!);
    if (!linked) {
      if (k - runStart >= 3) for (let m = runStart; m < k; m += 1) nums[m]!.bad = true;
      runStart = k;
    }
  }
  return nums;
}

// ---------------------------------------------------------------------------------------------
// Context of one message

interface Ctx {
  t: string;
  tokens: Token[];
  /** Per token: class of the longest context phrase covering it (pay, extra, price, stop). */
  cls: Uint8Array;
  periodBefore: (PayPeriod | undefined)[];
  /** Per token: the longest period phrase starting there, and one past its last token. */
  periodAfterAt: ({ period: PayPeriod; to: number } | undefined)[];
  unitAt: Uint8Array;
  /** Per token: a bound phrase ends here. */
  boundEnd: ('min' | 'max' | undefined)[];
  betweenAt: Uint8Array;
  hintHour: boolean;
  hintDay: boolean;
}

function buildCtx(a: Analysed): Ctx {
  const ix = getIndexes();
  const { tokens } = a;
  const n = tokens.length;
  const cls = new Uint8Array(n);
  const clsLen = new Uint8Array(n);
  for (const hit of ix.context.findAll(tokens)) {
    const len = hit.to - hit.from;
    for (let k = hit.from; k < hit.to; k += 1) {
      if (clsLen[k]! < len) {
        clsLen[k] = len;
        cls[k] = hit.value;
      }
    }
  }
  const periodBefore: (PayPeriod | undefined)[] = Array.from({ length: n }, () => undefined);
  for (const hit of ix.periodBefore.findAll(tokens)) {
    for (let k = hit.from; k < hit.to; k += 1) periodBefore[k] ??= hit.value;
  }
  const periodAfterAt: ({ period: PayPeriod; to: number } | undefined)[] = Array.from({ length: n }, () => undefined);
  for (const hit of ix.periodAfter.findAll(tokens)) {
    const cur = periodAfterAt[hit.from];
    if (!cur || cur.to < hit.to) periodAfterAt[hit.from] = { period: hit.value, to: hit.to };
  }
  const unitAt = new Uint8Array(n);
  for (const hit of ix.units.findAll(tokens)) unitAt[hit.from] = 1;
  const boundEnd: ('min' | 'max' | undefined)[] = Array.from({ length: n }, () => undefined);
  for (const hit of ix.bounds.findAll(tokens)) boundEnd[hit.to - 1] ??= hit.value;
  const betweenAt = new Uint8Array(n);
  for (const hit of ix.between.findAll(tokens)) betweenAt[hit.from] = 1;
  let hintHour = false;
  let hintDay = false;
  for (const hit of ix.hints.findAll(tokens)) {
    if (hit.value === 'hour') hintHour = true;
    else hintDay = true;
  }
  // "/hr" and "/day" anywhere say so too.
  for (const tok of tokens) {
    if (a.text[tok.start - 1] !== '/') continue;
    const p = SLASH_PERIODS[stripTail(tok.text)];
    if (p === 'hour') hintHour = true;
    else if (p === 'day') hintDay = true;
  }
  return { t: a.text, tokens, cls, periodBefore, periodAfterAt, unitAt, boundEnd, betweenAt, hintHour, hintDay };
}

function stripTail(w: string): string {
  let e = w.length;
  while (e > 0 && (w[e - 1] === '+' || w[e - 1] === '#')) e -= 1;
  return w.slice(0, e);
}

/** Index of the first token starting at or after `pos`. */
function tokenAtOrAfter(ctx: Ctx, pos: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What separates two words: nothing, a weak break (comma, plus, slash) or a strong one (line, sentence). */
function gapKind(t: string, from: number, to: number): 0 | 1 | 2 {
  let kind: 0 | 1 | 2 = 0;
  const end = Math.min(to, from + 200);
  if (to - from > 200) return 2;
  for (let i = from; i < end; i += 1) {
    const c = t[i]!;
    if (c === '\n' || c === '\r' || c === '!' || c === '?' || c === ';' || c === '|' || c === '•' || c === '·') {
      return 2;
    }
    if (c === '.' && isSpace(at(t, i + 1))) {
      const nextWord = at(t, to);
      if (nextWord && nextWord !== nextWord.toLowerCase()) return 2;
    }
    if (c === ',' || c === '+' || c === '/' || c === '&') kind = 1;
  }
  return kind;
}

interface Around {
  payBefore: number; // distance in tokens, Infinity when none
  /** Same, without crossing a comma, a plus or a slash: the pay word describes this very figure. */
  payBeforeClose: number;
  extraBefore: boolean;
  priceBefore: boolean;
  after: number; // class of the first classified word after, 0 when none
  bound: 'min' | 'max' | undefined;
  between: boolean;
  period: PayPeriod | undefined;
  /** First word after the figure on the same line, when nothing but spaces separates them. */
  follower: Token | undefined;
  followerIndex: number;
}

/** Looks at a few words before `start` and after `end`. */
function around(ctx: Ctx, start: number, end: number): Around {
  const { t, tokens } = ctx;
  const res: Around = {
    payBefore: Infinity,
    payBeforeClose: Infinity,
    extraBefore: false,
    priceBefore: false,
    after: 0,
    bound: undefined,
    between: false,
    period: undefined,
    follower: undefined,
    followerIndex: -1,
  };
  let weak = false;
  let nextStart = start;
  let dist = 0;
  for (let k = tokenAtOrAfter(ctx, start) - 1; k >= 0 && dist < 6; k -= 1) {
    const tok = tokens[k]!;
    if (tok.end > start) continue;
    const gap = gapKind(t, tok.end, nextStart);
    if (gap === 2) break;
    if (gap === 1) weak = true;
    dist += 1;
    if (dist <= 2 && !weak && res.bound === undefined && ctx.boundEnd[k] && isDigitFree(tok)) {
      res.bound = ctx.boundEnd[k];
    }
    if (dist <= 3 && ctx.betweenAt[k]) res.between = true;
    if (dist <= 5 && !weak && res.period === undefined) res.period = ctx.periodBefore[k];
    const c = ctx.cls[k]!;
    if (c === CLS_PAY && res.payBefore === Infinity) res.payBefore = dist;
    if (c === CLS_PAY && !weak && res.payBeforeClose === Infinity) res.payBeforeClose = dist;
    if (c === CLS_STOP) weak = true;
    if (!weak && res.payBefore === Infinity && !res.extraBefore && !res.priceBefore) {
      if (c === CLS_EXTRA) res.extraBefore = true;
      if (c === CLS_PRICE) res.priceBefore = true;
    }
    nextStart = tok.start;
  }
  let prevEnd = end;
  dist = 0;
  for (let k = tokenAtOrAfter(ctx, end); k < tokens.length && dist < 3; k += 1) {
    const tok = tokens[k]!;
    const gap = gapKind(t, prevEnd, tok.start);
    if (dist === 0 && onlySpaces(t, prevEnd, tok.start)) {
      res.follower = tok;
      res.followerIndex = k;
    }
    if (gap !== 0) break;
    dist += 1;
    const c = ctx.cls[k]!;
    if (c === CLS_STOP) break;
    if (c !== 0) {
      res.after = c;
      break;
    }
    prevEnd = tok.end;
  }
  return res;
}

function isDigitFree(tok: Token): boolean {
  return !/\d/.test(tok.text);
}

function onlySpaces(t: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i += 1) if (!isSpace(t[i]!)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Pieces around a number

interface CurrencyMark {
  code: string;
  ambiguous: boolean;
  start: number;
  end: number;
}

/** A currency written just before the number at `i`: "€", "€ ", "C$", "CA$ ", "CHF ", "EUR", "Rs. ". */
function currencyBefore(t: string, i: number): CurrencyMark | null | 'letters' {
  // Letters glued to the digits: a code ("EUR90k") or something that makes it not money ("Q3", "v2").
  if (isLetter(at(t, i - 1))) {
    const s = lettersBeforeStart(t, i, 5);
    const word = t.slice(s, i);
    if (isLetter(at(t, s - 1))) return 'letters';
    if (CODES.has(word)) return { code: word, ambiguous: false, start: s, end: i };
    return 'letters';
  }
  let p = i;
  while (p > 0 && i - p < 2 && isSpace(t[p - 1]!)) p -= 1;
  const c = at(t, p - 1);
  if (!c) return null;
  const symbol = SYMBOLS[c];
  if (symbol) return { code: symbol, ambiguous: false, start: p - 1, end: i };
  if (c === '$') {
    const s = lettersBeforeStart(t, p - 1, 3);
    if (s < p - 1 && !isLetter(at(t, s - 1))) {
      const code = DOLLAR_PREFIXES[t.slice(s, p - 1).toUpperCase()];
      if (code) return { code, ambiguous: false, start: s, end: i };
    }
    // "CAD $120k", "USD $95k": the code a space before the sign settles it.
    const q = p - 1 > 0 && isSpace(t[p - 2]!) ? p - 2 : -1;
    if (q > 0 && isLetter(at(t, q - 1))) {
      const cs = lettersBeforeStart(t, q, 4);
      const code = t.slice(cs, q);
      if (!isLetter(at(t, cs - 1)) && CODES.has(code)) return { code, ambiguous: false, start: cs, end: i };
    }
    return { code: 'USD', ambiguous: true, start: p - 1, end: i };
  }
  if (isLetter(c)) {
    const s = lettersBeforeStart(t, p, 5);
    if (isLetter(at(t, s - 1))) return null;
    const word = t.slice(s, p);
    if (CODES.has(word)) return { code: word, ambiguous: false, start: s, end: i };
    return null;
  }
  if (c === '.') {
    // "Rs. 18,00,000", "Fr. 120'000"
    const s = lettersBeforeStart(t, p - 1, 3);
    const word = t.slice(s, p - 1);
    if (!isLetter(at(t, s - 1))) {
      if (word === 'Rs') return { code: 'INR', ambiguous: false, start: s, end: i };
      if (word === 'Fr' || word === 'SFr') return { code: 'CHF', ambiguous: false, start: s, end: i };
    }
  }
  return null;
}

/** A currency written just after position `j`: "€", " €", " EUR", " euros", " $". */
function currencyAfter(t: string, j: number): CurrencyMark | null {
  const p = skipSpaces(t, j, 1);
  const c = at(t, p);
  if (!c) return null;
  const symbol = SYMBOLS[c];
  if (symbol) return { code: symbol, ambiguous: false, start: j, end: p + 1 };
  if (c === '$') return { code: 'USD', ambiguous: true, start: j, end: p + 1 };
  if (c === '(') {
    // "$120k–140k (CAD)"
    const code = t.slice(p + 1, p + 4);
    if (t[p + 4] === ')' && CODES.has(code)) return { code, ambiguous: false, start: j, end: p + 5 };
  }
  if (isLetter(c)) {
    const word = lettersAfter(t, p, 8);
    if (isLetter(at(t, p + word.length))) return null;
    const upper = word.toUpperCase();
    if (word.length === 3 && CODES.has(upper)) return { code: upper, ambiguous: false, start: j, end: p + 3 };
    const known = CURRENCY_WORDS[foldWord(word)];
    if (known) return { code: known.code, ambiguous: known.ambiguous ?? false, start: j, end: p + word.length };
    if (word === 'Fr' && at(t, p + 2) === '.') return { code: 'CHF', ambiguous: false, start: j, end: p + 3 };
  }
  return null;
}

interface Suffix {
  multiplier: number;
  end: number;
  /** Currency the suffix itself names ("k€", "TEUR", "LPA"). */
  code: string | null;
  /** The suffix fixes the period ("LPA": per year). */
  period: PayPeriod | null;
  /** Letters glued on that make the number something else ("3rd", "5G", "$40M"). */
  reject: boolean;
}

/** Multipliers after a number: "k", " k€", "K", " mil", " Tsd.", "TEUR", " LPA", " lakh", " crore". */
function suffixAfter(t: string, j: number, inr: boolean): Suffix {
  const none: Suffix = { multiplier: 1, end: j, code: null, period: null, reject: false };
  const glued = isLetter(at(t, j));
  const p = glued ? j : skipSpaces(t, j, 1);
  if (!isLetter(at(t, p))) return none;
  const word = lettersAfter(t, p, 12);
  let wEnd = p + word.length;
  const f = foldWord(word);
  // "k€", "K$": the k is glued to a currency symbol.
  if ((word === 'k' || word === 'K') && !isLetter(at(t, wEnd))) {
    return { multiplier: 1000, end: wEnd, code: null, period: null, reject: false };
  }
  if (word === 'TEUR' || (word === 'T' && at(t, wEnd) === '€')) {
    return { multiplier: 1000, end: word === 'T' ? wEnd + 1 : wEnd, code: 'EUR', period: null, reject: false };
  }
  if (THOUSAND_WORDS.has(f)) {
    if (at(t, wEnd) === '.') wEnd += 1;
    return { multiplier: 1000, end: wEnd, code: null, period: null, reject: false };
  }
  if (word === 'LPA' || f === 'lpa') return { multiplier: 1e5, end: wEnd, code: 'INR', period: 'year', reject: false };
  if (f === 'lakh' || f === 'lakhs' || f === 'lac' || f === 'lacs') {
    return { multiplier: 1e5, end: wEnd, code: 'INR', period: null, reject: false };
  }
  if (word === 'L' && (inr || /^ ?(?:PA|p\.?a|CTC)\b/.test(t.slice(wEnd, wEnd + 5)))) {
    return { multiplier: 1e5, end: wEnd, code: 'INR', period: null, reject: false };
  }
  if (f === 'crore' || f === 'crores' || (inr && (word === 'cr' || word === 'Cr'))) {
    return { multiplier: 1e7, end: wEnd, code: 'INR', period: null, reject: false };
  }
  if (MILLION_WORDS.has(f)) return { ...none, reject: true };
  if (glued) {
    // A currency code glued on ("90000EUR") is fine; anything else ("3rd", "5G", "2x", "9am") is not money.
    if (word.length === 3 && CODES.has(word.toUpperCase())) return none;
    return { ...none, reject: true };
  }
  return none;
}

/** A period right after `j`: "/hr", " per day", " an hour", " brutos al mes", " € brutto p.a.". */
function periodAfter(ctx: Ctx, j: number): { period: PayPeriod; end: number } | null {
  const { t, tokens } = ctx;
  let p = skipSpaces(t, j, 2);
  let k = tokenAtOrAfter(ctx, p);
  for (let skipped = 0; skipped <= 2; skipped += 1) {
    const slash = t[p] === '/';
    const q = slash ? skipSpaces(t, p + 1, 1) : p;
    const tok = tokens[k];
    if (!tok || tok.start !== q) return null;
    if (slash) {
      const period = SLASH_PERIODS[stripTail(tok.text)];
      if (period) return { period, end: tok.start + stripTail(tok.raw).length };
      if (!FILLERS.has(tok.text)) return null;
    } else {
      const hit = ctx.periodAfterAt[k];
      if (hit) return { period: hit.period, end: tokens[hit.to - 1]!.end };
      if (!FILLERS.has(tok.text)) return null;
    }
    p = skipSpaces(t, tok.end, 2);
    k += 1;
  }
  return null;
}

/** A word that turns the number before it into a count or duration ("8+ years", "13-week", "60 %"). */
function unitAfter(ctx: Ctx, j: number): boolean {
  const { t } = ctx;
  let p = j;
  if (t[p] === '+') p += 1;
  p = skipSpaces(t, p, 1);
  if (DASHES.has(at(t, p)) && isLetter(at(t, p + 1))) p += 1;
  if (t[p] === '%') return true;
  const k = tokenAtOrAfter(ctx, p);
  const tok = ctx.tokens[k];
  // "day rate", "hours per week" start a period phrase, not a count.
  return tok !== undefined && tok.start === p && ctx.unitAt[k] === 1 && ctx.periodAfterAt[k] === undefined;
}

/** A range word from `j`: a dash, "to", "bis", "à", "a", "até"…; conjunctions when `between`. */
function rangeWordAfter(t: string, j: number, between: boolean): number | null {
  const p = skipSpaces(t, j, 3);
  const c = at(t, p);
  if (DASHES.has(c)) return p + 1;
  if (!isLetter(c)) return null;
  const word = lettersAfter(t, p, 5);
  const end = p + word.length;
  if (!isSpace(at(t, end))) return null;
  const f = foldWord(word);
  if (RANGE_WORDS.has(f) || (between && CONJ_WORDS.has(f))) return end;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Figures

interface Side {
  num: Num;
  before: CurrencyMark | null;
  suffix: Suffix;
  after: CurrencyMark | null;
  /** End of the number with its multiplier and trailing currency. */
  end: number;
  unit: boolean;
}

function readSide(ctx: Ctx, num: Num): Side | null {
  if (num.bad) return null;
  // "401k", "401(k)", "403b": US retirement plans, not amounts.
  if (num.value === 401 || num.value === 403 || num.value === 457) {
    const next = ctx.t.slice(num.end, num.end + 2).replace('(', '').toLowerCase();
    if (next.startsWith('k') || next.startsWith('b')) return null;
  }
  const before = currencyBefore(ctx.t, num.start);
  if (before === 'letters') return null;
  // "85.000,-" and "120'000.-": the dash stands for no cents.
  let numEnd = num.end;
  if ((ctx.t[numEnd] === ',' || ctx.t[numEnd] === '.') && DASHES.has(at(ctx.t, numEnd + 1)) && !isDigit(ctx.t, numEnd + 2)) {
    numEnd += 2;
  }
  const suffix = suffixAfter(ctx.t, numEnd, before?.code === 'INR');
  if (suffix.reject) return null;
  const after = currencyAfter(ctx.t, suffix.end);
  const end = after ? after.end : suffix.end;
  const unit = !after && unitAfter(ctx, suffix.end);
  return { num, before, suffix, after, end, unit };
}

function currencyOf(side: Side): CurrencyMark | null {
  if (side.suffix.code) return { code: side.suffix.code, ambiguous: false, start: side.num.start, end: side.end };
  const marks = [side.before, side.after].filter((m): m is CurrencyMark => m !== null);
  return marks.find((m) => !m.ambiguous) ?? marks[0] ?? null;
}

/** Two currencies that cannot be one range ("$50 … €60"); a bare "$" agrees with any dollar. */
function clash(a: CurrencyMark | null, b: CurrencyMark | null): boolean {
  if (!a || !b || a.code === b.code) return false;
  if (a.ambiguous && DOLLAR_CURRENCIES.has(b.code)) return false;
  if (b.ambiguous && DOLLAR_CURRENCIES.has(a.code)) return false;
  return true;
}

function isYearLike(num: Num): boolean {
  return num.sep === null && Number.isInteger(num.value) && num.value >= 1900 && num.value <= 2100;
}

/** Builds the pay figure starting at nums[k], if it is one; returns it and how many numbers it used. */
function figureAt(ctx: Ctx, nums: Num[], k: number): { offer: PayOffer | null; used: number } {
  const { t } = ctx;
  const num = nums[k]!;
  const prev = nums[k - 1];
  // The second half of "123-4567" that did not make a range is not a figure on its own.
  if (prev && prev.end + 1 === num.start && DASHES.has(t[prev.end]!)) return { offer: null, used: 1 };
  const first = readSide(ctx, num);
  if (!first || first.unit) return { offer: null, used: 1 };
  const figStart = first.before ? first.before.start : first.num.start;
  const pre = around(ctx, figStart, figStart);

  // The period may sit between the two numbers of a range: "$50/hr to $60/hr".
  const p1 = periodAfter(ctx, first.end);
  const secondNum = nums[k + 1];
  const rangeAt = rangeWordAfter(t, p1 ? p1.end : first.end, pre.between);
  if (rangeAt !== null && secondNum && !first.suffix.period) {
    const second = readSide(ctx, secondNum);
    const secondStart = second?.before ? second.before.start : secondNum.start;
    const joined = second !== null && !second.unit && onlySpaces(t, rangeAt, secondStart) && secondStart >= rangeAt;
    if (joined && second) {
      let lo = first.num.value * first.suffix.multiplier;
      let hi = second.num.value * second.suffix.multiplier;
      // "€85–98k", "12-15 LPA": the multiplier written once applies to both.
      if (first.suffix.multiplier === 1 && second.suffix.multiplier > 1 && first.num.value < 1000) {
        lo = first.num.value * second.suffix.multiplier;
      }
      if (second.suffix.multiplier === 1 && first.suffix.multiplier > 1 && second.num.value < 1000) {
        hi = second.num.value * first.suffix.multiplier;
      }
      const ok = lo > 0 && lo <= hi && hi <= lo * 10 && !clash(currencyOf(first), currencyOf(second));
      if (ok) return finish(ctx, pre, figStart, first, second, lo, hi, p1, 2);
    }
  }
  const v = first.num.value * first.suffix.multiplier;
  return finish(ctx, pre, figStart, first, first, v, v, p1, 1);
}

function finish(
  ctx: Ctx,
  pre: Around,
  figStart: number,
  first: Side,
  last: Side,
  lo: number,
  hi: number,
  innerPeriod: { period: PayPeriod; end: number } | null,
  used: number,
): { offer: PayOffer | null; used: number } {
  const { t } = ctx;
  const none = { offer: null, used };
  const isRange = first !== last;
  const trailing = periodAfter(ctx, last.end);
  const fixed = last.suffix.period ?? first.suffix.period;

  // Currency: a code beats a bare "$" ("$118–135k CAD"), a suffix's own currency beats both.
  const marks = [currencyOf(first), isRange ? currencyOf(last) : null].filter(
    (m): m is CurrencyMark => m !== null,
  );
  const mark = marks.find((m) => !m.ambiguous) ?? marks[0] ?? null;

  const end = Math.max(last.end, trailing?.end ?? 0, innerPeriod?.end ?? 0);
  // "$200K+" is a lower bound; the words after it still describe the figure.
  const plus = t[end] === '+' && !isDigit(t, end + 1);
  const post = around(ctx, plus ? end + 1 : end, plus ? end + 1 : end);
  const bound = plus ? 'min' : pre.bound;

  const multiplied = first.suffix.multiplier > 1 || last.suffix.multiplier > 1;
  // A period word before the figure ("Tagessatz: 650 €") only when the amount fits it.
  const before = pre.period && hi < BEFORE_PERIOD_MAX[pre.period] * scaleOf(mark?.code ?? null) ? pre.period : undefined;
  const explicit = trailing?.period ?? innerPeriod?.period ?? fixed ?? before;
  let period: PayPeriod = explicit ?? 'year';
  if (!explicit && !multiplied) {
    // A lone small figure is hourly or daily only when the message says so somewhere.
    if (hi < 200 && ctx.hintHour) period = 'hour';
    else if (hi < 3000 && ctx.hintDay) period = 'day';
  }

  const payNear = pre.payBefore <= 6 || post.after === CLS_PAY || post.after === CLS_EXTRA || pre.extraBefore;
  const extra = pre.extraBefore || (post.after === CLS_EXTRA && pre.payBeforeClose > 2);
  const price = pre.priceBefore || (post.after === CLS_PRICE && pre.payBeforeClose > 2);
  if (price) return none;

  if (mark) {
    // "$249", "£180": a lone small amount with no period and no pay word is a price.
    if (!explicit && period === 'year' && !multiplied && hi < 1000 && !payNear) return none;
  } else {
    if (!multiplied && (isYearLike(first.num) || isYearLike(last.num))) return none;
    const kRange = multiplied && (isRange || bound !== undefined) && lo >= 1000;
    const plausible = multiplied || explicit !== undefined || hi >= 1000;
    if (!kRange && !(payNear && plausible)) return none;
    // A bare figure followed by an unrelated word is a count ("1,200 engineers").
    const f = post.follower;
    if (f && !trailing && isLetter(f.raw[0] ?? '') && !BARE_FOLLOWERS.has(f.text) && ctx.cls[post.followerIndex] === 0) {
      return none;
    }
  }

  const factor = PER_YEAR[period];
  const offer: PayOffer = {
    min: round2(lo),
    max: round2(hi),
    currency: mark ? mark.code : null,
    period,
    annualMin: Math.round(lo * factor),
    annualMax: Math.round(hi * factor),
    text: t.slice(figStart, end).trim(),
    start: figStart,
    end,
  };
  if (mark?.ambiguous) offer.dollarAmbiguous = true;
  if (extra) offer.extra = true;
  if (bound && !isRange) offer.bound = bound;
  return { offer, used };
}

/** Largest amount a period word written before the figure can describe. */
const BEFORE_PERIOD_MAX: Record<PayPeriod, number> = { hour: 1000, day: 10_000, week: 50_000, month: 200_000, year: Infinity };

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Every pay figure in the text, in order. */
export function findPay(a: Analysed): PayOffer[] {
  try {
    if (!a.text || !/\d/.test(a.text)) return [];
    const nums = readNumbers(a.text);
    if (!nums.length) return [];
    const ctx = buildCtx(a);
    const offers: PayOffer[] = [];
    for (let k = 0; k < nums.length; ) {
      const { offer, used } = figureAt(ctx, nums, k);
      if (offer) offers.push(offer);
      k += Math.max(1, used);
    }
    return offers;
  } catch {
    // Never let one odd message break scoring.
    return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Display

function trimNumber(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/**
 * The amount without currency: "85k", "82.5k", "2.85k", "1.8M", "49", "33.50". An estimate (a yearly
 * figure worked out from an hourly rate or another currency) is rounded to whole thousands.
 */
function shortAmount(amount: number, estimate = false): string {
  if (!Number.isFinite(amount)) return '?';
  const abs = Math.round(Math.abs(amount) * 100) / 100;
  const sign = amount < 0 ? '-' : '';
  if (abs >= 1e6) return `${sign}${trimNumber(abs / 1e6, 2)}M`;
  if (abs >= 10_000) {
    // One decimal only when the amount is written that way (82,500); estimates round to whole thousands.
    const k = abs % 100 === 0 && !estimate ? trimNumber(abs / 1000, 1) : String(Math.round(abs / 1000));
    return `${sign}${k}k`;
  }
  if (abs >= 1000) return `${sign}${trimNumber(abs / 1000, estimate ? 1 : 2)}k`;
  return `${sign}${Number.isInteger(abs) ? String(abs) : abs.toFixed(2)}`;
}

function prefixOf(currency: string | null): string {
  if (!currency) return '';
  return DISPLAY_PREFIX[currency] ?? `${currency} `;
}

/**
 * A short amount with its currency: "€85k", "$104k", "£75k", "C$120k", "CHF 120k", "₹1.8M", "$33.50".
 * Dollar currencies other than USD carry their country ("C$", "A$") so a figure is never ambiguous.
 */
export function formatMoney(amount: number, currency: string | null): string {
  const text = shortAmount(amount);
  return text.startsWith('-') ? `-${prefixOf(currency)}${text.slice(1)}` : `${prefixOf(currency)}${text}`;
}

function formatRange(min: number, max: number, currency: string | null, estimate = false): string {
  const a = `${prefixOf(currency)}${shortAmount(min, estimate)}`;
  const b = shortAmount(max, estimate);
  return b === shortAmount(min, estimate) ? a : `${a}–${b}`;
}

const PERIOD_SUFFIX: Record<PayPeriod, string> = { year: '', month: '/month', week: '/week', day: '/day', hour: '/hr' };

// ---------------------------------------------------------------------------------------------
// Comparison

function normCode(c: string | undefined | null): string | null {
  if (typeof c !== 'string') return null;
  const u = c.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(u) ? u : null;
}

/** How many units of `code` make about one US dollar, at least 1: bounds scale for weak currencies. */
function scaleOf(code: string | null): number {
  const r = code ? USD_PER_UNIT[code] : undefined;
  return r ? Math.max(1, 1 / r) : 1;
}

interface Considered {
  offer: PayOffer;
  currency: string | null;
  /** annualMin/annualMax in the floor's currency. */
  min: number;
  max: number;
  converted: boolean;
}

/**
 * Compares the best base-pay offer with the candidate's yearly floor. Offers in another currency are
 * converted with approximate rates and only called 'below' when clearly so (under 90% of the floor).
 */
export function comparePay(
  offers: PayOffer[],
  floor: number | undefined,
  floorCurrency: string | undefined,
): PayVerdict {
  try {
    const base = (Array.isArray(offers) ? offers : []).filter(
      (o) => o && !o.extra && Number.isFinite(o.annualMax) && Number.isFinite(o.max),
    );
    if (typeof floor !== 'number' || !Number.isFinite(floor) || floor <= 0) {
      const best = base.reduce<PayOffer | null>((b, o) => (!b || o.annualMax > b.annualMax ? o : b), null);
      return { verdict: 'unknown', offer: best, reason: null };
    }
    const fc = normCode(floorCurrency);
    const considered: Considered[] = [];
    for (const offer of base) {
      let cur = normCode(offer.currency);
      if (cur === null) cur = fc;
      else if (offer.dollarAmbiguous && fc && DOLLAR_CURRENCIES.has(fc)) cur = fc;
      let rate = 1;
      let converted = false;
      if (fc && cur && cur !== fc) {
        const from = USD_PER_UNIT[cur];
        const to = USD_PER_UNIT[fc];
        if (!from || !to) continue;
        rate = from / to;
        converted = true;
      }
      // Implausible figures are prices, typos or funding, not pay.
      const ownScale = scaleOf(cur);
      if (offer.period === 'hour' && offer.max > 1000 * ownScale) continue;
      const scale = scaleOf(fc ?? cur);
      const max = offer.annualMax * rate;
      if (max < 1000 * scale || max > 10_000_000 * scale) continue;
      considered.push({ offer, currency: cur, min: offer.annualMin * rate, max, converted });
    }
    if (!considered.length) return { verdict: 'unknown', offer: null, reason: null };
    let best = considered[0]!;
    for (const c of considered) if (c.max > best.max) best = c;

    const floorCur = fc ?? best.currency;
    const floorText = formatMoney(floor, floorCur);
    const o = best.offer;
    const prefix = o.bound === 'max' ? 'up to ' : o.bound === 'min' ? 'from ' : '';
    const written = `Pay ${prefix}${formatRange(o.min, o.max, best.currency)}${PERIOD_SUFFIX[o.period]}`;
    let note = '';
    if (best.converted || o.period !== 'year') {
      const yearly = formatRange(best.min, best.max, floorCur, true);
      note = ` (about ${yearly}${o.period === 'year' ? '' : ' a year'})`;
    }
    if (best.converted) {
      if (best.max < 0.9 * floor) {
        return { verdict: 'below', offer: o, reason: `${written}${note} is below your floor of ${floorText}` };
      }
      const wording = best.max < floor ? 'is close to' : 'meets';
      return { verdict: 'meets', offer: o, reason: `${written}${note} ${wording} your floor of ${floorText}` };
    }
    if (best.max < floor) {
      return { verdict: 'below', offer: o, reason: `${written}${note} is below your floor of ${floorText}` };
    }
    return { verdict: 'meets', offer: o, reason: `${written}${note} meets your floor of ${floorText}` };
  } catch {
    return { verdict: 'unknown', offer: null, reason: null };
  }
}
