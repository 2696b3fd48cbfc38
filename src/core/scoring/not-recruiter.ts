/**
 * Is anyone reaching out with a job? Notifications, job alerts, application receipts, newsletters,
 * sales pitches, colleagues and friends are not recruiter outreach and must never get a recruiter reply.
 */
import type { Sender } from '../message';
import { emailDomain } from '../recruiter';
import { analyse, fold, type Analysed, type PhraseIndex } from '../text';
import {
  AUTOMATED_DOMAINS,
  AUTOMATED_LOCAL_PARTS,
  applicationTracking,
  hiringManagerTitles,
  jobAlerts,
  networkNotifications,
  newsletter,
  offerPhrases,
  personal,
  referralAsks,
  recruiterTitles,
  salesPitch,
  unsubscribe,
} from './lexicon';
import type { Evidence } from './types';

const AUTOMATED_LOCALS = new Set(AUTOMATED_LOCAL_PARTS);

function isAutomatedAddress(email: string | undefined): boolean {
  if (!email) return false;
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  const local = email.slice(0, at).toLowerCase();
  const domain = email.slice(at + 1).toLowerCase();
  if (AUTOMATED_LOCALS.has(local)) return true;
  // "careers-noreply", "jobs.no-reply", "noreply-jobs"
  if (/(^|[._-])(no-?reply|do-?not-?reply|notifications?|alerts?)([._-]|$)/.test(local)) return true;
  return AUTOMATED_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** Hits of `index` in a text, counted once per distinct phrase. */
function distinctHits(index: PhraseIndex<true>, a: Analysed): number {
  const seen = new Set<string>();
  for (const hit of index.findAll(a.tokens)) {
    seen.add(a.tokens.slice(hit.from, hit.to).map((t) => t.text).join(' '));
  }
  return seen.size;
}

export interface RecruiterLikelihood {
  evidence: Evidence[];
  /** Sum of pulls toward "a person offering a job". */
  recruiter: number;
  /** Sum of pulls toward "not recruiter outreach". */
  other: number;
}

/** Weighs whether a person is offering the candidate a job. */
export function recruiterLikelihood(sender: Sender, body: Analysed, subject: Analysed | null, channel: string): RecruiterLikelihood {
  const evidence: Evidence[] = [];
  const add = (e: Evidence): void => {
    evidence.push(e);
  };
  const headline = analyse([sender.headline ?? '', sender.company ?? ''].join(' · '));
  const senderName = fold(sender.name.trim());

  // Automated senders.
  if (isAutomatedAddress(sender.email)) {
    add({ id: 'other.automated-sender', pull: 'other', weight: 4, reason: `Sent by an automated address (${sender.email}), not a person` });
  }
  // Senders named like a feed, not a person: "Jobalarm", "Job Alerts", "Weekly Digest", "Newsletter".
  if (/\b(job ?alarm|job ?alerts?|jobagent|job ?mail|newsletter|digest|weekly|notifications?|no-?reply)\b/.test(senderName)) {
    add({ id: 'other.automated-sender', pull: 'other', weight: 3, reason: `Sent by ${sender.name}, an automated feed, not a person` });
  }
  if (channel === 'linkedin' && (senderName === 'linkedin' || /^linkedin\b/.test(senderName)) && !sender.headline) {
    add({ id: 'other.network-notification', pull: 'other', weight: 5, reason: 'A LinkedIn notification, not a person writing to you' });
  }
  const texts = subject ? [body, subject] : [body];
  const count = (ix: PhraseIndex<true>): number => texts.reduce((n, t) => n + distinctHits(ix, t), 0);

  const notifications = count(networkNotifications());
  if (notifications) {
    add({ id: 'other.network-notification', pull: 'other', weight: 1.5 * Math.min(notifications, 3), reason: 'Reads like a network notification' });
  }
  const tracking = count(applicationTracking());
  if (tracking) {
    add({ id: 'other.application-tracking', pull: 'other', weight: 2 * Math.min(tracking, 3), reason: 'An update about an application you sent, not outreach' });
  }
  const alerts = count(jobAlerts());
  if (alerts) {
    add({ id: 'other.job-alert', pull: 'other', weight: 1.5 * Math.min(alerts, 4), reason: 'A job alert from a saved search, not a recruiter' });
  }
  const letters = count(newsletter());
  if (letters) {
    add({ id: 'other.newsletter', pull: 'other', weight: 1.2 * Math.min(letters, 4), reason: 'Reads like a newsletter' });
  }
  const sales = count(salesPitch());
  if (sales) {
    add({ id: 'other.sales-pitch', pull: 'other', weight: 1.3 * Math.min(sales, 4), reason: 'Sells a product or service rather than offering a job' });
  }
  if (count(referralAsks())) {
    add({ id: 'other.referral-ask', pull: 'other', weight: 5, reason: 'Asks you for a referral or advice: looking for a job, not offering one' });
  }
  const personalHits = count(personal());
  if (personalHits) {
    add({ id: 'other.personal', pull: 'other', weight: 1.2 * Math.min(personalHits, 4), reason: 'A personal note or a referral request, not recruiter outreach' });
  }

  // Toward a person offering a job.
  const recruiterTitle = recruiterTitles().findAll(headline.tokens).length > 0;
  if (recruiterTitle) {
    add({ id: 'recruiter.title', pull: 'recruiter', weight: 2.5, reason: 'The sender recruits for a living' });
  } else if (hiringManagerTitles().findAll(headline.tokens).length > 0) {
    add({ id: 'recruiter.hiring-manager', pull: 'recruiter', weight: 1, reason: 'The sender leads a team' });
  }
  const offers = count(offerPhrases());
  if (offers) {
    add({ id: 'recruiter.offer', pull: 'recruiter', weight: Math.min(offers, 5) * 0.9, reason: 'Offers you a role' });
  }
  if (unsubscribe().findAll(body.tokens).length) {
    add({ id: 'other.unsubscribe', pull: 'other', weight: 0.8, reason: 'Has an unsubscribe footer' });
  }

  let recruiter = 0;
  let other = 0;
  for (const e of evidence) {
    if (e.pull === 'recruiter') recruiter += e.weight;
    else if (e.pull === 'other') other += e.weight;
  }
  return { evidence, recruiter, other };
}

export { isAutomatedAddress, emailDomain };
