/** Marks of blanket outreach and of scams: what a mass-sent message looks like from the inbox. */
import type { Sender } from '../message';
import { emailDomain, isFreeMailDomain } from '../recruiter';
import type { Analysed } from '../text';
import { findAddressee } from './greeting';
import {
  clientPhrases,
  jdHeadings,
  legalFooters,
  scamChannels,
  scamIdentity,
  scamMoney,
  staffing,
  unsubscribe,
  yourBackground,
} from './lexicon';
import { findMergeFields } from './merge-fields';
import { findPlaces } from './knowledge/places';
import type { Evidence } from './types';

export interface BlanketFindings {
  evidence: Evidence[];
  /** Marks no personal line can excuse: merge fields, a wrong name, mass recipients, scams, staffing blasts. */
  hard: number;
  /** Marks of a template that a specific message may still carry: generic greeting, hidden client, pasted description. */
  soft: number;
  greetsByName: boolean;
}

function distinct(hits: { from: number; to: number }[], a: Analysed): string[] {
  return [...new Set(hits.map((h) => a.tokens.slice(h.from, h.to).map((t) => t.raw).join(' ')))];
}

export function assessBlanket(
  sender: Sender,
  body: Analysed,
  subject: Analysed | null,
  candidateName: string | undefined,
  recipientCount: number | null,
): BlanketFindings {
  const evidence: Evidence[] = [];
  let hard = 0;
  let soft = 0;
  const hardMark = (e: Omit<Evidence, 'pull'>): void => {
    evidence.push({ ...e, pull: 'spam' });
    hard += 1;
  };
  const softMark = (e: Omit<Evidence, 'pull'>): void => {
    evidence.push({ ...e, pull: 'spam' });
    soft += 1;
  };
  const texts = subject ? [subject, body] : [body];

  const fields = texts.flatMap((t) => findMergeFields(t.text));
  if (fields.length) {
    const shown = [...new Set(fields.map((f) => f.text))].slice(0, 3).join(', ');
    hardMark({ id: 'blanket.merge-fields', weight: 6, reason: `Has unfilled template fields: ${shown}` });
  }

  const addressee = findAddressee(body, candidateName);
  if (addressee.kind === 'other-name') {
    hardMark({ id: 'blanket.wrong-name', weight: 6, reason: `Addressed to ${addressee.name}, not to you` });
  } else if (addressee.kind === 'generic') {
    softMark({ id: 'blanket.generic-greeting', weight: 2.5, reason: `Opens with “${addressee.salutation}” instead of your name` });
  } else if (addressee.kind === 'candidate') {
    evidence.push({ id: 'personal.name', pull: 'targeted', weight: 0.5, reason: 'Uses your name' });
  }

  if (recipientCount !== null && recipientCount >= 5) {
    hardMark({ id: 'blanket.mass-recipients', weight: 6, reason: `Sent to ${recipientCount} visible recipients at once` });
  } else if (recipientCount !== null && recipientCount >= 3) {
    softMark({ id: 'blanket.several-recipients', weight: 2, reason: `Sent to ${recipientCount} visible recipients` });
  }

  const staffingTerms = texts.flatMap((t) => distinct(staffing().findAll(t.tokens), t));
  if (staffingTerms.length >= 2) {
    hardMark({ id: 'blanket.staffing', weight: 5, reason: `Staffing-blast wording: ${staffingTerms.slice(0, 3).join(', ')}` });
  } else if (staffingTerms.length === 1) {
    softMark({ id: 'blanket.staffing', weight: 1.5, reason: `Staffing wording: ${staffingTerms[0]}` });
  }
  if (legalFooters().findAll(body.tokens).length) {
    hardMark({ id: 'blanket.legal-footer', weight: 5, reason: 'Carries the fake-legal footer of bulk staffing mail' });
  }

  const channels = texts.flatMap((t) => distinct(scamChannels().findAll(t.tokens), t));
  const money = texts.flatMap((t) => distinct(scamMoney().findAll(t.tokens), t));
  const identity = texts.flatMap((t) => distinct(scamIdentity().findAll(t.tokens), t));
  const domain = sender.email ? emailDomain(sender.email) : null;
  const freeMail = domain !== null && isFreeMailDomain(domain);
  const scamMarks = (channels.length ? 1 : 0) + (money.length ? 1 : 0) + (identity.length ? 1 : 0);
  if (scamMarks >= 2 || (scamMarks === 1 && freeMail && (identity.length || money.length))) {
    const what = [...channels, ...money, ...identity].slice(0, 3).join(', ');
    hardMark({ id: 'blanket.scam', weight: 6, reason: `Looks like a scam: asks for ${what} before any interview` });
  } else if (identity.length) {
    softMark({ id: 'blanket.asks-identity', weight: 2.5, reason: `Asks for ${identity[0]} before any interview` });
  } else if (channels.length) {
    softMark({ id: 'blanket.chat-interview', weight: 2, reason: `Wants to talk over ${channels[0]}` });
  }
  if (freeMail && /\b(hr|recruit|careers?|talent|hiring|jobs?)\b/i.test(`${sender.email ?? ''} ${sender.name}`)) {
    softMark({ id: 'blanket.free-mail-company', weight: 2, reason: `Writes for a company from a free-mail address (${domain})` });
  }

  if (unsubscribe().findAll(body.tokens).length) {
    softMark({ id: 'blanket.unsubscribe', weight: 2, reason: 'Has an unsubscribe footer, the mark of a mailing list' });
  }

  const client = clientPhrases().findAll(body.tokens);
  if (client.length && !namesClient(body, client)) {
    softMark({ id: 'blanket.hidden-client', weight: 2.5, reason: 'Talks of “my client” without saying who is hiring' });
  }

  const headings = distinct(jdHeadings().findAll(body.tokens), body);
  const aboutYou = yourBackground().findAll(body.tokens).length > 0;
  if (headings.length >= 2 && !aboutYou) {
    softMark({ id: 'blanket.pasted-description', weight: 2, reason: 'A pasted job description with no word about you' });
  }

  return { evidence, hard, soft, greetsByName: addressee.kind === 'candidate' };
}

/**
 * "our client, Acme Robotics," or "my client Acme": a capitalised name right after the phrase.
 * "my client, a leading Berlin fintech" describes instead of naming, and a place is not a name.
 */
function namesClient(body: Analysed, hits: { from: number; to: number }[]): boolean {
  const placeTokens = new Set<number>();
  for (const place of findPlaces(body)) for (let i = place.from; i < place.to; i += 1) placeTokens.add(i);
  return hits.some((hit) => {
    for (let i = hit.to; i < Math.min(body.tokens.length, hit.to + 3); i += 1) {
      const token = body.tokens[i]!;
      if (DESCRIBERS.has(token.text)) return false;
      if (/^\p{Lu}/u.test(token.raw) && !STOP_CAPS.has(token.text) && !placeTokens.has(i)) return true;
    }
    return false;
  });
}

// Words that start a description rather than a name: "a leading…", "one of the…", "une…".
const DESCRIBERS = new Set(['a', 'an', 'one', 'ein', 'eine', 'einen', 'un', 'une', 'uno', 'una', 'um', 'uma', 'een', 'who', 'which', 'that']);

const STOP_CAPS = new Set(['a', 'an', 'the', 'is', 'are', 'i', 'we', 'they', 'who', 'which', 'that', 'ein', 'eine', 'der', 'die', 'das', 'un', 'une', 'le', 'la', 'el', 'los', 'um', 'uma', 'o', 'is', 'has', 'in', 'leading', 'fast', 'global']);
