// The built Firefox extension (dist-firefox/) in a real headless Firefox, installed by web-ext run as
// a temporary add-on. Firefox reaches the web only through a proxy of ours, which answers
// https://www.linkedin.com/ from a local HTTPS server with a throwaway CA trusted by the test profile.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureProxy } from './firefox/fixture-proxy';
import { LAST_URN, NEW_URN, OWN_URN, secondVisit } from './firefox/fixture-page';
import { REPORT_PATH, observerScript, type Report } from './firefox/observer';
import { makeCertificates, trustInProfile } from './firefox/tls';
import { runFirefox, type FirefoxRun } from './firefox/web-ext-run';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const DIST = join(ROOT, 'dist-firefox');
const FIREFOX = process.env.RECRUITER_ALLY_FIREFOX || '/usr/bin/firefox-esr';
const HOST = 'www.linkedin.com';
const THREAD_PATH = '/messaging/thread/2-demo-thread-1/';
const FIXTURE = join(ROOT, 'tests/fixtures/linkedin/2026-11-28-messaging.html');
/** Marked elements on the fixture: the conversation list's six rows and the open thread's four messages. */
const EXPECTED_MARKS = 10;
const VERDICTS = ['targeted', 'unsure', 'spam', 'other'];
/** The whole run, from starting web-ext to the second report. */
const RUN_TIMEOUT_MS = 45_000;

const run = promisify(execFile);

/** Fails with one sentence saying what to install when Firefox or certutil is missing or too old. */
async function checkTools(): Promise<void> {
  const install = 'install it (on Debian or Ubuntu: sudo apt-get install firefox-esr libnss3-tools) or point RECRUITER_ALLY_FIREFOX at a Firefox 140 or newer, then run npm test again.';
  if (!existsSync(FIREFOX)) throw new Error(`The Firefox test needs Firefox at ${FIREFOX}: ${install}`);
  const certutil = await run('certutil', ['-H']).then(
    () => true,
    (error: NodeJS.ErrnoException & { code?: unknown }) => error.code !== 'ENOENT',
  );
  if (!certutil) throw new Error(`The Firefox test needs NSS's certutil to trust its test certificate: ${install}`);
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { strict_min_version: string } };
  };
  const minimum = manifest.browser_specific_settings.gecko.strict_min_version;
  const { stdout } = await run(FIREFOX, ['--version']);
  const version = /(\d+)\.\d+/.exec(stdout)?.[0];
  if (!version || Number.parseInt(version, 10) < Number.parseInt(minimum, 10)) {
    throw new Error(`${FIREFOX} is Firefox ${version ?? stdout.trim()}, older than the manifest's strict_min_version ${minimum}: ${install}`);
  }
}

let reports: Report[] = [];
let unserved: string[] = [];
let firefoxOutput = '';

beforeAll(async () => {
  await checkTools();
  const dir = await mkdtemp(join(tmpdir(), 'recruiter-ally-firefox-'));
  let proxy: FixtureProxy | null = null;
  let firefox: FirefoxRun | null = null;
  try {
    const tls = await makeCertificates(dir, [HOST]);
    const profileDir = join(dir, 'profile');
    await mkdir(profileDir);
    await trustInProfile(profileDir, tls.caFile);

    const page = await readFile(FIXTURE, 'utf8');
    const changed = secondVisit(page);
    let visits = 0;
    let done: () => void = () => undefined;
    const finished = new Promise<void>((resolveDone) => (done = resolveDone));
    proxy = new FixtureProxy(HOST, tls, (request, body) => {
      const path = request.url ?? '';
      if (request.method === 'GET' && path === THREAD_PATH) {
        visits += 1;
        return { body: (visits === 1 ? page : changed).replace('</body>', `${observerScript(visits, EXPECTED_MARKS, 20_000)}</body>`) };
      }
      if (request.method === 'POST' && path === REPORT_PATH) {
        reports.push(JSON.parse(body) as Report);
        const next = reports.length === 1 ? THREAD_PATH : null;
        if (!next) done();
        return { type: 'application/json', body: JSON.stringify({ next }) };
      }
      return null;
    });
    const port = await proxy.listen();

    firefox = runFirefox({
      root: ROOT,
      firefox: FIREFOX,
      sourceDir: DIST,
      profileDir,
      startUrl: `https://${HOST}${THREAD_PATH}`,
      prefs: {
        // Every request goes to our proxy, localhost included; no DNS over HTTPS.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.trr.mode': 5,
        'network.dns.disablePrefetch': true,
        'network.predictor.enabled': false,
        // Background services that would only knock on the proxy's door.
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'security.OCSP.enabled': 0,
        'toolkit.telemetry.reportingpolicy.firstRun': false,
        'browser.shell.checkDefaultBrowser': false,
      },
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const said = firefox?.output().trim().split('\n').slice(-15).join('\n');
        reject(new Error(`Firefox did not report two visits within ${RUN_TIMEOUT_MS / 1000} s; web-ext said:\n${said}`));
      }, RUN_TIMEOUT_MS);
    });
    try {
      await Promise.race([finished, timeout]);
    } finally {
      clearTimeout(timer);
      firefoxOutput = firefox.output();
    }
  } finally {
    await firefox?.stop();
    unserved = proxy?.unserved ?? [];
    await proxy?.close();
    await rm(dir, { recursive: true, force: true });
  }
}, 90_000);

afterAll(() => {
  if (reports.length < 2) console.error(`web-ext and Firefox said:\n${firefoxOutput}`);
});

const byUrn = (report: Report) => new Map(report.marks.filter((m) => m.urn).map((m) => [m.urn!, m.verdict]));
const rows = (report: Report) => report.marks.filter((m) => !m.urn).map((m) => m.verdict);

describe('Firefox (web-ext run, headless, temporary add-on from dist-firefox)', () => {
  it('marks every message with a verdict and badges exactly the recruiter messages', () => {
    expect(reports, 'Firefox reported fewer than two visits').toHaveLength(2);
    const [first] = reports as [Report, Report];
    expect(first.timedOut, `Only ${first.marks.length} of ${EXPECTED_MARKS} messages got a verdict`).toBe(false);
    expect(first.marks).toHaveLength(EXPECTED_MARKS);
    for (const mark of first.marks) {
      expect(VERDICTS).toContain(mark.verdict);
      // A badge beside every recruiter message, none beside the others.
      expect(mark.badged).toBe(mark.verdict !== 'other');
    }
    expect(first.badges).toBe(first.marks.filter((m) => m.verdict !== 'other').length);
    expect(first.badges).toBeGreaterThan(0);
    // The open thread: three messages from Ines, one from Katrin herself, which is never a recruiter's.
    expect(byUrn(first).size).toBe(4);
    expect(byUrn(first).get(OWN_URN)).toBe('other');
    expect(byUrn(first).get(LAST_URN)).not.toBe('other');
  });

  it('answers a message read again with the verdict the background script stored for it', () => {
    const [first, second] = reports as [Report, Report];
    expect(second.timedOut, `Only ${second.marks.length} messages got a verdict on the second visit`).toBe(false);
    const before = byUrn(first);
    const after = byUrn(second);
    // The control: Katrin's reply as a message from Ines, under a key never seen, is scored afresh.
    const fresh = after.get(NEW_URN);
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe('other');
    // The same markup under the key stored on the first visit keeps the stored verdict.
    expect(after.get(OWN_URN)).toBe('other');
    expect(after.has(LAST_URN)).toBe(false);
    const unchanged = [...before.keys()].filter((urn) => urn !== LAST_URN);
    expect(unchanged.map((urn) => after.get(urn))).toEqual(unchanged.map((urn) => before.get(urn)));
    expect(rows(second)).toEqual(rows(first));
    expect(second.badges).toBe(second.marks.filter((m) => m.verdict !== 'other').length);
  });

  it('asked only for the fixture page: nothing of www.linkedin.com went unanswered, nothing reached the network', () => {
    // Firefox's own services (settings, telemetry...) knock too; the proxy refused them, as it refuses all but the fixture host.
    expect(unserved.filter((url) => url.includes(HOST))).toEqual([]);
  });
});
