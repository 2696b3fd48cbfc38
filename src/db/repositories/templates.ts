/**
 * The candidate's own versions of reply templates. Only edited templates are stored; the built-ins
 * stay in code, so a reset deletes the stored row and an update of the built-ins reaches everyone
 * who never edited that template.
 */
import {
  builtInBody,
  canonicalVariant,
  normaliseBody,
  templateId,
  templateVariants,
  type TemplateVariant,
} from '../../core/replies/custom';
import { REPLY_KINDS, TEMPLATE_LANGUAGES, type ReplyKind, type TemplateLanguage } from '../../core/replies/templates';
import type { RecruiterAllyDb } from '../database';
import type { TemplateRecord } from '../records';

/** A template as the editor lists it: the text in force and the built-in one it replaces. */
export interface TemplateEntry {
  id: string;
  kind: ReplyKind;
  variant: TemplateVariant;
  language: TemplateLanguage;
  body: string;
  builtInBody: string;
  custom: boolean;
  updatedAt: number | null;
}

const KIND_NAMES: Record<ReplyKind, string> = {
  decline: 'Decline',
  refer: 'Refer someone',
  'keep-in-touch': 'Keep in touch',
  'ask-details': 'Ask for details',
  interested: 'Interested',
};

function entryOf(kind: ReplyKind, variant: TemplateVariant, language: TemplateLanguage, row: TemplateRecord | undefined): TemplateEntry {
  const builtIn = builtInBody(kind, variant, language);
  return {
    id: templateId(kind, variant, language),
    kind,
    variant: canonicalVariant(kind, variant),
    language,
    body: row ? row.body : builtIn,
    builtInBody: builtIn,
    custom: Boolean(row),
    updatedAt: row ? row.updatedAt : null,
  };
}

/** The candidate's template for (kind, variant, language), or undefined when the built-in is in force. */
export async function getCustomTemplate(
  db: RecruiterAllyDb,
  kind: ReplyKind,
  variant: TemplateVariant,
  language: TemplateLanguage,
): Promise<TemplateRecord | undefined> {
  const row = await db.templates.get(templateId(kind, variant, language));
  return row && !row.builtIn ? row : undefined;
}

/** Every template, built-in or the candidate's version, for every kind, variant and language. */
export async function listTemplates(db: RecruiterAllyDb): Promise<TemplateEntry[]> {
  const rows = new Map((await db.templates.toArray()).filter((row) => !row.builtIn).map((row) => [row.id, row]));
  return REPLY_KINDS.flatMap((kind) =>
    templateVariants(kind).flatMap((variant) =>
      TEMPLATE_LANGUAGES.map((language) => entryOf(kind, variant, language, rows.get(templateId(kind, variant, language)))),
    ),
  );
}

/**
 * Stores the candidate's body for a template (the caller has validated it). A body equal to the
 * built-in one deletes the stored version instead, so only real edits are kept.
 */
export async function saveTemplate(
  db: RecruiterAllyDb,
  template: { kind: ReplyKind; variant: TemplateVariant; language: TemplateLanguage; body: string },
  now: number,
): Promise<TemplateEntry> {
  const { kind, language } = template;
  const variant = canonicalVariant(kind, template.variant);
  const id = templateId(kind, variant, language);
  const body = normaliseBody(template.body);
  if (body === normaliseBody(builtInBody(kind, variant, language))) {
    await db.templates.delete(id);
    return entryOf(kind, variant, language, undefined);
  }
  const name = kind === 'decline' ? `${KIND_NAMES[kind]} (${variant}), ${language}` : `${KIND_NAMES[kind]}, ${language}`;
  const row: TemplateRecord = { id, kind, variant, language, name, body, builtIn: false, updatedAt: now };
  await db.templates.put(row);
  return entryOf(kind, variant, language, row);
}

/** Back to the built-in text: one template by id, or every one when `id` is absent. Answers how many were reset. */
export async function resetTemplates(db: RecruiterAllyDb, id?: string): Promise<number> {
  if (id === undefined) {
    return db.transaction('rw', db.templates, async () => {
      const count = await db.templates.count();
      await db.templates.clear();
      return count;
    });
  }
  return db.transaction('rw', db.templates, async () => {
    if (!(await db.templates.get(id))) return 0;
    await db.templates.delete(id);
    return 1;
  });
}
