/** The benchmark's figures: one shape for the table and for the --json line. */

export const PAGES = ['gmail', 'linkedin', 'outlook'] as const;
export type PageFigures = Record<(typeof PAGES)[number], number | null>;

/** Every figure of issue 6; null until its measurement exists. */
export interface BenchResult {
  contentScriptBytes: number | null;
  contentScriptGzipBytes: number | null;
  chromeZipBytes: number | null;
  scorerMessagesPerSecond: number | null;
  scorerP99Micros: number | null;
  scorerLinearity: number | null;
  baselineMessagesPerSecond: number | null;
  pageBadgesMs: PageFigures | null;
  pageOverheadRatio: PageFigures | null;
  mutationBatchMs: number | null;
  popupFirstRenderMs: number | null;
  dbBulkInsert1000Ms: number | null;
  dbTriageQueryMs: number | null;
}

export const BENCH_KEYS = [
  'contentScriptBytes',
  'contentScriptGzipBytes',
  'chromeZipBytes',
  'scorerMessagesPerSecond',
  'scorerP99Micros',
  'scorerLinearity',
  'baselineMessagesPerSecond',
  'pageBadgesMs',
  'pageOverheadRatio',
  'mutationBatchMs',
  'popupFirstRenderMs',
  'dbBulkInsert1000Ms',
  'dbTriageQueryMs',
] as const satisfies readonly (keyof BenchResult)[];

export function emptyResult(): BenchResult {
  return Object.fromEntries(BENCH_KEYS.map((k) => [k, null])) as unknown as BenchResult;
}

const UNITS: Record<keyof BenchResult, string> = {
  contentScriptBytes: 'bytes',
  contentScriptGzipBytes: 'bytes',
  chromeZipBytes: 'bytes',
  scorerMessagesPerSecond: 'messages/s',
  scorerP99Micros: 'µs',
  scorerLinearity: '× (per KB, 1 MB vs 1 KB)',
  baselineMessagesPerSecond: 'messages/s',
  pageBadgesMs: 'ms',
  pageOverheadRatio: '×',
  mutationBatchMs: 'ms',
  popupFirstRenderMs: 'ms',
  dbBulkInsert1000Ms: 'ms',
  dbTriageQueryMs: 'ms',
};

function figure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en');
  return value.toPrecision(3);
}

/** A readable table, one line a figure; "not measured" where a measurement is still missing. */
export function formatTable(result: BenchResult, notes: readonly string[] = []): string {
  const rows: [string, string][] = [];
  for (const key of BENCH_KEYS) {
    const value = result[key];
    if (value === null) rows.push([key, 'not measured']);
    else if (typeof value === 'number') rows.push([key, `${figure(value)} ${UNITS[key]}`]);
    else for (const page of PAGES) rows.push([`${key}.${page}`, value[page] === null ? 'not measured' : `${figure(value[page])} ${UNITS[key]}`]);
  }
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  return [...rows.map(([k, v]) => `${k.padEnd(width)}${v}`), ...notes].join('\n') + '\n';
}
