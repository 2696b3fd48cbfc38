// @vitest-environment happy-dom
// The Firefox test's storage proof rests on its second page: the old key and the control must read
// as the same message from Ines, so that only storage can tell their verdicts apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/core/message';
import { linkedinAdapter } from '../../src/content/sites/linkedin/adapter';
import { LAST_URN, NEW_URN, OWN_URN, secondVisit } from '../e2e/firefox/fixture-page';

const FIXTURE = readFileSync(join(process.cwd(), 'tests/fixtures/linkedin/2026-11-28-messaging.html'), 'utf8');

function threadMessages(html: string): Map<string, IncomingMessage> {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.linkedin.com/messaging/thread/2-demo-thread-1/');
  document.documentElement.innerHTML = html;
  const handles = linkedinAdapter.findMessages(linkedinAdapter.root(document)!).filter((h) => h.kind === 'message');
  const messages = handles.map((handle) => linkedinAdapter.extract(handle, document)!);
  return new Map(messages.map((m) => [m.siteMessageId, m]));
}

describe('the Firefox test second visit', () => {
  const before = threadMessages(FIXTURE);
  const after = threadMessages(secondVisit(FIXTURE));

  it("starts from Katrin's own reply and Ines's last message", () => {
    expect(before.get(OWN_URN)?.isOwn).toBe(true);
    expect(before.get(LAST_URN)?.isOwn).toBe(false);
  });

  it('reads the old key and the control as the same message from Ines, differing only in key and time', () => {
    const kept = after.get(OWN_URN)!;
    const control = after.get(NEW_URN)!;
    expect(after.has(LAST_URN)).toBe(false);
    expect(kept.isOwn).toBe(false);
    expect(control.isOwn).toBe(false);
    expect(kept.sender.name).toBe('Ines Kowalczyk');
    expect(control.sender).toEqual(kept.sender);
    expect(control.body).toBe(kept.body);
    expect(control.threadKey).toBe(kept.threadKey);
    expect(kept.body).toBe(before.get(OWN_URN)!.body);
  });

  it('leaves every other message of the thread as it was', () => {
    const others = [...before.keys()].filter((id) => id !== OWN_URN && id !== LAST_URN);
    expect(others.map((id) => after.get(id))).toEqual(others.map((id) => before.get(id)));
  });
});
