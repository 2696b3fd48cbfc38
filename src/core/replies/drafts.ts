/**
 * Courteous replies, one per kind, in English, Spanish, French, German or Portuguese. A sentence
 * whose variable has no value is dropped rather than shown with a gap, so a reply never reads
 * "Hi undefined" or "{company}". The templates themselves are data, in ./templates.
 */
import type { MissingDetails } from './missing-details';
import {
  ASK_DETAILS,
  BUILT_IN_TEMPLATES,
  DECLINE_REASONS,
  DECLINE_TEMPLATES,
  DETAIL_ITEMS,
  DETAILS_SLOT,
  NAMELESS_GREETINGS,
  TEMPLATE_LANGUAGES,
  type DeclineReason,
  type ReplyKind,
  type TemplateLanguage,
} from './templates';

export { REPLY_KINDS, TEMPLATE_LANGUAGES, DECLINE_REASONS, DETAIL_ITEMS } from './templates';
export type { ReplyKind, TemplateLanguage, DeclineReason, DetailItem } from './templates';

export interface ReplyVariables {
  recruiterFirstName?: string;
  myName?: string;
  myFirstName?: string;
  company?: string;
  role?: string;
  targetTitles?: string;
  /** The user's own words on why they decline; a sentence of its own in a decline. */
  reason?: string;
  referralName?: string;
  referralRole?: string;
  referralLink?: string;
  referralNote?: string;
}

export type { MissingDetails } from './missing-details';

export interface RenderOptions {
  /** A language code such as "de" or "pt-BR"; anything without built-in templates falls back to English. */
  language?: string;
  /** Which decline to write; the default is 'not-looking'. Only used by the decline kind. */
  declineReason?: DeclineReason;
  /** For ask-details: what to ask about. The default asks for pay, workplace and process. */
  missing?: MissingDetails;
}

const DEFAULT_MISSING: MissingDetails = { pay: true, workplace: true, company: false, team: false, process: true };

/** The template language for a language code: "pt-BR" → "pt", "und" or "nl" → "en". */
export function replyLanguage(language: string | undefined): TemplateLanguage {
  const primary = (typeof language === 'string' ? language : '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(primary) ? (primary as TemplateLanguage) : 'en';
}

/**
 * The sentences of an ask-details reply that ask for exactly what is missing: an opening line and
 * one question per missing item, or a single line proposing a call when nothing is missing.
 */
export function askDetailsFor(missing: MissingDetails, language?: string): string[] {
  const text = ASK_DETAILS[replyLanguage(language)];
  const questions = DETAIL_ITEMS.filter((item) => missing[item] === true).map((item) => text.items[item]);
  return questions.length > 0 ? [text.intro, ...questions] : [text.none];
}

function templateFor(kind: ReplyKind, language: TemplateLanguage, reason: DeclineReason | undefined): readonly string[] {
  if (kind === 'decline' && reason !== undefined && (DECLINE_REASONS as readonly string[]).includes(reason)) {
    return DECLINE_TEMPLATES[reason][language];
  }
  return BUILT_IN_TEMPLATES[kind][language];
}

/**
 * A value as it may appear in a reply: whitespace and control characters collapsed to single
 * spaces, braces turned into parentheses (so a value never reads as a placeholder), and nothing
 * for an empty value or for "undefined"/"null" that leaked from upstream stringification.
 */
function cleanValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\{/g, '(')
    .replace(/\}/g, ')')
    .replace(/\s+/g, ' ')
    .trim();
  return text && !/^(?:undefined|null)$/i.test(text) ? text : undefined;
}

/**
 * The line with its variables filled, or undefined when one of them has no value. A brace left in
 * the template text itself (never from a value, see cleanValue) also drops the line.
 */
function fillLine(line: string, vars: ReplyVariables): string | undefined {
  let missing = false;
  const filled = line.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = Object.hasOwn(vars, name) ? cleanValue(vars[name as keyof ReplyVariables]) : undefined;
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing || /[{}]/.test(line.replace(/\{(\w+)\}/g, '')) ? undefined : filled;
}

const GREETING_VARIABLE = '{recruiterFirstName}';

/**
 * Fills template lines: drops each sentence whose variables are missing, writes the language's
 * nameless greeting when the opening line needed the recruiter's name and it is unknown, and turns
 * the {details} line into the ask-details questions. Built-in and custom templates render alike.
 */
export function renderLines(template: readonly string[], vars: ReplyVariables, options: RenderOptions = {}): string {
  const language = replyLanguage(options.language);
  const values: ReplyVariables = vars ?? {};
  const lines: string[] = [];
  let opened = false;
  for (const line of template) {
    const first = !opened && line.trim() !== '';
    if (line.trim()) opened = true;
    if (line.trim() === DETAILS_SLOT) {
      lines.push(...askDetailsFor(options.missing ?? DEFAULT_MISSING, language));
      continue;
    }
    const filled = fillLine(line, values);
    if (filled !== undefined) lines.push(filled.replace(/[ \t]{2,}/g, ' ').trim());
    else if (first && line.includes(GREETING_VARIABLE)) lines.push(NAMELESS_GREETINGS[language]);
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Fills the template of `kind` in the chosen language: drops sentences whose variables are missing
 * and writes the language's nameless greeting when the recruiter's first name is unknown.
 */
export function renderReply(kind: ReplyKind, vars: ReplyVariables, options: RenderOptions = {}): string {
  return renderLines(templateFor(kind, replyLanguage(options.language), options.declineReason), vars, options);
}

/** "Jonas Reiter" → "Jonas"; "Dr. Sarah Whitman" → "Sarah". */
export function firstNameOf(fullName: string | undefined): string | undefined {
  const word = (fullName ?? '').split(/\s+/).find((w) => w && !/^(dr|mr|mrs|ms|prof|herr|frau)\.?$/i.test(w));
  const first = word?.replace(/[,;]$/, '');
  return first && /\p{L}/u.test(first) ? first : undefined;
}
