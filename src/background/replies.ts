import { detectLanguage } from '../core/language';
import type { Sender } from '../core/message';
import { companyFromHeadline } from '../core/recruiter';
import { canonicalVariant, renderCustomTemplate } from '../core/replies/custom';
import { firstNameOf, renderReply, replyLanguage, type ReplyKind, type ReplyVariables, type TemplateLanguage } from '../core/replies/drafts';
import { missingItems, readDetails } from '../core/replies/missing-details';
import { pickOfferedRole } from '../core/replies/offered-role';
import { TEMPLATE_LANGUAGES } from '../core/replies/templates';
import type { RecruiterAllyDb } from '../db/database';
import type { ContactRecord } from '../db/records';
import { getContact } from '../db/repositories/contacts';
import { loadProfile } from '../db/repositories/profile';
import { getCustomTemplate } from '../db/repositories/templates';
import { HandlerError } from '../messaging/dispatch';
import type { DraftedReply, ReplyOptions } from '../messaging/protocol';

/** How the candidate's target titles are joined in each template language. */
const OR: Record<TemplateLanguage, string> = { en: 'or', es: 'o', fr: 'ou', de: 'oder', pt: 'ou' };

/** The template language: the candidate's choice, else the message's when it has templates, else English. */
function chooseLanguage(requested: TemplateLanguage | undefined, messageLanguage: string): TemplateLanguage {
  if (requested && (TEMPLATE_LANGUAGES as readonly string[]).includes(requested)) return requested;
  return replyLanguage(messageLanguage);
}

function referralVariables(contact: ContactRecord | undefined): ReplyVariables {
  if (!contact) return {};
  return { referralName: contact.name, referralRole: contact.role, referralLink: contact.link, referralNote: contact.note };
}

/**
 * A reply of `kind` to any recruiter text (a stored message, or a page selection the context menu
 * scored): filled from the text, the sender, the profile and the chosen referral contact, through
 * the candidate's own template for (kind, variant, language) when there is one.
 */
export async function draftForText(
  db: RecruiterAllyDb,
  source: { body: string; subject: string | null; sender: Sender },
  kind: ReplyKind,
  options: ReplyOptions,
): Promise<DraftedReply> {
  const body = typeof source.body === 'string' ? source.body : '';
  const subject = typeof source.subject === 'string' ? source.subject : null;
  const sender: Sender = source.sender ?? { name: '' };
  const { contactId } = options;
  // Callers may pass options unchecked (the context menu's): only a text id is looked up.
  const contact = typeof contactId === 'string' && contactId ? await getContact(db, contactId) : undefined;
  if (contactId !== undefined && !contact) {
    throw new HandlerError('bad-request', 'No referral contact has this id; it may have been removed.');
  }
  const profile = await loadProfile(db);

  let detected = detectLanguage(body).language;
  if (detected === 'und' && subject) detected = detectLanguage(`${subject}\n${body}`).language;
  const language = chooseLanguage(options.language, detected);

  const ownCompany = sender.company ?? (sender.headline ? companyFromHeadline(sender.headline) : null) ?? undefined;
  const details = readDetails({
    body,
    subject,
    sender: { company: ownCompany },
    ownCompanies: [profile?.currentCompany ?? '', ...(profile?.pastCompanies ?? [])].filter(Boolean),
  });
  // An agency recruiter's own company is not the employer when the message hides the client.
  const senderCompany = details.missing.company ? undefined : ownCompany;
  const variables: ReplyVariables = {
    recruiterFirstName: firstNameOf(sender.name),
    myName: profile?.name,
    myFirstName: firstNameOf(profile?.name),
    company: details.company ?? senderCompany,
    role: pickOfferedRole(body, subject),
    targetTitles: profile?.titles?.filter((title) => title.trim()).slice(0, 2).join(` ${OR[language]} `) || undefined,
    ...referralVariables(contact),
  };

  const declineReason = kind === 'decline' ? canonicalVariant(kind, options.declineReason) : undefined;
  const variant = declineReason ?? 'default';
  const renderOptions = { language, missing: details.missing };
  const template = await getCustomTemplate(db, kind, variant, language);
  // A custom template whose every sentence needs a missing value would write nothing: the built-in stands in.
  const customText = template ? renderCustomTemplate(template.body, variables, renderOptions) : '';
  const text = customText || renderReply(kind, variables, { ...renderOptions, declineReason: declineReason === 'default' ? undefined : declineReason });
  return {
    text,
    language,
    messageLanguage: detected,
    missing: missingItems(details.missing),
    custom: Boolean(customText),
  };
}

/** A reply of `kind` to a stored message, filled from the message, the recruiter and the profile. */
export async function draftReply(db: RecruiterAllyDb, key: string, kind: ReplyKind, options: ReplyOptions = {}): Promise<DraftedReply> {
  const message = await db.messages.get(key);
  if (!message) throw new HandlerError('bad-request', 'No stored message has this key.');
  // The recruiter record may know a name or company this message's sender line left out.
  const recruiter = message.recruiterId ? await db.recruiters.get(message.recruiterId) : undefined;
  const sender: Sender = { ...message.sender };
  if (!sender.name.trim() && recruiter?.displayName) sender.name = recruiter.displayName;
  if (!sender.company && recruiter?.company) sender.company = recruiter.company;
  return draftForText(db, { body: message.body, subject: message.subject, sender }, kind, options);
}
