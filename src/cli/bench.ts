// npm run bench -- [--quick] [--json] [--no-browser] [--corpus FILE.jsonl] [--profiles FILE.json]
// Measures the extension's performance figures and prints them as a table; with --json the last
// line is one JSON object holding every figure (null for those not measured yet).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from './bench/corpus';
import { measureExtension } from './bench/extension';
import { formatTable } from './bench/report';
import { runBench } from './bench/run';

// shared/ sits beside the repository, on developer machines and in CI alike.
const SHARED = resolve(import.meta.dirname, '../../../shared/corpus');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: resolve(SHARED, 'dev.jsonl') },
      profiles: { type: 'string', default: resolve(SHARED, 'profiles.json') },
      quick: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.error('Usage: npm run bench -- [--quick] [--json] [--no-browser] [--corpus FILE.jsonl] [--profiles FILE.json]');
    process.exit(0);
  }
  const { result, notes } = runBench({
    corpus: values.corpus,
    profiles: values.profiles,
    quick: values.quick,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (!values['no-browser']) {
    // The bundle, page, storage and popup figures need the build and Chromium.
    const log = (line: string) => process.stderr.write(`${line}\n`);
    await measureExtension(result, notes, loadCorpus(values.corpus, values.profiles).messages, { quick: values.quick, log });
  }
  process.stdout.write(formatTable(result, ['', ...notes]));
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
