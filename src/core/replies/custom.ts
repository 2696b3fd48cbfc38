/**
 * The candidate's own reply templates: a body of one sentence per line, with the same {variables}
 * as the built-ins and the same rules when rendered (a sentence whose value is missing is dropped,
 * a nameless greeting stands in, {details} becomes the ask-details questions). Checked before it is
 * saved, each problem a sentence of its own; previewed with realistic sample values.
 */
import { renderLines, type ReplyVariables } from './drafts';
import type { MissingDetails } from './missing-details';
import {
  BUILT_IN_TEMPLATES,
  DECLINE_REASONS,
  DECLINE_TEMPLATES,
  DETAILS_SLOT,
  TEMPLATE_LANGUAGES,
  type DeclineReason,
  type ReplyKind,
  type TemplateLanguage,
} from './templates';

/** Which template of a kind: the decline reason for decline, 'default' for every other kind. */
export type TemplateVariant = DeclineReason | 'default';

/** A template body may hold at most this many characters. */
export const MAX_TEMPLATE_CHARS = 4_000;

export type VariableName = keyof ReplyVariables | 'details';

export interface TemplateVariable {
  name: VariableName;
  /** The kinds it is filled in; absent means every kind. */
  kinds?: readonly ReplyKind[];
  /** One line for the editor, in English. */
  description: string;
  /** The same line in each template language, for an editor shown in that language. */
  descriptions: Record<TemplateLanguage, string>;
}

/** Every variable a template may use, with a one-line description each, in the order an editor lists them. */
export const TEMPLATE_VARIABLES: readonly TemplateVariable[] = [
  variable('recruiterFirstName', undefined, {
    en: "The recruiter's first name; without it the greeting becomes a plain “Hello,”.",
    es: 'El nombre de pila de quien recluta; sin él, el saludo queda en «Hola:».',
    fr: 'Le prénom du recruteur ; sans lui, la salutation devient « Bonjour, ».',
    de: 'Der Vorname der Person, die rekrutiert; ohne ihn lautet die Anrede „Hallo,“.',
    pt: 'O primeiro nome de quem recruta; sem ele, a saudação fica «Olá,».',
  }),
  variable('company', undefined, {
    en: 'The hiring company, from the message or the sender.',
    es: 'La empresa que contrata, según el mensaje o el remitente.',
    fr: "L'entreprise qui recrute, d'après le message ou l'expéditeur.",
    de: 'Das einstellende Unternehmen, aus der Nachricht oder vom Absender.',
    pt: 'A empresa contratante, segundo a mensagem ou o remetente.',
  }),
  variable('role', undefined, {
    en: 'The role the message offers, as written.',
    es: 'El puesto que ofrece el mensaje, tal como está escrito.',
    fr: 'Le poste proposé par le message, tel quel.',
    de: 'Die angebotene Stelle, wie sie in der Nachricht steht.',
    pt: 'A vaga oferecida na mensagem, tal como está escrita.',
  }),
  variable('myName', undefined, {
    en: 'Your full name, from your profile.',
    es: 'Su nombre completo, según su perfil.',
    fr: 'Votre nom complet, tiré de votre profil.',
    de: 'Ihr vollständiger Name aus Ihrem Profil.',
    pt: 'O seu nome completo, do seu perfil.',
  }),
  variable('myFirstName', undefined, {
    en: 'Your first name, from your profile.',
    es: 'Su nombre de pila, según su perfil.',
    fr: 'Votre prénom, tiré de votre profil.',
    de: 'Ihr Vorname aus Ihrem Profil.',
    pt: 'O seu primeiro nome, do seu perfil.',
  }),
  variable('targetTitles', undefined, {
    en: 'The titles you are after, from your profile (the first two).',
    es: 'Los puestos que busca, según su perfil (los dos primeros).',
    fr: 'Les postes que vous visez, tirés de votre profil (les deux premiers).',
    de: 'Die Stellen, die Sie suchen, aus Ihrem Profil (die ersten beiden).',
    pt: 'Os cargos que procura, do seu perfil (os dois primeiros).',
  }),
  variable('reason', ['decline'], {
    en: 'Your own words on why you decline; the sentence is left out when you give none.',
    es: 'Sus propias palabras sobre el motivo; la frase se omite si no indica ninguno.',
    fr: 'Vos propres mots sur la raison du refus ; la phrase est omise si vous n’en donnez pas.',
    de: 'Ihre eigenen Worte zum Grund der Absage; ohne sie entfällt der Satz.',
    pt: 'As suas palavras sobre o motivo da recusa; a frase é omitida se não indicar nenhum.',
  }),
  variable('referralName', ['refer'], {
    en: 'The name of the contact you refer.',
    es: 'El nombre del contacto que recomienda.',
    fr: 'Le nom du contact que vous recommandez.',
    de: 'Der Name des Kontakts, den Sie empfehlen.',
    pt: 'O nome do contacto que recomenda.',
  }),
  variable('referralRole', ['refer'], {
    en: "Your contact's current role.",
    es: 'El puesto actual de su contacto.',
    fr: 'Le poste actuel de votre contact.',
    de: 'Die aktuelle Position Ihres Kontakts.',
    pt: 'O cargo atual do seu contacto.',
  }),
  variable('referralLink', ['refer'], {
    en: "A link to your contact's profile or an email address.",
    es: 'Un enlace al perfil de su contacto o una dirección de correo.',
    fr: 'Un lien vers le profil de votre contact ou une adresse e-mail.',
    de: 'Ein Link zum Profil Ihres Kontakts oder eine E-Mail-Adresse.',
    pt: 'Um link para o perfil do seu contacto ou um endereço de e-mail.',
  }),
  variable('referralNote', ['refer'], {
    en: 'Your line about the contact.',
    es: 'Su frase sobre el contacto.',
    fr: 'Votre phrase sur ce contact.',
    de: 'Ihr Satz über den Kontakt.',
    pt: 'A sua frase sobre o contacto.',
  }),
  variable('details', ['ask-details'], {
    en: 'On a line of its own: one question for each detail the message left out (pay, workplace, company, team, interview steps).',
    es: 'En una línea propia: una pregunta por cada dato que falta en el mensaje (sueldo, modalidad, empresa, equipo, proceso).',
    fr: "Sur sa propre ligne : une question par information absente du message (salaire, mode de travail, entreprise, équipe, entretiens).",
    de: 'In einer eigenen Zeile: eine Frage je Angabe, die in der Nachricht fehlt (Gehalt, Arbeitsmodell, Unternehmen, Team, Bewerbungsprozess).',
    pt: 'Numa linha própria: uma pergunta por cada dado que falta na mensagem (salário, modelo de trabalho, empresa, equipa, processo).',
  }),
];

function variable(name: VariableName, kinds: readonly ReplyKind[] | undefined, descriptions: Record<TemplateLanguage, string>): TemplateVariable {
  return kinds ? { name, kinds, description: descriptions.en, descriptions } : { name, description: descriptions.en, descriptions };
}

const BY_NAME = new Map(TEMPLATE_VARIABLES.map((v) => [v.name as string, v]));

/** The variants a kind has: every decline reason for decline, only 'default' for the others. */
export function templateVariants(kind: ReplyKind): readonly TemplateVariant[] {
  return kind === 'decline' ? DECLINE_REASONS : ['default'];
}

/** Whether `variant` belongs to `kind` ('default' for decline means its default reason, not-looking). */
export function isVariantOf(kind: ReplyKind, variant: unknown): variant is TemplateVariant {
  return (templateVariants(kind) as readonly unknown[]).includes(variant) || (kind === 'decline' && variant === 'default');
}

/** The variant a template is stored under: decline's 'default' is its not-looking reason. */
export function canonicalVariant(kind: ReplyKind, variant: TemplateVariant | undefined): TemplateVariant {
  if (kind !== 'decline') return 'default';
  return variant && variant !== 'default' && (DECLINE_REASONS as readonly string[]).includes(variant) ? variant : 'not-looking';
}

/** `${kind}:${variant}:${language}`: one id per template, built-in or the candidate's. */
export function templateId(kind: ReplyKind, variant: TemplateVariant, language: TemplateLanguage): string {
  return `${kind}:${canonicalVariant(kind, variant)}:${language}`;
}

/** The built-in lines of a template. */
export function builtInLines(kind: ReplyKind, variant: TemplateVariant, language: TemplateLanguage): readonly string[] {
  const lang = (TEMPLATE_LANGUAGES as readonly string[]).includes(language) ? language : 'en';
  return kind === 'decline' ? DECLINE_TEMPLATES[canonicalVariant(kind, variant) as DeclineReason][lang] : BUILT_IN_TEMPLATES[kind][lang];
}

/** The built-in template as an editor shows it: one sentence per line. */
export function builtInBody(kind: ReplyKind, variant: TemplateVariant, language: TemplateLanguage): string {
  return builtInLines(kind, variant, language).join('\n');
}

/** A body's lines: any line ending, trailing spaces gone. */
export function bodyLines(body: string): string[] {
  return body.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
}

/** The body as it is stored and compared: normalised line endings, no trailing spaces or blank lines at the ends. */
export function normaliseBody(body: string): string {
  return bodyLines(body).join('\n').replace(/^\n+|\n+$/g, '');
}

/**
 * Problems with a custom body for `kind`, each a sentence for the candidate; empty when it can be
 * saved. Checks length, braces left open or closed without opening, unknown variable names,
 * variables the kind never fills, and a {details} line that is not on its own.
 */
export function validateTemplateBody(kind: ReplyKind, body: unknown): string[] {
  if (typeof body !== 'string') return ['The template must be text.'];
  const problems: string[] = [];
  if (body.length > MAX_TEMPLATE_CHARS) {
    problems.push(`The template is ${body.length.toLocaleString('en')} characters long; it can hold at most ${MAX_TEMPLATE_CHARS.toLocaleString('en')}.`);
  }
  const lines = bodyLines(body);
  if (!lines.some((line) => line.trim())) problems.push('The template is empty: write at least one sentence.');
  const known = TEMPLATE_VARIABLES.map((v) => `{${v.name}}`).join(', ');
  lines.forEach((line, index) => {
    const where = `Line ${index + 1}`;
    let depth = 0;
    let open = -1;
    for (let i = 0; i < line.length; i += 1) {
      const ch = line[i];
      if (ch === '{') {
        if (depth > 0) {
          problems.push(`${where} opens a brace “{” inside another one; a variable is written like {company}.`);
          return;
        }
        depth = 1;
        open = i;
      } else if (ch === '}') {
        if (depth === 0) {
          problems.push(`${where} closes a brace “}” that was never opened.`);
          return;
        }
        depth = 0;
        const name = line.slice(open + 1, i);
        const found = BY_NAME.get(name);
        if (!/^\w+$/.test(name)) {
          problems.push(`${where}: “{${name}}” is not a variable; braces hold a variable name such as {company}.`);
        } else if (!found) {
          problems.push(`${where}: {${name}} is not a known variable; use one of ${known}.`);
        } else if (found.kinds && !found.kinds.includes(kind)) {
          problems.push(`${where}: {${name}} is only filled in ${found.kinds.join(' and ')} replies, so it would always be left out here.`);
        } else if (name === 'details' && line.trim() !== DETAILS_SLOT) {
          problems.push(`${where}: {details} must stand alone on its own line, since it becomes several questions.`);
        }
      }
    }
    if (depth > 0) problems.push(`${where} opens a brace “{” that is never closed.`);
  });
  return problems;
}

export interface RenderTemplateOptions {
  language: TemplateLanguage;
  missing?: MissingDetails;
}

/**
 * A custom body rendered with the built-ins' rules. A line still holding a brace (a body stored
 * before validation or imported) is dropped too, so a draft never shows a placeholder.
 */
export function renderCustomTemplate(body: string, vars: ReplyVariables, options: RenderTemplateOptions): string {
  return renderLines(bodyLines(body), vars, { language: options.language, missing: options.missing });
}

/** Realistic values for a preview, per language: the role and the candidate's titles read as they would there. */
const SAMPLES: Record<TemplateLanguage, ReplyVariables> = {
  en: sample('Jonas', 'Senior Frontend Engineer', 'Frontend Engineer or UI Engineer', 'She led the design system at her last company.'),
  es: sample('Lucía', 'Desarrolladora Frontend Senior', 'Frontend Engineer o UI Engineer', 'Dirigió el sistema de diseño en su empresa anterior.'),
  fr: sample('Camille', 'Développeur front-end senior', 'Frontend Engineer ou UI Engineer', 'Elle a dirigé le design system dans son entreprise précédente.'),
  de: sample('Jonas', 'Senior Frontend-Entwickler', 'Frontend Engineer oder UI Engineer', 'Sie hat bei ihrem letzten Arbeitgeber das Designsystem aufgebaut.'),
  pt: sample('Beatriz', 'Engenheira Frontend Sénior', 'Frontend Engineer ou UI Engineer', 'Liderou o design system na empresa anterior.'),
};

function sample(recruiterFirstName: string, role: string, targetTitles: string, referralNote: string): ReplyVariables {
  return {
    recruiterFirstName,
    company: 'Parcelo',
    role,
    myName: 'Katrin Vogelsang',
    myFirstName: 'Katrin',
    targetTitles,
    referralName: 'Ana Souza',
    referralRole: 'Staff Engineer',
    referralLink: 'https://www.linkedin.com/in/ana-souza',
    referralNote,
  };
}

/** A typical message leaves out pay, team and interview steps; the preview asks for those. */
const SAMPLE_MISSING: MissingDetails = { pay: true, workplace: false, company: false, team: true, process: true };

export interface TemplatePreview {
  /** The body rendered as a draft would be, with sample values. */
  text: string;
  /** What validateTemplateBody says about the body; empty when it can be saved. */
  problems: string[];
}

/**
 * What a template would write, for the editor's live preview: the body (or the built-in one when
 * `body` is absent) rendered with realistic sample values in `language`, and its problems.
 */
export function previewTemplate(kind: ReplyKind, variant: TemplateVariant, language: TemplateLanguage, body?: string): TemplatePreview {
  const text = typeof body === 'string' ? body : builtInBody(kind, variant, language);
  return {
    text: renderCustomTemplate(text, SAMPLES[language] ?? SAMPLES.en, { language, missing: SAMPLE_MISSING }),
    problems: validateTemplateBody(kind, text),
  };
}
