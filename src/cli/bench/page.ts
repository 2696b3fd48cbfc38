/**
 * What the extension costs the pages it runs in, measured in real Chromium on the large fixtures:
 * - badgesMs: from the content script's start (its EvaluateScript event in a Chromium trace) to the
 *   last verdict attribute or badge the page received, on a visit where the messages are stored;
 *   firstVisitBadgesMs is the same on the very first visit, when the worker stores and scores them all;
 * - overheadRatio: main-thread time (CDP Performance metrics, TaskDuration) of the page with the
 *   extension divided by the same page in a browser without it, median of several loads each;
 * - longTasks: main-thread tasks over 50 ms that ran extension code;
 * - batchMs: main-thread time of the tasks that ran extension code after 20 new rows were added.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, FixtureServer, launchExtension, openOptions, type Extension } from '../../../tests/e2e/harness';
import { KATRIN } from '../../../tests/fixtures/profiles';

export type BenchSite = 'gmail' | 'linkedin' | 'outlook';

const LARGE: Record<BenchSite, { url: string; file: string }> = {
  gmail: { url: 'https://mail.google.com/mail/u/0/#inbox', file: 'gmail/2026-11-28-inbox-large.html' },
  linkedin: { url: 'https://www.linkedin.com/messaging/thread/2-demo-thread-large/', file: 'linkedin/2026-11-28-messaging-large.html' },
  outlook: { url: 'https://outlook.live.com/mail/0/', file: 'outlook/2026-11-28-inbox-large.html' },
};

export interface PageFigures {
  marked: number;
  badges: number;
  firstVisitBadgesMs: number;
  badgesMs: number;
  overheadRatio: number;
  longTasks: number;
  batchMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; name?: string };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Runs in the page's main world before its scripts: notes when the extension last marked anything. */
function observeMarks(): void {
  const scope = window as unknown as { raBenchMarks: { last: number; marked: number; badges: number } };
  scope.raBenchMarks = { last: 0, marked: 0, badges: 0 };
  performance.mark('ra-bench-origin');
  new MutationObserver((records) => {
    for (const record of records) {
      const isMark = record.type === 'attributes' && record.attributeName === 'data-recruiter-ally';
      const isBadge = record.type === 'childList' && [...record.addedNodes].some((n) => n instanceof Element && n.hasAttribute('data-recruiter-ally-ui'));
      if (isMark || isBadge) scope.raBenchMarks.last = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-recruiter-ally'] });
}

async function counts(page: Page): Promise<{ marked: number; badges: number; last: number }> {
  return page.evaluate(() => {
    const state = (window as unknown as { raBenchMarks?: { last: number } }).raBenchMarks;
    return {
      marked: document.querySelectorAll('[data-recruiter-ally]').length,
      badges: document.querySelectorAll('[data-recruiter-ally-ui]').length,
      last: state?.last ?? 0,
    };
  });
}

/** Waits until the marks stop changing for `quietMs` (and reach `expected` when given). */
async function settle(page: Page, expected: { marked: number; badges: number } | null, quietMs = 600, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let previous = '';
  let stableSince = Date.now();
  for (;;) {
    const now = await counts(page);
    const signature = `${now.marked}/${now.badges}/${now.last}`;
    if (signature !== previous) {
      previous = signature;
      stableSince = Date.now();
    }
    const complete = !expected || (now.marked >= expected.marked && now.badges >= expected.badges);
    if (complete && now.marked > 0 && Date.now() - stableSince >= quietMs) return now;
    if (Date.now() > deadline) throw new Error(`The page did not settle: ${signature} marked/badges/last, expected ${JSON.stringify(expected)}.`);
    await page.waitForTimeout(50);
  }
}

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (event: { value: unknown[] }): void => {
    events.push(...(event.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  } as never);
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** The tasks of the page's main thread that ran extension code, with their durations in ms. */
function extensionTasks(events: TraceEvent[], extensionId: string, after = 0): number[] {
  const ours = events.filter((e) => e.args?.data?.url?.startsWith(`chrome-extension://${extensionId}/`) && e.ph === 'X');
  if (ours.length === 0) return [];
  const { pid, tid } = ours[0]!;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid && e.ts >= after);
  return tasks
    .filter((task) => ours.some((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0)))
    .map((task) => (task.dur ?? 0) / 1000);
}

/** One visit: ms from the content script's start to the last mark, and the trace's long tasks. */
async function visit(extension: Extension, site: BenchSite, expected: { marked: number; badges: number } | null) {
  const page = await extension.context.newPage();
  await page.addInitScript(observeMarks);
  const cdp = await extension.context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(LARGE[site].url);
  // The first visit waits longer for quiet: the worker stores and scores every message in batches.
  const settled = await settle(page, expected, expected ? 600 : 2500);
  const events = await stop();
  await cdp.detach();
  const start = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(`chrome-extension://${extension.id}/`));
  const origin = events.find((e) => e.name === 'ra-bench-origin');
  const originNow = await page.evaluate(() => performance.getEntriesByName('ra-bench-origin')[0]?.startTime ?? 0);
  if (!start || !origin) throw new Error(`No content script start in the trace of ${site}.`);
  // Trace clock (µs) to the page's performance clock (ms) through the mark both saw.
  const startMs = originNow + (start.ts - origin.ts) / 1000;
  const longTasks = extensionTasks(events, extension.id).filter((ms) => ms > 50).length;
  return { page, settled, badgesMs: settled.last - startMs, longTasks };
}

/** Adds 20 rows like the list's own (ids made new) and measures the extension's main-thread time for them. */
async function batch(extension: Extension, page: Page, expected: { marked: number; badges: number }): Promise<number> {
  const cdp = await extension.context.newCDPSession(page);
  const stop = await startTrace(cdp);
  const added = await page.evaluate(() => {
    const marked = [...document.querySelectorAll('[data-recruiter-ally]')];
    const row = marked.find((el) => el.parentElement && [...el.parentElement.children].filter((c) => c.hasAttribute('data-recruiter-ally')).length > 5);
    if (!row?.parentElement) return 0;
    const parent = row.parentElement;
    performance.mark('ra-bench-batch');
    for (let i = 0; i < 20; i++) {
      const copy = row.cloneNode(true) as Element;
      copy.querySelectorAll('[data-recruiter-ally-ui]').forEach((n) => n.remove());
      for (const el of [copy, ...copy.querySelectorAll('*')]) {
        el.removeAttribute('data-recruiter-ally');
        for (const attr of Array.from(el.attributes)) {
          // Every id-like value made new, so the extension sees 20 messages it has never stored.
          if (/(^id$|id$|-id|urn|convid|key)/i.test(attr.name) && attr.value) el.setAttribute(attr.name, `${attr.value}-bench${i}`);
        }
      }
      parent.append(copy);
    }
    return 20;
  });
  await settle(page, { marked: expected.marked + added, badges: expected.badges }, 600, 30_000).catch(() => undefined);
  const events = await stop();
  await cdp.detach();
  const mark = events.find((e) => e.name === 'ra-bench-batch');
  return extensionTasks(events, extension.id, mark?.ts ?? 0).reduce((sum, ms) => sum + ms, 0);
}

async function taskDuration(context: BrowserContext, url: string, waitForMarks: boolean): Promise<number> {
  const page = await context.newPage();
  if (waitForMarks) await page.addInitScript(observeMarks);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  if (waitForMarks) await settle(page, null);
  // Both variants measured at the same moment after load, so idle time counts the same.
  await page.waitForTimeout(waitForMarks ? 200 : 800);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  await page.close();
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

export async function measurePages(options: { dist?: string; loads?: number; sites?: BenchSite[] } = {}): Promise<Record<BenchSite, PageFigures>> {
  const loads = options.loads ?? 5;
  const sites = options.sites ?? (['gmail', 'linkedin', 'outlook'] as const);
  const extension = await launchExtension(options.dist ? { dist: options.dist } : {});
  const plainDir = await mkdtemp(join(tmpdir(), 'recruiter-ally-bench-'));
  const plain = await chromium.launchPersistentContext(plainDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
  });
  const plainFixtures = new FixtureServer(plain);
  await plainFixtures.install();
  const result = {} as Record<BenchSite, PageFigures>;
  try {
    const optionsPage = await openOptions(extension);
    await optionsPage.evaluate(
      (envelope) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(envelope),
      { channel: 'recruiter-ally/1', type: 'profile/save', payload: { profile: KATRIN } },
    );
    await optionsPage.close();
    for (const site of sites) {
      extension.fixtures.serve(LARGE[site].url, LARGE[site].file);
      plainFixtures.serve(LARGE[site].url, LARGE[site].file);
      const first = await visit(extension, site, null);
      const expected = { marked: first.settled.marked, badges: first.settled.badges };
      await first.page.close();
      const revisits: number[] = [];
      let longTasks = first.longTasks;
      let batchMs = 0;
      for (let i = 0; i < loads; i++) {
        const again = await visit(extension, site, expected);
        revisits.push(again.badgesMs);
        longTasks = Math.max(longTasks, again.longTasks);
        if (i === 0) batchMs = await batch(extension, again.page, expected);
        await again.page.close();
      }
      const withExtension: number[] = [];
      const without: number[] = [];
      for (let i = 0; i < loads; i++) {
        withExtension.push(await taskDuration(extension.context, LARGE[site].url, true));
        without.push(await taskDuration(plain, LARGE[site].url, false));
      }
      result[site] = {
        marked: expected.marked,
        badges: expected.badges,
        firstVisitBadgesMs: first.badgesMs,
        badgesMs: median(revisits),
        overheadRatio: median(withExtension) / median(without),
        longTasks,
        batchMs,
      };
    }
  } finally {
    await extension.close();
    await plain.close();
    await rm(plainDir, { recursive: true, force: true });
  }
  return result;
}
