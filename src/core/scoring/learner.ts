/**
 * What the candidate's corrections teach: an online multinomial logistic regression over hashed
 * features, plus the corrected messages' fingerprints so a near copy follows its correction at once.
 * Plain JSON, so the worker can keep it in IndexedDB and restore it after a restart.
 */
import type { Label } from '../message';
import { isNearDuplicate } from './fingerprint';

export const CLASSES = ['targeted', 'spam', 'other'] as const;
export type LearnedClass = (typeof CLASSES)[number];

/** 2^18 buckets: collisions stay rare for one person's vocabulary. */
const BUCKETS = 1 << 18;
const MAX_EXEMPLARS = 500;
const RATE = 0.5;
const L2 = 1e-4;
const MAX_STEPS = 60;

export interface Exemplar {
  fingerprint: string;
  label: Label;
  key: string;
}

export interface LearnedState {
  version: 1;
  /** Bucket → weights for targeted, spam, other. */
  weights: Record<string, [number, number, number]>;
  bias: [number, number, number];
  exemplars: Exemplar[];
  updates: number;
}

export function emptyLearnedState(): LearnedState {
  return { version: 1, weights: {}, bias: [0, 0, 0], exemplars: [], updates: 0 };
}

/** FNV-1a into the bucket range. */
export function bucketOf(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i += 1) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

function hashed(features: readonly string[]): number[] {
  return [...new Set(features.map(bucketOf))];
}

/** The learned part of the verdict: a logit per class (zeros before any correction). */
export function learnedLogits(state: LearnedState | null | undefined, features: readonly string[]): [number, number, number] {
  if (!state || state.updates === 0) return [0, 0, 0];
  const buckets = hashed(features);
  const scale = buckets.length ? 1 / Math.sqrt(buckets.length) : 0;
  const out: [number, number, number] = [...state.bias];
  for (const b of buckets) {
    const w = state.weights[b];
    if (!w) continue;
    out[0] += w[0] * scale;
    out[1] += w[1] * scale;
    out[2] += w[2] * scale;
  }
  return out;
}

/** A correction for a near copy of this text, if the candidate made one. */
export function exemplarFor(state: LearnedState | null | undefined, fingerprint: string): Exemplar | null {
  if (!state) return null;
  for (let i = state.exemplars.length - 1; i >= 0; i -= 1) {
    const exemplar = state.exemplars[i]!;
    if (isNearDuplicate(exemplar.fingerprint, fingerprint)) return exemplar;
  }
  return null;
}

function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/**
 * Learns from one correction: gradient steps on this message until the combined verdict (the rules'
 * logits plus the learned ones) prefers the corrected class by a clear margin. Returns a new state.
 */
export function learn(
  state: LearnedState | null | undefined,
  features: readonly string[],
  ruleLogits: readonly [number, number, number],
  target: LearnedClass,
  exemplar: Exemplar | null,
): LearnedState {
  const next: LearnedState = structuredClone(state ?? emptyLearnedState());
  const buckets = hashed(features);
  const scale = buckets.length ? 1 / Math.sqrt(buckets.length) : 0;
  const t = CLASSES.indexOf(target);
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const learned = learnedLogits({ ...next, updates: 1 }, features);
    const combined = ruleLogits.map((r, i) => r + learned[i]!);
    const others = combined.filter((_, i) => i !== t);
    if (combined[t]! - Math.max(...others) >= 1.5) break;
    const p = softmax(combined);
    for (let c = 0; c < 3; c += 1) {
      const gradient = (c === t ? 1 : 0) - p[c]!;
      next.bias[c] = next.bias[c]! + RATE * 0.1 * gradient;
      for (const b of buckets) {
        const w = (next.weights[b] ??= [0, 0, 0]);
        w[c] = w[c]! * (1 - L2) + RATE * gradient * scale;
      }
    }
  }
  next.updates += 1;
  if (exemplar) {
    next.exemplars = next.exemplars.filter((e) => e.key !== exemplar.key);
    next.exemplars.push(exemplar);
    if (next.exemplars.length > MAX_EXEMPLARS) next.exemplars.splice(0, next.exemplars.length - MAX_EXEMPLARS);
  }
  return next;
}

/**
 * Rebuilds the learned state from the stored corrections that are not undone, in order: undoing a
 * correction is replaying the rest, so nothing a candidate took back lingers in the weights.
 */
export function replay(
  corrections: readonly { features: readonly string[]; ruleLogits: readonly [number, number, number]; target: LearnedClass; exemplar: Exemplar | null }[],
): LearnedState {
  let state = emptyLearnedState();
  for (const c of corrections) state = learn(state, c.features, c.ruleLogits, c.target, c.exemplar);
  return state;
}
