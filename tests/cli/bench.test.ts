import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NaiveBayes } from '../../src/cli/bench/baseline-bayes';
import { loadCorpus, repeatCorpus } from '../../src/cli/bench/corpus';
import { padBody } from '../../src/cli/bench/linearity';
import { BENCH_KEYS, emptyResult, formatTable } from '../../src/cli/bench/report';
import { runBench } from '../../src/cli/bench/run';
import { summarise } from '../../src/cli/bench/timing';

// shared/ sits beside the repository, on developer machines and in CI alike.
const CORPUS = resolve(__dirname, '../../../shared/corpus');
const files = { corpus: resolve(CORPUS, 'dev.jsonl'), profiles: resolve(CORPUS, 'profiles.json') };

describe('bench building blocks', () => {
  it('summarises per-call times into throughput and a p99', () => {
    const ms = Float64Array.from({ length: 100 }, (_, i) => (i === 99 ? 10 : 1));
    const t = summarise(ms);
    expect(t.perSecond).toBeCloseTo((100 * 1000) / 109);
    expect(t.p99Micros).toBe(1000);
    expect(t.medianMicros).toBe(1000);
  });

  it('pads a body to an exact length with the other texts', () => {
    const body = padBody('Hello Mara,', ['Second text.', 'Third text.'], 1024);
    expect(body).toHaveLength(1024);
    expect(body.startsWith('Hello Mara,\n\nSecond text.\n\nThird text.')).toBe(true);
  });

  it('prints "not measured" for figures still missing and every key in the table', () => {
    const table = formatTable({ ...emptyResult(), scorerMessagesPerSecond: 21_500 });
    expect(table).toContain('scorerMessagesPerSecond');
    expect(table).toContain('21,500 messages/s');
    expect(table).toMatch(/dbTriageQueryMs\s+not measured/);
  });

  it('says which corpus file it cannot read', () => {
    expect(() => loadCorpus('/nonexistent/dev.jsonl', files.profiles)).toThrow(/Cannot read the corpus \/nonexistent\/dev\.jsonl/);
  });
});

describe.runIf(existsSync(files.corpus))('npm run bench on the development corpus', () => {
  it('repeats the corpus with fresh ids and threads, later in time', () => {
    const { messages } = loadCorpus(files.corpus, files.profiles);
    const repeated = repeatCorpus(messages, messages.length * 2 + 1);
    expect(repeated).toHaveLength(messages.length * 2 + 1);
    expect(new Set(repeated.map((m) => m.id)).size).toBe(repeated.length);
    const again = repeated[messages.length]!;
    expect(again.body).toBe(messages[0]!.body);
    expect(Date.parse(again.sentAt)).toBeGreaterThan(Date.parse(messages[0]!.sentAt));
  });

  it('trains a naive Bayes baseline that learns its own training set', () => {
    const { messages } = loadCorpus(files.corpus, files.profiles);
    const model = new NaiveBayes().train(messages);
    const correct = messages.filter((m) => model.classify(m) === m.label).length;
    expect(correct / messages.length).toBeGreaterThan(0.8);
  });

  it('quick mode gives every key of the JSON line, finite numbers for the scorer figures', () => {
    const { result } = runBench({ ...files, quick: true });
    const json = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
    expect(Object.keys(json).toSorted()).toEqual([...BENCH_KEYS].toSorted());
    for (const key of ['scorerMessagesPerSecond', 'scorerP99Micros', 'scorerLinearity', 'baselineMessagesPerSecond'] as const) {
      expect(typeof json[key], key).toBe('number');
      expect(Number.isFinite(json[key]) && (json[key] as number) > 0, key).toBe(true);
    }
  }, 300_000);
});
