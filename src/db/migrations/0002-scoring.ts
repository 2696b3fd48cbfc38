import type { Transaction } from 'dexie';
import type { Profile } from '../../core/profile';
import { EMPTY_FINGERPRINT } from '../../core/scoring/fingerprint';
import { viewOf } from '../../core/scoring/history';
import { applyRules, featuresOf, prepare } from '../../core/scoring/score';
import type { ScoreInput } from '../../core/scoring/types';
import { historyEntryOf, learnedStateFrom, scorerMessageOf, scoringFieldsOf, type HistoryFields } from '../message-scoring';
import type { CorrectionRecord, MessageRecord, ProfileRecord, RecruiterRecord } from '../records';
import type { Migration } from './types';

/** A correction as version 1 stored it. */
type CorrectionV1 = Omit<CorrectionRecord, 'features' | 'ruleLogits' | 'fingerprint'>;

export const scoring: Migration = {
  version: 2,
  description: 'Messages keep their fingerprint, bands, agency, identities and language; corrections keep what the learner saw',
  stores: {
    // bands is multi-entry so one lookup finds every near-duplicate candidate of a text;
    // agency finds colleagues of a recruiter. identities stay unindexed: recruiters are found by recruiterId.
    messages: '&key, threadKey, recruiterId, receivedAt, [label+state+receivedAt], *bands, agency',
  },
  upgrade,
};

async function upgrade(tx: Transaction): Promise<void> {
  const corrections = (await tx.table('corrections').toArray()) as CorrectionV1[];
  // The latest standing correction of a message is the candidate's word on it.
  const standing = new Map<string, CorrectionV1>();
  for (const c of corrections.toSorted((a, b) => (a.id ?? 0) - (b.id ?? 0))) {
    if (c.undoneAt === undefined) standing.set(c.messageKey, c);
  }

  // Every message as history (without its body), and whole only the few that were corrected.
  const history: HistoryFields[] = [];
  const correctedKeys = new Set(corrections.map((c) => c.messageKey));
  const corrected = new Map<string, MessageRecord>();
  await tx
    .table('messages')
    .toCollection()
    .modify((row: MessageRecord) => {
      Object.assign(row, scoringFieldsOf(prepare({ message: scorerMessageOf(row) })));
      const correction = standing.get(row.key);
      if (correction && !row.isOwn) {
        row.label = correction.to;
        row.corrected = true;
      }
      const { key, threadKey, receivedAt, identities, agency, fingerprint, label, isOwn, recruiterId } = row;
      history.push({ key, threadKey, receivedAt, identities, agency, fingerprint, label, isOwn, recruiterId, corrected: row.corrected });
      if (correctedKeys.has(key)) corrected.set(key, structuredClone(row));
    });
  await upgradeRecruiters(tx, history);
  if (!corrections.length) return;

  const profile = profileOf((await tx.table('profile').get('me')) as ProfileRecord | undefined);
  // The rows were read for this upgrade alone, so they are completed in place.
  const upgraded: CorrectionRecord[] = corrections.map((c) => Object.assign(c, learnerFieldsOf(corrected.get(c.messageKey), history, profile)));
  await tx.table('corrections').bulkPut(upgraded);

  const learned = learnedStateFrom(upgraded);
  if (learned.updates > 0) await tx.table('settings').put({ key: 'learner.state', value: learned });
}

type LearnerFields = Pick<CorrectionRecord, 'features' | 'ruleLogits' | 'fingerprint'>;

/** What the learner saw of a corrected message: its features and the rules' logits, its history read as the worker reads it. */
function learnerFieldsOf(message: MessageRecord | undefined, all: readonly HistoryFields[], profile: Profile | null): LearnerFields {
  // A message pruned since leaves nothing to learn from; learnedStateFrom skips the empty row.
  if (!message) return { features: [], ruleLogits: [0, 0, 0], fingerprint: EMPTY_FINGERPRINT };
  const input: ScoreInput = {
    message: scorerMessageOf(message),
    profile,
    history: viewOf(
      { threadKey: message.threadKey, identities: message.identities, agency: message.agency, fingerprint: message.fingerprint, sentAt: message.receivedAt },
      all.filter((m) => m.key !== message.key).map((m) => historyEntryOf(m, sameRecruiter(message))),
    ),
  };
  const prepared = prepare(input);
  const rules = applyRules(input, prepared);
  return { features: featuresOf(prepared, rules.evidence, input), ruleLogits: rules.logits, fingerprint: prepared.fingerprint };
}

/** As the worker does: a message filed under the same recruiter counts as theirs. */
function sameRecruiter(message: MessageRecord): { id: string; identities: string[] } | undefined {
  return message.recruiterId === undefined ? undefined : { id: message.recruiterId, identities: message.identities };
}

function profileOf(record: ProfileRecord | undefined): Profile | null {
  if (!record) return null;
  const { id: _id, updatedAt: _updatedAt, ...profile } = record;
  return profile;
}

/**
 * Recruiters learn the identities of the messages filed under them, in the form the worker looks them
 * up by from now on; a LinkedIn identity written as a profile path ("li:/in/<slug>") becomes the slug.
 */
async function upgradeRecruiters(tx: Transaction, messages: readonly HistoryFields[]): Promise<void> {
  const filed = new Map<string, Set<string>>();
  for (const m of messages) {
    if (m.recruiterId === undefined || m.isOwn) continue;
    const identities = filed.get(m.recruiterId) ?? new Set<string>();
    for (const id of m.identities) identities.add(id);
    filed.set(m.recruiterId, identities);
  }
  await tx
    .table('recruiters')
    .toCollection()
    .modify((row: RecruiterRecord) => {
      const own = row.identities.map((id) => (id.startsWith('li:/in/') ? `li:${id.slice(7).replace(/\/+$/, '').toLowerCase()}` : id));
      row.identities = [...new Set([...own, ...(filed.get(row.id) ?? [])])];
    });
}
