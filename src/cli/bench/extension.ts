/**
 * The figures that need the built extension: bundle and zip sizes from dist/, and the real-browser
 * measurements (pages, storage, popup). Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CorpusMessage } from '../../core/scoring/evaluate';
import { zipDirectory } from '../package';
import { measureStore } from './extension-store';
import { measurePages, type BenchSite } from './page';
import type { BenchResult } from './report';

const DIST = resolve(import.meta.dirname, '../../../dist');

export async function measureExtension(
  result: BenchResult,
  notes: string[],
  corpus: readonly CorpusMessage[],
  options: { quick: boolean; log: (line: string) => void },
): Promise<void> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ has no build: run `npm run build` first.');
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const script = readFileSync(join(DIST, manifest.content_scripts[0]!.js[0]!));
  result.contentScriptBytes = script.length;
  result.contentScriptGzipBytes = gzipSync(script, { level: 9 }).length;
  result.chromeZipBytes = zipDirectory(DIST).length;

  const sites: BenchSite[] = ['gmail', 'linkedin', 'outlook'];
  const loads = options.quick ? 1 : 5;
  options.log(`pages: ${sites.join(', ')}, ${loads} load(s) each with and without the extension…`);
  const pages = await measurePages({ loads, sites });
  result.pageBadgesMs = { gmail: pages.gmail.badgesMs, linkedin: pages.linkedin.badgesMs, outlook: pages.outlook.badgesMs };
  result.pageOverheadRatio = { gmail: pages.gmail.overheadRatio, linkedin: pages.linkedin.overheadRatio, outlook: pages.outlook.overheadRatio };
  result.mutationBatchMs = Math.max(...sites.map((s) => pages[s].batchMs));
  for (const site of sites) {
    const p = pages[site];
    notes.push(
      `${site}: ${p.marked} messages, ${p.badges} badges; first visit (all new) ${p.firstVisitBadgesMs.toFixed(0)} ms, ` +
        `long tasks with extension code ${p.longTasks}, 20-row batch ${p.batchMs.toFixed(1)} ms`,
    );
  }

  const messages = options.quick ? 1_000 : 10_000;
  const recruiters = options.quick ? 200 : 2_000;
  options.log(`storage and popup: ${messages} messages from ${recruiters} recruiters…`);
  const store = await measureStore(corpus, { messages, recruiters });
  result.dbBulkInsert1000Ms = store.dbBulkInsert1000Ms;
  result.dbTriageQueryMs = store.dbTriageQueryMs;
  result.popupFirstRenderMs = store.popupFirstRenderMs;
  notes.push(`storage: ${store.stored} messages stored and scored by the worker, ${store.recruiters} recruiters`);
}
