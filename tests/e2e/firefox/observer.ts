// The test's eyes inside Firefox: a small script served in the test's copy of the fixture page
// (the page is ours to serve). It runs in the page's own world, where the extension's marks are
// plain attributes, waits until the expected number of messages carry a verdict and stays so,
// and posts what it found to the fixture server on the same origin.

export const REPORT_PATH = '/__recruiter-ally-test/report';

export interface Mark {
  verdict: string | null;
  /** LinkedIn's data-event-urn of a message in the open thread; null for a conversation-list row. */
  urn: string | null;
  /** Whether a badge host sits inside the marked element. */
  badged: boolean;
}

export interface Report {
  visit: number;
  marks: Mark[];
  badges: number;
  /** Milliseconds from the page's start until the last mark appeared. */
  settledMs: number;
  timedOut: boolean;
}

/** A `<script>` element to put before `</body>`. The server's answer to a report may name the page to go to next. */
export function observerScript(visit: number, expected: number, timeoutMs: number): string {
  const source = `(() => {
  const visit = ${visit}, expected = ${expected}, timeoutMs = ${timeoutMs};
  let count = -1, changedAt = 0;
  const snapshot = () => [...document.querySelectorAll('[data-recruiter-ally]')].map((el) => ({
    verdict: el.getAttribute('data-recruiter-ally'),
    urn: el.getAttribute('data-event-urn'),
    badged: el.querySelector('[data-recruiter-ally-ui]') !== null,
  }));
  const tick = async () => {
    const marks = snapshot();
    const now = performance.now();
    if (marks.length !== count) { count = marks.length; changedAt = now; }
    const timedOut = now > timeoutMs;
    // Settled: enough marks and no new one for half a second.
    if (!timedOut && !(marks.length >= expected && now - changedAt >= 500)) { setTimeout(tick, 100); return; }
    const report = { visit, marks, badges: document.querySelectorAll('[data-recruiter-ally-ui]').length, settledMs: Math.round(changedAt), timedOut };
    const reply = await fetch(${JSON.stringify(REPORT_PATH)}, { method: 'POST', body: JSON.stringify(report) });
    const { next } = await reply.json();
    if (next) location.assign(next);
  };
  tick();
})();`;
  return `<script>${source}</script>`;
}
