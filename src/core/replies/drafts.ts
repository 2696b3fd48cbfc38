/**
 * Courteous replies, one per kind. A sentence whose variable has no value is dropped rather than
 * shown with a gap, so a reply never reads "Hi undefined" or "{company}".
 */
export const REPLY_KINDS = ['decline', 'refer', 'keep-in-touch', 'ask-details', 'interested'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

export interface ReplyVariables {
  recruiterFirstName?: string;
  myName?: string;
  myFirstName?: string;
  company?: string;
  role?: string;
  targetTitles?: string;
}

/** Each line is one sentence or a blank line; `{name}` marks a variable. */
const TEMPLATES: Record<ReplyKind, string[]> = {
  decline: [
    'Hi {recruiterFirstName},',
    '',
    'Thank you for reaching out and for thinking of me.',
    'I appreciate you sharing the {role} role at {company}.',
    "I'm not looking for a new position right now, so I'll pass on this one.",
    'I wish you every success filling it.',
    '',
    'Best regards,',
    '{myName}',
  ],
  refer: [
    'Hi {recruiterFirstName},',
    '',
    'Thank you for thinking of me.',
    "The {role} role isn't the right move for me at the moment, but I may know someone who would be a great fit.",
    "If you're open to it, I'm happy to pass on your details or introduce you.",
    '',
    'Best regards,',
    '{myName}',
  ],
  'keep-in-touch': [
    'Hi {recruiterFirstName},',
    '',
    'Thanks for reaching out.',
    "I'm not making a move right now, but I'd be glad to stay in touch.",
    "If you come across {targetTitles} roles in the future, I'd be happy to hear about them.",
    '',
    'Best regards,',
    '{myName}',
  ],
  'ask-details': [
    'Hi {recruiterFirstName},',
    '',
    'Thank you for your message; the {role} role sounds interesting.',
    'Before we set up a call, could you share a few more details: the salary range, where the team works (remote, hybrid or onsite), and what the interview process looks like?',
    '',
    'Best regards,',
    '{myName}',
  ],
  interested: [
    'Hi {recruiterFirstName},',
    '',
    'Thank you for reaching out: the {role} role at {company} sounds like a great fit, and I would like to learn more.',
    'Would a 20-minute call this week or next work for you? Let me know a few times that suit you.',
    '',
    'Best regards,',
    '{myName}',
  ],
};

const FALLBACK_GREETING = 'Hello,';

/** Fills a template; drops sentences whose variables are missing and rewords a nameless greeting. */
export function renderReply(kind: ReplyKind, vars: ReplyVariables): string {
  const lines: string[] = [];
  for (const line of TEMPLATES[kind]) {
    let missing = false;
    const filled = line.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name as keyof ReplyVariables]?.trim();
      if (!value) missing = true;
      return value ?? '';
    });
    if (!missing) lines.push(filled);
    else if (line.startsWith('Hi {')) lines.push(FALLBACK_GREETING);
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** "Jonas Reiter" → "Jonas"; "Dr. Sarah Whitman" → "Sarah". */
export function firstNameOf(fullName: string | undefined): string | undefined {
  const word = (fullName ?? '').split(/\s+/).find((w) => w && !/^(dr|mr|mrs|ms|prof|herr|frau)\.?$/i.test(w));
  const first = word?.replace(/[,;]$/, '');
  return first && /\p{L}/u.test(first) ? first : undefined;
}
