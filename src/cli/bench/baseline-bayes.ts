/**
 * The yardstick: a plain multinomial naive Bayes over the same tokens the scorer reads (analyse() of
 * subject and body), trained on the corpus labels with add-one smoothing. It knows nothing of the
 * profile or the history; its speed shows what the scorer's rules cost on top of reading the text.
 */
import type { CorpusMessage } from '../../core/scoring/evaluate';
import { analyse } from '../../core/text';
import { summarise, type Timings } from './timing';

export class NaiveBayes {
  private readonly classes: string[] = [];
  private readonly counts: Map<string, number>[] = [];
  private readonly totals: number[] = [];
  private readonly docs: number[] = [];
  private readonly vocabulary = new Set<string>();
  private priors: number[] = [];
  private unseen: number[] = [];
  private logLikelihood = new Map<string, Float64Array>();

  private static words(m: Pick<CorpusMessage, 'subject' | 'body'>): string[] {
    const words = analyse(m.body).tokens.map((t) => t.text);
    if (m.subject) for (const t of analyse(m.subject).tokens) words.push(t.text);
    return words;
  }

  train(messages: readonly CorpusMessage[]): this {
    for (const m of messages) {
      if (!m.label) continue;
      let c = this.classes.indexOf(m.label);
      if (c < 0) {
        c = this.classes.push(m.label) - 1;
        this.counts.push(new Map());
        this.totals.push(0);
        this.docs.push(0);
      }
      this.docs[c]! += 1;
      for (const w of NaiveBayes.words(m)) {
        this.vocabulary.add(w);
        this.counts[c]!.set(w, (this.counts[c]!.get(w) ?? 0) + 1);
        this.totals[c]! += 1;
      }
    }
    if (!this.classes.length) throw new Error('The baseline needs labelled messages to train on.');
    const n = this.docs.reduce((a, b) => a + b, 0);
    const v = this.vocabulary.size;
    this.priors = this.docs.map((d) => Math.log(d / n));
    this.unseen = this.totals.map((t) => Math.log(1 / (t + v)));
    // Log-probabilities precomputed per word: classifying is one map lookup a token.
    this.logLikelihood = new Map();
    for (const w of this.vocabulary) {
      this.logLikelihood.set(w, Float64Array.from(this.classes, (_, c) => Math.log(((this.counts[c]!.get(w) ?? 0) + 1) / (this.totals[c]! + v))));
    }
    return this;
  }

  classify(m: Pick<CorpusMessage, 'subject' | 'body'>): string {
    const scores = Float64Array.from(this.priors);
    for (const w of NaiveBayes.words(m)) {
      const ll = this.logLikelihood.get(w);
      for (let c = 0; c < scores.length; c += 1) scores[c]! += ll ? ll[c]! : this.unseen[c]!;
    }
    let best = 0;
    for (let c = 1; c < scores.length; c += 1) if (scores[c]! > scores[best]!) best = c;
    return this.classes[best]!;
  }
}

export function runBaseline(model: NaiveBayes, messages: readonly CorpusMessage[]): { times: Float64Array; correct: number } {
  const times = new Float64Array(messages.length);
  let correct = 0;
  for (let i = 0; i < messages.length; i += 1) {
    const started = performance.now();
    const label = model.classify(messages[i]!);
    times[i] = performance.now() - started;
    if (label === messages[i]!.label) correct += 1;
  }
  return { times, correct };
}

/** Trained on `training`, timed on `messages` after a warm-up pass, the same way as the scorer. */
export function measureBaseline(training: readonly CorpusMessage[], messages: readonly CorpusMessage[], warmUp: readonly CorpusMessage[]): Timings {
  const model = new NaiveBayes().train(training);
  runBaseline(model, warmUp);
  return summarise(runBaseline(model, messages).times);
}
