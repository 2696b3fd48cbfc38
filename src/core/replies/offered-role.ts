/**
 * The role a recruiter message offers, as written, for a reply to name. A message mentions other
 * titles too: the recruiter's own ("Technical Recruiter"), a future manager or colleague ("you'd
 * report to our Head of Frontend"), the candidate's past roles ("your time as Tech Lead") and the
 * signature. The subject line names the offer most often, so it is read first; in the body a title
 * near offer words ("role", "position", "looking for a", "hiring a", "Stelle", "vacante", "poste")
 * wins over one near colleague words. Token scanning only: linear in the text length.
 */
import { signatureStart } from '../scoring/fit';
import { findRoleMentions, type RoleHit } from '../scoring/knowledge/roles';
import { PhraseIndex, analyse, type Analysed, type Token } from '../text';

/** Words right before a title that make it the offer: "hiring a", "role of", "als", "poste de". */
const OFFER_BEFORE = [
  'role', 'role of', 'a role as', 'position', 'position of', 'opening', 'opening for', 'opportunity', 'vacancy',
  'looking for', 'looking for a', 'looking for an', 'hiring', 'hiring a', 'hiring an', 'hiring for', 'seeking', 'seeking a',
  'searching for', 'search for', 'need a', 'needs a', 'join as', 'join us as', 'as a', 'as an', 'recruiting for', 'recruiting a',
  'to fill', 'open', 'new', 'for a', 'for an',
  // es
  'puesto', 'puesto de', 'vacante', 'vacante de', 'posicion', 'posicion de', 'buscamos', 'buscamos un', 'buscamos una',
  'busco', 'buscando', 'buscando un', 'buscando una', 'como', 'rol de', 'oportunidad como', 'contratando',
  // fr
  'poste', 'poste de', 'poste d', 'recherchons', 'recherche', 'recherche un', 'recherche une', 'recrute', 'recrutons',
  'en tant que', 'offre de', 'opportunite de', 'un', 'une',
  // de
  'stelle', 'stelle als', 'position als', 'suchen', 'suchen wir', 'suche', 'suchen einen', 'suchen eine', 'als',
  'einen', 'eine', 'vakanz',
  // pt
  'vaga', 'vaga de', 'vaga para', 'oportunidade', 'oportunidade de', 'oportunidade como', 'procuramos', 'procurando',
  'contratando', 'funcao', 'funcao de', 'cargo', 'cargo de', 'posicao', 'posicao de', 'um', 'uma',
];

/** Words right after a title that make it the offer: "Senior Engineer role", "… (m/w/d)". */
const OFFER_AFTER = ['role', 'position', 'opening', 'opportunity', 'vacancy', 'job', 'm w d', 'w m d', 'f m d', 'h f', 'f h', 'm f'];

/** Words before a title that make it someone else's: a manager, a colleague, the candidate's past. */
const OTHER_BEFORE = [
  'report to', 'reports to', 'reporting to', 'report directly to', 'reporting directly to', 'work with', 'working with',
  'work alongside', 'alongside', 'led by', 'managed by', 'my', 'your', 'you', 'youre', 'colleague', 'partner with',
  'their', 'his', 'her', 'i m', 'i am', 'im', 'ich bin', 'soy', 'je suis', 'sou', 'eu sou',
  'berichten an', 'berichtest an', 'ihr', 'ihre', 'ihrem', 'ihren', 'mit dem', 'mit der',
  'reportando a', 'reporta a', 'reportaras a', 'junto a', 'junto al', 'su', 'sus', 'tu',
  'rattache a', 'rattachee a', 'avec le', 'avec la', 'votre', 'vos',
  'reportando ao', 'reporta ao', 'com o', 'com a', 'seu', 'sua', 'voce',
];

/** "Our Head of Frontend" is usually a colleague, but "hiring for our Staff Engineer" is the offer: a weaker cue. */
const OURS_BEFORE = ['our', 'unser', 'unseren', 'unserem', 'unsere', 'nuestro', 'nuestra', 'notre', 'nos', 'nosso', 'nossa'];

let indexes: { before: PhraseIndex<number>; after: PhraseIndex<true>; other: PhraseIndex<number>; ours: PhraseIndex<number> } | undefined;

function phrases(): NonNullable<typeof indexes> {
  if (!indexes) {
    const sized = (list: readonly string[]) => new PhraseIndex<number>(list.map((p) => [p, p.split(' ').length] as const));
    indexes = {
      before: sized(OFFER_BEFORE),
      after: new PhraseIndex<true>(OFFER_AFTER.map((p) => [p, true] as const)),
      other: sized(OTHER_BEFORE),
      ours: sized(OURS_BEFORE),
    };
  }
  return indexes;
}

/** How close before `from` a phrase of `index` ends (1 = right before), or 0 when none ends within `window` tokens. */
function endsBefore(index: PhraseIndex<number>, tokens: readonly Token[], from: number, window: number): number {
  const start = Math.max(0, from - window);
  let closest = 0;
  for (const hit of index.findAll(tokens, start, from)) {
    const distance = from - hit.to + 1;
    if (closest === 0 || distance < closest) closest = distance;
  }
  return closest;
}

/** A line break or sentence end between two tokens: offer words never reach over it. */
function brokenBetween(a: Analysed, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i += 1) {
    const gap = a.text.slice(a.tokens[i]!.end, a.tokens[i + 1]!.start);
    if (/[\n.!?;:]/.test(gap)) return true;
  }
  return false;
}

interface Candidate {
  title: string;
  score: number;
}

function candidates(a: Analysed, inSubject: boolean): Candidate[] {
  const tokens = a.tokens;
  const end = inSubject ? tokens.length : signatureStart(a);
  const { before, after, other, ours } = phrases();
  return findRoleMentions(a)
    .filter((hit: RoleHit) => hit.from < end && !hit.family.startsWith('hr.'))
    .map((hit) => {
      const offerDistance = endsBefore(before, tokens, hit.from, 4);
      const offer = offerDistance > 0 && !brokenBetween(a, hit.from - offerDistance, hit.from + 1);
      const offerAfter = after.findAll(tokens, hit.to, Math.min(tokens.length, hit.to + 3)).some((h) => h.from === hit.to);
      const near = (index: PhraseIndex<number>): number => {
        const distance = endsBefore(index, tokens, hit.from, 4);
        return distance > 0 && !brokenBetween(a, hit.from - distance, hit.from + 1) ? distance : 0;
      };
      const otherDistance = near(other);
      const oursDistance = near(ours);
      // The nearer cue decides when both are there: "your next Senior Engineer role" is still the offer.
      const outweighs = (distance: number) => distance > 0 && !(offerAfter || (offer && offerDistance <= distance));
      let score = 1;
      if (offer || offerAfter) score += 3;
      if (outweighs(otherDistance)) score -= 4;
      else if (oursDistance > 0 && !offerAfter) score -= 2;
      return { title: hit.title, score };
    });
}

/** "Senior Frontend Engineer (React/TypeScript" → "Senior Frontend Engineer": no bracket left open. */
function tidyTitle(title: string): string {
  let text = title.replace(/\s+/g, ' ').trim();
  const open = text.lastIndexOf('(');
  if (open >= 0 && text.indexOf(')', open) < 0) text = text.slice(0, open).trim();
  return text.replace(/[\s,;:–-]+$/, '');
}

/**
 * The title of the role the message offers, as written, or undefined when no title reads as the
 * offer (a message naming only the recruiter, a colleague or the candidate's past roles).
 */
export function pickOfferedRole(body: string, subject?: string | null): string | undefined {
  const texts: { a: Analysed; inSubject: boolean }[] = [];
  if (typeof subject === 'string' && subject.trim()) texts.push({ a: analyse(subject), inSubject: true });
  if (typeof body === 'string' && body.trim()) texts.push({ a: analyse(body), inSubject: false });
  // The subject's best title wins when it has one that reads as the offer; the body's otherwise.
  for (const { a, inSubject } of texts) {
    let best: Candidate | undefined;
    for (const candidate of candidates(a, inSubject)) {
      if (candidate.score > 0 && (!best || candidate.score > best.score)) best = candidate;
    }
    const title = best && tidyTitle(best.title);
    if (title) return title;
  }
  return undefined;
}
