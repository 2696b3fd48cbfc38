// Shared by the end-to-end tests and the demo: a real Chromium with the built extension, fixture
// pages served at the sites' real addresses, and the extension's own pages.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const CHROMIUM = process.env.RECRUITER_ALLY_CHROMIUM || '/usr/bin/chromium';

/** The demo inbox: each site's fixture at the address the real site uses. */
export const PAGES = {
  linkedinMessaging: {
    url: 'https://www.linkedin.com/messaging/thread/2-demo-thread-1/',
    file: 'linkedin/2026-11-28-messaging.html',
  },
  linkedinFeed: { url: 'https://www.linkedin.com/feed/', file: 'linkedin/2026-11-28-feed.html' },
  gmailInbox: { url: 'https://mail.google.com/mail/u/0/#inbox', file: 'gmail/2026-11-28-inbox.html' },
  outlookInbox: { url: 'https://outlook.live.com/mail/0/', file: 'outlook/2026-11-28-inbox.html' },
} as const;
export type PageName = keyof typeof PAGES;

export interface Extension {
  context: BrowserContext;
  id: string;
  fixtures: FixtureServer;
  /** Every request that asked for an address no fixture serves; none reached the network. */
  unserved: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  dist?: string;
  /** Where the demo has a display, it can show the browser. */
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** More Chromium switches, e.g. `--lang=de` for the extension's UI language. */
  args?: string[];
  /** A profile directory to reuse (a browser restart); the caller removes it. Default: a fresh one, removed on close. */
  userDataDir?: string;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  const dist = options.dist ?? DIST;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'recruiter-ally-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      // The machine has no network: keep Chromium from trying its own services.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const fixtures = new FixtureServer(context);
  await fixtures.install();
  return {
    context,
    id,
    fixtures,
    unserved: fixtures.unserved,
    async close() {
      await context.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Answers every web request of the browser context: a fixture file where one is registered for
 * the address (longest prefix wins, the hash is never sent), an empty 404 everywhere else.
 */
export class FixtureServer {
  readonly unserved: string[] = [];
  private readonly table = new Map<string, { file: string; headers: Record<string, string>; text?: string }>();

  constructor(private readonly context: BrowserContext) {
    for (const page of Object.values(PAGES)) this.serve(page.url, page.file);
  }

  /**
   * Serves `file` (relative to tests/fixtures) for addresses starting with `url`. Gmail pages come
   * with Gmail's Trusted Types policy, so anything assigning HTML strings fails as it would there.
   */
  serve(url: string, file: string, headers: Record<string, string> = defaultHeaders(url)): void {
    this.table.set(withoutHash(url), { file, headers });
  }

  /** Serves a page made in the test (a fixture with its markup changed, say) for addresses starting with `url`. */
  serveText(url: string, html: string, headers: Record<string, string> = defaultHeaders(url)): void {
    this.table.set(withoutHash(url), { file: '', headers, text: html });
  }

  async install(): Promise<void> {
    await this.context.route(isWebAddress, async (route) => {
      const url = route.request().url();
      const entry = this.lookup(url);
      if (!entry) {
        this.unserved.push(url);
        await route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
        return;
      }
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-type': 'text/html; charset=utf-8', ...entry.headers },
        body: entry.text ?? (await readFile(join(FIXTURES, entry.file))),
      });
    });
  }

  private lookup(url: string): { file: string; headers: Record<string, string>; text?: string } | undefined {
    let best: [string, { file: string; headers: Record<string, string>; text?: string }] | undefined;
    for (const entry of this.table) {
      if (url.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
    }
    return best?.[1];
  }
}

function defaultHeaders(url: string): Record<string, string> {
  return url.startsWith('https://mail.google.com/') ? { 'content-security-policy': "require-trusted-types-for 'script'" } : {};
}

/** Only web addresses: the extension's own pages load from the package, untouched. */
function isWebAddress(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}

export async function openFixture(extension: Extension, name: PageName): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(PAGES[name].url);
  return page;
}

/** Saves the candidate's profile the way the options page does, so verdicts read it. */
export async function saveProfile(extension: Extension, profile: unknown): Promise<void> {
  const page = await openOptions(extension);
  const reply = (await page.evaluate(
    (envelope) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(envelope),
    { channel: 'recruiter-ally/1', type: 'profile/save', payload: { profile } },
  )) as { ok?: boolean };
  await page.close();
  if (!reply.ok) throw new Error(`The profile was refused: ${JSON.stringify(reply)}`);
}

export async function openPopup(extension: Extension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extension.id}/src/popup/index.html`);
  return page;
}

export async function openOptions(extension: Extension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.id}/src/options/index.html`);
  return page;
}

/** The running worker, waiting for it to start if it is stopped. */
export async function serviceWorker(extension: Extension): Promise<Worker> {
  const running = extension.context.serviceWorkers().find((w) => w.url().includes(extension.id));
  return running ?? extension.context.waitForEvent('serviceworker');
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/** Stops the extension's service worker as Chrome does when it is idle, and waits until it is down. */
export async function stopServiceWorker(extension: Extension): Promise<void> {
  const page = await extension.context.newPage();
  const cdp = await extension.context.newCDPSession(page);
  try {
    const versions = new Map<string, WorkerVersion>();
    let changed: (() => void) | undefined;
    cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
      for (const version of event.versions) versions.set(version.versionId, version);
      changed?.();
    });
    await cdp.send('ServiceWorker.enable');
    const ours = (): WorkerVersion[] =>
      [...versions.values()].filter((v) => v.scriptURL.startsWith(`chrome-extension://${extension.id}/`));
    await waitFor(() => ours().some((v) => v.runningStatus === 'running'), (fn) => (changed = fn), 10_000);
    for (const version of ours()) {
      if (version.runningStatus === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
    }
    await waitFor(() => ours().every((v) => v.runningStatus === 'stopped'), (fn) => (changed = fn), 10_000);
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

async function waitFor(done: () => boolean, onChange: (fn: () => void) => void, timeoutMs: number): Promise<void> {
  if (done()) return;
  await new Promise<void>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error('Timed out waiting for the service worker')), timeoutMs);
    onChange(() => {
      if (!done()) return;
      clearTimeout(timer);
      resolvePromise();
    });
  });
}

/**
 * The content script's isolated world in `page`, found through CDP: the tests speak from the
 * exact context the content script runs in, with its chrome.runtime and its origin.
 */
export async function contentScriptWorld(page: Page, extension: Extension, timeoutMs = 10_000) {
  const cdp: CDPSession = await extension.context.newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) => {
    contexts.push(event.context);
  });
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + timeoutMs;
  const find = () =>
    contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extension.id}`);
  while (!find()) {
    if (Date.now() > deadline) {
      await cdp.detach();
      return null;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const contextId = find()!.id;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const reply = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (reply.exceptionDetails) {
        throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
      }
      return reply.result.value;
    },
    detach: () => cdp.detach(),
  };
}
