/**
 * Where the job is done: remote, hybrid or onsite, and how many office days a week, read from what a
 * message writes (EN/ES/FR/DE/PT, some NL). Nothing is inferred from the kind of job: a nurse's unit
 * is onsite by nature, but that is for the caller to decide. Also home to the negation helpers the
 * other knowledge modules share. Token scanning only, linear in the text length.
 */
import type { Workplace } from '../../profile';
import { type Analysed, PhraseIndex, spanText, type Token } from '../../text';

// ---------------------------------------------------------------------------------------------
// Negation, shared by places.ts and dealbreakers.ts
// ---------------------------------------------------------------------------------------------

/** Words that negate what follows within a few tokens ("no remote", "kein Homeoffice", "sans CDD"). */
const NEGATORS = new Set(
  `not no non never without nor neither none zero cannot isn aren wasn weren don doesn didn won wouldn
   shouldn couldn hasn haven kein keine keinen keiner keinem keines nicht ohne nie niemals weder pas
   sans ni aucun aucune jamais sin nunca ningun ninguna ninguno sem nao nenhum nenhuma jamais geen niet
   zonder nooit`
    .split(/\s+/)
    .filter(Boolean),
);
/** "not only X", "no matter where": the negator does not bear on what follows. */
const NOT_A_NEGATION_AFTER = new Set(
  'only just merely matter doubt sure nur bloss seulement simplement solo solamente apenas so alleen'.split(' '),
);
/** A clause turns here: "not X but Y", "keine X, sondern Y". */
const CLAUSE_TURNS = new Set('but however though although aber sondern jedoch mais pourtant pero sino mas maar'.split(' '));
/** Words that mark a text as Portuguese, where "no" is "in the" and never a negator. */
const PORTUGUESE_MARKERS = new Set('nao voce voces vaga tambem entao obrigado obrigada trabalho esta estamos sao uma'.split(' '));
const SPANISH_MARKERS = new Set('usted puesto tambien trabajo estamos una muy gracias nuestro nuestra'.split(' '));

/** Prepared once per message, so every negation check is constant time. */
export interface NegationScope {
  a: Analysed;
  /** "no" counts as a negator (not in a Portuguese text, where it means "in the"). */
  noNegates: boolean;
}

export function negationScope(a: Analysed): NegationScope {
  let pt = 0;
  let es = 0;
  for (const t of a.tokens) {
    if (PORTUGUESE_MARKERS.has(t.text)) pt += 1;
    if (SPANISH_MARKERS.has(t.text)) es += 1;
  }
  return { a, noNegates: !(pt >= 2 && pt > es) };
}

const STRONG_BREAK = /[.;!?\n\r•|]/;
const ANY_BREAK = /[.;!?\n\r•|,:()]/;

/** The text between token `i` and token `i + 1`. */
export function gapAfter(a: Analysed, i: number): string {
  const t = a.tokens[i];
  const next = a.tokens[i + 1];
  if (!t) return '';
  // Gaps are short in real text; cap them so a pathological gap costs nothing.
  const end = next ? Math.min(next.start, t.end + 40) : Math.min(a.text.length, t.end + 40);
  return a.text.slice(t.end, end);
}

/** True when a sentence (or, with `commas`, a clause) ends between tokens `i` and `i + 1`. */
export function breakAfter(a: Analysed, i: number, commas = false): boolean {
  return (commas ? ANY_BREAK : STRONG_BREAK).test(gapAfter(a, i));
}

function isNegatorAt(scope: NegationScope, j: number): boolean {
  const { tokens } = scope.a;
  const t = tokens[j]!;
  if (t.text === 't') {
    // The "t" of "can't", "won't", "don't".
    return /['’]$/.test(gapAfter(scope.a, j - 1));
  }
  if (t.text === 'than') return tokens[j - 1]?.text === 'rather';
  if (t.text === 'of') return tokens[j - 1]?.text === 'instead';
  if (t.text === 'statt' || t.text === 'anstatt' || t.text === 'anstelle') return true;
  if (!NEGATORS.has(t.text) && t.text !== 'no') return false;
  if (t.text === 'no') {
    if (!scope.noNegates) return false;
    // "No. 1 crypto exchange"
    if (/^\s*\./.test(gapAfter(scope.a, j))) return false;
  }
  const next = tokens[j + 1];
  return !(next && NOT_A_NEGATION_AFTER.has(next.text));
}

/**
 * The index of a word at most `window` tokens before token `from`, in the same clause, that negates
 * what starts there ("no relocation", "not a contract role", "sin teletrabajo", "pas de CDD"); -1 if none.
 */
export function negatorBefore(scope: NegationScope, from: number, window = 4): number {
  const { a } = scope;
  for (let k = 1; k <= window; k += 1) {
    const j = from - k;
    if (j < 0) return -1;
    if (breakAfter(a, j, true)) return -1;
    const word = a.tokens[j]!.text;
    if (CLAUSE_TURNS.has(word)) return -1;
    if (isNegatorAt(scope, j)) return j;
  }
  return -1;
}

export function negatedBefore(scope: NegationScope, from: number, window = 4): boolean {
  return negatorBefore(scope, from, window) >= 0;
}

const NOT_NEEDED = new Set(
  `required needed necessary necessarily possible available option mandatory expected requirement
   notig notwendig erforderlich moglich verpflichtend requis requise necessaire necessaires possible obligatoire
   necesario necesaria necesarios posible requerido requerida obligatorio necessario necessaria possivel
   obrigatorio nodig vereist verplicht mogelijk`
    .split(/\s+/)
    .filter(Boolean),
);

const MID_BREAK = /[.;!?\n\r•|,()]/;
/** Words that may sit between the negator and the "needed" word: "not a requirement", "nicht mehr nötig". */
const NEED_FILLERS = new Set('a an the any ein eine un une mehr plus'.split(' '));

/**
 * "relocation not required", "Umzug nicht nötig", "remote is not possible": the phrase ending before
 * token `to` is negated by what follows. Returns the end (exclusive) of the negating words, or -1.
 */
export function negationAfterEnd(scope: NegationScope, to: number): number {
  const { a } = scope;
  const tokens = a.tokens;
  for (let k = 0; k < 3; k += 1) {
    const j = to + k;
    if (j >= tokens.length || j < 1 || MID_BREAK.test(gapAfter(a, j - 1))) return -1;
    if (!isNegatorAt(scope, j)) continue;
    let m = j + 1;
    if (tokens[m] && NEED_FILLERS.has(tokens[m]!.text) && !MID_BREAK.test(gapAfter(a, m - 1))) m += 1;
    const need = tokens[m];
    return need && !MID_BREAK.test(gapAfter(a, m - 1)) && NOT_NEEDED.has(need.text) ? m + 1 : -1;
  }
  return -1;
}

export function negatedAfter(scope: NegationScope, to: number): boolean {
  return negationAfterEnd(scope, to) >= 0;
}

// ---------------------------------------------------------------------------------------------
// Workplace phrases
// ---------------------------------------------------------------------------------------------

type WpKind = 'remote' | 'hybrid' | 'onsite' | 'full' | 'officeCue' | 'remoteCue';

// Written as a recruiter writes them; matched on folded tokens ("télétravail" = "teletravail").
const REMOTE = `remote | fully remote | full remote | 100 remote | remote first | remote friendly | remote only
  | remote role | remote position | remote job | remote working | remote work | work remotely | working remotely
  | work from home | working from home | work from anywhere | wfh | wfa | home based | homebased
  | telework | teleworking | telecommute | telecommuting | location independent | office optional
  | optional office | distributed team | distributed company | remote possible | remote welcome
  | homeoffice | home office | mobiles arbeiten | mobile arbeit | mobil arbeiten | remote arbeit | remotearbeit
  | ortsunabhangig | ortsunabhangiges arbeiten | von zuhause | von zu hause | vollstandig remote | komplett remote
  | remote moglich | homeoffice moglich
  | teletravail | full teletravail | 100 teletravail | teletravail complet | teletravail total | en distanciel
  | 100 distanciel | travail a distance | poste a distance | 100 a distance | entierement a distance
  | remoto | remota | en remoto | 100 remoto | teletrabajo | trabajo a distancia | trabajo remoto | desde casa
  | totalmente a distancia | 100 a distancia | trabalho remoto | teletrabalho | trabalho a distancia
  | trabalhar de casa | trabalhe de casa | trabajar desde casa
  | modelo remoto | thuiswerken | vanuit huis | op afstand | volledig remote | plaatsonafhankelijk`;

const HYBRID = `hybrid | hybride | hibrido | hibrida | hybrido | hybrid working | hybrid work | hybrid model
  | semi presencial | semipresencial | partly remote | partially remote | part remote | partial remote
  | teilweise remote | teilweise homeoffice | teilweise mobil | mix of remote and office | mix of home and office
  | split between home and office | teletravail partiel | teletravail partiel possible | modelo hibrido
  | modalidad hibrida | hybride werken | deels thuis`;

// Standalone onsite statements ("Onsite from day 1", "vor Ort", "presencial").
const ONSITE = `onsite | on site | in office | office based | in person role | in person position | in person work
  | onsite role | onsite position | day 1 onsite | onsite from day 1
  | vor ort | im buro | in prasenz | prasenzpflicht | vor ort tatigkeit
  | presentiel | en presentiel | sur site | presencial | presenciales | presenciais | na sede | no escritorio
  | en la oficina | op kantoor | op locatie | op de werkvloer`;

// Five office days, said without a number.
const FULL = `fully onsite | fully on site | fully office based | fully in office | entirely onsite | entirely office based
  | 100 onsite | 100 on site | 100 in office | 100 office based | 100 in person | in office full time
  | full time in office | full time in the office | full time onsite | full time on site | onsite full time
  | five days in the office | every day in the office | daily in the office
  | 100 vor ort | komplett vor ort | vollstandig vor ort | komplett im buro | 100 prasenz | 100 im buro
  | 100 presentiel | 100 sur site | entierement sur site | full presentiel | totalement en presentiel
  | 100 presencial | totalmente presencial | integramente presencial | integralmente presencial
  | presencial 100 | volledig op kantoor | 100 op kantoor`;

// Words that tie a number of days to the office or to home: "2 days in the office", "3 Tage Homeoffice".
const OFFICE_CUES = `office | offices | in the office | at the office | in office | studio | hq | headquarters | lab
  | campus | site | on site | onsite | in person | buro | im buro | vor ort | prasenz | bureau | au bureau
  | sur site | presentiel | en presentiel | oficina | en la oficina | en oficina | presencial | presenciales
  | presenciais | escritorio | no escritorio | sede | na sede | kantoor | op kantoor | op locatie | locatie`;
const REMOTE_CUES = `remote | remotely | from home | at home | wfh | homeoffice | home office | teletravail
  | teletrabajo | remoto | remota | thuis | thuiswerken | mobiles arbeiten | mobil | mobile arbeit
  | distanciel | a distancia | a distance | teletrabalho | von zuhause | von zu hause | desde casa | de casa
  | em casa | en casa`;

/** "remote monitoring", "remote sensing": not remote work. */
const NOT_REMOTE_WORK_AFTER = new Set(
  `monitoring monitor sensing sensor sensors control controlled controls access desktop patient patients
   area areas community communities region regions island islands village villages location locations
   site sites possibility chance server servers procedure procedures operation operations operated
   surgery diagnostics learning interview interviews onboarding hiring meeting meetings call calls
   repository repo branch origin execution code viewing assistance`.split(/\s+/),
);
/** "control remoto", "acceso remoto". */
const NOT_REMOTE_WORK_BEFORE = new Set(
  'control acceso acesso monitoreo monitorizacion monitoramento soporte suporte asistencia controle'.split(' '),
);
/** "on-site parking", "onsite interview": a perk or a step of the process, not where the job is. */
const NOT_ONSITE_WORK_AFTER = new Set(
  `interview interviews gym parking cafeteria canteen childcare creche daycare fitness restaurant amenities
   kitchen cafe meals visit visits training orientation event events meeting meetings clinic doctor
   vorstellungsgesprach gesprach termin entretien entretiens entrevista entrevistas`.split(/\s+/),
);
const NOT_ONSITE_WORK_BEFORE = new Set(
  'vorstellungsgesprach gesprach termin kennenlernen interview entretien entrevista entrevistas'.split(' '),
);
/** The UK government department, not working from home. */
const HOME_OFFICE_GOVT_AFTER = new Set('visa visas sponsor sponsorship licence license approved'.split(' '));

function splitList(list: string): string[] {
  return list
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

let wpIndex: PhraseIndex<WpKind> | null = null;
function workplaceIndex(): PhraseIndex<WpKind> {
  if (wpIndex) return wpIndex;
  const index = new PhraseIndex<WpKind>();
  const lists: [string, WpKind][] = [
    [REMOTE, 'remote'],
    [HYBRID, 'hybrid'],
    [ONSITE, 'onsite'],
    [FULL, 'full'],
    [OFFICE_CUES, 'officeCue'],
    [REMOTE_CUES, 'remoteCue'],
  ];
  for (const [list, kind] of lists) for (const phrase of splitList(list)) index.add(phrase, kind);
  wpIndex = index;
  return index;
}

// ---------------------------------------------------------------------------------------------
// Numbers of days
// ---------------------------------------------------------------------------------------------

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7,
  um: 1, uma: 1, dois: 2, duas: 2, quatro: 4, sete: 7,
  een: 1, twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7,
};
/** "once a week in the office", "zweimal pro Woche im Büro". */
const TIMES_WORDS: Record<string, number> = {
  once: 1, twice: 2, einmal: 1, zweimal: 2, dreimal: 3, viermal: 4, funfmal: 5,
};
const DAY_WORDS = new Set(
  'day days tag tage tagen arbeitstag arbeitstage arbeitstagen jour jours journee journees dia dias jornada jornadas dag dagen'.split(' '),
);
/** Compound day words that carry their own cue: "Bürotage", "Homeoffice-Tag" is two tokens and handled as a cue. */
const CUED_DAY_WORDS: Record<string, 'office' | 'remote'> = {
  burotag: 'office', burotage: 'office', burotagen: 'office', prasenztag: 'office', prasenztage: 'office',
  prasenztagen: 'office', homeofficetag: 'remote', homeofficetage: 'remote', homeofficetagen: 'remote',
  kantoordag: 'office', kantoordagen: 'office', thuiswerkdag: 'remote', thuiswerkdagen: 'remote',
};
const WEEK_WORDS = new Set('week weeks wk woche wochen semaine semaines semana semanas'.split(' '));
const PER_WORDS = new Set('a per each every pro die par por la the in na op'.split(' '));

// Weekdays in six languages, Monday = 0. Two-letter German forms only count in a dashed range.
const WEEKDAYS: Record<string, number> = {
  mon: 0, monday: 0, montag: 0, lundi: 0, lunes: 0, segunda: 0, maandag: 0,
  tue: 1, tues: 1, tuesday: 1, dienstag: 1, mardi: 1, martes: 1, terca: 1, dinsdag: 1,
  wed: 2, wednesday: 2, mittwoch: 2, mercredi: 2, miercoles: 2, quarta: 2, woensdag: 2,
  thu: 3, thur: 3, thurs: 3, thursday: 3, donnerstag: 3, jeudi: 3, jueves: 3, quinta: 3, donderdag: 3,
  fri: 4, friday: 4, freitag: 4, vendredi: 4, viernes: 4, sexta: 4, vrijdag: 4,
  sat: 5, saturday: 5, samstag: 5, samedi: 5, sabado: 5, zaterdag: 5,
  sun: 6, sunday: 6, sonntag: 6, dimanche: 6, domingo: 6, zondag: 6,
};
const SHORT_WEEKDAYS: Record<string, number> = { mo: 0, di: 1, mi: 2, do: 3, fr: 4 };
const RANGE_WORDS = new Set('to through thru till until bis au a al tot'.split(' '));

// A map, not the object: a lookup per word stays fast, and "constructor" is no number.
const NUMBER_WORD_VALUES = new Map(Object.entries(NUMBER_WORDS));

/** Words that may open a day count: a count, a number word, a weekday (own keys only, never "constructor"). */
const DAY_COUNT_OPENERS = new Set([...Object.keys(TIMES_WORDS), ...Object.keys(WEEKDAYS), ...Object.keys(SHORT_WEEKDAYS), ...Object.keys(NUMBER_WORDS)]);

function startsDayCount(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 49 && c <= 55) || DAY_COUNT_OPENERS.has(text.endsWith('+') ? text.slice(0, -1) : text);
}

function numberAt(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i];
  if (!t) return null;
  const text = t.text.endsWith('+') ? t.text.slice(0, -1) : t.text;
  const c = text.charCodeAt(0);
  // "3" or "3x": one digit from 1 to 7, compared as characters rather than by pattern for speed.
  if (c >= 49 && c <= 55 && (text.length === 1 || (text.length === 2 && text[1] === 'x'))) return c - 48;
  return NUMBER_WORD_VALUES.get(text) ?? null;
}

interface DayCount {
  days: number;
  cue: 'office' | 'remote' | null;
  from: number;
  to: number;
  /** "N days a week" / "N days/week": the form a hybrid split takes. */
  perWeek: boolean;
  /** A range of weekdays ("Tue–Thu"). */
  range: boolean;
  /** Token indices of the cue phrase, so it does not also count as a standalone statement. */
  cueFrom: number;
  cueTo: number;
}

interface CueHit {
  cue: 'office' | 'remote';
  from: number;
  to: number;
}

function perWeekAfter(a: Analysed, dayIndex: number): boolean {
  const tokens = a.tokens;
  const next = tokens[dayIndex + 1];
  if (!next) return false;
  if (WEEK_WORDS.has(next.text)) return /\//.test(gapAfter(a, dayIndex));
  if (PER_WORDS.has(next.text)) {
    const after = tokens[dayIndex + 2];
    if (after && WEEK_WORDS.has(after.text)) return true;
    const after2 = tokens[dayIndex + 3];
    return !!after2 && WEEK_WORDS.has(after2.text) && PER_WORDS.has(after?.text ?? '');
  }
  return false;
}

/**
 * The cue a count of days belongs to, nearest first: right before it ("onsite 4 days"), then after it in
 * the same clause ("2 days a week in our office"), then a little before ("office …, 2 days a week"), then
 * after it across a comma ("3 days a week, at our hub office").
 */
function findCue(
  a: Analysed,
  cues: readonly (CueHit | undefined)[],
  cueEnds: ReadonlyMap<number, CueHit>,
  from: number,
  dayIndex: number,
): CueHit | null {
  const tokens = a.tokens;
  const right = cueEnds.get(from);
  if (right && (from === 0 || !breakAfter(a, from - 1, true))) return right;
  const after = (commas: boolean): CueHit | null => {
    for (let j = dayIndex + 1; j <= dayIndex + 8 && j < tokens.length; j += 1) {
      if (breakAfter(a, j - 1, commas)) break;
      if (j > dayIndex + 1 && numberAt(tokens, j) !== null && DAY_WORDS.has(tokens[j + 1]?.text ?? '')) break;
      const cue = cues[j];
      if (cue) return cue;
    }
    return null;
  };
  const inClause = after(true);
  if (inClause) return inClause;
  for (let j = from - 1; j >= from - 6 && j >= 0; j -= 1) {
    if (breakAfter(a, j)) break;
    const cue = cues[j];
    if (cue) return cue;
    if (j < from - 1 && numberAt(tokens, j) !== null) break;
  }
  return after(false);
}

/** Finds "N days … office/home" statements and their cue. */
function findDayCounts(a: Analysed, cues: readonly (CueHit | undefined)[]): DayCount[] {
  const tokens = a.tokens;
  const cueEnds = new Map<number, CueHit>();
  for (const cue of cues) if (cue) cueEnds.set(cue.to, cue);
  const out: DayCount[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    // Most words start no day count: one set lookup skips them before the dictionary lookups below.
    if (!startsDayCount(tokens[i]!.text)) continue;
    let days: number | null = null;
    let dayIndex = -1;
    let direct: CueHit | null = null;
    let from = i;
    const t = tokens[i]!;
    const times = TIMES_WORDS[t.text];
    const weekday = WEEKDAYS[t.text] ?? SHORT_WEEKDAYS[t.text];
    if (times !== undefined) {
      days = times;
      dayIndex = i;
    } else if (weekday !== undefined) {
      // "Tue–Thu in the office", "Mo–Mi vor Ort": a range of weekdays.
      const end = tokens[i + 1];
      const gap = gapAfter(a, i);
      const short = SHORT_WEEKDAYS[t.text] !== undefined;
      let endDay: number | undefined;
      let endIndex = i + 1;
      if (end && /^\s*[-–—]\s*$/.test(gap)) endDay = short ? SHORT_WEEKDAYS[end.text] : WEEKDAYS[end.text];
      else if (!short && end && RANGE_WORDS.has(end.text) && tokens[i + 2]) {
        endDay = WEEKDAYS[tokens[i + 2]!.text];
        endIndex = i + 2;
      }
      if (endDay === undefined || endDay < weekday) continue;
      days = endDay - weekday + 1;
      dayIndex = endIndex;
    } else {
      const n = numberAt(tokens, i);
      if (n === null) continue;
      let k = i + 1;
      // "2-3 days", "2 to 3 days": keep the lower bound, the reading most favourable to a candidate.
      const second = numberAt(tokens, k);
      if (second !== null && (/^\s*[-–—]\s*$/.test(gapAfter(a, i)))) k += 1;
      else if (tokens[k] && RANGE_WORDS.has(tokens[k]!.text) && numberAt(tokens, k + 1) !== null) k += 2;
      const word = tokens[k];
      if (!word) continue;
      const cued = CUED_DAY_WORDS[word.text];
      if (DAY_WORDS.has(word.text)) {
        days = n;
        dayIndex = k;
      } else if (cued) {
        days = n;
        dayIndex = k;
        direct = { cue: cued, from: k, to: k + 1 };
      } else {
        // "3 office days", "1 home-office day", "2 remote days"
        const cue = cues[k];
        if (cue && tokens[cue.to] && DAY_WORDS.has(tokens[cue.to]!.text)) {
          days = n;
          dayIndex = cue.to;
          direct = cue;
        }
      }
      if (days === null) continue;
      from = i;
    }
    if (days === null || days < 1 || days > 7) continue;
    const found = direct ?? findCue(a, cues, cueEnds, from, dayIndex);
    out.push({
      days,
      cue: found?.cue ?? null,
      from,
      to: found ? Math.max(dayIndex + 1, found.to) : dayIndex + 1,
      perWeek: times !== undefined || (weekday === undefined && perWeekAfter(a, dayIndex)),
      range: weekday !== undefined,
      cueFrom: found?.from ?? -1,
      cueTo: found?.to ?? -1,
    });
    i = dayIndex;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// findWorkplace
// ---------------------------------------------------------------------------------------------

export interface WorkplaceFinding {
  /** What the message offers; several may be true ("remote or hybrid"). */
  remote: boolean;
  hybrid: boolean;
  onsite: boolean;
  /** Office days a week when the message says so; the lowest when it states several. */
  officeDaysPerWeek: number | null;
  /** The phrases as written, for reasons. */
  evidence: string[];
}

interface WpHit {
  kind: WpKind;
  from: number;
  to: number;
}

/** Longest phrase at each position, no overlaps: "fully remote" wins over "remote". */
function longestHits(a: Analysed): WpHit[] {
  const hits = workplaceIndex().findAll(a.tokens);
  hits.sort((x, y) => x.from - y.from || y.to - x.to);
  const out: WpHit[] = [];
  let end = 0;
  for (const h of hits) {
    if (h.from < end) continue;
    out.push({ kind: h.value, from: h.from, to: h.to });
    end = h.to;
  }
  return out;
}

function isRealRemote(a: Analysed, h: WpHit): boolean {
  const tokens = a.tokens;
  const first = tokens[h.from]!.text;
  const last = tokens[h.to - 1]!.text;
  const next = tokens[h.to];
  const prev = tokens[h.from - 1];
  if ((last === 'remote' || last === 'remoto' || last === 'remota') && next && NOT_REMOTE_WORK_AFTER.has(next.text)) {
    if (!breakAfter(a, h.to - 1, true)) return false;
  }
  if ((first === 'remoto' || first === 'remota') && prev && NOT_REMOTE_WORK_BEFORE.has(prev.text)) return false;
  if (first === 'home' && last === 'office') {
    const raw = tokens[h.from]!.raw;
    if (prev?.text === 'the' && raw[0] === 'H') return false;
    if (next && HOME_OFFICE_GOVT_AFTER.has(next.text)) return false;
  }
  return true;
}

function isRealOnsite(a: Analysed, h: WpHit): boolean {
  const next = a.tokens[h.to];
  const prev = a.tokens[h.from - 1];
  if (next && NOT_ONSITE_WORK_AFTER.has(next.text) && !breakAfter(a, h.to - 1, true)) return false;
  if (prev && NOT_ONSITE_WORK_BEFORE.has(prev.text)) return false;
  return true;
}

const MAX_EVIDENCE = 6;

/** "the rest from home", "Rest mobiles Arbeiten", "le reste en télétravail": the other days of a hybrid week. */
const REST_WORDS = new Set('rest remaining remainder otherwise sonst restlichen reste restant restants resto restantes restante overige'.split(' '));
function describesTheRest(a: Analysed, from: number): boolean {
  for (let k = 1; k <= 3; k += 1) {
    const j = from - k;
    if (j < 0 || breakAfter(a, j, true)) return false;
    if (REST_WORDS.has(a.tokens[j]!.text)) return true;
  }
  return false;
}

export function findWorkplace(a: Analysed): WorkplaceFinding {
  const finding: WorkplaceFinding = { remote: false, hybrid: false, onsite: false, officeDaysPerWeek: null, evidence: [] };
  try {
    return readWorkplace(a, finding);
  } catch {
    // Never throw on odd input; report what was found so far.
    return finding;
  }
}

function readWorkplace(a: Analysed, finding: WorkplaceFinding): WorkplaceFinding {
  const tokens = a.tokens;
  if (!tokens.length) return finding;
  const scope = negationScope(a);
  const hits = longestHits(a);
  const evidence = new Set<string>();
  const note = (from: number, to: number) => {
    if (evidence.size < MAX_EVIDENCE) evidence.add(spanText(a, from, to));
  };

  // Cue phrases by their first token, for the day-count scan.
  const cues: (CueHit | undefined)[] = [];
  for (const h of hits) {
    if (h.kind === 'remote' || h.kind === 'remoteCue') {
      if (h.kind === 'remote' && !isRealRemote(a, h)) continue;
      cues[h.from] = { cue: 'remote', from: h.from, to: h.to };
    } else if (h.kind === 'onsite' || h.kind === 'officeCue' || h.kind === 'full') {
      if (h.kind === 'onsite' && !isRealOnsite(a, h)) continue;
      cues[h.from] = { cue: 'office', from: h.from, to: h.to };
    }
  }

  const hasHybridWord = hits.some((h) => h.kind === 'hybrid' && !negatedBefore(scope, h.from, 3));
  const counts = findDayCounts(a, cues);
  const usedCue = new Set<number>();
  let office: number | null = null;
  let remoteDays: number | null = null;
  for (const c of counts) {
    let cue = c.cue;
    // "Hybrid … 2 days a week", "hybrid, Tue–Thu": in a hybrid message, a weekly count with no cue
    // means office days (a full week or more is a working week, not an office rule).
    if (!cue && hasHybridWord && (c.perWeek || c.range) && c.days <= 4) cue = 'office';
    if (!cue) continue;
    if (c.cueFrom >= 0) usedCue.add(c.cueFrom);
    if (negatedBefore(scope, c.from, 3)) continue;
    note(c.cueFrom >= 0 ? Math.min(c.from, c.cueFrom) : c.from, Math.max(c.to, c.cueTo));
    if (cue === 'office') office = office === null ? c.days : Math.min(office, c.days);
    else remoteDays = remoteDays === null ? c.days : Math.min(remoteDays, c.days);
  }

  let remoteNegated = false;
  let full = false;
  for (const h of hits) {
    const negator = negatorBefore(scope, h.from, 4);
    const negationEnd = negationAfterEnd(scope, h.to);
    const negated = negator >= 0 || negationEnd >= 0;
    switch (h.kind) {
      case 'remote': {
        if (!isRealRemote(a, h)) break;
        if (usedCue.has(h.from) || describesTheRest(a, h.from)) break;
        if (negated) {
          remoteNegated = true;
          note(negator >= 0 ? negator : h.from, Math.max(h.to, negationEnd));
        } else {
          finding.remote = true;
          note(h.from, h.to);
        }
        break;
      }
      case 'hybrid': {
        if (negated) break;
        finding.hybrid = true;
        note(h.from, h.to);
        break;
      }
      case 'onsite': {
        if (!isRealOnsite(a, h)) break;
        if (usedCue.has(h.from) || negated) break;
        finding.onsite = true;
        note(h.from, h.to);
        break;
      }
      case 'full': {
        if (negated) break;
        full = true;
        note(h.from, h.to);
        break;
      }
      default:
        break;
    }
  }

  if (office === null && remoteDays !== null && remoteDays <= 4) office = 5 - remoteDays;
  if (full && office === null) office = 5;
  finding.officeDaysPerWeek = office;
  if (remoteDays !== null) finding.hybrid = true;
  if (office !== null) {
    if (office <= 3) finding.hybrid = true;
    if (office >= 4 && !finding.hybrid) finding.onsite = true;
    if (office >= 5) finding.onsite = true;
  }
  if (full) finding.onsite = true;
  if (remoteNegated) {
    // "Not remote", "kein Homeoffice": a negation wins over a loose "remote" elsewhere.
    finding.remote = false;
    if (!finding.hybrid) finding.onsite = true;
  }
  finding.evidence = [...evidence];
  return finding;
}

// ---------------------------------------------------------------------------------------------
// workplaceFits
// ---------------------------------------------------------------------------------------------

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function describeOffer(found: WorkplaceFinding, modes: readonly Workplace[]): string {
  const days = found.officeDaysPerWeek;
  const dayText = days === null ? '' : ` ${days} day${days === 1 ? '' : 's'} a week`;
  if (modes.length === 1 && modes[0] === 'onsite') return `onsite${dayText}`;
  if (modes.length === 1 && modes[0] === 'hybrid') return days === null ? 'hybrid' : `hybrid (${days} office day${days === 1 ? '' : 's'} a week)`;
  return joinOr(modes);
}

/**
 * Whether what the message offers is a way of working the candidate accepts. `null` when the message
 * says nothing usable or the candidate stated no preference.
 */
export function workplaceFits(
  found: WorkplaceFinding,
  accepts: readonly Workplace[] | undefined,
): { fits: boolean | null; reason: string | null } {
  try {
    if (!accepts || !accepts.length) return { fits: null, reason: null };
    const days = found.officeDaysPerWeek;
    const offered: Workplace[] = [];
    if (found.remote) offered.push('remote');
    // Four or more office days is onsite in all but name, whatever the message calls it.
    const mostlyOffice = days !== null && days >= 4;
    if (found.hybrid && !mostlyOffice) offered.push('hybrid');
    if (found.onsite || mostlyOffice || (found.hybrid && mostlyOffice)) offered.push('onsite');
    if (!offered.length && days !== null && days <= 3) offered.push('hybrid');
    if (!offered.length) return { fits: null, reason: null };

    const accepted = new Set(accepts);
    const match = offered.find((mode) => accepted.has(mode));
    const offerText = describeOffer(found, offered);
    const acceptText = joinOr([...accepted]);
    if (match) return { fits: true, reason: `The role is ${offerText}, which you accept` };
    // Someone who works onsite can go to a hybrid office on the days it asks for.
    if (accepted.has('onsite') && offered.includes('hybrid')) {
      return { fits: true, reason: `The role is ${offerText}; you work onsite` };
    }
    return { fits: false, reason: `The role is ${offerText}; you accept ${acceptText}` };
  } catch {
    return { fits: null, reason: null };
  }
}
