import type { RecruiterAllyDb } from '../db/database';
import { HandlerError, type Handlers } from '../messaging/dispatch';

export type DataHandlers = Pick<
  Handlers,
  'data/export' | 'data/import' | 'data/wipe' | 'sync/status' | 'sync/set-enabled' | 'adhoc/current' | 'adhoc/score' | 'adhoc/draft'
>;

const notYet = (): never => {
  throw new HandlerError('handler-failed', 'Not built yet.');
};

/** Backup, wipe, opt-in sync and text scored from the context menu. */
export function createDataHandlers(_db: RecruiterAllyDb, _now: () => number): DataHandlers {
  return {
    'data/export': notYet,
    'data/import': notYet,
    'data/wipe': notYet,
    'sync/status': notYet,
    'sync/set-enabled': notYet,
    'adhoc/current': notYet,
    'adhoc/score': notYet,
    'adhoc/draft': notYet,
  };
}
