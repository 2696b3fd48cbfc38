import { detectLanguage } from '../core/language';
import { companyFromHeadline } from '../core/recruiter';
import { firstNameOf, renderReply, replyLanguage, type ReplyKind } from '../core/replies/drafts';
import type { DraftedReply } from '../messaging/protocol';
import { signatureStart } from '../core/scoring/fit';
import { findRoleMentions } from '../core/scoring/knowledge/roles';
import { analyse } from '../core/text';
import type { RecruiterAllyDb } from '../db/database';
import { loadProfile } from '../db/repositories/profile';
import { HandlerError } from '../messaging/dispatch';

/** A reply of `kind` to a stored message, filled from the message, the recruiter and the profile. */
export async function draftReply(db: RecruiterAllyDb, key: string, kind: ReplyKind): Promise<DraftedReply> {
  const [message, profile] = await Promise.all([db.messages.get(key), loadProfile(db)]);
  if (!message) throw new HandlerError('bad-request', 'No stored message has this key.');
  const body = analyse(message.body);
  const end = signatureStart(body);
  const role = findRoleMentions(body).find((hit) => hit.from < end)?.title;
  const company = message.sender.company ?? (message.sender.headline ? companyFromHeadline(message.sender.headline) : null) ?? undefined;
  const text = renderReply(kind, {
    recruiterFirstName: firstNameOf(message.sender.name),
    myName: profile?.name,
    myFirstName: firstNameOf(profile?.name),
    company,
    role,
    targetTitles: profile?.titles?.slice(0, 2).join(' or '),
  });
  const messageLanguage = detectLanguage(body).language;
  return { text, language: replyLanguage(messageLanguage), messageLanguage, missing: [], custom: false };
}
