// npm run eval -- --corpus FILE.jsonl --profiles FILE.json [--json] [--predictions OUT.jsonl] [--learn]
// Scores a labelled corpus with the extension's own core code and prints how well it did.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { GOLD_LABELS, PREDICTED_LABELS, evaluate, parseCorpusLine, parseProfiles, type EvalResult } from '../core/scoring/evaluate';

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      profiles: { type: 'string' },
      json: { type: 'boolean', default: false },
      predictions: { type: 'string' },
      learn: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.corpus || !values.profiles) {
    console.error('Usage: npm run eval -- --corpus FILE.jsonl --profiles FILE.json [--json] [--predictions OUT.jsonl] [--learn]');
    process.exit(values.help ? 0 : 2);
  }
  const lines = readFileSync(values.corpus, 'utf8').split('\n');
  const messages = lines.flatMap((line, i) => (line.trim() ? [parseCorpusLine(line, i + 1)] : []));
  const profiles = parseProfiles(JSON.parse(readFileSync(values.profiles, 'utf8')) as unknown);
  const result = evaluate(messages, profiles, { learn: values.learn });

  if (values.predictions) {
    writeFileSync(values.predictions, result.predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  }
  process.stdout.write(report(result, values.learn));
  if (values.json) {
    const { n, accuracy, coverage, perClass, confusion, messagesPerSecond } = result;
    process.stdout.write(`${JSON.stringify({ n, accuracy, coverage, perClass, confusion, messagesPerSecond })}\n`);
  }
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`.padStart(7);
}

function report(r: EvalResult, learned: boolean): string {
  const out: string[] = [];
  out.push(`Recruiter Ally scorer on ${r.n} messages${learned ? `, learning from ${r.corrections} correction${r.corrections === 1 ? '' : 's'}` : ''}`);
  out.push('');
  out.push(`confusion (rows: labelled, columns: predicted)`);
  out.push(`${''.padEnd(10)}${PREDICTED_LABELS.map((p) => p.padStart(10)).join('')}`);
  for (const gold of GOLD_LABELS) out.push(`${gold.padEnd(10)}${PREDICTED_LABELS.map((p) => String(r.confusion[gold][p]).padStart(10)).join('')}`);
  out.push('');
  out.push(`${'label'.padEnd(10)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'F1'.padStart(10)}`);
  for (const c of GOLD_LABELS) {
    const f = r.perClass[c];
    out.push(`${c.padEnd(10)}${pct(f.precision).padStart(10)}${pct(f.recall).padStart(10)}${pct(f.f1).padStart(10)}`);
  }
  out.push('');
  out.push(`accuracy   ${pct(r.accuracy)}`);
  out.push(`coverage   ${pct(r.coverage)}  (recruiter messages given a definite label)`);
  out.push(`speed      ${Math.round(r.messagesPerSecond).toLocaleString('en')} messages/s`);
  return `${out.join('\n')}\n`;
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
