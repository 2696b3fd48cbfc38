import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryHistory, scoreMessage, prepare } from '../../../src/core/scoring';
import type { ScorerMessage } from '../../../src/core/scoring/types';
import { KATRIN } from '../../fixtures/profiles';

function message(body: string, subject: string | null = null, name = 'Alex Morgan'): ScorerMessage {
  return {
    site: 'email',
    sender: { name, email: 'alex@example-talent.com', headline: 'Recruiter at Example Talent' },
    subject,
    body,
    sentAt: Date.parse('2026-11-20T10:00:00Z'),
    threadKey: null,
    recipientCount: 1,
  };
}

const LABELS = ['targeted', 'unsure', 'spam', 'other'];

describe('the scorer on any input', () => {
  it('never throws and always answers a label, a score in 0–100 and reasons', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.option(fc.string({ unit: 'grapheme', maxLength: 200 })), (body, subject) => {
        const verdict = scoreMessage({ message: message(body, subject), profile: KATRIN });
        expect(LABELS).toContain(verdict.label);
        expect(verdict.score).toBeGreaterThanOrEqual(0);
        expect(verdict.score).toBeLessThanOrEqual(100);
        expect(verdict.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('copes with hostile text: markup, right-to-left marks, zero-width joiners, emoji, nulls', () => {
    const hostile = [
      '',
      '\u0000\u0001\u0002',
      '<script>alert(1)</script><img src=x onerror=alert(1)>',
      'Hi K\u200Batrin, \u202Eesrever\u202C senior React role 👩‍💻🚀 at Foo, €90k',
      '{'.repeat(10_000),
      '$'.repeat(10_000) + '1'.repeat(10_000),
      'a'.repeat(200_000),
      'Hi '.repeat(50_000),
      '\uD800\uDFFF\uDBFF'.repeat(1000),
    ];
    for (const body of hostile) {
      expect(() => scoreMessage({ message: message(body, body.slice(0, 500)), profile: KATRIN })).not.toThrow();
    }
  });

  it('takes time linear in the text: 1 MB costs no more per KB than 1 KB', () => {
    const unit = 'We are hiring a senior React engineer in Berlin, hybrid, €85–95k, TypeScript and design systems. ';
    const small = unit.repeat(Math.ceil(1024 / unit.length));
    const large = unit.repeat(Math.ceil(1024 * 1024 / unit.length));
    const time = (body: string, runs: number): number => {
      const started = performance.now();
      for (let i = 0; i < runs; i += 1) scoreMessage({ message: message(body), profile: KATRIN });
      return (performance.now() - started) / runs;
    };
    time(small, 50);
    const perKbSmall = time(small, 200) / (small.length / 1024);
    const perKbLarge = time(large, 3) / (large.length / 1024);
    // Long texts are analysed on a bounded head and tail, so per-KB cost falls; never more than linear.
    expect(perKbLarge).toBeLessThan(perKbSmall * 2);
  });
});

describe('history', () => {
  it('finds a near-duplicate from another recruiter and calls it a template', () => {
    const history = new MemoryHistory();
    const template =
      'Hello, I came across your profile and think you would be a great fit for an exciting opportunity with my client, a leading company. ' +
      'The role offers a competitive package and great growth. Let me know a good time to talk this week, I would love to tell you more about it. ' +
      'Please share your updated CV and your availability for a quick call.';
    const first = message(template, null, 'Sam Carter');
    const second = { ...message(template.replace('Hello,', 'Hi,'), null, 'Jo Baker'), sender: { name: 'Jo Baker', email: 'jo@other-agency.com' } };
    const p1 = prepare({ message: first });
    history.add({ key: 'a', threadKey: null, sentAt: first.sentAt - 3600_000, identities: p1.identities, agency: p1.agency, fingerprint: p1.fingerprint, label: 'spam', isOwn: false });
    const p2 = prepare({ message: second });
    const view = history.view({ threadKey: null, identities: p2.identities, agency: p2.agency, fingerprint: p2.fingerprint, sentAt: second.sentAt });
    expect(view.nearDuplicates.map((e) => e.key)).toEqual(['a']);
    const verdict = scoreMessage({ message: second, profile: KATRIN, history: view });
    expect(verdict.label).toBe('spam');
    expect(verdict.reasons).toContain('Same text as 1 other recruiter sent you this month');
  });
});
