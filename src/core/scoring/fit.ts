/**
 * How the role fits the candidate (field, stack, level, place, workplace, pay, deal-breakers) and what
 * the message gets right about them (employer, schools, projects, skills, titles).
 */
import { SENIORITY_LEVELS } from '../profile';
import { spanText, type Analysed, type PhraseIndex, type Token } from '../text';
import { findDealBreakers } from './knowledge/dealbreakers';
import { findPlaces, findRelocation, placeRelation, type PlaceHit } from './knowledge/places';
import { findRoleMentions, relation, type RoleHit } from './knowledge/roles';
import { findOfferedSeniority, ladderDistance } from './knowledge/seniority';
import { findKnownSkills, matchProfileSkills } from './knowledge/skills';
import { findWorkplace, workplaceFits } from './knowledge/workplace';
import { comparePay, findPay } from './pay';
import { closings } from './lexicon';
import type { ProfileModel } from './profile-model';
import type { Evidence } from './types';

export interface FitFindings {
  evidence: Evidence[];
  /** Specific, correct facts about the candidate (employer, school, project, skill combination, title). */
  facts: number;
  /** Details of the offer that match the profile (stack, workplace, pay, place, role, level). */
  matches: number;
  /** Of those, the concrete ones a bare job title cannot supply: skills, workplace, pay, place. */
  details: number;
  /** Hard reasons the role does not fit. */
  misfits: number;
  /** The message names a concrete role. */
  namesRole: boolean;
  /** The message states pay. */
  statesPay: boolean;
  /** The message says where or how the work is done. */
  statesWorkplace: boolean;
}

const YOUR_WORDS = new Set(['your', 'you', 'youre', 'ihre', 'ihr', 'deine', 'dein', 'votre', 'vos', 'ton', 'ta', 'tu', 'su', 'sus', 'seu', 'sua', 'voce', 'je']);

/** A mention right after "your …" talks about the candidate's past, not the offer. */
function aboutTheCandidate(tokens: readonly Token[], from: number): boolean {
  for (let i = Math.max(0, from - 4); i < from; i += 1) if (YOUR_WORDS.has(tokens[i]!.text)) return true;
  return false;
}

/**
 * Where the signature starts: after the last closing line ("Best,", "Viele Grüße", "Cordialement")
 * in the second half of the message. Titles and places there are the sender's, not the offer's.
 */
export function signatureStart(a: Analysed): number {
  let start = signatureStarts.get(a);
  if (start === undefined) {
    start = findSignatureStart(a);
    signatureStarts.set(a, start);
  }
  return start;
}

// Roles and places both stop at the signature: found once per analysed text.
const signatureStarts = new WeakMap<Analysed, number>();

function findSignatureStart(a: Analysed): number {
  const tokens = a.tokens;
  const hits = closings().findAll(tokens, Math.floor(tokens.length / 2));
  for (let i = hits.length - 1; i >= 0; i -= 1) {
    const hit = hits[i]!;
    const before = a.text.lastIndexOf('\n', tokens[hit.from]!.start - 1);
    const lineStart = before === -1 ? 0 : before + 1;
    // Only a closing that opens its own line, like "Best," or "Thanks!", not "thanks for reading".
    if (a.text.slice(lineStart, tokens[hit.from]!.start).trim() === '' && hit.to - hit.from <= 4) {
      const after = a.text.slice(tokens[hit.to - 1]!.end, tokens[hit.to - 1]!.end + 3);
      if (/^[\s,.!]*(\n|$)/.test(after) || /^[,!]/.test(after)) return hit.to;
    }
  }
  return tokens.length;
}

function names(hits: { value: string }[]): string[] {
  return [...new Set(hits.map((h) => h.value))];
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function mentioned(index: PhraseIndex<string>, texts: readonly Analysed[]): string[] {
  return names(texts.flatMap((t) => index.findAll(t.tokens)));
}

export function assessFit(model: ProfileModel, body: Analysed, subject: Analysed | null): FitFindings {
  const { profile } = model;
  const texts = subject ? [subject, body] : [body];
  const evidence: Evidence[] = [];
  let facts = 0;
  let matches = 0;
  let details = 0;
  let misfits = 0;
  const misfit = (e: Omit<Evidence, 'pull'>): void => {
    evidence.push({ ...e, pull: 'spam' });
    misfits += 1;
  };
  const match = (e: Omit<Evidence, 'pull'>): void => {
    evidence.push({ ...e, pull: 'targeted' });
    matches += 1;
    if (CONCRETE.has(e.id)) details += 1;
  };
  const fact = (e: Omit<Evidence, 'pull'>): void => {
    evidence.push({ ...e, pull: 'targeted' });
    facts += 1;
  };

  // What the message gets right about the candidate.
  const employer = mentioned(model.employer, texts);
  if (employer.length) fact({ id: 'fact.employer', weight: 3, reason: `Names your employer ${employer[0]}` });
  const past = mentioned(model.pastEmployers, texts);
  if (past.length) fact({ id: 'fact.past-employer', weight: 3, reason: `Names your past employer ${list(past)}` });
  const schools = mentioned(model.schools, texts);
  if (schools.length) fact({ id: 'fact.school', weight: 2.5, reason: `Mentions your studies at ${list(schools)}` });
  const projects = mentioned(model.projects, texts);
  if (projects.length) fact({ id: 'fact.project', weight: 3, reason: `Mentions your project ${list(projects)}` });

  // Skills: the candidate's own, and others the role asks for.
  const known = texts.flatMap((t) => findKnownSkills(t));
  const own = [...new Set(texts.flatMap((t, i) => matchProfileSkills(model.skills, t, i === texts.length - 1 ? known : undefined)).map((m) => m.label))];
  const ownIds = new Set(model.skills.flatMap((s) => s.ids));
  const ownWords = new Set(own.map((label) => label.toLowerCase()));
  const foreign = [...new Map(known.filter((k) => !ownIds.has(k.id) && !ownWords.has(k.label.toLowerCase())).map((k) => [k.id, k.label])).values()];
  if (own.length >= 2) {
    const shown = own.slice(0, 3);
    fact({ id: 'fact.skill-combination', weight: own.length >= 3 ? 2.5 : 2, reason: `Asks for your skills ${list(shown)}` });
    matches += 1;
    details += 1;
  } else if (own.length === 1) {
    match({ id: 'match.skill', weight: 1, reason: `Asks for ${own[0]}, one of your skills` });
  }
  if (model.skills.length && foreign.length >= 2 && own.length === 0) {
    misfit({ id: 'misfit.stack', weight: 4, reason: `The role asks for ${list(foreign.slice(0, 3))}, which ${foreign.length === 1 ? 'is' : 'are'} not among your skills` });
  } else if (model.skills.length && foreign.length >= 4 && own.length <= 1) {
    misfit({ id: 'misfit.stack', weight: 2.5, reason: `The role is mostly about ${list(foreign.slice(0, 3))}, which are not among your skills` });
  }

  // The candidate's own titles, named for the role.
  const titles = mentioned(model.titles, texts);
  if (titles.length) match({ id: 'match.title', weight: 1.5, reason: `The role is one of your titles: ${titles[0]}` });

  // Role family: the offer's roles, not the candidate's past ones, the sender's title in the
  // signature, or a recruiter talking about recruiting.
  const ownHr = model.families.some((f) => f.startsWith('hr.'));
  const roles: RoleHit[] = texts.flatMap((t) => {
    const end = t === body ? signatureStart(t) : t.tokens.length;
    return findRoleMentions(t).filter(
      (hit) => hit.from < end && !aboutTheCandidate(t.tokens, hit.from) && (ownHr || !hit.family.startsWith('hr.')),
    );
  });
  const namesRole = roles.length > 0 || titles.length > 0;
  if (model.families.length && roles.length) {
    const relations = roles.map((role) => ({ role, best: bestRelation(role.family, model.families) }));
    const fitting = relations.filter((r) => r.best !== 'different');
    if (!fitting.length && !titles.length) {
      misfit({ id: 'misfit.field', weight: 5, reason: `The role (${relations[0]!.role.title}) is in a different field from yours` });
    } else if (fitting.some((r) => r.best === 'same') || titles.length) {
      match({ id: 'match.field', weight: 1, reason: 'The role is in your field' });
    }
    const families = new Set(roles.map((r) => r.family));
    if (families.size >= 3) {
      evidence.push({ id: 'blanket.many-roles', pull: 'spam', weight: 3, reason: `Lists ${families.size} different kinds of roles at once` });
    }
  }

  // Seniority.
  const offered = texts.map((t) => findOfferedSeniority(t)).find(Boolean) ?? null;
  if (offered && profile.seniority) {
    const distance = ladderDistance(offered.level, profile.seniority);
    if (distance >= 2) {
      const direction = SENIORITY_LEVELS.indexOf(offered.level) > SENIORITY_LEVELS.indexOf(profile.seniority) ? 'above' : 'below';
      misfit({ id: 'misfit.seniority', weight: 4.5, reason: `The role is ${offered.level} level (“${offered.evidence}”), ${distance} steps ${direction} your ${profile.seniority} level` });
    } else {
      match({ id: 'match.seniority', weight: 0.8, reason: `The level (${offered.level}) suits your ${profile.seniority} experience` });
    }
  }

  // Workplace and place.
  const workplace = mergeWorkplace(texts.map((t) => findWorkplace(t)));
  const statesWorkplace = workplace.remote || workplace.hybrid || workplace.onsite;
  const fits = workplaceFits(workplace, profile.workplace);
  if (fits.fits === false) misfit({ id: 'misfit.workplace', weight: 4.5, reason: fits.reason ?? 'The workplace does not suit you' });
  else if (fits.fits === true) match({ id: 'match.workplace', weight: 1, reason: fits.reason ?? 'The workplace suits you' });

  const places: PlaceHit[] = texts.flatMap((t) => {
    const end = t === body ? signatureStart(t) : t.tokens.length;
    return findPlaces(t).filter((p) => p.from < end && !aboutTheCandidate(t.tokens, p.from));
  });
  const relocation = texts.map((t) => findRelocation(t)).find((r) => r !== null) ?? null;
  const remoteOnly = workplace.remote && !workplace.onsite && !workplace.hybrid;
  if (places.length && (model.places.cities.length || model.places.countries.length)) {
    const relations = places.map((p) => ({ place: p, rel: placeRelation(p, model.places) }));
    const near = relations.filter((r) => r.rel === 'same-city' || r.rel === 'same-metro' || (r.rel === 'same-region' && r.place.kind !== 'city'));
    const sameCountry = relations.filter((r) => r.rel === 'same-country' || r.rel === 'same-region');
    // Cities and regions say where the work is; a country alone is too broad to rule a job out.
    const cities = relations.filter((r) => r.place.kind !== 'country');
    if (near.length) {
      match({ id: 'match.place', weight: 1, reason: `The job is in ${near[0]!.place.name}, where you are` });
    } else if (remoteOnly) {
      if (!sameCountry.length && relations.every((r) => r.rel === 'elsewhere') && relations.some((r) => r.place.kind === 'country')) {
        misfit({ id: 'misfit.place', weight: 3, reason: `The remote role is limited to ${relations[0]!.place.name}` });
      }
    } else if (cities.length && cities.every((r) => r.rel === 'elsewhere' || r.rel === 'same-country' || (r.rel === 'same-region' && r.place.kind === 'city'))) {
      misfit({ id: 'misfit.place', weight: 4.5, reason: `The job is in ${cities[0]!.place.name}, not where you are` });
    }
  }
  if (relocation?.required && !model.avoid.some((a) => a.concept === 'relocation')) {
    misfit({ id: 'misfit.relocation', weight: 3.5, reason: `It means relocating (“${relocation.evidence}”)` });
  }

  // Pay.
  const offers = texts.flatMap((t) => findPay(t));
  const pay = comparePay(offers, profile.minSalary, profile.currency);
  if (pay.verdict === 'below') misfit({ id: 'misfit.pay', weight: 5, reason: pay.reason ?? 'Pay is below your floor' });
  else if (pay.verdict === 'meets') match({ id: 'match.pay', weight: 1.5, reason: pay.reason ?? 'Pay meets your floor' });

  // Deal-breakers, in the candidate's own words.
  for (const t of texts) {
    for (const hit of findDealBreakers(model.avoid, t)) {
      if (evidence.some((e) => e.id === `misfit.avoid.${hit.term}`)) continue;
      misfit({ id: `misfit.avoid.${hit.term}`, weight: 6, reason: `Mentions ${quote(hit.evidence)}: on your list of things to avoid (${hit.term})` });
    }
  }

  return { evidence, facts, matches, details, misfits, namesRole, statesPay: offers.length > 0, statesWorkplace };
}

const CONCRETE = new Set(['match.skill', 'match.workplace', 'match.pay', 'match.place']);

function quote(text: string): string {
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

function bestRelation(family: string, own: readonly string[]): 'same' | 'related' | 'different' {
  let best: 'same' | 'related' | 'different' = 'different';
  for (const mine of own) {
    const rel = relation(family, mine);
    if (rel === 'same') return 'same';
    if (rel === 'related') best = 'related';
  }
  return best;
}

type Workplace = ReturnType<typeof findWorkplace>;

function mergeWorkplace(found: Workplace[]): Workplace {
  const days = found.map((f) => f.officeDaysPerWeek).filter((d): d is number => d !== null);
  return {
    remote: found.some((f) => f.remote),
    hybrid: found.some((f) => f.hybrid),
    onsite: found.some((f) => f.onsite),
    officeDaysPerWeek: days.length ? Math.max(...days) : null,
    evidence: found.flatMap((f) => f.evidence),
  };
}

export { spanText };
