/**
 * The bridge between stored messages and the pure scorer: what the scorer reads from a record, and the
 * fields a record keeps so later messages find it (fingerprint, bands, agency, identities, language).
 * Used by the worker and by migration 2, which computes the same fields for rows stored before it.
 */
import { detectLanguage } from '../core/language';
import { bands } from '../core/scoring/fingerprint';
import { CLASSES, replay, type LearnedClass, type LearnedState } from '../core/scoring/learner';
import type { Prepared } from '../core/scoring/score';
import type { HistoryEntry, ScorerMessage } from '../core/scoring/types';
import type { CorrectionRecord, MessageRecord } from './records';

export type ScoringFields = Pick<MessageRecord, 'fingerprint' | 'bands' | 'agency' | 'identities' | 'language'>;

type StoredText = Pick<
  MessageRecord,
  'site' | 'sender' | 'subject' | 'body' | 'receivedAt' | 'threadKey' | 'recipientCount' | 'inMail'
>;

export function scorerMessageOf(record: StoredText): ScorerMessage {
  return {
    site: record.site,
    sender: record.sender,
    subject: record.subject,
    body: record.body,
    sentAt: record.receivedAt,
    threadKey: record.threadKey,
    recipientCount: record.recipientCount,
    ...(record.inMail === undefined ? {} : { inMail: record.inMail }),
  };
}

export function scoringFieldsOf(prepared: Prepared): ScoringFields {
  return {
    fingerprint: prepared.fingerprint,
    bands: bands(prepared.fingerprint),
    agency: prepared.agency,
    identities: prepared.identities,
    language: detectLanguage(prepared.body).language,
  };
}

/** What a stored message contributes to another's history: no body, so many fit in memory. */
export type HistoryFields = Pick<
  MessageRecord,
  'key' | 'threadKey' | 'receivedAt' | 'identities' | 'agency' | 'fingerprint' | 'label' | 'isOwn' | 'corrected' | 'recruiterId'
>;

/**
 * A stored message as history. `sameRecruiter` carries every identity of the recruiter being scored:
 * a message filed under that recruiter counts as theirs even when it came through another identity.
 */
export function historyEntryOf(record: HistoryFields, sameRecruiter?: { id: string; identities: readonly string[] }): HistoryEntry {
  const identities =
    sameRecruiter && record.recruiterId === sameRecruiter.id
      ? [...new Set([...record.identities, ...sameRecruiter.identities])]
      : record.identities;
  return {
    key: record.key,
    threadKey: record.threadKey,
    sentAt: record.receivedAt,
    identities,
    agency: record.agency,
    fingerprint: record.fingerprint,
    // Own and not yet scored messages have no verdict a later message could follow.
    label: record.isOwn || record.label === 'unscored' ? null : record.label,
    isOwn: record.isOwn,
    ...(record.corrected ? { corrected: true } : {}),
  };
}

function isLearnedClass(label: string): label is LearnedClass {
  return (CLASSES as readonly string[]).includes(label);
}

/**
 * The learned state the standing corrections teach, replayed in the order they were made. A correction
 * with nothing to learn from (its message was gone when it was recorded) is left out: on its own it
 * would only shift the bias of every verdict.
 */
export function learnedStateFrom(corrections: readonly CorrectionRecord[]): LearnedState {
  const standing = corrections
    .filter((c) => c.undoneAt === undefined && c.features.length > 0)
    .toSorted((a, b) => (a.id ?? 0) - (b.id ?? 0) || a.createdAt - b.createdAt);
  return replay(
    standing.flatMap((c) => {
      const target = c.to;
      if (!isLearnedClass(target)) return [];
      return [{ features: c.features, ruleLogits: c.ruleLogits, target, exemplar: { fingerprint: c.fingerprint, label: target, key: c.messageKey } }];
    }),
  );
}
