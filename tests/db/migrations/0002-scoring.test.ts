import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/language';
import { bands, EMPTY_FINGERPRINT, isNearDuplicate } from '../../../src/core/scoring/fingerprint';
import { viewOf } from '../../../src/core/scoring/history';
import { emptyLearnedState, learn, type LearnedClass, type LearnedState } from '../../../src/core/scoring/learner';
import { applyRules, featuresOf, prepare, scoreMessage } from '../../../src/core/scoring/score';
import type { HistoryEntry, ScoreInput, ScorerMessage } from '../../../src/core/scoring/types';
import { RecruiterAllyDb } from '../../../src/db/database';
import { initial } from '../../../src/db/migrations/0001-initial';
import { scoring } from '../../../src/db/migrations/0002-scoring';
import type { CorrectionRecord, MessageRecord, RecruiterRecord, SettingRecord } from '../../../src/db/records';
import { checkMigration } from '../migration-harness';
import { ROWS_V1, type CorrectionRecordV1, type MessageRecordV1, type RowsV1 } from '../realistic-rows';

// The expectations are computed here from the core functions directly, the way the scorer sees a
// message, rather than through the helpers the migration uses.

function scorerMessage(m: MessageRecordV1): ScorerMessage {
  return {
    site: m.site,
    sender: m.sender,
    subject: m.subject,
    body: m.body,
    sentAt: m.receivedAt,
    threadKey: m.threadKey,
    recipientCount: m.recipientCount,
    ...(m.inMail === undefined ? {} : { inMail: m.inMail }),
  };
}

function standingByMessage(corrections: readonly CorrectionRecordV1[]): Map<string, CorrectionRecordV1> {
  const standing = new Map<string, CorrectionRecordV1>();
  for (const c of corrections.toSorted((a, b) => a.id! - b.id!)) if (c.undoneAt === undefined) standing.set(c.messageKey, c);
  return standing;
}

function migratedMessages(before: RowsV1): MessageRecord[] {
  const standing = standingByMessage(before.corrections);
  return before.messages.map((m) => {
    const prepared = prepare({ message: scorerMessage(m) });
    const correction = m.isOwn ? undefined : standing.get(m.key);
    return {
      ...m,
      ...(correction ? { label: correction.to, corrected: true } : {}),
      fingerprint: prepared.fingerprint,
      bands: bands(prepared.fingerprint),
      agency: prepared.agency,
      identities: prepared.identities,
      language: detectLanguage(prepared.body).language,
    };
  });
}

function entryOf(m: MessageRecord, recruiter: MessageRecord): HistoryEntry {
  const same = m.recruiterId !== undefined && m.recruiterId === recruiter.recruiterId;
  return {
    key: m.key,
    threadKey: m.threadKey,
    sentAt: m.receivedAt,
    identities: same ? [...new Set([...m.identities, ...recruiter.identities])] : m.identities,
    agency: m.agency,
    fingerprint: m.fingerprint,
    label: m.isOwn || m.label === 'unscored' ? null : m.label,
    isOwn: m.isOwn,
    ...(m.corrected ? { corrected: true } : {}),
  };
}

function migratedCorrections(before: RowsV1, messages: readonly MessageRecord[]): CorrectionRecord[] {
  const { id: _id, updatedAt: _updatedAt, ...profile } = before.profile[0]!;
  return before.corrections.map((c) => {
    const message = messages.find((m) => m.key === c.messageKey)!;
    const others = messages.filter((m) => m.key !== message.key).map((m) => entryOf(m, message));
    const input: ScoreInput = {
      message: scorerMessage(message),
      profile,
      history: viewOf(
        { threadKey: message.threadKey, identities: message.identities, agency: message.agency, fingerprint: message.fingerprint, sentAt: message.receivedAt },
        others,
      ),
    };
    const prepared = prepare(input);
    const rules = applyRules(input, prepared);
    return { ...c, features: featuresOf(prepared, rules.evidence, input), ruleLogits: rules.logits, fingerprint: prepared.fingerprint };
  });
}

/** The standing corrections learned one by one, in the order they were made. */
function learnedFrom(corrections: readonly CorrectionRecord[]): LearnedState {
  let state = emptyLearnedState();
  for (const c of corrections.toSorted((a, b) => a.id! - b.id!)) {
    if (c.undoneAt !== undefined) continue;
    const target = c.to as LearnedClass;
    state = learn(state, c.features, c.ruleLogits, target, { fingerprint: c.fingerprint, label: target, key: c.messageKey });
  }
  return state;
}

function migratedRecruiters(before: RowsV1, messages: readonly MessageRecord[]): RecruiterRecord[] {
  return before.recruiters.map((r) => ({
    ...r,
    identities: [
      ...new Set([
        ...r.identities.map((id) => id.replace(/^li:\/in\//, 'li:')),
        ...messages.filter((m) => m.recruiterId === r.id && !m.isOwn).flatMap((m) => m.identities),
      ]),
    ],
  }));
}

describe('migration 2: scoring fields', () => {
  it('computes fingerprint, bands, agency, identities and language for every message, and what the learner needs for every correction', async () => {
    const outcome = await checkMigration(scoring.version, {
      expectRows: (rows) => {
        const before = rows as RowsV1;
        const messages = migratedMessages(before);
        const corrections = migratedCorrections(before, messages);
        const settings: SettingRecord[] = [...before.settings, { key: 'learner.state', value: learnedFrom(corrections) }];
        return { ...before, messages, corrections, recruiters: migratedRecruiters(before, messages), settings };
      },
    });
    expect(outcome.previousVersion).toBe(1);
    expect(outcome.rowCounts).toMatchObject({ messages: ROWS_V1.messages.length, corrections: ROWS_V1.corrections.length, settings: 3 });
  });

  it('adds only the two message indexes, no upgrade of other tables', () => {
    expect(scoring.version).toBe(2);
    expect(Object.keys(scoring.stores)).toEqual(['messages']);
    expect(scoring.stores.messages).toContain('*bands');
    expect(scoring.stores.messages).toContain('agency');
  });
});

const key = (i: number): string => ROWS_V1.messages[i]!.key;

describe('a version 1 database opened by version 2', () => {
  let db: RecruiterAllyDb;
  afterEach(() => db.close());

  async function upgraded(rows: RowsV1): Promise<RecruiterAllyDb> {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const old = new RecruiterAllyDb('upgrade-v2', options, [initial]);
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) await table.bulkAdd(structuredClone(rows[table.name as keyof RowsV1]));
    });
    old.close();
    db = new RecruiterAllyDb('upgrade-v2', options, [initial, scoring]);
    await db.open();
    return db;
  }

  it('reads German and English, the sender identities and the agency, as the scorer does', async () => {
    await upgraded(ROWS_V1);
    const [jobAlert, sophie, tobias, own] = await db.messages.bulkGet([key(0), key(1), key(6), key(7)]);
    expect([jobAlert?.language, sophie?.language, tobias?.language, own?.language]).toEqual(['de', 'en', 'de', 'de']);
    expect(sophie?.identities).toContain('li:sophie-brandauer-3a91b2');
    expect(tobias?.identities).toContain('email:t.feldmann@feldmann-tech.de');
    expect(tobias?.agency).toBe('domain:feldmann-tech.de');
    // A free-mail address names no agency: the candidate's own reply from posteo.de has none.
    expect(own?.agency).toBeNull();
    expect(sophie?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(sophie?.bands).toEqual(bands(sophie!.fingerprint));
  });

  it('serves the new lookups: near duplicates by band, colleagues by agency, recruiters by the identity the worker computes', async () => {
    await upgraded(ROWS_V1);
    const callum = (await db.messages.get(key(2)))!;
    const candidates = await db.messages.where('bands').anyOf(callum.bands).distinct().toArray();
    expect(candidates.filter((m) => isNearDuplicate(m.fingerprint, callum.fingerprint)).map((m) => m.key)).toEqual([callum.key]);
    expect((await db.messages.where('agency').equals('company:kestrel search').sortBy('receivedAt')).map((m) => m.key)).toEqual([key(9), key(10)]);
    // Version 1 wrote LinkedIn identities as profile paths; the worker looks them up by slug.
    expect(await db.recruiters.where('identities').equals('li:sophie-brandauer-3a91b2').primaryKeys()).toEqual(['r-sophie-brandauer']);
    expect(await db.recruiters.where('identities').equals('name:mehmet aydin|solarkiez').primaryKeys()).toEqual(['r-mehmet-aydin']);
  });

  it('gives a corrected message the label the candidate chose, and leaves one whose correction was undone alone', async () => {
    await upgraded(ROWS_V1);
    const [oliver, codeHire] = await db.messages.bulkGet([key(9), key(3)]);
    expect(oliver).toMatchObject({ label: 'targeted', corrected: true });
    expect(codeHire?.label).toBe('spam');
    expect(codeHire?.corrected).toBeUndefined();
  });

  it('stores the learned state of the standing corrections, so their near copies follow them at once', async () => {
    await upgraded(ROWS_V1);
    const learned = (await db.settings.get('learner.state'))?.value as LearnedState;
    expect(learned.updates).toBe(3);
    expect(learned.exemplars.map((e) => e.label)).toEqual(['targeted', 'other', 'spam']);
    const oliver = ROWS_V1.messages[9]!;
    const { id: _id, updatedAt: _updatedAt, ...profile } = ROWS_V1.profile[0]!;
    const copy = { ...scorerMessage(oliver), sender: { name: 'Mara Lindqvist', company: 'Nordlicht Talent' } };
    expect(scoreMessage({ message: copy, profile, learned }).label).toBe('targeted');
    expect(scoreMessage({ message: copy, profile }).reasons).not.toContain('You marked a message with the same text as targeted');
  });

  it('keeps a correction whose message is gone, with nothing to learn from, and learns nothing from it', async () => {
    const orphan: CorrectionRecordV1 = { id: 9, messageKey: 'gmail:pruned-long-ago', from: 'spam', to: 'targeted', createdAt: Date.parse('2026-08-01T10:00:00Z') };
    await upgraded({ ...ROWS_V1, corrections: [orphan] });
    expect(await db.corrections.get(9)).toEqual({ ...orphan, features: [], ruleLogits: [0, 0, 0], fingerprint: EMPTY_FINGERPRINT });
    expect(await db.settings.get('learner.state')).toBeUndefined();
  });
});
