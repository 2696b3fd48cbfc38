import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile';
import {
  CLASSES,
  bucketOf,
  emptyLearnedState,
  exemplarFor,
  learn,
  learnedLogits,
  replay,
  type LearnedClass,
  type LearnedState,
} from '../../../src/core/scoring/learner';
import { applyRules, featuresOf, prepare, scoreMessage } from '../../../src/core/scoring/score';
import type { ScoreInput, ScorerMessage } from '../../../src/core/scoring/types';

const DESIGNER: Profile = {
  name: 'Tomás Ferreira',
  headline: 'Senior Product Designer at Ondina Travel, creator of Gaivota icons',
  currentCompany: 'Ondina Travel',
  titles: ['Product Designer', 'UX Designer'],
  skills: ['Figma', 'User research', 'Prototyping', 'Design systems'],
  seniority: 'senior',
  locations: ['Porto, Portugal'],
  workplace: ['remote', 'hybrid'],
};

function message(body: string, sender = { name: 'Ines Callejo', email: 'ines@talentbridge.example', headline: 'Recruiter' }): ScorerMessage {
  return { site: 'email', sender, subject: null, body, sentAt: Date.parse('2026-02-10T09:00:00Z'), threadKey: null, recipientCount: 1 };
}

// A vague template the rules call spam; the candidate knows the agency and says it is targeted.
const TEMPLATE =
  'Hello there,\n\nI have an exciting opportunity with my client, a fast-growing company in the travel space. The package is competitive ' +
  'and the team is friendly. Would you be open to a quick call this week to hear more about it?\n\nKind regards,\nInes';
const NEAR_COPY = TEMPLATE.replace('Hello there', 'Hi there').replace('Ines', 'Bruno');
const SPECIFIC =
  'Olá Tomás,\n\nAs tuas ilustrações Gaivota são lindas. Estamos a contratar um Product Designer sénior (Figma, prototipagem), totalmente remoto.\n\nAbraços,\nMarta';

const template: ScoreInput = { message: message(TEMPLATE), profile: DESIGNER };
const nearCopy: ScoreInput = {
  message: message(NEAR_COPY, { name: 'Bruno Alves', email: 'bruno@otheragency.example', headline: 'Recruiter' }),
  profile: DESIGNER,
};
const specific: ScoreInput = { message: message(SPECIFIC), profile: DESIGNER };

/** A correction as the extension stores it. */
function correction(input: ScoreInput, target: LearnedClass, key: string, withExemplar = true) {
  const prepared = prepare(input);
  const rules = applyRules(input, prepared);
  return {
    features: featuresOf(prepared, rules.evidence, input),
    ruleLogits: rules.logits,
    target,
    exemplar: withExemplar ? { fingerprint: prepared.fingerprint, label: target, key } : null,
  };
}

function learnFrom(state: LearnedState | null, c: ReturnType<typeof correction>): LearnedState {
  return learn(state, c.features, c.ruleLogits, c.target, c.exemplar);
}

describe('the learned state', () => {
  it('starts empty and adds nothing before any correction', () => {
    expect(emptyLearnedState()).toEqual({ version: 1, weights: {}, bias: [0, 0, 0], exemplars: [], updates: 0 });
    expect(learnedLogits(null, ['w:nurse'])).toEqual([0, 0, 0]);
    expect(learnedLogits(undefined, ['w:nurse'])).toEqual([0, 0, 0]);
    expect(learnedLogits(emptyLearnedState(), ['w:nurse'])).toEqual([0, 0, 0]);
    expect(exemplarFor(null, '5a3c9e0172f4b6d8')).toBeNull();
  });

  it('hashes features into a fixed range, the same way every time', () => {
    expect(bucketOf('w:enfermera')).toBe(bucketOf('w:enfermera'));
    expect(bucketOf('w:enfermera')).not.toBe(bucketOf('w:enfermero'));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (feature) => {
        const b = bucketOf(feature);
        expect(Number.isInteger(b)).toBe(true);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThan(1 << 18);
      }),
    );
  });

  it('knows the three classes a correction can teach', () => {
    expect(CLASSES).toEqual(['targeted', 'spam', 'other']);
  });
});

describe('learn', () => {
  it('returns a new state and leaves the old one alone', () => {
    const before = emptyLearnedState();
    const snapshot = structuredClone(before);
    const after = learnFrom(before, correction(template, 'targeted', 'm1'));
    expect(before).toEqual(snapshot);
    expect(after.updates).toBe(1);
    expect(after.exemplars).toHaveLength(1);
    expect(Object.keys(after.weights).length).toBeGreaterThan(0);
  });

  it('learns until the corrected class wins by a clear margin', () => {
    const c = correction(template, 'targeted', 'm1', false);
    const state = learnFrom(null, c);
    const learned = learnedLogits(state, c.features);
    const combined = c.ruleLogits.map((r, i) => r + learned[i]!);
    expect(combined[0]! - Math.max(combined[1]!, combined[2]!)).toBeGreaterThanOrEqual(1.5);
  });

  it('keeps one exemplar per message key, the latest correction winning', () => {
    const first = learnFrom(null, correction(template, 'targeted', 'm1'));
    const again = learnFrom(first, correction(template, 'other', 'm1'));
    expect(again.exemplars).toHaveLength(1);
    expect(again.exemplars[0]!.label).toBe('other');
    expect(exemplarFor(again, prepare(template).fingerprint)?.label).toBe('other');
  });

  it('keeps at most 500 exemplars, dropping the oldest', () => {
    let state = emptyLearnedState();
    for (let i = 0; i < 501; i += 1) {
      const fingerprint = (BigInt(i + 1) << 20n).toString(16).padStart(16, '0');
      state = learn(state, [], [0, 0, 0], 'spam', { fingerprint, label: 'spam', key: `k${i}` });
    }
    expect(state.exemplars).toHaveLength(500);
    expect(state.exemplars[0]!.key).toBe('k1');
    expect(state.exemplars[499]!.key).toBe('k500');
  });
});

describe('a correction in the verdict', () => {
  it('is needed: the rules call the vague template spam and the specific note targeted', () => {
    expect(scoreMessage(template).label).toBe('spam');
    expect(scoreMessage(nearCopy).label).toBe('spam');
    expect(scoreMessage(specific).label).toBe('targeted');
  });

  it('flips the verdict of the same message and of a near copy at once', () => {
    const state = learnFrom(null, correction(template, 'targeted', 'm1'));
    const same = scoreMessage({ ...template, learned: state });
    expect(same.label).toBe('targeted');
    expect(same.reasons[0]).toBe('You marked a message with the same text as targeted');
    expect(same.score).toBeGreaterThanOrEqual(60);
    const copy = scoreMessage({ ...nearCopy, learned: state });
    expect(copy.label).toBe('targeted');
    expect(copy.reasons[0]).toBe('You marked a message with the same text as targeted');
  });

  it('flips the same message through the learned weights alone, without an exemplar', () => {
    const state = learnFrom(null, correction(template, 'targeted', 'm1', false));
    const verdict = scoreMessage({ ...template, learned: state });
    expect(verdict.label).toBe('targeted');
    expect(verdict.reasons[0]).toBe('Your corrections of similar messages make this targeted');
  });

  it('does not disturb an unrelated message', () => {
    const state = learnFrom(null, correction(template, 'targeted', 'm1'));
    expect(scoreMessage({ ...specific, learned: state }).label).toBe('targeted');
  });

  it('teaches "not recruiter outreach" too', () => {
    const state = learnFrom(null, correction(specific, 'other', 'm2'));
    const verdict = scoreMessage({ ...specific, learned: state });
    expect(verdict.label).toBe('other');
    expect(verdict.score).toBeLessThanOrEqual(20);
  });
});

describe('replay', () => {
  const c1 = correction(template, 'targeted', 'm1');
  const c2 = correction(specific, 'spam', 'm2');

  it('rebuilds exactly the state of learning the corrections one by one', () => {
    expect(replay([c1, c2])).toEqual(learnFrom(learnFrom(emptyLearnedState(), c1), c2));
    expect(replay([])).toEqual(emptyLearnedState());
  });

  it('restores the original verdict when a correction is undone', () => {
    const both = replay([c1, c2]);
    expect(scoreMessage({ ...template, learned: both }).label).toBe('targeted');
    expect(scoreMessage({ ...specific, learned: both }).label).toBe('spam');
    const undone = replay([c2]);
    const restored = scoreMessage({ ...template, learned: undone });
    expect(restored.label).toBe('spam');
    expect(restored.reasons).toEqual(scoreMessage(template).reasons);
    expect(scoreMessage({ ...nearCopy, learned: undone }).label).toBe('spam');
    expect(scoreMessage({ ...specific, learned: undone }).label).toBe('spam');
  });

  it('keeps its state as plain JSON that survives stringify and parse', () => {
    const state = replay([c1, c2]);
    const restored = JSON.parse(JSON.stringify(state)) as LearnedState;
    expect(restored).toEqual(state);
    for (const input of [template, nearCopy, specific]) {
      const a = scoreMessage({ ...input, learned: state });
      const b = scoreMessage({ ...input, learned: restored });
      expect(b.label).toBe(a.label);
      expect(b.score).toBe(a.score);
      expect(b.reasons).toEqual(a.reasons);
    }
  });
});

describe('the learner on any input', () => {
  it('never throws on arbitrary features and targets, and stays finite', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 50 }),
        fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true })),
        fc.constantFrom(...CLASSES),
        (features, logits, target) => {
          const state = learn(null, features, logits, target, null);
          for (const value of learnedLogits(state, features)) expect(Number.isFinite(value)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('learns from a correction of a 1 MB message quickly', () => {
    const big: ScoreInput = { message: message(`${TEMPLATE} `.repeat(3_500)), profile: DESIGNER };
    const started = performance.now();
    const state = learnFrom(null, correction(big, 'targeted', 'big'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(scoreMessage({ ...big, learned: state }).label).toBe('targeted');
  });
});
