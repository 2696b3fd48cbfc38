import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POPUP } from '../../src/i18n/popup';
import { useFallbackMessages } from '../../src/i18n/t';
import { describeAge, describeWaiting } from '../../src/popup/time';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Outside the extension t() reads the English table.
beforeAll(() => useFallbackMessages(POPUP));
afterAll(() => useFallbackMessages(null));

describe('describeAge', () => {
  it.each([
    [0, 'just now'],
    [59 * SECOND, 'just now'],
    [MINUTE, '1 min ago'],
    [59 * MINUTE + 59 * SECOND, '59 min ago'],
    [HOUR, '1 h ago'],
    [23 * HOUR + 59 * MINUTE, '23 h ago'],
    [DAY, '1 day ago'],
    [2 * DAY - 1, '1 day ago'],
    [2 * DAY, '2 days ago'],
    [80 * DAY, '80 days ago'],
  ])('says %i ms ago is "%s"', (age, text) => {
    expect(describeAge(NOW - age, NOW)).toBe(text);
  });

  it('says "just now" for a time slightly ahead, as a site clock may be', () => {
    expect(describeAge(NOW + 5 * MINUTE, NOW)).toBe('just now');
  });
});

describe('describeWaiting', () => {
  it.each([
    [0, 'waiting 1 min'],
    [10 * MINUTE, 'waiting 10 min'],
    [5 * HOUR, 'waiting 5 h'],
    [DAY + HOUR, 'waiting 1 day'],
    [4 * DAY + 3 * HOUR, 'waiting 4 days'],
  ])('says a message %i ms old is "%s"', (age, text) => {
    expect(describeWaiting(NOW - age, NOW)).toBe(text);
  });

  it('never says a message waits for a negative time when the site clock runs ahead', () => {
    expect(describeWaiting(NOW + HOUR, NOW)).toBe('waiting 1 min');
  });
});
