/**
 * Seniority on the ladder of FORMAT.md (intern … executive): from a job title ("Senior Product
 * Designer", "Clinical Nurse IV", "Werkstudent", "Desenvolvedor Pleno"), from what a message offers
 * (title markers first, then phrases such as "entry-level", then "5+ years of experience"), and the
 * distance between two levels. Token scanning only, in English, Spanish, French, German, Portuguese.
 */
import { type Analysed, type Token, PhraseIndex, analyse, spanText } from '../../text';
import { SENIORITY_LEVELS, type Seniority } from '../../profile';
import { findRoleMentions } from './roles';

type Kind = 'plain' | 'manager' | 'staff' | 'lead' | 'associate' | 'stage' | 'senior' | 'mid';

interface Marker {
  level: Seniority;
  kind: Kind;
}

// Title markers, phrase → level. Longer phrases win at a position ("team lead" over "lead").
const TITLE_MARKERS: readonly (readonly [Seniority, Kind, string])[] = [
  [
    'intern',
    'plain',
    'intern|interns|internship|internships|co op|coop|summer intern|werkstudent|werkstudentin|werkstudierende|praktikant|praktikantin|praktikum|pflichtpraktikum|stagiaire|stagiaires|becario|becaria|becarios|en practicas|practicas|practicante|pasante|pasantia|estagiario|estagiaria|estagio|ausbildung|auszubildende|auszubildender|azubi|apprentice|apprenticeship|apprenti|apprentie|alternance|alternant|alternante|working student|placement student|aprendiz|student|students|estudiante|etudiant|etudiante',
  ],
  ['intern', 'stage', 'stage'],
  [
    'junior',
    'plain',
    'junior|jr|junior level|graduate|grad|new grad|new grads|new graduate|new graduates|recent graduate|entry level|trainee|trainees|berufseinsteiger|berufseinsteigerin|einsteiger|einsteigerin|debutant|debutante|jeune diplome|jeune diplomee|recien graduado|recien graduada|recien titulado|recien titulada|recem formado|recem formada|absolvent|absolventin|nivel de entrada|early career|junior-level|new grad residency|nurse residency|residency program|graduate scheme|graduate programme|graduate program',
  ],
  ['junior', 'associate', 'associate|associates'],
  [
    'mid',
    'plain',
    'mid level|midlevel|mid senior|intermediate|intermediaire|confirme|confirmee|confirmes|pleno|plena|semi senior|semisenior|ssr|medior|nivel intermedio|journeyman|journeyperson|geselle|gesellin',
  ],
  [
    'senior',
    'senior',
    'senior|sr|snr|senior level|senior-level|experienced|experimente|experimentee|experimentes|experimentado|experimentada|experiente|erfahren|erfahrene|erfahrener|erfahrenen|expert|experte|experto|experta|charge nurse|assistant vice president|avp|master electrician|master plumber|meister|meisterin',
  ],
  ['staff', 'staff', 'staff'],
  ['staff', 'lead', 'lead|tech lead|technical lead|lead engineer|lead developer|lead designer|lider tecnico|lider tecnica|leitend|leitende|leitender|leitenden|referent technique|referente tecnico'],
  ['mid', 'mid', 'mid'],
  ['principal', 'plain', 'principal|distinguished|distinguished engineer'],
  [
    'manager',
    'manager',
    'manager|managers|managerin|gerente|responsable|leiter|leiterin|leitung|jefe|jefa|supervisor|supervisora|superviseur|superviseure|encargado|encargada',
  ],
  [
    'manager',
    'plain',
    'team lead|team leader|team leads|teamleiter|teamleiterin|teamleitung|chef d equipe|cheffe d equipe|jefe de equipo|jefa de equipo|lider de equipo|lider de equipe|head nurse|nurse manager|nursing manager|stationsleitung|engineering manager|people manager|line manager|chef de service|chef de rayon|chef de chantier|chef de cuisine|cadre de sante|head chef|coordinateur d equipe',
  ],
  [
    'director',
    'plain',
    'director|directors|directora|directeur|directrice|diretor|diretora|direktor|direktorin|head of|heads of|abteilungsleiter|abteilungsleiterin|bereichsleiter|bereichsleiterin|pflegedienstleitung|pflegedienstleiter|pflegedienstleiterin|chefarzt|chefarztin|associate director|senior director|headteacher|head teacher|school principal|director of nursing|drh|directeur des soins|jefe de servicio|directora de enfermeria',
  ],
  [
    'executive',
    'plain',
    'vp|svp|evp|vice president|vicepresidente|vice presidente|chief|cto|ceo|cfo|coo|cmo|cpo|cio|ciso|cno|cdo|c level|c suite|president|presidente|founder|founders|cofounder|co founder|managing director|geschaftsfuhrer|geschaftsfuhrerin|geschaeftsfuehrer|directeur general|directrice generale|director general|directora general|director ejecutivo|diretor executivo|diretor geral|executive director|vorstand|partner level',
  ],
];

// "Manager" in these titles names what is managed, not people: a product manager is an individual contributor.
const IC_MANAGER = new Set(
  `product products project projects program programme account accounts key territory community social media brand
  content category campaign campaigns case relationship success portfolio property partner partners channel seo crm
  release produit projet projets producto productos proyecto proyectos produto produtos projeto projetos cuentas
  contas comptes clientes client clients affaires produkt projekt`
    .split(/\s+/)
    .filter(Boolean),
);
// Except a few functions whose managers do lead people ("marketing manager" stays ambiguous: treated as IC).
const STAFF_HEADS = new Set(
  `engineer engineers developer developers software scientist scientists data designer designers product machine ml
  frontend backend fullstack full mobile ios android security site platform infrastructure research ux applied analyst
  architect sre devops cloud systems`
    .split(/\s+/)
    .filter(Boolean),
);
const ASSOCIATE_EXCEPTIONS = new Set(['director', 'directors', 'professor', 'partner', 'dean', 'principal', 'vp', 'vice', 'general', 'counsel']);
const SENIOR_EXCEPTIONS = new Set(['care', 'living', 'citizens', 'citizen', 'center', 'centre', 'home', 'homes', 'residents', 'services', 'community', 'housing', 'adults', 'patients']);
const LEAD_EXCEPTIONS = new Set(['generation', 'gen', 'generating', 'qualification', 'nurturing', 'management', 'paint']);
const MID_EXCEPTIONS = new Set(['market', 'size', 'sized', 'cap', 'term', 'career', 'range', 'sentence', 'week', 'year', 'day']);
const FRENCH_CONTEXT = new Set(['de', 'en', 'pfe', 'fin', 'alternance', 'ingenieur', 'developpeur', 'stagiaire', 'offre', 'h', 'f', 'etudes', 'mois', 'conventionne']);

const COMPOUND_SUFFIXES = ['leiterin', 'leiter', 'leitung', 'managerin', 'manager'];
const DIRECTOR_PREFIXES = ['abteilungs', 'bereichs', 'pflegedienst', 'niederlassungs', 'standort', 'werks', 'klinik'];
const IC_PREFIXES = ['projekt', 'produkt', 'account', 'keyaccount', 'kampagnen', 'community', 'social', 'content', 'marketing', 'event', 'office', 'category', 'brand', 'marken'];

const ORDER: Readonly<Record<Seniority, number>> = {
  intern: 0,
  junior: 1,
  mid: 2,
  senior: 3,
  staff: 4,
  principal: 5,
  manager: 6,
  director: 7,
  executive: 8,
};

let titleIndex: PhraseIndex<Marker> | undefined;
function markers(): PhraseIndex<Marker> {
  if (!titleIndex) {
    titleIndex = new PhraseIndex<Marker>();
    for (const [level, kind, phrases] of TITLE_MARKERS) {
      for (const phrase of phrases.split('|')) titleIndex.add(phrase, { level, kind });
    }
  }
  return titleIndex;
}

function ladderLevel(raw: string): Seniority | null {
  switch (raw) {
    case 'I':
    case '1':
    case 'L3':
      return 'junior';
    case 'II':
    case '2':
    case 'L4':
      return 'mid';
    case 'III':
    case '3':
    case 'L5':
      return 'senior';
    case 'IV':
    case '4':
    case 'L6':
      return 'staff';
    case 'V':
    case 'VI':
    case '5':
    case '6':
    case 'L7':
    case 'L8':
      return 'principal';
    default:
      return null;
  }
}

function gapText(a: Analysed, left: number, right: number): string {
  const l = a.tokens[left];
  const r = a.tokens[right];
  if (!l || !r) return '';
  return a.text.slice(l.end, r.start);
}

const LEVEL_WORDS = new Set(['level', 'grade', 'nivel', 'niveau', 'stufe', 'band', 'tier']);

/** Markers found in a token range of a title or a message; the caller ranks them. */
function markersIn(a: Analysed, from: number, to: number): { level: Seniority; from: number; to: number }[] {
  const tokens = a.tokens;
  const out: { level: Seniority; from: number; to: number }[] = [];
  const hits = markers().findAll(tokens, from, to);
  let coveredUntil = from;
  for (const h of hits) {
    if (h.from < coveredUntil) continue;
    const { level, kind } = h.value;
    const next = tokens[h.to];
    const prev = tokens[h.from - 1];
    const nextText = h.to < to ? next?.text : undefined;
    const prevText = h.from > from ? prev?.text : undefined;
    let ok = true;
    if (kind === 'manager') {
      // Look at the words around "manager" for what it manages.
      for (let k = Math.max(from, h.from - 3); k < h.from; k += 1) if (IC_MANAGER.has(tokens[k]!.text)) ok = false;
      for (let k = h.to; k < Math.min(to, h.to + 3); k += 1) if (IC_MANAGER.has(tokens[k]!.text)) ok = false;
    } else if (kind === 'staff') ok = nextText !== undefined && STAFF_HEADS.has(nextText);
    else if (kind === 'lead') ok = !(nextText !== undefined && LEAD_EXCEPTIONS.has(nextText));
    else if (kind === 'associate') ok = !(nextText !== undefined && ASSOCIATE_EXCEPTIONS.has(nextText));
    else if (kind === 'senior') ok = !(nextText !== undefined && SENIOR_EXCEPTIONS.has(nextText));
    else if (kind === 'mid') ok = !(nextText !== undefined && MID_EXCEPTIONS.has(nextText));
    else if (kind === 'stage') {
      ok = (nextText !== undefined && FRENCH_CONTEXT.has(nextText)) || (prevText !== undefined && FRENCH_CONTEXT.has(prevText));
    }
    if (h.value.level === 'principal' && prevText === 'school') ok = false;
    if (!ok) continue;
    out.push({ level, from: h.from, to: h.to });
    coveredUntil = h.to;
  }
  // German compounds: "Projektleiter" names a project, "Teamleiterin" a team, "Abteilungsleiter" a department.
  for (let i = from; i < to; i += 1) {
    const w = tokens[i]!.text;
    if (w.length < 9 || hits.some((h) => h.from <= i && h.to > i)) continue;
    const suffix = COMPOUND_SUFFIXES.find((x) => w.endsWith(x));
    if (!suffix) continue;
    const prefix = w.slice(0, w.length - suffix.length);
    if (prefix.length < 3) continue;
    if (DIRECTOR_PREFIXES.some((p) => prefix.startsWith(p))) out.push({ level: 'director', from: i, to: i + 1 });
    else if (prefix.startsWith('geschafts')) out.push({ level: 'executive', from: i, to: i + 1 });
    else if (!IC_PREFIXES.some((p) => prefix.startsWith(p))) out.push({ level: 'manager', from: i, to: i + 1 });
  }
  // Ladders: "Clinical Nurse IV", "Software Engineer 2", "Level III", "L5".
  for (let i = Math.max(from, 1); i < to; i += 1) {
    const t = tokens[i]!;
    const level = ladderLevel(t.raw);
    if (!level) continue;
    const prev = tokens[i - 1]!;
    const g = gapText(a, i - 1, i);
    if (!/^[ \t(]+$/.test(g) && !(LEVEL_WORDS.has(prev.text) && /^[ \t:-]+$/.test(g))) continue;
    const isLevelWord = LEVEL_WORDS.has(prev.text);
    // A bare digit is a ladder step only after a level word or as the last word of a title.
    if (/^\d$/.test(t.raw) && !isLevelWord && i !== to - 1) continue;
    if (/^\d$/.test(t.raw) && !isLevelWord) {
      const after = a.text.slice(t.end, t.end + 1);
      if (after && !/[\s,)(|–—-]/.test(after)) continue;
    }
    if (!/^[A-Za-z\u00C0-\u024F]/.test(prev.raw)) continue;
    out.push({ level, from: isLevelWord ? i - 1 : i, to: i + 1 });
  }
  return out;
}

const MANAGEMENT = new Set<Seniority>(['manager', 'director', 'executive']);

/** The level a set of markers gives: the management track wins, then the highest individual level. */
function rank(found: readonly { level: Seniority }[]): Seniority | null {
  let best: Seniority | null = null;
  for (const { level } of found) {
    if (best === null) best = level;
    else if (MANAGEMENT.has(level) !== MANAGEMENT.has(best)) {
      if (MANAGEMENT.has(level)) best = level;
    } else if (ORDER[level] > ORDER[best]) best = level;
  }
  return best;
}

/**
 * The level a job title names ("Senior Product Designer" → senior, "Head of Design" → director,
 * "Clinical Nurse IV" → staff, "Werkstudent" → intern), or null when it names none.
 */
export function seniorityOfTitle(title: string): Seniority | null {
  if (typeof title !== 'string') return null;
  const a = analyse(title.slice(0, 300));
  if (!a.tokens.length) return null;
  return rank(markersIn(a, 0, a.tokens.length));
}

// ---------------------------------------------------------------------------------------------
// What a message offers

// Phrases that state a level on their own, anywhere in a message.
const STANDALONE: readonly (readonly [Seniority, string])[] = [
  [
    'intern',
    'internship|internships|summer internship|co op|co op position|werkstudent|werkstudentin|werkstudentenstelle|praktikum|pflichtpraktikum|praktikant|praktikantin|offre de stage|stage de fin d etudes|stage pfe|stagiaire|becario|becaria|beca|practicas|en practicas|pasantia|pasante|estagio|estagiario|estagiaria|ausbildung|ausbildungsplatz|apprenticeship|alternance|working student|placement year',
  ],
  [
    'junior',
    'entry level|entry-level|new grad|new grads|new graduate|new graduates|new graduate residency|new grad residency|nurse residency|nurse residency program|graduate scheme|graduate programme|graduate program|early career|early-career|recent graduate|recent graduates|berufseinsteiger|berufseinsteigerin|berufseinstieg|jeune diplome|jeune diplomee|jeunes diplomes|recien graduado|recien graduada|recien titulado|recem formado|recem formada|recem formados|junior level|junior-level|junior role|junior position|junior profile|perfil junior|poste junior|profil junior|vaga junior|junior stelle|juniorposition|junior position|sin experiencia|no experience required|no experience needed',
  ],
  ['mid', 'mid level|mid-level|midlevel|intermediate level|mid senior level|perfil semi senior|semi senior|perfil ssr|vaga pleno|vaga plena|nivel pleno|profil confirme|poste confirme|niveau confirme'],
  [
    'senior',
    'senior level|senior-level|senior role|senior position|senior profile|senior hire|senior candidate|perfil senior|profil senior|poste senior|vaga senior|nivel senior|senior stelle|seniorposition|profil experimente|perfil experimentado|highly experienced',
  ],
  ['staff', 'staff level|staff-level|staff engineer level|lead level|lead role|lead position'],
  ['principal', 'principal level|principal-level'],
  ['manager', 'people management|people manager|management role|management position|line management|manage a team|managing a team|lead a team of|leading a team of|gerir uma equipe|gestionar un equipo|encadrer une equipe|fuhrungsposition|fuhrungsverantwortung|personalverantwortung'],
  ['director', 'director level|director-level|head of department|leadership team|vp level'],
  ['executive', 'executive level|c level role|c-level role|c suite role|board level'],
];

let standaloneIndex: PhraseIndex<Seniority> | undefined;
function standalone(): PhraseIndex<Seniority> {
  if (!standaloneIndex) {
    standaloneIndex = new PhraseIndex<Seniority>();
    for (const [level, phrases] of STANDALONE) for (const p of phrases.split('|')) standaloneIndex.add(p, level);
  }
  return standaloneIndex;
}

const HIRING_CUES = new Set(
  `hiring hire hires looking seeking recruiting search searching opening openings opportunity opportunities role roles
  position positions vacancy vacancies job jobs title for as poste postes cherchons recherchons recherche recrute
  recrutons recrutement buscamos busca buscando contratando contratamos procuramos procura vaga vagas suchen sucht
  stelle stellen stellenangebot einstellung embauche incorporar incorporamos seleccionamos needs need needed join
  opportunite oportunidad oportunidade`.split(/\s+/).filter(Boolean),
);
const ROLE_NOUNS = new Set(
  `role position opening opportunity job vacancy poste puesto vaga stelle contract opportunite oportunidad oportunidade
  position role positions roles openings hire`.split(/\s+/).filter(Boolean),
);
const POSSESSIVE = new Set(['our', 'my', 'notre', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nosso', 'nossa', 'nossos', 'unser', 'unsere', 'unserem', 'unseren', 'mon', 'ma', 'mi', 'mein', 'meine', 'the']);
const YOURS = new Set(['your', 'votre', 'vos', 'tu', 'tus', 'su', 'sus', 'seu', 'sua', 'ihre', 'ihr', 'ihrem', 'ihren', 'dein', 'deine', 'deinem', 'yours']);

function sentenceBreak(g: string): boolean {
  return /[.!?\n]/.test(g);
}

/** Token positions before `i` back to the previous sentence break, at most `max`. */
function before(a: Analysed, i: number, max: number): number[] {
  const out: number[] = [];
  for (let k = i - 1; k >= 0 && out.length < max; k -= 1) {
    if (sentenceBreak(gapText(a, k, k + 1))) break;
    out.push(k);
  }
  return out;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'un', 'une', 'el', 'la', 'le', 'o', 'um', 'uma', 'ein', 'eine', 'der', 'die', 'das', 'one', 'lead']);

/** "I'm the data science manager…", "je suis infirmière…", "Zara here, Design Director…": the sender's own title. */
function isSelfIntro(a: Analysed, from: number): boolean {
  const t = a.tokens;
  let k = from - 1;
  while (k >= 0 && DETERMINERS.has(t[k]!.text) && from - k <= 2) k -= 1;
  if (k < 0) return false;
  const w = t[k]!.text;
  const prev = t[k - 1]?.text;
  if (w === 'im' || w === 'soy' || w === 'sou' || w === 'sono') return true;
  if ((w === 'm' || w === 'am') && prev === 'i') return true;
  if ((w === 'suis' && prev === 'je') || (w === 'bin' && prev === 'ich')) return true;
  if ((w === 'here' || w === 'aqui' || w === 'ici' || w === 'hier') && k === from - 1) return true;
  return false;
}

/** A title on its own line under a short line (a name) in the last part of a message: a signature. */
function isSignature(a: Analysed, from: number): boolean {
  const t = a.tokens;
  if (from === 0 || !/\n/.test(gapText(a, from - 1, from))) return false;
  if (from < t.length * 0.5) return false;
  let words = 0;
  for (let k = from - 1; k >= 0 && words <= 5; k -= 1) {
    words += 1;
    if (k === 0 || /\n/.test(gapText(a, k - 1, k))) break;
  }
  return words <= 4;
}

interface Offer {
  level: Seniority;
  evidence: string;
  from: number;
  to: number;
}

function scoreRole(a: Analysed, from: number, to: number, recruiting: boolean): number {
  const t = a.tokens;
  const prev = before(a, from, 8);
  let score = 0;
  const cue = prev.some((k) => HIRING_CUES.has(t[k]!.text));
  if (cue) score += 3;
  for (let k = to; k < Math.min(t.length, to + 3); k += 1) {
    if (sentenceBreak(gapText(a, k - 1, k))) break;
    if (ROLE_NOUNS.has(t[k]!.text)) {
      score += 2;
      break;
    }
  }
  if (from === 0 || /\n/.test(gapText(a, from - 1, from))) score += 1;
  if (isSelfIntro(a, from)) score -= 4;
  if (!cue && isSignature(a, from)) score -= 3;
  const near = prev.slice(0, 3);
  if (near.some((k) => YOURS.has(t[k]!.text))) score -= 3;
  if (!cue && near.some((k) => POSSESSIVE.has(t[k]!.text))) score -= 2;
  // A recruiter title is the sender's own unless the message is hiring one.
  if (recruiting && !cue) score -= 3;
  return score;
}

/** A level phrase right after a title: "Data Scientist (mid-level)", "Senior Engineer, L5". */
function trailingLevel(a: Analysed, to: number): { level: Seniority; from: number; to: number } | null {
  if (to <= 0 || to >= a.tokens.length) return null;
  const opening = gapText(a, to - 1, to);
  if (sentenceBreak(opening)) return null;
  // The words after the title up to the end of its sentence, at most five.
  let end = to + 1;
  while (end < Math.min(a.tokens.length, to + 5) && !sentenceBreak(gapText(a, end - 1, end))) end += 1;
  const hits = standalone().findAll(a.tokens, to, end);
  const phrase = hits[0];
  if (phrase) return { level: phrase.value, from: phrase.from, to: phrase.to };
  // A bare marker right after a bracket or comma: "Data Scientist (Senior)", "Nurse, experienced".
  if (!/[(,–—-]/.test(opening)) return null;
  const found = markersIn(a, to, Math.min(end, to + 2));
  const level = rank(found);
  if (!level) return null;
  const first = found.find((m) => m.level === level)!;
  return { level, from: first.from, to: first.to };
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15,
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  ein: 1, eine: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  um: 1, uma: 1, dois: 2, duas: 2, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10,
};
const YEAR_WORDS = new Set(['years', 'year', 'yrs', 'yr', 'anos', 'ano', 'ans', 'an', 'annees', 'annee', 'jahre', 'jahren', 'jahr', 'jaar', 'jaren']);
const EXPERIENCE_WORDS = new Set(['experience', 'exp', 'experiencia', 'erfahrung', 'berufserfahrung', 'praxiserfahrung', 'ervaring', 'werkervaring', 'experiences', 'experiencias']);
const MINIMUM_WORDS = new Set(['least', 'minimum', 'min', 'over', 'moins', 'menos', 'mindestens', 'minimo', 'mehr', 'more', 'plus', 'mas', 'mais', 'ab', 'requires', 'require', 'required']);
const LINK_BREAKERS = new Set(['and', 'y', 'et', 'und', 'e', 'or', 'ou', 'o', 'oder', 'but', 'pero', 'mais', 'aber', 'mas']);
const RANGE_WORDS = new Set(['to', 'a', 'bis', 'e', 'y', 'and', 'et', 'und', 'or', 'ou', 'o']);
const PAST_WORDS = new Set(['last', 'past', 'next', 'derniers', 'dernieres', 'ultimos', 'letzten', 'vergangenen', 'proximos', 'prochaines', 'ago', 'since']);

function numberAt(t: Token): { n: number; plus: boolean; years: boolean } | null {
  const w = t.text;
  let digits = '';
  let k = 0;
  while (k < w.length && k < 3 && w.charCodeAt(k) >= 48 && w.charCodeAt(k) <= 57) {
    digits += w[k];
    k += 1;
  }
  if (digits) {
    const rest = w.slice(k);
    if (rest === '' || rest === '+') return { n: Number(digits), plus: rest === '+', years: false };
    if (rest === 'yrs' || rest === 'yr' || rest === 'years' || rest === 'y' || rest === '+yrs' || rest === 'ans' || rest === 'anos') {
      return { n: Number(digits), plus: false, years: true };
    }
    return null;
  }
  const n = NUMBER_WORD_VALUES.get(w);
  return n === undefined ? null : { n, plus: false, years: false };
}

// A map, not the object: a lookup per word stays fast, and "constructor" is no number.
const NUMBER_WORD_VALUES = new Map(Object.entries(NUMBER_WORDS));

function levelOfYears(n: number): Seniority {
  // 0–1 junior, 2–4 mid, 5+ senior: years alone never say staff or principal, which are scope, not tenure.
  if (n <= 1) return 'junior';
  if (n <= 4) return 'mid';
  return 'senior';
}

/** "5+ years of experience", "3–5 years", "al menos 3 años de experiencia", "mindestens 5 Jahre Berufserfahrung". */
function yearsOffer(a: Analysed): Offer | null {
  const t = a.tokens;
  let best: { n: number; from: number; to: number } | null = null;
  for (let i = 0; i < t.length; i += 1) {
    const num = numberAt(t[i]!);
    if (!num) continue;
    // The upper end of a range ("2 to 4 years") was read with its lower end.
    if (i > 0 && numberAt(t[i - 1]!) && /^\s*[-–—]\s*$/.test(gapText(a, i - 1, i))) continue;
    if (i > 1 && RANGE_WORDS.has(t[i - 1]!.text) && numberAt(t[i - 2]!)) continue;
    let plus = num.plus || (i + 1 < t.length && gapText(a, i, i + 1).includes('+'));
    if (i > 0 && gapText(a, i - 1, i).trimEnd().endsWith('+')) plus = true;
    let j = i + 1;
    // A range: "3-5", "3 to 5", "3 à 5".
    if (j < t.length && !num.years) {
      const g = gapText(a, i, j);
      const second = numberAt(t[j]!);
      if (second && /^\s*[-–—]\s*$/.test(g)) j += 1;
      else if (RANGE_WORDS.has(t[j]!.text) && j + 1 < t.length && numberAt(t[j + 1]!)) j += 2;
    }
    let yearsEnd = j;
    let hyphenated = false;
    if (!num.years) {
      const yw = t[j];
      if (!yw || !YEAR_WORDS.has(yw.text)) continue;
      const g = gapText(a, j - 1, j);
      if (sentenceBreak(g)) continue;
      // "a 2-year commitment" is a term, not experience, unless experience follows.
      hyphenated = /[-–]/.test(g);
      if (yw.text === 'an' || yw.text === 'ano') {
        // "1 an", "1 año" only; "an" is also an English article.
        if (num.n > 1) continue;
      }
      yearsEnd = j + 1;
    } else yearsEnd = i + 1;
    if (num.n > 15) continue;
    const prev = before(a, i, 8).map((k) => t[k]!.text);
    if (prev.some((w) => YOURS.has(w))) continue;
    if (prev.slice(0, 3).some((w) => PAST_WORDS.has(w))) continue;
    const minimum = prev.slice(0, 3).some((w) => MINIMUM_WORDS.has(w));
    let experience = false;
    let end = yearsEnd;
    for (let k = yearsEnd; k < Math.min(t.length, yearsEnd + 5); k += 1) {
      if (sentenceBreak(gapText(a, k - 1, k)) || LINK_BREAKERS.has(t[k]!.text)) break;
      if (EXPERIENCE_WORDS.has(t[k]!.text)) {
        experience = true;
        end = k + 1;
        break;
      }
    }
    if (!plus && !minimum && !experience) continue;
    if (hyphenated && !experience) continue;
    if (t[yearsEnd] && PAST_WORDS.has(t[yearsEnd]!.text)) continue;
    if (!best || num.n > best.n) best = { n: num.n, from: i, to: end };
  }
  if (!best) return null;
  return { level: levelOfYears(best.n), evidence: spanText(a, best.from, best.to), from: best.from, to: best.to };
}

/**
 * The level a message offers: a marker on an offered job title first (the recruiter's own title,
 * titles of people already there and the candidate's current title are set aside), then a phrase
 * such as "entry-level" or "new graduate residency", then years of experience asked for
 * (0–1 junior, 2–4 mid, 5+ senior; years never mean staff or more).
 */
export function findOfferedSeniority(a: Analysed): Offer | null {
  if (!a.tokens.length) return null;
  const roles = findRoleMentions(a);
  let best: (Offer & { score: number }) | null = null;
  for (const role of roles) {
    const score = scoreRole(a, role.from, role.to, role.family === 'hr.recruiting');
    if (score < 0) continue;
    const found = markersIn(a, role.from, role.to);
    let level = rank(found);
    const from = role.from;
    let to = role.to;
    if (!level) {
      const trailing = trailingLevel(a, role.to);
      if (trailing) {
        level = trailing.level;
        to = trailing.to;
      }
    }
    if (!level) continue;
    if (!best || score > best.score) best = { level, evidence: spanText(a, from, to), from, to, score };
  }
  if (best) return { level: best.level, evidence: best.evidence, from: best.from, to: best.to };

  for (const h of standalone().findAll(a.tokens)) {
    if (before(a, h.from, 3).some((k) => YOURS.has(a.tokens[k]!.text))) continue;
    return { level: h.value, evidence: spanText(a, h.from, h.to), from: h.from, to: h.to };
  }
  return yearsOffer(a);
}

// Positions on one scale. The management track sits beside the individual one: a manager is at a
// staff engineer's height, a director one step above principal, an executive above that. Moving
// between tracks at the same height still counts as one step.
const POSITION: Readonly<Record<Seniority, number>> = {
  intern: 0,
  junior: 1,
  mid: 2,
  senior: 3,
  staff: 4,
  principal: 5,
  manager: 4,
  director: 6,
  executive: 7,
};

/** Steps between two levels: |height difference|, at least 1 across tracks; 0 only for the same level. */
export function ladderDistance(a: Seniority, b: Seniority): number {
  if (!SENIORITY_LEVELS.includes(a) || !SENIORITY_LEVELS.includes(b)) return SENIORITY_LEVELS.length;
  if (a === b) return 0;
  const diff = Math.abs(POSITION[a] - POSITION[b]);
  return Math.max(diff, MANAGEMENT.has(a) !== MANAGEMENT.has(b) ? 1 : 0);
}
