/**
 * How the scorer's cost grows with the length of a message: one body padded with other real message
 * text to 1 KB and to 1 MB, and the time per KB of each compared. Linear or better gives 1 or less.
 */
import type { CorpusMessage } from '../../core/scoring/evaluate';
import { toScorerMessage } from '../../core/scoring/evaluate';
import { scoreMessage } from '../../core/scoring/score';
import type { Profile } from '../../core/profile';
import { percentile } from './timing';

const KB = 1024;

/** `base` followed by paragraphs of the other bodies, cut to exactly `bytes` UTF-16 units. */
export function padBody(base: string, filler: readonly string[], bytes: number): string {
  const parts = [base];
  let length = base.length;
  for (let i = 0; length < bytes; i = (i + 1) % filler.length) {
    const next = filler[i]!;
    parts.push(next);
    length += next.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

function medianMs(run: () => void, times: number): number {
  const ms = new Float64Array(times);
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    run();
    ms[i] = performance.now() - started;
  }
  return percentile(ms.sort(), 0.5);
}

export interface Linearity {
  /** Time per KB at 1 MB divided by time per KB at 1 KB. */
  ratio: number;
  oneKbMicros: number;
  oneMbMicros: number;
}

export function measureLinearity(messages: readonly CorpusMessage[], profiles: Record<string, Profile>, repeats: { small: number; large: number }): Linearity {
  // The longest recruiter message is the base: the one most like the long mails that matter.
  const recruiter = messages.filter((m) => m.label !== 'other');
  const base = (recruiter.length ? recruiter : messages).reduce((a, b) => (b.body.length > a.body.length ? b : a));
  const filler = messages.filter((m) => m !== base).map((m) => m.body);
  const profile = profiles[base.profile] ?? null;
  const score = (body: string): (() => void) => {
    const message = { ...toScorerMessage(base), body };
    return () => void scoreMessage({ message, profile });
  };
  const small = score(padBody(base.body, filler, KB));
  const large = score(padBody(base.body, filler, KB * KB));
  for (let i = 0; i < 20; i += 1) small();
  large();
  const oneKb = medianMs(small, repeats.small);
  const oneMb = medianMs(large, repeats.large);
  return { ratio: oneMb / KB / oneKb, oneKbMicros: oneKb * 1000, oneMbMicros: oneMb * 1000 };
}
