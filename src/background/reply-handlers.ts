import type { RecruiterAllyDb } from '../db/database';
import { HandlerError, type Handlers } from '../messaging/dispatch';
import { REPLY_KINDS, type ReplyKind } from '../core/replies/drafts';
import { draftReply } from './replies';

export type ReplyHandlers = Pick<
  Handlers,
  'replies/draft' | 'contacts/list' | 'contacts/save' | 'contacts/remove' | 'templates/list' | 'templates/save' | 'templates/reset'
>;

const notYet = (): never => {
  throw new HandlerError('handler-failed', 'Not built yet.');
};

/** Replies, the candidate's templates and referral contacts. */
export function createReplyHandlers(db: RecruiterAllyDb, _now: () => number): ReplyHandlers {
  return {
    async 'replies/draft'(payload) {
      const { key, kind } = (payload ?? {}) as { key?: unknown; kind?: unknown };
      if (typeof key !== 'string' || !key || !(REPLY_KINDS as readonly unknown[]).includes(kind)) {
        throw new HandlerError('bad-request', `A reply needs a message key and one of: ${REPLY_KINDS.join(', ')}.`);
      }
      return draftReply(db, key, kind as ReplyKind);
    },
    'contacts/list': notYet,
    'contacts/save': notYet,
    'contacts/remove': notYet,
    'templates/list': notYet,
    'templates/save': notYet,
    'templates/reset': notYet,
  };
}
