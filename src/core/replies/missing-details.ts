/**
 * What a recruiter message leaves out, so an ask-details reply asks for exactly that: the hiring
 * company, a pay range, the way of working (remote, hybrid, onsite), the team, the interview steps.
 * Reads English, Spanish, French, German and Portuguese. Pay and workplace reuse the scorer's readers;
 * the rest is one pass of phrase matching over the tokens, so the cost is linear in the text length.
 */
import { detectLanguage } from '../language';
import type { Sender } from '../message';
import { findPay } from '../scoring/pay';
import { findPlaces } from '../scoring/knowledge/places';
import { findWorkplace } from '../scoring/knowledge/workplace';
import { PhraseIndex, analyse, fold, type Analysed, type Token } from '../text';
import { DETAIL_ITEMS, type DetailItem, type TemplateLanguage } from './templates';

/** Which details the message left out (true = missing, so the reply asks for it). */
export type MissingDetails = Record<DetailItem, boolean>;

export interface MessageDetails {
  missing: MissingDetails;
  /** The hiring company as the message names it, when it does ("at Parcelo", "my client, Quokka Docs"). */
  company?: string;
}

export interface DetailSource {
  body: string;
  subject?: string | null;
  sender?: Pick<Sender, 'company' | 'headline'> | null;
  /** The candidate's own employers, current and past: never taken for the hiring company. */
  ownCompanies?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Company

/** "My client", "unser Kunde", "notre client": the recruiter works for someone they may not name. */
const CLIENT_WORDS = [
  'my client', 'our client', 'a client', 'one of my clients', 'one of our clients', 'client of mine', 'confidential',
  'undisclosed', 'stealth', 'stealth mode', 'stealth startup', 'a leading', 'a well known', 'a fast growing', 'a fast-growing',
  'mi cliente', 'nuestro cliente', 'un cliente', 'uno de nuestros clientes', 'uno de mis clientes', 'confidencial', 'una empresa lider',
  'mon client', 'notre client', 'un client', 'un de nos clients', "l'un de nos clients", 'confidentiel', 'une entreprise leader',
  'mein kunde', 'meinen kunden', 'meines kunden', 'unser kunde', 'unseren kunden', 'unseres kunden', 'einen kunden', 'ein kunde',
  'eines kunden', 'mandant', 'unser mandant', 'unseren mandanten', 'einen mandanten', 'vertraulich', 'ein fuhrendes', 'einem fuhrenden',
  'meu cliente', 'nosso cliente', 'um cliente', 'um dos nossos clientes', 'uma empresa lider',
];

/**
 * Words right before a company name: "at Parcelo", "join Quokka Docs", "bei Lumen", "chez Aurore".
 * Each language's cues count only in a text of that language (or English, which subjects often are):
 * Portuguese "no" must not read "No Java needed" as a company.
 */
const NAME_BEFORE: Record<TemplateLanguage, string[]> = {
  en: ['at', 'join', 'joining', 'here at', 'company', 'employer', 'startup', 'scaleup', 'called', 'named'],
  es: ['empresa', 'compania', 'startup', 'llamada', 'unirte a', 'unirse a'],
  fr: ['chez', 'entreprise', 'societe', 'rejoindre', 'start up', 'startup'],
  de: ['bei', 'unternehmen', 'firma', 'arbeitgeber', 'startup'],
  pt: ['na', 'no', 'empresa', 'startup'],
};

/**
 * Words before the name of the client an agency recruits for: "working with Orchard Mobility",
 * "eine Suche für Pendelwerk", "pour le compte de Lumen". They name the employer, not the agency.
 */
const CLIENT_BEFORE: Record<TemplateLanguage, string[]> = {
  en: ['client', 'my client', 'our client', 'working with', 'on behalf of', 'partnering with', 'partnered with', 'recruiting for', 'hiring for', 'search for', 'hire for'],
  es: ['cliente', 'mi cliente', 'nuestro cliente', 'en nombre de', 'trabajando con', 'colaborando con'],
  fr: ['client', 'mon client', 'notre client', 'pour le compte de', 'en partenariat avec', 'travaille avec'],
  de: ['kunde', 'kunden', 'mandant', 'mandanten', 'suche fur', 'im auftrag von', 'zusammenarbeit mit', 'arbeite mit'],
  pt: ['cliente', 'meu cliente', 'nosso cliente', 'em nome de', 'trabalhando com', 'em parceria com'],
};

/** Capitalised words that follow those cues without being a company ("at LinkedIn", "bei Interesse"). */
const NOT_A_NAME = new Set(
  [
    'the', 'a', 'an', 'this', 'that', 'our', 'my', 'your', 'their', 'linkedin', 'gmail', 'outlook', 'i', 'we', 'you', 'it',
    'us', 'me', 'him', 'her', 'them', 'one', 'some', 'all', 'any',
    'interesse', 'fragen', 'ruckfragen', 'bedarf', 'gelegenheit', 'ihnen', 'uns', 'ihrer', 'ihrem', 'ihren', 'der', 'die', 'das', 'den', 'dem',
    'el', 'la', 'los', 'las', 'un', 'una', 'le', 'les', 'une', 'o', 'os', 'as', 'um', 'uma', 'de', 'du', 'des', 'da', 'do',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'montag', 'dienstag', 'mittwoch',
    'donnerstag', 'freitag', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'lundi', 'mardi', 'mercredi', 'jeudi',
    'vendredi', 'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'home', 'remote', 'hybrid', 'senior', 'junior',
  ].map((w) => w.normalize('NFD').replace(/\p{M}+/gu, '')),
);

/** Words that may join a company name's capitalised words: "Procter & Gamble", "Bank of Lisbon". */
const NAME_JOINERS = new Set(['&', 'and', 'of', 'y', 'e', 'et', 'und', 'de', 'du', 'da', 'do']);
const MAX_NAME_WORDS = 4;

function isCapitalised(token: Token): boolean {
  const first = token.raw[0] ?? '';
  return first !== first.toLowerCase() || /^\d+[a-z]/i.test(token.raw);
}

/** The capitalised name starting at token `i`, or undefined. */
function nameAt(a: Analysed, i: number): string | undefined {
  const tokens = a.tokens;
  const first = tokens[i];
  if (!first || !isCapitalised(first) || NOT_A_NAME.has(first.text)) return undefined;
  let last = i;
  for (let k = i + 1; k < tokens.length && k - i < MAX_NAME_WORDS; k += 1) {
    const gap = a.text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (/[\n,.;:!?()]/.test(gap.replace(/&/g, ''))) break;
    const token = tokens[k]!;
    if (isCapitalised(token) && !NOT_A_NAME.has(token.text)) last = k;
    else if (!(NAME_JOINERS.has(token.text) && tokens[k + 1] && isCapitalised(tokens[k + 1]!))) break;
  }
  return a.text.slice(first.start, tokens[last]!.end);
}

interface NameCue {
  language: TemplateLanguage;
  /** A client cue names the employer for sure; a plain "at" may be anyone's employer. */
  weight: number;
}

let companyIndexes: { client: PhraseIndex<true>; before: PhraseIndex<NameCue> } | undefined;

function cueEntries(cues: Record<TemplateLanguage, string[]>, weight: number): (readonly [string, NameCue])[] {
  return (Object.entries(cues) as [TemplateLanguage, string[]][]).flatMap(([language, list]) => list.map((cue) => [cue, { language, weight }] as const));
}

function companyPhrases(): NonNullable<typeof companyIndexes> {
  companyIndexes ??= {
    client: new PhraseIndex<true>(CLIENT_WORDS.map((p) => [p, true] as const)),
    before: new PhraseIndex<NameCue>([...cueEntries(NAME_BEFORE, 1), ...cueEntries(CLIENT_BEFORE, 3)]),
  };
  return companyIndexes;
}

/** "your work at Larkspur", "Ihre Arbeit bei Quellwerk": a name in a sentence about the candidate is their employer. */
const ABOUT_YOU = new Set(['your', 'you', 'youve', 'youre', 'ur', 'ihre', 'ihrer', 'ihrem', 'ihr', 'deine', 'deiner', 'du', 'votre', 'vous', 'su', 'sus', 'usted', 'tu', 'seu', 'sua', 'voce']);

function aboutTheCandidate(a: Analysed, cueFrom: number): boolean {
  for (let i = cueFrom - 1; i >= 0 && i >= cueFrom - 10; i -= 1) {
    if (/[\n.!?;]/.test(a.text.slice(a.tokens[i]!.end, a.tokens[i + 1]!.start))) return false;
    if (ABOUT_YOU.has(a.tokens[i]!.text)) return true;
  }
  return false;
}

const foldName = (name: string) => fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface CompanyReading {
  /** The message says it is recruiting for a client or an unnamed company. */
  unnamedClient: boolean;
  name?: string;
}

/**
 * The hiring company: a client cue's name first, then the subject's, then the body's first; never a
 * name in a sentence about the candidate, one of `notThese` (their own employers) or a known place.
 */
function readCompany(texts: readonly { a: Analysed; subject: boolean }[], notThese: readonly string[]): CompanyReading {
  const { client, before } = companyPhrases();
  const excluded = notThese.map(foldName).filter(Boolean);
  let unnamedClient = false;
  let best: { name: string; score: number } | undefined;
  // A short subject often shows no language of its own: it is read in the body's.
  const languages = texts.map(({ a }) => detectLanguage(a).language);
  const bodyLanguage = languages[languages.length - 1] ?? 'und';
  for (const [index, { a, subject }] of texts.entries()) {
    if (client.findAll(a.tokens).length) unnamedClient = true;
    const language = languages[index] === 'und' ? bodyLanguage : languages[index];
    const places = new Set(findPlaces(a).map((place) => place.from));
    for (const hit of before.findAll(a.tokens)) {
      if (hit.value.language !== 'en' && hit.value.language !== language) continue;
      // "my client, Parcelo," and "bei Parcelo" both name it; a comma may sit between cue and name.
      const gap = a.tokens[hit.to] ? a.text.slice(a.tokens[hit.to - 1]!.end, a.tokens[hit.to]!.start) : '';
      if (/\n/.test(gap) || gap.replace(/[\s,:–-]/g, '') !== '' || places.has(hit.to)) continue;
      const name = nameAt(a, hit.to);
      if (!name || aboutTheCandidate(a, hit.from)) continue;
      const folded = foldName(name);
      if (excluded.some((own) => own === folded || own.startsWith(`${folded} `) || folded.startsWith(`${own} `))) continue;
      const score = hit.value.weight + (subject ? 1.5 : 0);
      if (!best || score > best.score) best = { name, score };
    }
  }
  return { unnamedClient, name: best?.name };
}

// ---------------------------------------------------------------------------------------------
// Team

const TEAM_WORDS = new Set(['team', 'teams', 'squad', 'tribe', 'equipo', 'equipos', 'equipe', 'equipes', 'equipa', 'equipas']);

/** Words before "team" that say nothing about which team: "our great team", "the engineering team". */
const VAGUE_BEFORE_TEAM = new Set(
  `the our a an your my their this that his her its of to and with in on for into join joining new great amazing awesome
  growing dynamic talented small big large fantastic wonderful strong friendly whole entire international global young fun
  excellent brilliant passionate diverse high performing world class best incredible motivated same engineering tech
  technology development dev it distributed remote local agile cross functional experienced lovely hiring recruiting
  recruitment talent acquisition hr people leadership management
  im ins das unser unseres unserem unseren ein einem einen tolles tolle tollen starkes junges dynamisches internationales
  grossartiges motiviertes`.split(/\s+/),
);

/**
 * What may name a team after "equipo", "équipe", "equipa" (and "de"): a product area. Anything else
 * ("el equipo está creciendo", "equipo de trabajo", "une équipe dynamique") says nothing about which.
 */
const TEAM_AREAS = new Set(
  `producto produit produto product pagos paiements pagamentos payments pago paiement pagamento datos donnees dados data
  plataforma plateforme platform plataformas backend frontend front back mobile movil movel mobilite infra infraestructura
  infrastructure infraestrutura checkout growth crecimiento croissance crescimento design diseno seguridad securite seguranca
  security busqueda recherche busca search core ml ia ai cloud sre devops qa web editor editeur marketing ventas ventes
  vendas finanzas finance financas identidad identite identidade riesgo risque risco fraude fraud logistica logistique
  api apis analytics analitica analytique ux ui`.split(/\s+/),
);

/** "Team of 8 engineers", "equipo de 6 personas": a size says something concrete. */
function sizeAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const then = tokens[i + 2];
  return Boolean(next && then && /^(of|de|von|aus|com)$/.test(next.text) && /^\d+$/.test(then.text));
}

/** "Team Lead", "team player", "Teamleiter": the word is part of another noun, not a team. */
const TEAM_COMPOUNDS = new Set(
  `lead leader leads player players spirit work building member members mates size sizes culture event events leiter
  leitung fuhrung mitglied mitglieder`.split(/\s+/),
);

function sameClause(a: Analysed, left: Token, right: Token): boolean {
  return !/[\n.,;:!?()]/.test(a.text.slice(left.end, right.start));
}

/** `german`: every noun is capitalised there, so a capital after "Team" names nothing ("im Team Verantwortung tragen"). */
function statesTeam(a: Analysed, german: boolean): boolean {
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const word = token.text;
    // German compounds: "Plattformteam", "Produktteams" ("Checkout-Team" splits at the hyphen and is read below).
    if (word.length > 6 && /teams?$/.test(word) && !/^(dreamteams?|steams?)$/.test(word)) return true;
    if (!TEAM_WORDS.has(word)) continue;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    if (next && TEAM_COMPOUNDS.has(next.text) && sameClause(a, token, next)) continue;
    if (sizeAfter(tokens, i)) return true;
    const english = word.startsWith('team') || word === 'squad' || word === 'tribe';
    // "the editor team", "our Payments squad": the word before names it.
    if (english && previous && sameClause(a, previous, token) && !VAGUE_BEFORE_TEAM.has(previous.text) && !/^\d+$/.test(previous.text)) {
      return true;
    }
    if (!next || !sameClause(a, token, next)) continue;
    const after = tokens[i + 2];
    const names = (candidate: Token) =>
      TEAM_AREAS.has(candidate.text) || (!german && isCapitalised(candidate) && !NOT_A_NAME.has(candidate.text));
    if (/^(de|du|da|do|des)$/.test(next.text)) {
      // "equipo de pagos", "équipe des Paiements"; not "equipo de trabajo" or "equipe de alto nível".
      if (!english && after && sameClause(a, next, after) && names(after)) return true;
      continue;
    }
    // "l'équipe produit", "equipo backend", "Team Checkout".
    if (names(next)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Interview process

/** Named steps of an interview process. */
const PROCESS_STEPS = [
  'technical interview', 'tech interview', 'technical round', 'take home', 'take-home', 'coding challenge', 'coding exercise',
  'coding test', 'live coding', 'pair programming', 'pairing session', 'system design', 'final round', 'final interview',
  'onsite interview', 'on-site interview', 'hiring manager interview', 'interview with the hiring manager', 'culture fit',
  'case study', 'screening call', 'intro call with', 'first round', 'second round', 'interview loop', 'panel interview',
  'entrevista tecnica', 'prueba tecnica', 'reto tecnico', 'entrevista final', 'entrevista con', 'primera entrevista',
  'segunda entrevista', 'caso practico', 'ejercicio tecnico',
  'entretien technique', 'test technique', 'exercice technique', 'entretien final', 'entretien avec', 'premier entretien',
  'second entretien', 'etude de cas', 'cas pratique',
  'technisches interview', 'technisches gesprach', 'fachgesprach', 'fachinterview', 'probearbeitstag', 'probetag',
  'coding challenge', 'zweitgesprach', 'erstgesprach', 'kennenlerngesprach', 'fallstudie', 'abschlussgesprach',
  'entrevista tecnica', 'teste tecnico', 'desafio tecnico', 'entrevista com', 'primeira entrevista', 'segunda entrevista',
  'entrevista final', 'estudo de caso', 'case tecnico',
];

/** "Three rounds", "2 Gespräche", "quatre étapes": a counted process is a described one. */
const STEP_NOUNS = new Set(
  `rounds round steps stages interviews calls conversations rondas etapas fases entrevistas pasos etapes entretiens tours
  runden schritte gesprache interviews stufen termine`.split(/\s+/),
);
const COUNT_WORDS = new Set(
  `2 3 4 5 6 two three four five six dos tres cuatro cinco deux trois quatre cinq zwei drei vier funf duas tres quatro`.split(/\s+/),
);

let processIndex: PhraseIndex<true> | undefined;

function statesProcess(a: Analysed): boolean {
  processIndex ??= new PhraseIndex<true>([...new Set(PROCESS_STEPS)].map((p) => [p, true] as const));
  if (processIndex.findAll(a.tokens).length) return true;
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!COUNT_WORDS.has(tokens[i]!.text)) continue;
    // "3 interview rounds", "two short interviews": the noun within two words.
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k += 1) {
      if (STEP_NOUNS.has(tokens[k]!.text)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------

/**
 * What the message says and leaves out. `sender.company` counts as the hiring company unless the
 * message says the recruiter writes for a client it does not name.
 */
export function readDetails(source: DetailSource): MessageDetails {
  const body = typeof source?.body === 'string' ? source.body : '';
  const subject = typeof source?.subject === 'string' ? source.subject : '';
  const read = [
    { a: analyse(subject), subject: true },
    { a: analyse(body), subject: false },
  ].filter(({ a }) => a.tokens.length > 0);
  const texts = read.map(({ a }) => a);
  const pay = texts.some((a) => findPay(a).some((offer) => !offer.extra));
  const workplace = texts.some((a) => {
    const found = findWorkplace(a);
    return found.remote || found.hybrid || found.onsite;
  });
  const german = detectLanguage(texts[texts.length - 1] ?? analyse('')).language === 'de';
  const own = Array.isArray(source?.ownCompanies) ? source.ownCompanies.filter((c): c is string => typeof c === 'string') : [];
  const company = readCompany(read, own);
  const senderCompany = source?.sender?.company?.trim();
  const companyKnown = Boolean(company.name) || (!company.unnamedClient && Boolean(senderCompany));
  const missing: MissingDetails = {
    pay: !pay,
    workplace: !workplace,
    company: !companyKnown,
    team: !texts.some((a) => statesTeam(a, german)),
    process: !texts.some(statesProcess),
  };
  return company.name ? { missing, company: company.name } : { missing };
}

/** The details a message left out, in the order an ask-details reply asks for them. */
export function missingItems(missing: MissingDetails): DetailItem[] {
  return DETAIL_ITEMS.filter((item) => missing[item]);
}
