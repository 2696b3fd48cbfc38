/**
 * Properties over arbitrary text: the scorer and the pay parser never throw, whatever a page hands
 * them (huge bodies, right-to-left text, invisible characters, markup, emoji), and every call stays
 * within a bounded processor time. The bound is the only timing assertion here, generous for busy CI.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePay, findPay } from '../../../src/core/scoring/pay';
import { scoreMessage } from '../../../src/core/scoring/score';
import type { ScorerMessage } from '../../../src/core/scoring/types';
import { analyse } from '../../../src/core/text';
import { KATRIN } from '../../fixtures/profiles';

const BOUND_MS = 200;

// Pieces a hostile or just unusual message is made of, mixed freely.
const RECRUITER_WORDS = [
  'Hi Katrin,', 'senior', 'React', 'TypeScript', 'engineer', 'Berlin', 'remote', 'hybrid', '3 days', 'in the office',
  '€85k', '€90,000–€110,000', '$120/hr', '85.000 €', 'per annum', 'pro Jahr', 'Gehalt', 'salary', 'up to', 'DOE',
  'contract', 'C2C', 'W2', 'relocation', '{FirstName}', '[Company]', 'Best,', 'Viele Grüße', '\n', '\n\n', ' - ', '•',
];
const RTL = ['\u202E', '\u202C', '\u200F', '\u200E', 'שלום', 'مرحبا', 'وظيفة', '\u2067', '\u2069'];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u0000', '\u0007', '\u009F'];
const MARKUP = ['<b>', '</b>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&nbsp;', '&amp;', '<a href="https://x.example">', '-->'];
const EMOJI = ['👩‍💻', '🚀', '🇩🇪', '👍🏽', '❤️', '\uD83D', '\uDE00', '🧑‍🤝‍🧑'];

const fragment = fc.oneof(
  fc.constantFrom(...RECRUITER_WORDS),
  fc.constantFrom(...RTL),
  fc.constantFrom(...INVISIBLE),
  fc.constantFrom(...MARKUP),
  fc.constantFrom(...EMOJI),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer({ min: -1e9, max: 1e12 }).map(String),
);

/** Text from mixed fragments, sometimes repeated into a huge body. */
const text = fc
  .tuple(fc.array(fragment, { maxLength: 60 }), fc.constantFrom(1, 1, 1, 50, 2_000))
  .map(([parts, times]) => parts.join(' ').repeat(times));

function message(body: string, subject: string | null): ScorerMessage {
  return {
    site: 'email',
    sender: { name: 'Alex Morgan', email: 'alex@example-talent.com', headline: 'Recruiter at Example Talent' },
    subject,
    body,
    sentAt: Date.parse('2026-11-20T10:00:00Z'),
    threadKey: null,
    recipientCount: 1,
  };
}

/**
 * Processor time of one call, so other processes on a busy CI machine do not count against it. A call
 * over the bound runs up to twice more and the fastest time counts: a garbage-collection pause or a
 * stall shows once, an input that is really slow is slow every time.
 */
function timed<T>(run: () => T): { value: T; ms: number } {
  const once = (): { value: T; ms: number } => {
    const started = process.cpuUsage();
    const value = run();
    const used = process.cpuUsage(started);
    return { value, ms: (used.user + used.system) / 1000 };
  };
  let best = once();
  for (let retry = 0; retry < 2 && best.ms >= BOUND_MS; retry += 1) {
    const again = once();
    if (again.ms < best.ms) best = again;
  }
  return best;
}

describe('properties over arbitrary text', () => {
  // Word lists and indexes are built on first use: build them before any call is timed.
  scoreMessage({ message: message('Hi Katrin, a senior React role in Berlin at €90k.', 'Role'), profile: KATRIN });

  it('scoreMessage never throws, always gives a verdict, and finishes within the bound', () => {
    fc.assert(
      fc.property(text, fc.option(text), (body, subject) => {
        const { value: verdict, ms } = timed(() => scoreMessage({ message: message(body, subject), profile: KATRIN }));
        expect(['targeted', 'unsure', 'spam', 'other']).toContain(verdict.label);
        expect(verdict.score).toBeGreaterThanOrEqual(0);
        expect(verdict.score).toBeLessThanOrEqual(100);
        expect(verdict.fingerprint).toMatch(/^[0-9a-f]{16}$/);
        expect(ms).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('scoreMessage also copes without a profile', () => {
    fc.assert(
      fc.property(text, (body) => {
        const { value: verdict, ms } = timed(() => scoreMessage({ message: message(body, null), profile: null }));
        expect(verdict.reasons.length).toBeGreaterThan(0);
        expect(ms).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('the pay parser never throws, reads only finite amounts, and finishes within the bound', () => {
    fc.assert(
      fc.property(text, fc.option(fc.integer({ min: 0, max: 10_000_000 })), fc.constantFrom('EUR', 'USD', 'GBP', 'CAD', undefined), (body, floor, currency) => {
        const { value: offers, ms } = timed(() => findPay(analyse(body)));
        expect(ms).toBeLessThan(BOUND_MS);
        const numbers = offers.flatMap((offer) => Object.values(offer).filter((value): value is number => typeof value === 'number'));
        expect(numbers.every((value) => Number.isFinite(value))).toBe(true);
        const compared = comparePay(offers, floor ?? undefined, currency);
        expect(['below', 'meets', 'unknown']).toContain(compared.verdict);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
