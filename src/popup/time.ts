import { t } from '../i18n/t';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "3 h ago", "4 days ago": how long ago `then` was. */
export function describeAge(then: number, now: number): string {
  const age = Math.max(0, now - then);
  if (age < MINUTE) return t('popup_age_now');
  if (age < HOUR) return t('popup_age_minutes', Math.floor(age / MINUTE));
  if (age < DAY) return t('popup_age_hours', Math.floor(age / HOUR));
  const days = Math.floor(age / DAY);
  return days === 1 ? t('popup_age_day') : t('popup_age_days', days);
}

/** "waiting 4 days": how long a message has waited for the candidate's reply (at least a minute, never "0"). */
export function describeWaiting(since: number, now: number): string {
  const age = Math.max(0, now - since);
  if (age < HOUR) return t('popup_waiting_minutes', Math.max(1, Math.floor(age / MINUTE)));
  if (age < DAY) return t('popup_waiting_hours', Math.floor(age / HOUR));
  const days = Math.floor(age / DAY);
  return days === 1 ? t('popup_waiting_day') : t('popup_waiting_days', days);
}
