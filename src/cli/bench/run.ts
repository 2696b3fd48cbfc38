/**
 * Runs every measurement the benchmark has so far, in process. Each measurement lives in its own file
 * beside this one; the ones still missing stay null in the result.
 */
import { measureBaseline } from './baseline-bayes';
import { loadCorpus, repeatCorpus } from './corpus';
import { measureLinearity } from './linearity';
import { emptyResult, type BenchResult } from './report';
import { measureScorer } from './scorer';

export interface BenchOptions {
  corpus: string;
  profiles: string;
  /** A smaller run that proves the benchmark works, for CI: figures are rough. */
  quick?: boolean;
  /** Progress lines, e.g. to stderr. */
  log?: (line: string) => void;
}

export interface BenchRun {
  result: BenchResult;
  /** Lines that say what was measured and how, for the table. */
  notes: string[];
}

export function runBench(options: BenchOptions): BenchRun {
  const log = options.log ?? (() => {});
  const { messages, profiles } = loadCorpus(options.corpus, options.profiles);
  const count = options.quick ? 1_000 : 10_000;
  const workload = repeatCorpus(messages, count);
  const warmUp = repeatCorpus(messages, options.quick ? 300 : 2_000);
  const result = emptyResult();
  const notes: string[] = [];

  log(`scorer: ${workload.length} messages with history…`);
  const scorer = measureScorer(workload, profiles, warmUp);
  result.scorerMessagesPerSecond = scorer.perSecond;
  result.scorerP99Micros = scorer.p99Micros;
  notes.push(`scorer: ${workload.length} messages (${messages.length} of the corpus repeated), median ${scorer.medianMicros.toFixed(0)} µs`);

  log('scorer linearity: 1 KB and 1 MB…');
  const linearity = measureLinearity(messages, profiles, options.quick ? { small: 50, large: 2 } : { small: 400, large: 9 });
  result.scorerLinearity = linearity.ratio;
  notes.push(`linearity: 1 KB in ${linearity.oneKbMicros.toFixed(0)} µs, 1 MB in ${linearity.oneMbMicros.toFixed(0)} µs`);

  log('baseline naive Bayes…');
  const baseline = measureBaseline(messages, workload, warmUp);
  result.baselineMessagesPerSecond = baseline.perSecond;
  notes.push(`baseline: multinomial naive Bayes over the same tokens, p99 ${baseline.p99Micros.toFixed(0)} µs`);
  return { result, notes };
}
