import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseCorpusLine, parseProfiles } from '../../../src/core/scoring/evaluate';

// shared/ sits beside the repository, on developer machines and in CI alike.
const CORPUS = resolve(__dirname, '../../../../shared/corpus');

function load() {
  const lines = readFileSync(resolve(CORPUS, 'dev.jsonl'), 'utf8').split('\n');
  const messages = lines.flatMap((line, i) => (line.trim() ? [parseCorpusLine(line, i + 1)] : []));
  const profiles = parseProfiles(JSON.parse(readFileSync(resolve(CORPUS, 'profiles.json'), 'utf8')) as unknown);
  return { messages, profiles };
}

describe.runIf(existsSync(resolve(CORPUS, 'dev.jsonl')))('the scorer on the development corpus', () => {
  const { messages, profiles } = load();
  const result = evaluate(messages, profiles);

  it('never buries a targeted recruiter: targeted recall ≥ 0.95', () => {
    expect(result.perClass.targeted.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('calls spam only what is spam: precision ≥ 0.95, recall ≥ 0.85', () => {
    expect(result.perClass.spam.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.perClass.spam.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('recognises what is not recruiter outreach: other recall ≥ 0.95', () => {
    expect(result.perClass.other.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('gives most recruiter messages a definite label: coverage ≥ 0.85', () => {
    expect(result.coverage).toBeGreaterThanOrEqual(0.85);
  });

  it('explains every verdict', () => {
    for (const p of result.predictions) expect(p.reasons.length, p.id).toBeGreaterThan(0);
  });

  it('does no worse when the candidate corrects its mistakes as they happen', () => {
    const learned = evaluate(messages, profiles, { learn: true });
    expect(learned.accuracy).toBeGreaterThanOrEqual(result.accuracy);
  });
});
