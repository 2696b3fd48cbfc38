import { askDetailsFor, type ReplyVariables, type TemplateLanguage } from '../core/replies/drafts';

/** The {variables} a template may use; anything else in braces is a typo the editor points out. */
export const TEMPLATE_VARIABLES = [
  'recruiterFirstName',
  'myName',
  'myFirstName',
  'company',
  'role',
  'targetTitles',
  'reason',
  'referralName',
  'referralRole',
  'referralLink',
  'referralNote',
] as const satisfies readonly (keyof ReplyVariables)[];

/** The ask-details line that becomes the questions about what a message left out. */
const DETAILS = 'details';

/** Example values, so the preview reads like a real reply. */
export const SAMPLE_VALUES: Required<Pick<ReplyVariables, (typeof TEMPLATE_VARIABLES)[number]>> = {
  recruiterFirstName: 'Jonas',
  myName: 'Mara Köhler',
  myFirstName: 'Mara',
  company: 'Parcelo',
  role: 'Senior Frontend Engineer',
  targetTitles: 'Frontend Engineer, UI Engineer',
  reason: 'I have just started a new role.',
  referralName: 'Lena Brandt',
  referralRole: 'Frontend Engineer',
  referralLink: 'https://www.linkedin.com/in/lena-brandt',
  referralNote: 'She knows design systems inside out.',
};

export interface TemplatePreview {
  text: string;
  /** Placeholders that are not variables, e.g. "{compnay}": shown as typed and named for the candidate. */
  unknown: string[];
}

/**
 * The template with its {variables} filled from sample values (the candidate's own name when known),
 * and the {details} line turned into the questions an ask-details reply would hold.
 */
export function previewTemplate(body: string, language: TemplateLanguage, myName?: string): TemplatePreview {
  const values: Record<string, string> = { ...SAMPLE_VALUES };
  if (myName?.trim()) {
    values.myName = myName.trim();
    values.myFirstName = myName.trim().split(/\s+/)[0]!;
  }
  const unknown = new Set<string>();
  const lines = body.split('\n').flatMap((line) => {
    if (line.trim() === `{${DETAILS}}`) return askDetailsFor({ pay: true, workplace: true, company: false, team: false, process: true }, language);
    return [
      line.replace(/\{(\w+)\}/g, (whole, name: string) => {
        if (Object.hasOwn(values, name)) return values[name]!;
        unknown.add(whole);
        return whole;
      }),
    ];
  });
  return { text: lines.join('\n'), unknown: [...unknown] };
}
