/**
 * The verdict on one message: is a person offering the candidate a job, and is it a role written for
 * them (targeted) or blanket outreach and misfits (spam)? Rules read the profile and the history;
 * the learned part, from the candidate's corrections, adds to them.
 */
import { detectLanguage } from '../language';
import type { Label } from '../message';
import { agencyKey, recruiterIdentities } from '../recruiter';
import { analyse, type Analysed } from '../text';
import { assessBlanket } from './blanket';
import { fingerprint } from './fingerprint';
import { assessFit, type FitFindings } from './fit';
import { exemplarFor, learnedLogits } from './learner';
import { followUp } from './lexicon';
import { recruiterLikelihood } from './not-recruiter';
import { compileProfile } from './profile-model';
import { EMPTY_HISTORY, type Evidence, type HistoryView, type ScoreInput, type Verdict } from './types';

const NO_FIT: FitFindings = {
  evidence: [],
  facts: 0,
  matches: 0,
  details: 0,
  misfits: 0,
  namesRole: false,
  statesPay: false,
  statesWorkplace: false,
};

/** Rule logits for targeted, spam, other, and the rules' own label. */
export interface RuleOutcome {
  label: Label | 'unsure';
  logits: [number, number, number];
  evidence: Evidence[];
  /** Targeted minus spam pull, before learning: the score's basis. */
  lean: number;
}

export interface Prepared {
  body: Analysed;
  subject: Analysed | null;
  fingerprint: string;
  identities: string[];
  agency: string | null;
}

/** A subject is one line: longer "subjects" are cut here, so they cannot double a body's analysis cost. */
export const SUBJECT_CHARS = 2_000;

/** Text analysis that history lookups need before scoring. */
export function prepare(input: Pick<ScoreInput, 'message'>): Prepared {
  const { message } = input;
  const body = analyse(message.body ?? '');
  const subject = message.subject ? analyse(message.subject.slice(0, SUBJECT_CHARS)) : null;
  return {
    body,
    subject,
    fingerprint: fingerprint(body),
    identities: recruiterIdentities(message.sender),
    agency: agencyKey(message.sender),
  };
}

function historyEvidence(history: HistoryView, prepared: Prepared, body: Analysed): Evidence[] {
  const evidence: Evidence[] = [];
  // A follow-up takes the standing of its thread: the first word the recruiter sent decides.
  const earlier = history.thread.filter((e) => !e.isOwn && e.label !== null);
  const threadLabel = earlier.find((e) => e.corrected)?.label ?? earlier[0]?.label ?? null;
  if (threadLabel === 'targeted') {
    evidence.push({ id: 'thread.targeted', pull: 'targeted', weight: 5, reason: 'Follows up on a targeted message in this conversation' });
  } else if (threadLabel === 'spam') {
    evidence.push({ id: 'thread.spam', pull: 'spam', weight: 5, reason: 'Follows up on blanket outreach in this conversation' });
  } else if (threadLabel === 'other') {
    evidence.push({ id: 'thread.other', pull: 'other', weight: 5, reason: 'Continues a conversation that is not recruiter outreach' });
  }
  const mine = new Set(prepared.identities);
  const others = new Set<string>();
  let repeats = 0;
  for (const entry of history.nearDuplicates) {
    if (entry.identities.some((id) => mine.has(id))) repeats += 1;
    else others.add(entry.identities[0] ?? entry.key);
  }
  if (others.size) {
    const n = others.size;
    evidence.push({
      id: 'blanket.same-text',
      pull: 'spam',
      weight: 4 + Math.min(n, 4),
      reason: `Same text as ${n === 1 ? '1 other recruiter' : `${n} other recruiters`} sent you this month`,
    });
  } else if (repeats && !history.thread.length) {
    evidence.push({ id: 'blanket.repeat', pull: 'spam', weight: 2, reason: 'Repeats a message this recruiter already sent you' });
  }
  // A recruiter's standing: what their earlier messages (outside this thread) turned out to be.
  const earlierFromThem = history.sameSender.filter((e) => e.label !== null && !history.thread.includes(e));
  const spamBefore = earlierFromThem.filter((e) => e.label === 'spam').length;
  const targetedBefore = earlierFromThem.filter((e) => e.label === 'targeted').length;
  if (!threadLabel && spamBefore >= 2 && spamBefore > targetedBefore) {
    evidence.push({ id: 'recruiter.history-spam', pull: 'spam', weight: 1.5, reason: `This recruiter's ${spamBefore} earlier messages to you were blanket outreach` });
  } else if (!threadLabel && targetedBefore >= 1 && targetedBefore > spamBefore) {
    evidence.push({ id: 'recruiter.history-targeted', pull: 'targeted', weight: 1.5, reason: `This recruiter wrote to you with a fitting role before` });
  }
  if (!threadLabel && followUp().findAll(body.tokens).length && history.sameSender.length) {
    const last = history.sameSender[history.sameSender.length - 1]!;
    if (last.label === 'targeted') {
      evidence.push({ id: 'thread.targeted', pull: 'targeted', weight: 4, reason: 'Follows up on a targeted message from this recruiter' });
    } else if (last.label === 'spam') {
      evidence.push({ id: 'thread.spam', pull: 'spam', weight: 4, reason: 'Follows up on blanket outreach from this recruiter' });
    }
  }
  return evidence;
}

/** The rules alone: what the verdict is before anything learned from corrections. */
export function applyRules(input: ScoreInput, prepared: Prepared): RuleOutcome {
  const { message, profile } = input;
  const history = input.history ?? EMPTY_HISTORY;
  const { body, subject } = prepared;
  const channel = message.site === 'linkedin' ? 'linkedin' : 'email';
  const likelihood = recruiterLikelihood(message.sender, body, subject, channel);
  const fit = profile ? assessFit(compileProfile(profile), body, subject) : NO_FIT;
  const blanket = assessBlanket(message.sender, body, subject, profile?.name, message.recipientCount);
  const past = historyEvidence(history, prepared, body);
  const evidence = [...likelihood.evidence, ...fit.evidence, ...blanket.evidence, ...past];

  const threadPull = past.find((e) => e.id.startsWith('thread.'));
  // Substance of a job offer counts toward "a recruiter": a role, pay, a workplace, blast marks.
  const offerSubstance =
    (fit.namesRole ? 1.5 : 0) + (fit.statesPay ? 1.5 : 0) + (fit.statesWorkplace ? 0.5 : 0) + blanket.hard * 1.5 + (message.inMail ? 1 : 0);
  const recruiterSide = likelihood.recruiter + offerSubstance;
  const otherSide = likelihood.other;

  let label: Label | 'unsure';
  if (threadPull?.pull === 'other') label = 'other';
  else if (threadPull) label = threadPull.pull === 'targeted' ? 'targeted' : 'spam';
  else if (otherSide >= 2 && otherSide > recruiterSide) label = 'other';
  else if (recruiterSide < 1) {
    evidence.push({ id: 'other.no-offer', pull: 'other', weight: 2, reason: 'Nobody offers you a job here' });
    label = 'other';
  } else if (fit.misfits > 0) label = 'spam';
  else if (blanket.hard > 0 || past.some((e) => e.id === 'blanket.same-text')) label = 'spam';
  else if (fit.facts >= 1 || (fit.namesRole && fit.details >= 2)) label = 'targeted';
  else if (blanket.soft > 0) label = 'spam';
  else if (!fit.namesRole && !fit.statesPay && fit.matches === 0) {
    evidence.push({ id: 'blanket.vague', pull: 'spam', weight: 2.5, reason: 'Says nothing concrete: no role, team, place or pay' });
    label = 'spam';
  } else label = 'unsure';

  let lean = 0;
  for (const e of evidence) {
    if (e.pull === 'targeted') lean += e.weight;
    else if (e.pull === 'spam') lean -= e.weight;
  }
  const logits: [number, number, number] =
    label === 'targeted' ? [3, 0, 0] : label === 'spam' ? [0, 3, 0] : label === 'other' ? [0, 0, 3] : [0.5, 0.5, 0];
  return { label, logits, evidence, lean };
}

/** Words and evidence the learned model sees. */
export function featuresOf(prepared: Prepared, evidence: readonly Evidence[], input: ScoreInput): string[] {
  const features = evidence.map((e) => `e:${e.id}`);
  const seen = new Set<string>();
  for (const token of prepared.body.tokens) {
    if (seen.size >= 400) break;
    if (token.text.length < 3 || /^\d+$/.test(token.text)) continue;
    seen.add(token.text);
  }
  if (prepared.subject) for (const token of prepared.subject.tokens) if (token.text.length >= 3) seen.add(token.text);
  for (const word of seen) features.push(`w:${word}`);
  if (prepared.agency) features.push(`a:${prepared.agency}`);
  for (const id of prepared.identities) features.push(`r:${id}`);
  features.push(`s:${input.message.site}`);
  return features;
}

const BANDS: Record<Label, [number, number]> = { targeted: [60, 100], spam: [0, 40], other: [0, 20], unsure: [35, 65] };

/**
 * The verdict on one message. Pass `prepared` when the caller already ran prepare() on the same
 * message (the worker does, for its history lookups), so the text is analysed once.
 */
export function scoreMessage(input: ScoreInput, prepared: Prepared = prepare(input)): Verdict {
  const rules = applyRules(input, prepared);
  const features = featuresOf(prepared, rules.evidence, input);
  const learned = learnedLogits(input.learned, features);
  const evidence = [...rules.evidence];

  const combined = rules.logits.map((r, i) => r + learned[i]!) as [number, number, number];
  let label: Label;
  const exemplar = exemplarFor(input.learned, prepared.fingerprint);
  if (exemplar && exemplar.label !== 'unsure') {
    label = exemplar.label;
    evidence.push({ id: 'learned.same-as-corrected', pull: pullOf(label), weight: 6, reason: `You marked a message with the same text as ${describe(label)}` });
  } else {
    label = decide(combined, rules.label);
    if (label !== rules.label) {
      evidence.push({ id: 'learned.corrections', pull: pullOf(label), weight: 4, reason: `Your corrections of similar messages make this ${describe(label)}` });
    }
  }

  // The candidate's standing for the recruiter overrides both.
  if (input.trust === 'trusted' && label === 'spam') {
    label = 'unsure';
    evidence.push({ id: 'trust.trusted', pull: 'targeted', weight: 6, reason: 'From a recruiter you trust, so never spam' });
  } else if (input.trust === 'trusted' && label !== 'other') {
    evidence.push({ id: 'trust.trusted', pull: 'targeted', weight: 2, reason: 'From a recruiter you trust' });
  } else if (input.trust === 'muted' && (label === 'targeted' || label === 'unsure')) {
    label = 'spam';
    evidence.push({ id: 'trust.muted', pull: 'spam', weight: 6, reason: 'From a recruiter you muted' });
  }

  const score = scoreFor(label, rules.lean + (learned[0] - learned[1]) * 2);
  const ordered = rank(evidence, label);
  return {
    label,
    score,
    reasons: ordered.map((e) => e.reason),
    evidence: ordered,
    language: detectLanguage(prepared.body).language,
    fingerprint: prepared.fingerprint,
    features,
  };
}

function decide(combined: [number, number, number], ruleLabel: Label | 'unsure'): Label {
  const [t, s, o] = combined;
  if (o > t && o > s) return 'other';
  if (Math.abs(t - s) < 1) return ruleLabel === 'other' ? 'other' : 'unsure';
  return t > s ? 'targeted' : 'spam';
}

function pullOf(label: Label): Evidence['pull'] {
  return label === 'unsure' ? 'recruiter' : label;
}

function describe(label: Label): string {
  return label === 'other' ? 'not recruiter outreach' : label === 'unsure' ? 'unsure' : label;
}

function scoreFor(label: Label, lean: number): number {
  const raw = 100 / (1 + Math.exp(-lean / 4));
  const [low, high] = BANDS[label];
  return Math.round(Math.min(high, Math.max(low, raw)));
}

/**
 * Reasons that explain the verdict come first, strongest first; then the strongest on the other side.
 * Recruiter-likelihood hints are dropped from the list: they say nothing a candidate needs.
 */
function rank(evidence: readonly Evidence[], label: Label): Evidence[] {
  const side = pullOf(label);
  const unique = new Map<string, Evidence>();
  for (const e of evidence) {
    const existing = unique.get(e.reason);
    if (!existing || existing.weight < e.weight) unique.set(e.reason, e);
  }
  const all = [...unique.values()];
  const byWeight = (a: Evidence, b: Evidence): number => b.weight - a.weight;
  const hints = all.filter((e) => e.pull === 'recruiter').sort(byWeight);
  const weighed = all.filter((e) => e.pull !== 'recruiter');
  if (label === 'unsure') {
    // Nothing decided it: every reason by weight, then the hints that it is a recruiter at all.
    return [...weighed.sort(byWeight), ...hints];
  }
  const supporting = weighed.filter((e) => e.pull === side).sort(byWeight);
  const against = weighed.filter((e) => e.pull !== side).sort(byWeight);
  return [...supporting, ...against];
}

export type { Prepared as PreparedMessage };
