import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyLearnedState, learn } from '../../src/core/scoring/learner';
import type { RecruiterAllyDb } from '../../src/db/database';
import type { CorrectionRecord } from '../../src/db/records';
import {
  addCorrection,
  countCorrections,
  listCorrections,
  loadLearnedState,
  rebuildLearnedState,
  saveLearnedState,
  standingCorrection,
  undoCorrection,
} from '../../src/db/repositories/corrections';
import { ROWS_V2 } from './realistic-rows';
import { createTestDb } from './test-db';

const NOW = Date.parse('2026-11-20T09:00:00Z');

let db: RecruiterAllyDb;
beforeEach(async () => {
  db = createTestDb();
  await db.corrections.bulkAdd(structuredClone(ROWS_V2.corrections));
});
afterEach(() => db.close());

const [oliver, jobAlert, codeHire, callum] = ROWS_V2.corrections as [CorrectionRecord, CorrectionRecord, CorrectionRecord, CorrectionRecord];

describe('corrections', () => {
  it('adds a correction under the next id and lists newest first, undone ones included', async () => {
    const { id: _id, ...fresh } = { ...callum, messageKey: ROWS_V2.messages[12]!.key, from: 'targeted' as const, to: 'spam' as const, createdAt: NOW };
    expect(await addCorrection(db, fresh)).toBe(5);
    expect((await listCorrections(db, 10)).map((c) => c.id)).toEqual([5, 4, 3, 2, 1]);
    expect((await listCorrections(db, 2)).map((c) => c.id)).toEqual([5, 4]);
    expect(await countCorrections(db)).toBe(5);
  });

  it('undoes by id: the row stays, stamped with the time, and a second undo changes nothing', async () => {
    const undone = await undoCorrection(db, 1, NOW);
    expect(undone).toEqual({ ...oliver, undoneAt: NOW });
    expect(await db.corrections.get(1)).toEqual({ ...oliver, undoneAt: NOW });
    expect(await undoCorrection(db, 1, NOW + 5000)).toEqual({ ...oliver, undoneAt: NOW });
    expect(await countCorrections(db)).toBe(4);
  });

  it('answers null when undoing a correction that does not exist', async () => {
    expect(await undoCorrection(db, 99, NOW)).toBeNull();
  });

  it("finds the correction that stands for a message: the latest that was not undone", async () => {
    expect(await standingCorrection(db, codeHire.messageKey)).toBeNull();
    expect(await standingCorrection(db, jobAlert.messageKey)).toEqual(jobAlert);
    const { id: _id, ...second } = { ...jobAlert, from: 'other' as const, to: 'spam' as const, createdAt: NOW };
    const id = await addCorrection(db, second);
    expect((await standingCorrection(db, jobAlert.messageKey))?.id).toBe(id);
    await undoCorrection(db, id, NOW + 1);
    expect((await standingCorrection(db, jobAlert.messageKey))?.id).toBe(jobAlert.id);
  });
});

describe('the learned state', () => {
  it('is empty until something was learned, and a copy each time', async () => {
    const state = await loadLearnedState(db);
    expect(state).toEqual(emptyLearnedState());
    state.updates = 7;
    expect((await loadLearnedState(db)).updates).toBe(0);
  });

  it('round-trips through the settings table', async () => {
    const state = learn(null, callum.features, callum.ruleLogits, 'spam', { fingerprint: callum.fingerprint, label: 'spam', key: callum.messageKey });
    await saveLearnedState(db, state);
    expect(await loadLearnedState(db)).toEqual(state);
    expect(await db.settings.get('learner.state')).toEqual({ key: 'learner.state', value: state });
  });

  it('is rebuilt from the standing corrections in the order they were made, and stored', async () => {
    await undoCorrection(db, 2, NOW);
    const expected = [oliver, callum].reduce(
      (state, c) => learn(state, c.features, c.ruleLogits, c.to as 'targeted' | 'spam', { fingerprint: c.fingerprint, label: c.to, key: c.messageKey }),
      emptyLearnedState(),
    );
    expect(await rebuildLearnedState(db)).toEqual(expected);
    expect(await loadLearnedState(db)).toEqual(expected);
  });

  it('is empty again once every correction is undone', async () => {
    for (const id of [1, 2, 4]) await undoCorrection(db, id, NOW);
    expect(await rebuildLearnedState(db)).toEqual(emptyLearnedState());
  });
});
