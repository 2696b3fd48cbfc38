/**
 * The scorer's throughput and tail latency, in Node, as the worker runs it: each message analysed,
 * its history looked up in the candidate's own MemoryHistory, scored, then added to that history.
 */
import type { CorpusMessage } from '../../core/scoring/evaluate';
import { toScorerMessage } from '../../core/scoring/evaluate';
import { MemoryHistory } from '../../core/scoring/history';
import { prepare, scoreMessage } from '../../core/scoring/score';
import type { Profile } from '../../core/profile';
import type { Verdict } from '../../core/scoring/types';
import { summarise, type Timings } from './timing';

/** Scores `messages` in order, each candidate with their own history; returns per-message times in ms. */
export function runScorer(messages: readonly CorpusMessage[], profiles: Record<string, Profile>, sink?: (v: Verdict) => void): Float64Array {
  const times = new Float64Array(messages.length);
  const histories = new Map<string, MemoryHistory>();
  for (let i = 0; i < messages.length; i += 1) {
    const m = messages[i]!;
    const message = toScorerMessage(m);
    const profile = profiles[m.profile] ?? null;
    let history = histories.get(m.profile);
    if (!history) histories.set(m.profile, (history = new MemoryHistory()));
    const started = performance.now();
    const prepared = prepare({ message });
    const view = history.view({
      threadKey: message.threadKey,
      identities: prepared.identities,
      agency: prepared.agency,
      fingerprint: prepared.fingerprint,
      sentAt: message.sentAt,
    });
    const verdict = scoreMessage({ message, profile, history: view }, prepared);
    history.add({
      key: m.id,
      threadKey: message.threadKey,
      sentAt: message.sentAt,
      identities: prepared.identities,
      agency: prepared.agency,
      fingerprint: prepared.fingerprint,
      label: verdict.label,
      isOwn: false,
    });
    times[i] = performance.now() - started;
    sink?.(verdict);
  }
  return times;
}

/** Throughput and p99 over `messages`, after one warm-up pass over `warmUp` (JIT, word lists, profile models). */
export function measureScorer(messages: readonly CorpusMessage[], profiles: Record<string, Profile>, warmUp: readonly CorpusMessage[]): Timings {
  runScorer(warmUp, profiles);
  return summarise(runScorer(messages, profiles));
}
