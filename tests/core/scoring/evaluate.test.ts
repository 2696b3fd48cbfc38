import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile';
import { evaluate, parseCorpusLine, parseProfiles, type CorpusMessage, type EvalResult } from '../../../src/core/scoring/evaluate';

const DEVELOPER: Profile = {
  name: 'Tiago Figueiral',
  headline: 'Backend engineer at Corvina Pay, maintainer of Lampreia',
  currentCompany: 'Corvina Pay',
  titles: ['Backend Engineer', 'Engenheiro de Software', 'Python Developer'],
  skills: ['Python', 'Django', 'PostgreSQL', 'Docker'],
  seniority: 'mid',
  locations: ['Lisboa, Portugal'],
  workplace: ['remote'],
  minSalary: 45000,
  currency: 'EUR',
};
const PROFILES: Record<string, Profile> = { dev: DEVELOPER, other: { ...DEVELOPER }, bare: { name: 'Rosa Meireles' } };

const INES = { name: 'Ines Callejo', email: 'ines@talentbridge.example', headline: 'Recruiter at Talentbridge' };
const BRUNO = { name: 'Bruno Alves', email: 'bruno@northhire.example', headline: 'Recruiter' };
const BLAST =
  'Hello there,\n\nI have an exciting opportunity with my client, a fast-growing company in the logistics space. The package is competitive ' +
  'and the team is friendly. Would you be open to a quick call this week to hear more about it?\n\nKind regards,\nInes';
const BLAST_COPY = BLAST.replace('Hello there', 'Hi there').replace('Ines', 'Bruno');

let clock = 0;
function at(day: number): string {
  return new Date(Date.UTC(2026, 0, day, 10)).toISOString();
}
function m(id: string, fields: Partial<CorpusMessage>): CorpusMessage {
  clock += 1;
  return { id, profile: 'dev', channel: 'email', sender: INES, subject: null, body: '', sentAt: at(clock), ...fields };
}

const SPECIFIC = m('t1', {
  body: 'Olá Tiago,\n\nVi o teu trabalho na Lampreia. Estamos a contratar um Backend Engineer (Python, Django) totalmente remoto.\n\nAbraços',
  label: 'targeted',
});
const BLAST_T = m('t2', { body: BLAST, label: 'targeted' });
const STAFFING = m('s1', {
  sender: { name: 'Raj K', email: 'raj@quickstaff.example' },
  body: 'Hi,\nUrgent requirement for a Java Developer, C2C / W2. Please share your updated resume with visa status and best rate.',
  label: 'spam',
});
const UNSURE = m('s2', {
  profile: 'bare',
  channel: 'linkedin',
  sender: { name: 'Marta Quental', headline: 'Talent Acquisition at Vinhas Norte' },
  body: 'Hi Rosa,\n\nWe are hiring a warehouse supervisor. Would you be interested in a quick call?\n\nMarta',
  label: 'spam',
});
const ALERT = m('o1', {
  sender: { name: 'JobRadar', email: 'alerts@jobradar.example' },
  subject: '12 new jobs for you',
  body: 'New jobs matching your saved search "python Lisboa": 12 new jobs for you. View all jobs. Edit alert.',
  label: 'other',
});
const COPY_O = m('o2', { sender: BRUNO, body: BLAST_COPY, label: 'other' });
const UNLABELLED = m('u1', { body: 'Hi Tiago, are you around for a call about a Django role?' });

const CORPUS = [SPECIFIC, BLAST_T, STAFFING, UNSURE, ALERT, COPY_O, UNLABELLED];

const predicted = (r: EvalResult) => Object.fromEntries(r.predictions.map((p) => [p.id, p.label]));
const zero = { targeted: 0, unsure: 0, spam: 0, other: 0 };

describe('evaluate: figures on a tiny corpus, computed by hand', () => {
  const result = evaluate(CORPUS, PROFILES);

  it('predicts every message, labelled or not, in order', () => {
    expect(result.predictions.map((p) => p.id)).toEqual(['t1', 't2', 's1', 's2', 'o1', 'o2', 'u1']);
    expect(predicted(result)).toMatchObject({ t1: 'targeted', t2: 'spam', s1: 'spam', s2: 'unsure', o1: 'other', o2: 'spam' });
    for (const p of result.predictions) {
      expect(p.reasons.length).toBeGreaterThan(0);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(100);
    }
  });

  it('counts the confusion of labelled messages only', () => {
    expect(result.n).toBe(6);
    expect(result.confusion).toEqual({
      targeted: { ...zero, targeted: 1, spam: 1 },
      spam: { ...zero, spam: 1, unsure: 1 },
      other: { ...zero, other: 1, spam: 1 },
    });
  });

  it('computes accuracy, coverage (unsure is not definite) and per-class figures', () => {
    // 3 of 6 right; 3 of the 4 recruiter messages got a definite label.
    expect(result.accuracy).toBeCloseTo(3 / 6);
    expect(result.coverage).toBeCloseTo(3 / 4);
    // targeted: 1 predicted, 1 right, 2 labelled.
    expect(result.perClass.targeted.precision).toBeCloseTo(1);
    expect(result.perClass.targeted.recall).toBeCloseTo(1 / 2);
    expect(result.perClass.targeted.f1).toBeCloseTo(2 / 3);
    // spam: 3 predicted (t2, s1, o2), 1 right, 2 labelled.
    expect(result.perClass.spam.precision).toBeCloseTo(1 / 3);
    expect(result.perClass.spam.recall).toBeCloseTo(1 / 2);
    expect(result.perClass.spam.f1).toBeCloseTo(2 / 5);
    // other: 1 predicted, 1 right, 2 labelled.
    expect(result.perClass.other.precision).toBeCloseTo(1);
    expect(result.perClass.other.recall).toBeCloseTo(1 / 2);
    expect(result.perClass.other.f1).toBeCloseTo(2 / 3);
    expect(result.corrections).toBe(0);
  });

  it('measures throughput with the given clock', () => {
    // The clock is read twice per message: one step apart is 1 ms a message, 1,000 a second.
    let fast = 0;
    expect(evaluate(CORPUS, PROFILES, { now: () => (fast += 1) }).messagesPerSecond).toBeCloseTo(1000);
    let slow = 0;
    expect(evaluate(CORPUS, PROFILES, { now: () => (slow += 2) }).messagesPerSecond).toBeCloseTo(500);
  });

  it('gives zeros for an empty corpus, never NaN', () => {
    const empty = evaluate([], PROFILES);
    expect(empty).toMatchObject({ n: 0, accuracy: 0, coverage: 0, messagesPerSecond: 0, predictions: [], corrections: 0 });
    for (const c of ['targeted', 'spam', 'other'] as const) expect(empty.perClass[c]).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('evaluate: learn mode', () => {
  it('corrects every wrong definite verdict, never an unsure one', () => {
    const learned = evaluate(CORPUS, PROFILES, { learn: true });
    // t2 is corrected to targeted; its near copy o2 then follows that correction (wrongly for its
    // own label) and is corrected too; s2 is unsure and left alone.
    expect(predicted(learned)).toMatchObject({ t1: 'targeted', t2: 'spam', s1: 'spam', s2: 'unsure', o1: 'other', o2: 'targeted' });
    expect(learned.corrections).toBe(2);
    expect(learned.confusion.other).toEqual({ ...zero, other: 1, targeted: 1 });
  });

  it('lets a near copy follow a correction at once', () => {
    const copy = m('t3', { sender: BRUNO, body: BLAST_COPY, label: 'targeted' });
    const corpus = [SPECIFIC, BLAST_T, copy];
    expect(predicted(evaluate(corpus, PROFILES))).toEqual({ t1: 'targeted', t2: 'spam', t3: 'spam' });
    const learned = evaluate(corpus, PROFILES, { learn: true });
    expect(predicted(learned)).toEqual({ t1: 'targeted', t2: 'spam', t3: 'targeted' });
    expect(learned.corrections).toBe(1);
    expect(learned.accuracy).toBeCloseTo(2 / 3);
  });

  it('lets a follow-up take its thread’s corrected label', () => {
    const first = m('t4', { body: BLAST, thread: 'th-9', label: 'targeted' });
    const follow = m('t5', { body: 'Hi Tiago, just following up on my previous message. Any thoughts?', thread: 'th-9', label: 'targeted' });
    expect(predicted(evaluate([first, follow], PROFILES))).toEqual({ t4: 'spam', t5: 'spam' });
    expect(predicted(evaluate([first, follow], PROFILES, { learn: true }))).toEqual({ t4: 'spam', t5: 'targeted' });
  });

  it('keeps each candidate’s history and corrections to themselves', () => {
    const theirs = m('x1', { profile: 'other', sender: BRUNO, body: BLAST_COPY, label: 'targeted' });
    const learned = evaluate([BLAST_T, theirs], PROFILES, { learn: true });
    expect(predicted(learned)).toEqual({ t2: 'spam', x1: 'spam' });
    expect(learned.predictions[1]!.reasons).not.toContain('Same text as 1 other recruiter sent you this month');
  });
});

describe('parseCorpusLine', () => {
  it('reads a valid line', () => {
    const line = JSON.stringify({ id: 'a', profile: 'dev', channel: 'linkedin', sender: { name: 'Ana' }, subject: null, body: 'Olá', sentAt: at(1), label: 'spam' });
    expect(parseCorpusLine(line, 1)).toMatchObject({ id: 'a', channel: 'linkedin', label: 'spam' });
  });

  it.each([
    ['{not json', 'Line 7: not valid JSON.'],
    ['null', 'Line 7: not an object.'],
    ['42', 'Line 7: not an object.'],
    ['{"profile":"dev","channel":"email","sender":{"name":"A"},"body":""}', 'Line 7: needs "id" and "profile".'],
    ['{"id":"a","channel":"email","sender":{"name":"A"},"body":""}', 'Line 7: needs "id" and "profile".'],
    ['{"id":"a","profile":"dev","channel":"email","sender":{"name":"A"},"body":3}', 'Line 7: needs a "body" text.'],
    ['{"id":"a","profile":"dev","channel":"email","body":"x"}', 'Line 7: needs a "sender" with a "name".'],
    ['{"id":"a","profile":"dev","channel":"email","sender":{"email":"a@b.c"},"body":"x"}', 'Line 7: needs a "sender" with a "name".'],
    ['{"id":"a","profile":"dev","channel":"fax","sender":{"name":"A"},"body":"x"}', 'Line 7: "channel" must be linkedin or email.'],
  ])('%s → %s', (line, message) => {
    expect(() => parseCorpusLine(line, 7)).toThrow(message);
  });

  it('only ever throws an Error naming the line (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json()), fc.integer({ min: 1, max: 99_999 }), (line, n) => {
        let message: string | null = null;
        try {
          parseCorpusLine(line, n);
        } catch (error) {
          message = error instanceof Error ? error.message : 'not an Error';
        }
        expect(message === null || message.startsWith(`Line ${n}: `)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseProfiles', () => {
  it('validates every profile and keeps them by id', () => {
    const profiles = parseProfiles({ nurse: { name: ' Océane Briand ', workplace: ['onsite'], currency: 'eur' } });
    expect(profiles).toEqual({ nurse: { name: 'Océane Briand', workplace: ['onsite'], currency: 'EUR' } });
  });

  it.each([[null], [[]], ['profiles'], [3]])('rejects %j as a whole', (json) => {
    expect(() => parseProfiles(json)).toThrow('Profiles must be an object keyed by profile id.');
  });

  it('names the profile that is wrong and why', () => {
    expect(() => parseProfiles({ ok: { name: 'A' }, broken: { name: '', seniority: 'wizard' } })).toThrow(/^Profile "broken": .*"name" is required.*"seniority" must be one of/);
  });
});

describe('evaluate on a large corpus', () => {
  it('scores a 1 MB message among others quickly', () => {
    const big = m('big', { body: `${BLAST}\n${'Python and Django in Lisbon. '.repeat(36_000)}`, label: 'spam' });
    const started = performance.now();
    const result = evaluate([SPECIFIC, big], PROFILES);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.n).toBe(2);
  });
});
