import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Label, Sender } from '../../../src/core/message';
import type { Profile } from '../../../src/core/profile';
import { MemoryHistory } from '../../../src/core/scoring/history';
import { applyRules, featuresOf, prepare, scoreMessage } from '../../../src/core/scoring/score';
import type { Evidence, HistoryEntry, HistoryView, ScoreInput, ScorerMessage, TrustState, Verdict } from '../../../src/core/scoring/types';
import { EMPTY_HISTORY } from '../../../src/core/scoring/types';
import { KATRIN } from '../../fixtures/profiles';

const ACCOUNTANT: Profile = {
  name: 'Begoña Arrebola Quintana',
  currentCompany: 'Grupo Alcaraván',
  titles: ['Contable', 'Analista financiera', 'Controller'],
  skills: ['SAP', 'Excel', 'NIIF', 'Contabilidad'],
  seniority: 'senior',
  locations: ['Madrid, España'],
  workplace: ['hybrid', 'onsite'],
  minSalary: 42000,
  currency: 'EUR',
  avoid: ['tabaco'],
};

const ELECTRICIAN: Profile = {
  name: 'Owen Whitlock',
  titles: ['Electrician', 'Electrical Technician'],
  skills: ['PLC', 'Electrical installation', 'Fault finding'],
  seniority: 'mid',
  locations: ['Leeds, United Kingdom'],
  workplace: ['onsite'],
  minSalary: 34000,
  currency: 'GBP',
};

const RECRUITER: Sender = { name: 'Ines Callejo', email: 'ines@talentbridge.example', headline: 'Senior Recruiter at Talentbridge' };
const OTHER_RECRUITER: Sender = { name: 'Bruno Alves', email: 'bruno@northhire.example', headline: 'Recruiter at Northhire' };
const T0 = Date.parse('2026-09-01T08:00:00Z');
const HOUR = 3_600_000;

function message(body: string, overrides: Partial<ScorerMessage> = {}): ScorerMessage {
  return { site: 'email', sender: RECRUITER, subject: null, body, sentAt: T0, threadKey: null, recipientCount: 1, ...overrides };
}

function score(body: string, profile: Profile | null, overrides: Partial<ScorerMessage> = {}, extra: Partial<ScoreInput> = {}): Verdict {
  return scoreMessage({ message: message(body, overrides), profile, ...extra });
}

const ids = (v: Verdict): string[] => v.evidence.map((e) => e.id);

// Messages with a known rule verdict, across professions and languages.
const TARGETED_ES = 'Hola Begoña,\n\nsé que llevas el cierre contable en Grupo Alcaraván. Buscamos una Controller en Madrid, modelo híbrido, 52.000 € brutos anuales.\n\nUn saludo,\nInes';
const TARGETED_EN =
  'Hi Owen,\n\nWe are hiring an Electrician for our Leeds depot: PLC work and fault finding on conveyor lines, fully on site, £38,000 a year.\n\nBest,\nInes';
const VAGUE = 'Hi Owen,\n\nI have an exciting opportunity that I think would really suit you. Are you open to a quick chat this week?\n\nBest,\nInes';
const FOLLOW_UP = 'Hi Owen, just following up on my previous message. Any thoughts?';

describe('scoreMessage: targeted', () => {
  it('a specific fact about the candidate, with no misfit, is targeted', () => {
    const v = score('Hola Begoña, vi tu trabajo en Grupo Alcaraván. ¿Te interesaría hablar de un puesto?', ACCOUNTANT);
    expect(v.label).toBe('targeted');
    expect(v.reasons[0]).toBe('Names your employer Grupo Alcaraván');
  });

  it('a named role with two matching details, with no misfit, is targeted', () => {
    const v = score(TARGETED_EN, ELECTRICIAN);
    expect(v.label).toBe('targeted');
    expect(ids(v)).toEqual(expect.arrayContaining(['match.title', 'match.workplace', 'match.place', 'match.pay']));
  });

  it('works in Spanish and reports the language', () => {
    const v = score(TARGETED_ES, ACCOUNTANT);
    expect(v.label).toBe('targeted');
    expect(v.language).toBe('es');
    expect(v.score).toBeGreaterThanOrEqual(80);
  });

  // BUG: a job title alone counts as "a role plus two matching details": the one title gives both
  // match.title and match.field (and match.seniority when it carries a level), so a bare
  // "Hallo zusammen, wir suchen eine Lehrerin." with a generic greeting and nothing else about the
  // job is labelled targeted (score 60) instead of spam or unsure. score.ts applyRules:
  // `fit.namesRole && fit.matches >= 2` is met by the title on its own.
  it('a bare job title under a generic greeting is not targeted', () => {
    const teacher: Profile = { name: 'Johanna Wetterau', titles: ['Lehrerin', 'Grundschullehrerin'], locations: ['München'] };
    expect(score('Hallo zusammen,\n\nwir suchen eine Lehrerin.\n\nViele Grüße', teacher).label).not.toBe('targeted');
    expect(score('Hello there,\n\nWe are hiring an Electrician.\n\nBest', ELECTRICIAN).label).not.toBe('targeted');
  });
});

describe('scoreMessage: spam', () => {
  it('a misfit beats flattering facts', () => {
    const v = score(
      'Hi Katrin,\n\nI loved your work on the Funke design system at Quellwerk Energy. We are a crypto exchange hiring a Senior Frontend Engineer (React, TypeScript), remote, €120k.\n\nBest',
      KATRIN,
    );
    expect(v.label).toBe('spam');
    expect(v.reasons[0]).toMatch(/^Mentions “crypto”: on your list of things to avoid/);
    expect(v.reasons).toContain('Names your employer Quellwerk Energy');
  });

  it.each([
    ['another city', TARGETED_EN.replace('Leeds', 'Aberdeen'), 'The job is in Aberdeen, not where you are'],
    ['pay below the floor', TARGETED_EN.replace('£38,000', '£26,000'), 'Pay £26k is below your floor of £34k'],
    ['remote only', TARGETED_EN.replace('fully on site', 'fully remote'), 'The role is remote; you accept onsite'],
  ])('an otherwise fitting role in %s is spam, the misfit first', (_, body, first) => {
    const v = score(body, ELECTRICIAN);
    expect(v.label).toBe('spam');
    expect(v.reasons[0]).toBe(first);
  });

  it('a deal-breaker in the candidate’s words makes it spam', () => {
    const v = score(TARGETED_ES.replace('en Madrid', 'en una empresa de tabaco de Madrid'), ACCOUNTANT);
    expect(v.label).toBe('spam');
    expect(v.reasons[0]).toContain('(tabaco)');
  });

  it('a message that says nothing concrete is spam', () => {
    const v = score(VAGUE, ELECTRICIAN);
    expect(v.label).toBe('spam');
    expect(v.reasons).toContain('Says nothing concrete: no role, team, place or pay');
  });

  it('a hard blanket mark makes a fitting role spam', () => {
    const v = score(TARGETED_EN.replace('Hi Owen', 'Hi {FirstName}'), ELECTRICIAN);
    expect(v.label).toBe('spam');
    expect(v.reasons[0]).toBe('Has unfilled template fields: {FirstName}');
  });
});

describe('scoreMessage: other and unsure', () => {
  it('nobody offering anything is other', () => {
    const v = score('Hola Begoña, ¿tienes un momento mañana?', ACCOUNTANT, { sender: { name: 'Pilar Ortega', email: 'pilar@ortega.example' } });
    expect(v.label).toBe('other');
    expect(v.reasons).toContain('Nobody offers you a job here');
  });

  it('a concrete role the profile cannot judge is unsure', () => {
    const v = score('Hi Rosa,\n\nWe are hiring a warehouse supervisor. Would you be interested in a quick call?', { name: 'Rosa Meireles' }, {
      site: 'linkedin',
      sender: { name: 'Marta Quental', headline: 'Talent Acquisition at Vinhas Norte' },
    });
    expect(v.label).toBe('unsure');
    expect(v.score).toBeGreaterThanOrEqual(35);
    expect(v.score).toBeLessThanOrEqual(65);
  });

  it('scores without a profile', () => {
    const v = score(TARGETED_EN, null);
    expect(['targeted', 'unsure', 'spam', 'other']).toContain(v.label);
    expect(v.reasons.length).toBeGreaterThan(0);
  });
});

function entry(key: string, label: Label | null, overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  const p = prepare({ message: message('earlier') });
  return {
    key,
    threadKey: 'th-1',
    sentAt: T0 - 48 * HOUR,
    identities: p.identities,
    agency: p.agency,
    fingerprint: 'ffffffff00000000',
    label,
    isOwn: label === null,
    ...overrides,
  };
}

function thread(...entries: HistoryEntry[]): HistoryView {
  return { ...EMPTY_HISTORY, thread: entries, sameSender: entries.filter((e) => !e.isOwn) };
}

describe('scoreMessage: history', () => {
  it.each([
    ['targeted', 'Follows up on a targeted message in this conversation'],
    ['spam', 'Follows up on blanket outreach in this conversation'],
    ['other', 'Continues a conversation that is not recruiter outreach'],
  ] as const)('a follow-up inherits its thread’s label: %s', (label, reason) => {
    const v = score(FOLLOW_UP, ELECTRICIAN, { threadKey: 'th-1' }, { history: thread(entry('first', label)) });
    expect(v.label).toBe(label);
    expect(v.reasons[0]).toBe(reason);
  });

  it('a follow-up takes the thread’s first word, skipping the candidate’s own replies', () => {
    const history = thread(entry('own', null, { sentAt: T0 - 60 * HOUR }), entry('first', 'targeted'), entry('second', 'spam', { sentAt: T0 - 24 * HOUR }));
    expect(score(FOLLOW_UP, ELECTRICIAN, { threadKey: 'th-1' }, { history }).label).toBe('targeted');
  });

  it('a corrected message decides its thread', () => {
    const history = thread(entry('first', 'spam'), entry('second', 'targeted', { sentAt: T0 - 24 * HOUR, corrected: true }));
    expect(score(FOLLOW_UP, ELECTRICIAN, { threadKey: 'th-1' }, { history }).label).toBe('targeted');
  });

  it('a follow-up outside any thread takes the standing of the recruiter’s last message', () => {
    const history: HistoryView = { ...EMPTY_HISTORY, sameSender: [entry('a', 'spam', { threadKey: null }), entry('b', 'targeted', { threadKey: null, sentAt: T0 - HOUR })] };
    const v = score(FOLLOW_UP, ELECTRICIAN, {}, { history });
    expect(v.label).toBe('targeted');
    expect(v.reasons[0]).toBe('Follows up on a targeted message from this recruiter');
  });

  it('the same text from another recruiter this month is spam', () => {
    const template =
      'Hello, I came across your profile and think you would be a great fit for an exciting opportunity with my client, a leading company in the energy sector. ' +
      'The role offers a competitive package and great growth. Let me know a good time to talk this week, I would love to tell you more about it.';
    const history = new MemoryHistory();
    const first = message(template.replace('Hello,', 'Hi,'), { sender: OTHER_RECRUITER, sentAt: T0 - 5 * 24 * HOUR });
    const p1 = prepare({ message: first });
    history.add({ key: 'm1', threadKey: null, sentAt: first.sentAt, identities: p1.identities, agency: p1.agency, fingerprint: p1.fingerprint, label: 'spam', isOwn: false });
    const second = message(template);
    const p2 = prepare({ message: second });
    const view = history.view({ threadKey: null, identities: p2.identities, agency: p2.agency, fingerprint: p2.fingerprint, sentAt: second.sentAt });
    const v = scoreMessage({ message: second, profile: ELECTRICIAN, history: view });
    expect(v.label).toBe('spam');
    expect(v.reasons).toContain('Same text as 1 other recruiter sent you this month');
  });

  it('counts the other recruiters who sent the same text', () => {
    const dup = (key: string, who: string): HistoryEntry => entry(key, 'spam', { threadKey: null, identities: [`email:${who}@x.example`] });
    const history: HistoryView = { ...EMPTY_HISTORY, nearDuplicates: [dup('a', 'one'), dup('b', 'two'), dup('c', 'two')] };
    const v = score(TARGETED_EN, ELECTRICIAN, {}, { history });
    expect(v.label).toBe('spam');
    expect(v.reasons).toContain('Same text as 2 other recruiters sent you this month');
  });

  it('the same recruiter repeating a message is a hint, not a verdict', () => {
    const history: HistoryView = { ...EMPTY_HISTORY, nearDuplicates: [entry('a', 'targeted', { threadKey: null })] };
    const v = score(TARGETED_EN, ELECTRICIAN, {}, { history });
    expect(v.label).toBe('targeted');
    expect(v.evidence.find((e) => e.id === 'blanket.repeat')?.weight).toBe(2);
  });
});

describe('scoreMessage: the candidate’s standing for the recruiter', () => {
  it('a trusted recruiter is never spam', () => {
    expect(score(VAGUE, ELECTRICIAN).label).toBe('spam');
    const v = score(VAGUE, ELECTRICIAN, {}, { trust: 'trusted' });
    expect(v.label).toBe('unsure');
    expect(v.reasons).toContain('From a recruiter you trust, so never spam');
  });

  // BUG: when trust turns spam into unsure, rank() puts the 'recruiter' hints first ("Offers you a
  // role", "The sender recruits for a living", weights 2.7 and 2.5) because the side of an unsure
  // verdict is 'recruiter'; the reason that decided the verdict (trust.trusted, weight 6, pull
  // 'targeted') comes third. A popup showing the top reason explains nothing.
  it('a trusted recruiter’s rescued message gives the trust as its first reason', () => {
    const v = score(VAGUE, ELECTRICIAN, {}, { trust: 'trusted' });
    expect(v.reasons[0]).toBe('From a recruiter you trust, so never spam');
  });

  it('a trusted recruiter’s targeted message says so among its reasons', () => {
    const v = score(TARGETED_EN, ELECTRICIAN, {}, { trust: 'trusted' });
    expect(v.label).toBe('targeted');
    expect(v.reasons).toContain('From a recruiter you trust');
  });

  it('a muted recruiter is never targeted', () => {
    const v = score(TARGETED_EN, ELECTRICIAN, {}, { trust: 'muted' });
    expect(v.label).toBe('spam');
    expect(v.reasons[0]).toBe('From a recruiter you muted');
    expect(v.score).toBeLessThanOrEqual(40);
  });

  it('a notification stays other whatever the standing', () => {
    const body = 'Ruben Okafor and 3 others viewed your profile this week. See who viewed your profile.';
    for (const trust of ['trusted', 'muted'] as const) {
      expect(score(body, ELECTRICIAN, { site: 'linkedin', sender: { name: 'LinkedIn' } }, { trust }).label).toBe('other');
    }
  });

  it('holds on any text (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(VAGUE, TARGETED_EN, TARGETED_ES, FOLLOW_UP), fc.string({ unit: 'grapheme', maxLength: 200 }), (base, noise) => {
        expect(score(`${base}\n${noise}`, ELECTRICIAN, {}, { trust: 'trusted' }).label).not.toBe('spam');
        expect(score(`${base}\n${noise}`, ELECTRICIAN, {}, { trust: 'muted' }).label).not.toBe('targeted');
        expect(score(`${base}\n${noise}`, ELECTRICIAN, {}, { trust: 'muted' }).label).not.toBe('unsure');
      }),
      { numRuns: 100 },
    );
  });
});

const BANDS: Record<Label, [number, number]> = { targeted: [60, 100], spam: [0, 40], other: [0, 20], unsure: [35, 65] };

/**
 * The ranking contract: the verdict's side first, strongest first, then the rest, strongest first.
 * An unsure verdict has no side: every reason by weight, then the hints that it is a recruiter at all.
 */
function expectRanked(v: Verdict): void {
  expect(rankingProblems(v)).toEqual([]);
}

function rankingProblems(v: Verdict): string[] {
  const problems: string[] = [];
  const descending = (list: Evidence[]) => list.every((e, i) => i === 0 || list[i - 1]!.weight >= e.weight);
  if (v.label === 'unsure') {
    const first = v.evidence.findIndex((e) => e.pull === 'recruiter');
    const reasons = first === -1 ? v.evidence : v.evidence.slice(0, first);
    const hints = first === -1 ? [] : v.evidence.slice(first);
    if (!hints.every((e) => e.pull === 'recruiter')) problems.push('a reason after the recruiter hints');
    if (!descending(reasons)) problems.push('reasons not by weight');
    if (!descending(hints)) problems.push('hints not by weight');
  } else {
    const side = v.label;
    const first = v.evidence.findIndex((e) => e.pull !== side);
    const supporting = first === -1 ? v.evidence : v.evidence.slice(0, first);
    const rest = first === -1 ? [] : v.evidence.slice(first);
    if (!rest.every((e) => e.pull !== side)) problems.push('a supporting reason after the others');
    if (!descending(supporting)) problems.push('supporting reasons not by weight');
    if (!descending(rest)) problems.push('other reasons not by weight');
    // Recruiter-likelihood hints only explain an unsure verdict.
    if (!v.evidence.every((e) => e.pull !== 'recruiter')) problems.push('a recruiter hint on a decided verdict');
  }
  if (v.reasons.join('\n') !== v.evidence.map((e) => e.reason).join('\n')) problems.push('reasons differ from evidence');
  if (new Set(v.reasons).size !== v.reasons.length) problems.push('a reason repeated');
  return problems;
}

describe('scoreMessage: reasons and scores', () => {
  it('orders reasons by weight, the verdict’s side first', () => {
    const spam = score(TARGETED_EN.replace('£38,000', '£26,000'), ELECTRICIAN);
    expectRanked(spam);
    expect(spam.evidence[0]!.pull).toBe('spam');
    expect(spam.evidence.at(-1)!.pull).toBe('targeted');
    const targeted = score(TARGETED_ES, ACCOUNTANT);
    expectRanked(targeted);
    expect(targeted.reasons[0]).toBe('Names your employer Grupo Alcaraván');
  });

  it('keeps every verdict within its band: targeted ≥ 60, spam ≤ 40, other ≤ 20, unsure 35–65', () => {
    const bodies = [TARGETED_EN, TARGETED_ES, VAGUE, FOLLOW_UP, TARGETED_EN.replace('Hi Owen', 'Hi {FirstName}')];
    fc.assert(
      fc.property(
        fc.constantFrom(...bodies),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom<TrustState>('trusted', 'neutral', 'muted'),
        fc.constantFrom<Profile | null>(ELECTRICIAN, ACCOUNTANT, KATRIN, null),
        (body, noise, trust, profile) => {
          const v = score(`${noise}\n${body}`, profile, {}, { trust });
          expectRanked(v);
          const [low, high] = BANDS[v.label];
          expect(v.score).toBeGreaterThanOrEqual(low);
          expect(v.score).toBeLessThanOrEqual(high);
          expect(Number.isInteger(v.score)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the bands and the ranking on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1500 }), (body) => {
        const v = score(body, ACCOUNTANT);
        expectRanked(v);
        expect(v.score).toBeGreaterThanOrEqual(0);
        expect(v.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });

  it('scores a 1 MB message quickly', () => {
    const body = `${TARGETED_EN}\n${'Conveyor lines, PLC panels and fault finding across the depot. '.repeat(16_000)}`;
    const started = performance.now();
    const v = score(body, ELECTRICIAN);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(v.label).toBe('targeted');
  });
});

describe('prepare, applyRules and featuresOf', () => {
  it('prepare analyses once and keys the sender', () => {
    const p = prepare({ message: message(TARGETED_EN, { subject: 'Electrician, Leeds' }) });
    expect(p.body.tokens.length).toBeGreaterThan(10);
    expect(p.subject?.text).toBe('Electrician, Leeds');
    expect(p.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(p.identities).toContain('email:ines@talentbridge.example');
    expect(p.agency).toBe('domain:talentbridge.example');
    expect(prepare({ message: message(TARGETED_EN) }).subject).toBeNull();
  });

  it('applyRules gives the rules’ label, logits and lean', () => {
    const input: ScoreInput = { message: message(TARGETED_EN), profile: ELECTRICIAN };
    const rules = applyRules(input, prepare(input));
    expect(rules.label).toBe('targeted');
    expect(rules.logits).toEqual([3, 0, 0]);
    const lean = rules.evidence.reduce((n, e) => n + (e.pull === 'targeted' ? e.weight : e.pull === 'spam' ? -e.weight : 0), 0);
    expect(rules.lean).toBeCloseTo(lean);
    const spamInput: ScoreInput = { message: message(VAGUE), profile: ELECTRICIAN };
    expect(applyRules(spamInput, prepare(spamInput)).logits).toEqual([0, 3, 0]);
  });

  it('featuresOf lists evidence, words, agency, identities and site', () => {
    const input: ScoreInput = { message: message(TARGETED_EN, { subject: 'Depot electrician' }), profile: ELECTRICIAN };
    const prepared = prepare(input);
    const rules = applyRules(input, prepared);
    const features = featuresOf(prepared, rules.evidence, input);
    expect(features).toEqual(expect.arrayContaining(['e:match.title', 'w:electrician', 'w:depot', 'a:domain:talentbridge.example', 's:email']));
    expect(features).toContain('r:email:ines@talentbridge.example');
    // No numbers, no words shorter than three letters.
    expect(features.some((f) => f === 'w:38' || f === 'w:000' || f === 'w:an')).toBe(false);
  });

  it('featuresOf keeps the word list bounded on a huge vocabulary', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}x`).join(' ');
    const input: ScoreInput = { message: message(words), profile: null };
    const prepared = prepare(input);
    const features = featuresOf(prepared, [], input);
    expect(features.filter((f) => f.startsWith('w:')).length).toBeLessThanOrEqual(400);
  });

  it('the verdict carries the fingerprint and the features for learning', () => {
    const input: ScoreInput = { message: message(TARGETED_EN), profile: ELECTRICIAN };
    const v = scoreMessage(input);
    const prepared = prepare(input);
    expect(v.fingerprint).toBe(prepared.fingerprint);
    expect(v.features).toEqual(featuresOf(prepared, applyRules(input, prepared).evidence, input));
  });
});
