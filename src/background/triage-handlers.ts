import type { RecruiterAllyDb } from '../db/database';
import { HandlerError, type Handlers } from '../messaging/dispatch';

export type TriageHandlers = Pick<Handlers, 'messages/triage' | 'messages/set-state' | 'recruiters/add' | 'replies/deliver'>;

const notYet = (): never => {
  throw new HandlerError('handler-failed', 'Not built yet.');
};

/** The popup's triage list, message states, recruiters added by hand and reply delivery to open tabs. */
export function createTriageHandlers(_db: RecruiterAllyDb, _now: () => number): TriageHandlers {
  return {
    'messages/triage': notYet,
    'messages/set-state': notYet,
    'recruiters/add': notYet,
    'replies/deliver': notYet,
  };
}
