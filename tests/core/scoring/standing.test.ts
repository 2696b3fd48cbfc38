import { describe, expect, it } from 'vitest';
import { MemoryHistory, prepare, scoreMessage } from '../../../src/core/scoring';
import type { ScorerMessage } from '../../../src/core/scoring/types';
import { KATRIN } from '../../fixtures/profiles';

const SENDER = { name: 'Mila Franke', email: 'mila@brightline-staffing.example', company: 'Brightline Staffing' };

function message(body: string, sentAt: string): ScorerMessage {
  return { site: 'email', sender: SENDER, subject: 'Frontend role', body, sentAt: Date.parse(sentAt), threadKey: null, recipientCount: 1 };
}

function withHistory(labels: ('spam' | 'targeted')[]) {
  const history = new MemoryHistory();
  const now = message('Hi Katrin, a Senior React Engineer role in Berlin, hybrid. Interested?', '2026-11-20T10:00:00Z');
  const p = prepare({ message: now });
  labels.forEach((label, i) => {
    history.add({ key: `earlier-${i}`, threadKey: `t-${i}`, sentAt: now.sentAt - (i + 1) * 86_400_000, identities: p.identities, agency: p.agency, fingerprint: `${i}`.padStart(16, 'f'), label, isOwn: false });
  });
  const view = history.view({ threadKey: null, identities: p.identities, agency: p.agency, fingerprint: p.fingerprint, sentAt: now.sentAt });
  return scoreMessage({ message: now, profile: KATRIN, history: view });
}

describe("a recruiter's standing", () => {
  it('counts earlier blanket outreach from the same recruiter against a new message', () => {
    const verdict = withHistory(['spam', 'spam']);
    expect(verdict.evidence.map((e) => e.reason)).toContain("This recruiter's 2 earlier messages to you were blanket outreach");
  });

  it('counts an earlier fitting role from the same recruiter in favour', () => {
    const verdict = withHistory(['targeted']);
    expect(verdict.evidence.map((e) => e.reason)).toContain('This recruiter wrote to you with a fitting role before');
    expect(verdict.score).toBeGreaterThan(withHistory(['spam', 'spam']).score);
  });
});
