import { checkContact } from '../core/replies/contacts';
import { isVariantOf, templateId, validateTemplateBody, type TemplateVariant } from '../core/replies/custom';
import { DECLINE_REASONS, REPLY_KINDS, TEMPLATE_LANGUAGES, type ReplyKind, type TemplateLanguage } from '../core/replies/drafts';
import type { RecruiterAllyDb } from '../db/database';
import { listContacts, removeContact, saveContact } from '../db/repositories/contacts';
import { listTemplates, resetTemplates, saveTemplate } from '../db/repositories/templates';
import { HandlerError, type Handlers } from '../messaging/dispatch';
import type { ReplyOptions } from '../messaging/protocol';
import { draftReply } from './replies';
import { syncedDataChanged } from './sync-hooks';
import { LIMITS, fieldsOf } from './validate';

export type ReplyHandlers = Pick<
  Handlers,
  'replies/draft' | 'contacts/list' | 'contacts/save' | 'contacts/remove' | 'templates/list' | 'templates/save' | 'templates/reset'
>;

const ID_CHARS = 200;

function oneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

/**
 * The reply options of a request, checked: every problem a sentence. Shared with other drafting
 * entries (the context menu's) so they refuse the same things the same way.
 */
export function checkReplyOptions(payload: unknown): { options: ReplyOptions; problems: string[] } {
  const { language, declineReason, contactId } = fieldsOf(payload);
  const problems: string[] = [];
  const options: ReplyOptions = {};
  if (language !== undefined) {
    if (oneOf(TEMPLATE_LANGUAGES, language)) options.language = language;
    else problems.push(`"language" must be one of: ${TEMPLATE_LANGUAGES.join(', ')}.`);
  }
  if (declineReason !== undefined) {
    if (oneOf(DECLINE_REASONS, declineReason)) options.declineReason = declineReason;
    else problems.push(`"declineReason" must be one of: ${DECLINE_REASONS.join(', ')}.`);
  }
  if (contactId !== undefined) {
    if (typeof contactId === 'string' && contactId && contactId.length <= ID_CHARS) options.contactId = contactId;
    else problems.push('"contactId" must be the id of a referral contact.');
  }
  return { options, problems };
}

/** Replies, the candidate's templates and referral contacts. */
export function createReplyHandlers(db: RecruiterAllyDb, now: () => number): ReplyHandlers {
  return {
    async 'replies/draft'(payload) {
      const { key, kind } = fieldsOf(payload);
      const { options, problems } = checkReplyOptions(payload);
      if (typeof key !== 'string' || !key || key.length > LIMITS.keyChars) problems.unshift('"key" must be the key of a stored message.');
      if (!oneOf(REPLY_KINDS, kind)) problems.unshift(`"kind" must be one of: ${REPLY_KINDS.join(', ')}.`);
      if (problems.length) {
        throw new HandlerError('bad-request', 'A reply needs the key of a stored message, a reply kind and valid options.', problems);
      }
      return draftReply(db, key as string, kind as ReplyKind, options);
    },

    async 'contacts/list'() {
      return { contacts: await listContacts(db) };
    },

    async 'contacts/save'(payload) {
      const { contact } = fieldsOf(payload);
      const checked = checkContact(contact);
      if (!checked.ok) throw new HandlerError('bad-request', 'The contact was not saved.', checked.errors);
      const { id } = fieldsOf(contact);
      if (id !== undefined && (typeof id !== 'string' || !id || id.length > ID_CHARS)) {
        throw new HandlerError('bad-request', 'The contact was not saved: its id is not one of a stored contact.');
      }
      const saved = await saveContact(db, checked.value, id, now());
      if (!saved) throw new HandlerError('bad-request', 'The contact was not saved: no stored contact has this id; it may have been removed.');
      syncedDataChanged();
      return { contact: saved };
    },

    async 'contacts/remove'(payload) {
      const { id } = fieldsOf(payload);
      if (typeof id !== 'string' || !id || id.length > ID_CHARS) throw new HandlerError('bad-request', 'Removing a contact needs its id.');
      const removed = await removeContact(db, id);
      if (removed) syncedDataChanged();
      return { removed };
    },

    async 'templates/list'() {
      return { templates: await listTemplates(db) };
    },

    async 'templates/save'(payload) {
      const { kind, variant, language, body } = fieldsOf(payload);
      const problems: string[] = [];
      if (!oneOf(REPLY_KINDS, kind)) problems.push(`"kind" must be one of: ${REPLY_KINDS.join(', ')}.`);
      else if (!isVariantOf(kind, variant)) {
        problems.push(kind === 'decline' ? `"variant" must be one of: ${DECLINE_REASONS.join(', ')}.` : `"variant" must be "default" for ${kind} templates.`);
      }
      if (!oneOf(TEMPLATE_LANGUAGES, language)) problems.push(`"language" must be one of: ${TEMPLATE_LANGUAGES.join(', ')}.`);
      if (problems.length) throw new HandlerError('bad-request', 'The template was not saved.', problems);
      const bodyProblems = validateTemplateBody(kind as ReplyKind, body);
      if (bodyProblems.length) throw new HandlerError('bad-request', 'The template was not saved.', bodyProblems);
      const template = await saveTemplate(
        db,
        { kind: kind as ReplyKind, variant: variant as TemplateVariant, language: language as TemplateLanguage, body: body as string },
        now(),
      );
      syncedDataChanged();
      return { template };
    },

    async 'templates/reset'(payload) {
      const { id } = fieldsOf(payload);
      if (id !== undefined && !isTemplateId(id)) {
        throw new HandlerError('bad-request', 'Resetting one template needs its id, like "decline:pay:de"; leave it out to reset them all.');
      }
      const reset = await resetTemplates(db, id);
      if (reset > 0) syncedDataChanged();
      return { reset };
    },
  };
}

/** `${kind}:${variant}:${language}` of a template that exists (built-in or the candidate's). */
function isTemplateId(id: unknown): id is string {
  if (typeof id !== 'string') return false;
  const [kind, variant, language, ...rest] = id.split(':');
  return rest.length === 0 && oneOf(REPLY_KINDS, kind) && isVariantOf(kind, variant) && oneOf(TEMPLATE_LANGUAGES, language) && templateId(kind, variant, language) === id;
}
