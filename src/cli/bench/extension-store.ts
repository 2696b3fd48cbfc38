/**
 * Storage and popup at scale, in real Chromium with the built extension: the worker stores and
 * scores `messages` messages from `recruiters` recruiters (the development corpus's texts under
 * many senders), then:
 * - dbBulkInsert1000Ms: 1,000 new messages through 'messages/save' in pages of 100, as the content
 *   script sends them (validated, scored, stored), timed inside an extension page;
 * - dbTriageQueryMs: the popup's 'messages/triage' round trip, median of 15;
 * - popupFirstRenderMs: from the popup's navigation start to its triage rows on screen, median of 5.
 */
import type { Page } from 'playwright-core';
import type { IncomingMessage } from '../../core/message';
import type { CorpusMessage } from '../../core/scoring/evaluate';
import { launchExtension, openOptions, openPopup } from '../../../tests/e2e/harness';
import { KATRIN } from '../../../tests/fixtures/profiles';

export interface StoreFigures {
  stored: number;
  recruiters: number;
  dbBulkInsert1000Ms: number;
  dbTriageQueryMs: number;
  popupFirstRenderMs: number;
}

const FIRST = ['Anna', 'Ben', 'Carla', 'David', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Luis', 'Mara', 'Nils', 'Olga', 'Paul', 'Rosa', 'Sven', 'Tara', 'Umut'];
const LAST = ['Albers', 'Brandt', 'Costa', 'Dietz', 'Engel', 'Fischer', 'Graf', 'Hahn', 'Iversen', 'Jansen', 'Keller', 'Lorenz', 'Moreau', 'Novak', 'Ortiz', 'Peters', 'Quast', 'Ritter', 'Silva', 'Thiel'];
const PAGE = 100;

/** `count` messages from the corpus's texts, spread over `recruiters` senders, newest last. */
export function inboxOf(corpus: readonly CorpusMessage[], count: number, recruiters: number, start = Date.parse('2026-01-01T08:00:00Z')): IncomingMessage[] {
  const out: IncomingMessage[] = [];
  for (let i = 0; i < count; i++) {
    const source = corpus[i % corpus.length]!;
    const r = i % recruiters;
    const name = `${FIRST[r % FIRST.length]} ${LAST[Math.floor(r / FIRST.length) % LAST.length]} ${Math.floor(r / (FIRST.length * LAST.length)) + 1}`;
    const company = source.sender.company ?? `Agency ${r % 97}`;
    const linkedin = source.channel === 'linkedin';
    out.push({
      site: linkedin ? 'linkedin' : i % 2 ? 'gmail' : 'outlook',
      siteMessageId: `bench-${i}`,
      threadKey: `bench-thread-${i}`,
      sender: linkedin
        ? { name, company, headline: `Recruiter at ${company}`, profileUrl: `https://www.linkedin.com/in/bench-recruiter-${r}/` }
        : { name, company, email: `recruiter${r}@agency${r % 97}.example` },
      subject: source.subject,
      body: source.body,
      sentAt: new Date(start + i * 60_000).toISOString(),
      isOwn: false,
      recipientCount: source.recipientCount ?? (linkedin ? null : 1),
    });
  }
  return out;
}

const sendInPage = (page: Page, type: string, payload: unknown) =>
  page.evaluate(
    (envelope) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(envelope),
    { channel: 'recruiter-ally/1', type, payload },
  ) as Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>;

/** Saves `messages` in pages of 100 from inside `page`; answers the milliseconds it took there. */
async function saveAll(page: Page, messages: IncomingMessage[]): Promise<number> {
  return page.evaluate(
    async ({ messages: all, size }) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: { message: string } }> } } }).chrome.runtime;
      const started = performance.now();
      for (let i = 0; i < all.length; i += size) {
        const reply = await runtime.sendMessage({ channel: 'recruiter-ally/1', type: 'messages/save', payload: { messages: all.slice(i, i + size) } });
        if (!reply.ok) throw new Error(reply.error?.message ?? 'messages/save failed');
      }
      return performance.now() - started;
    },
    { messages, size: PAGE },
  );
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Before the popup's scripts: the moment ten triage rows are in its document. */
function watchRows(): void {
  const scope = window as unknown as { raRowsAt: number | null };
  scope.raRowsAt = null;
  new MutationObserver((_, observer) => {
    if (document.querySelectorAll('[role="option"][data-key]').length >= 10) {
      scope.raRowsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

export async function measureStore(corpus: readonly CorpusMessage[], options: { dist?: string; messages?: number; recruiters?: number } = {}): Promise<StoreFigures> {
  const total = options.messages ?? 10_000;
  const recruiters = options.recruiters ?? 2_000;
  const extension = await launchExtension(options.dist ? { dist: options.dist } : {});
  try {
    const page = await openOptions(extension);
    const saved = await sendInPage(page, 'profile/save', { profile: KATRIN });
    if (!saved.ok) throw new Error(`The profile was refused: ${saved.error?.message}`);
    const inbox = inboxOf(corpus, total + 1000, recruiters);
    await saveAll(page, inbox.slice(0, total));
    const dbBulkInsert1000Ms = await saveAll(page, inbox.slice(total));
    await page.close();

    const popup = await openPopup(extension);
    const triage: number[] = [];
    for (let i = 0; i < 15; i++) {
      triage.push(
        await popup.evaluate(async () => {
          const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime;
          const started = performance.now();
          const reply = await runtime.sendMessage({ channel: 'recruiter-ally/1', type: 'messages/triage', payload: { limit: 50 } });
          if (!reply.ok) throw new Error('messages/triage failed');
          return performance.now() - started;
        }),
      );
    }
    const recruiterCount = (await sendInPage(popup, 'recruiters/list', { limit: 1 })) as { value?: { total: number } };
    await popup.close();

    const renders: number[] = [];
    for (let i = 0; i < 5; i++) {
      const view = await extension.context.newPage();
      await view.setViewportSize({ width: 400, height: 600 });
      await view.addInitScript(watchRows);
      await view.goto(`chrome-extension://${extension.id}/src/popup/index.html`);
      await view.waitForFunction(() => (window as unknown as { raRowsAt: number | null }).raRowsAt !== null, undefined, { timeout: 30_000 });
      renders.push(await view.evaluate(() => (window as unknown as { raRowsAt: number }).raRowsAt));
      await view.close();
    }
    return {
      stored: total + 1000,
      recruiters: recruiterCount.value?.total ?? 0,
      dbBulkInsert1000Ms,
      dbTriageQueryMs: median(triage),
      popupFirstRenderMs: median(renders),
    };
  } finally {
    await extension.close();
  }
}
