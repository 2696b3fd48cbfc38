/**
 * Runs the scorer over a labelled corpus exactly as the extension would meet it: message by message
 * in receiving order, each candidate with their own history and learned state. Pure: the caller
 * reads the files. The scorer never sees `label` or `notes`.
 */
import type { Label, Sender } from '../message';
import { validateProfile, type Profile } from '../profile';
import { MemoryHistory } from './history';
import { emptyLearnedState, learn, type LearnedState } from './learner';
import { applyRules, featuresOf, prepare, scoreMessage } from './score';
import type { ScoreInput, ScorerMessage } from './types';

export interface CorpusMessage {
  id: string;
  profile: string;
  channel: 'linkedin' | 'email';
  sender: Sender;
  subject: string | null;
  body: string;
  sentAt: string;
  thread?: string | null;
  recipientCount?: number | null;
  label?: Label;
  notes?: string;
}

export const GOLD_LABELS = ['targeted', 'spam', 'other'] as const;
export type GoldLabel = (typeof GOLD_LABELS)[number];
export const PREDICTED_LABELS = ['targeted', 'unsure', 'spam', 'other'] as const;

export interface Prediction {
  id: string;
  label: Label;
  score: number;
  reasons: string[];
}

export interface ClassFigures {
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalResult {
  n: number;
  accuracy: number;
  coverage: number;
  perClass: Record<GoldLabel, ClassFigures>;
  /** confusion[gold][predicted] */
  confusion: Record<GoldLabel, Record<Label, number>>;
  messagesPerSecond: number;
  predictions: Prediction[];
  corrections: number;
}

export interface EvalOptions {
  /** Replay as a candidate who corrects every wrong definite verdict right after seeing it. */
  learn?: boolean;
  /** Clock for throughput; performance.now in Node and browsers. */
  now?: () => number;
}

/** Reads a corpus line without trusting it: a clear error names the line. */
export function parseCorpusLine(line: string, lineNumber: number): CorpusMessage {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error(`Line ${lineNumber}: not valid JSON.`);
  }
  const m = value as Partial<CorpusMessage>;
  if (typeof m !== 'object' || m === null) throw new Error(`Line ${lineNumber}: not an object.`);
  if (typeof m.id !== 'string' || typeof m.profile !== 'string') throw new Error(`Line ${lineNumber}: needs "id" and "profile".`);
  if (typeof m.body !== 'string') throw new Error(`Line ${lineNumber}: needs a "body" text.`);
  if (typeof m.sender !== 'object' || m.sender === null || typeof m.sender.name !== 'string') {
    throw new Error(`Line ${lineNumber}: needs a "sender" with a "name".`);
  }
  if (m.channel !== 'linkedin' && m.channel !== 'email') throw new Error(`Line ${lineNumber}: "channel" must be linkedin or email.`);
  return m as CorpusMessage;
}

export function parseProfiles(json: unknown): Record<string, Profile> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('Profiles must be an object keyed by profile id.');
  const out: Record<string, Profile> = {};
  for (const [id, raw] of Object.entries(json)) {
    const checked = validateProfile(raw);
    if (!checked.ok) throw new Error(`Profile "${id}": ${checked.errors.join(' ')}`);
    out[id] = checked.value;
  }
  return out;
}

/** A corpus line as the scorer meets it. */
export function toScorerMessage(m: CorpusMessage): ScorerMessage {
  const sentAt = Date.parse(m.sentAt);
  return {
    site: m.channel === 'linkedin' ? 'linkedin' : 'email',
    sender: m.sender,
    subject: m.subject ?? null,
    body: m.body,
    sentAt: Number.isFinite(sentAt) ? sentAt : 0,
    threadKey: m.thread ?? null,
    recipientCount: m.recipientCount ?? null,
  };
}

export function evaluate(messages: readonly CorpusMessage[], profiles: Record<string, Profile>, options: EvalOptions = {}): EvalResult {
  const now = options.now ?? (() => performance.now());
  const histories = new Map<string, MemoryHistory>();
  const learned = new Map<string, LearnedState>();
  const predictions: Prediction[] = [];
  const confusion = Object.fromEntries(
    GOLD_LABELS.map((g) => [g, Object.fromEntries(PREDICTED_LABELS.map((p) => [p, 0]))]),
  ) as Record<GoldLabel, Record<Label, number>>;
  let scoringMs = 0;
  let corrections = 0;
  // Word lists and indexes are built on first use; build them before the clock starts.
  const first = messages[0];
  if (first) scoreMessage({ message: toScorerMessage(first), profile: profiles[first.profile] ?? null });

  for (const m of messages) {
    const profile = profiles[m.profile] ?? null;
    let history = histories.get(m.profile);
    if (!history) histories.set(m.profile, (history = new MemoryHistory()));
    const message = toScorerMessage(m);

    const started = now();
    const prepared = prepare({ message });
    const view = history.view({
      threadKey: message.threadKey,
      identities: prepared.identities,
      agency: prepared.agency,
      fingerprint: prepared.fingerprint,
      sentAt: message.sentAt,
    });
    const input: ScoreInput = { message, profile, history: view, learned: learned.get(m.profile) ?? null };
    const verdict = scoreMessage(input, prepared);
    scoringMs += now() - started;

    let label = verdict.label;
    history.add({
      key: m.id,
      threadKey: message.threadKey,
      sentAt: message.sentAt,
      identities: prepared.identities,
      agency: prepared.agency,
      fingerprint: prepared.fingerprint,
      label,
      isOwn: false,
    });
    predictions.push({ id: m.id, label, score: verdict.score, reasons: verdict.reasons });

    const gold = m.label;
    if (gold && (GOLD_LABELS as readonly string[]).includes(gold)) {
      confusion[gold as GoldLabel][label] += 1;
      if (options.learn && label !== 'unsure' && label !== gold) {
        const rules = applyRules(input, prepared);
        const state = learn(
          learned.get(m.profile) ?? emptyLearnedState(),
          featuresOf(prepared, rules.evidence, input),
          rules.logits,
          gold as GoldLabel,
          { fingerprint: prepared.fingerprint, label: gold, key: m.id },
        );
        learned.set(m.profile, state);
        history.relabel(m.id, gold);
        corrections += 1;
        label = gold;
      }
    }
  }

  return { ...figures(confusion), messagesPerSecond: scoringMs > 0 ? (messages.length * 1000) / scoringMs : 0, predictions, corrections };
}

function figures(confusion: Record<GoldLabel, Record<Label, number>>): Pick<EvalResult, 'n' | 'accuracy' | 'coverage' | 'perClass' | 'confusion'> {
  let n = 0;
  let correct = 0;
  let recruiter = 0;
  let definite = 0;
  for (const gold of GOLD_LABELS) {
    for (const predicted of PREDICTED_LABELS) {
      const count = confusion[gold][predicted];
      n += count;
      if (gold === predicted) correct += count;
      if (gold !== 'other') {
        recruiter += count;
        if (predicted !== 'unsure') definite += count;
      }
    }
  }
  const perClass = Object.fromEntries(
    GOLD_LABELS.map((c) => {
      const tp = confusion[c][c];
      const predicted = GOLD_LABELS.reduce((sum, g) => sum + confusion[g][c], 0);
      const actual = PREDICTED_LABELS.reduce((sum, p) => sum + confusion[c][p], 0);
      const precision = predicted ? tp / predicted : 0;
      const recall = actual ? tp / actual : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return [c, { precision, recall, f1 }];
    }),
  ) as Record<GoldLabel, ClassFigures>;
  return { n, accuracy: n ? correct / n : 0, coverage: recruiter ? definite / recruiter : 0, perClass, confusion };
}
