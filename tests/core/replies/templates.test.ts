import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DECLINE_REASONS,
  DETAIL_ITEMS,
  REPLY_KINDS,
  TEMPLATE_LANGUAGES,
  askDetailsFor,
  renderReply,
  replyLanguage,
  type MissingDetails,
  type ReplyVariables,
} from '../../../src/core/replies/drafts';
import { ASK_DETAILS, BUILT_IN_TEMPLATES, DECLINE_TEMPLATES, NAMELESS_GREETINGS } from '../../../src/core/replies/templates';

const ALL_VALUES: ReplyVariables = {
  recruiterFirstName: 'Jonas',
  myName: 'Katrin Vogelsang',
  myFirstName: 'Katrin',
  company: 'Parcelo',
  role: 'Senior Frontend Engineer',
  targetTitles: 'Frontend Engineer or UI Engineer',
  reason: 'I have just started a new role.',
  referralName: 'Ana Souza',
  referralRole: 'Staff Engineer',
  referralLink: 'https://example.com/ana',
  referralNote: 'She led the design system at her last company.',
};

const NAMED_GREETING = { en: 'Hi Jonas,', es: 'Hola, Jonas:', fr: 'Bonjour Jonas,', de: 'Hallo Jonas,', pt: 'Olá Jonas,' } as const;

/** Nothing a reader should ever see: a placeholder, a brace, undefined/null, a double space, trailing space. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/[{}]|undefined|null| {2}|[ \t]$|\n{3,}/m);
  expect(text).toBe(text.trim());
}

const CASES = REPLY_KINDS.flatMap((kind) => TEMPLATE_LANGUAGES.map((language) => [kind, language] as const));

describe('built-in templates', () => {
  it.each(CASES)('%s in %s: complete reply with every value', (kind, language) => {
    const text = renderReply(kind, ALL_VALUES, { language });
    expectClean(text);
    expect(text.startsWith(NAMED_GREETING[language])).toBe(true);
    expect(text.endsWith('Katrin Vogelsang')).toBe(true);
  });

  it.each(CASES)('%s in %s: no gap or placeholder with no values', (kind, language) => {
    const text = renderReply(kind, {}, { language });
    expectClean(text);
    expect(text.split('\n')[0]).toBe(NAMELESS_GREETINGS[language]);
    expect(text.split('\n').filter((line) => line.trim()).length).toBeGreaterThanOrEqual(3);
  });

  it('holds every kind in every language, one sentence or blank line per entry', () => {
    for (const kind of REPLY_KINDS) {
      for (const language of TEMPLATE_LANGUAGES) {
        const lines = BUILT_IN_TEMPLATES[kind][language];
        expect(lines.length).toBeGreaterThan(4);
        for (const line of lines) expect(line).not.toMatch(/\n|^\s|\s$| {2}/);
      }
    }
  });

  it('writes distinct text per language', () => {
    for (const kind of REPLY_KINDS) {
      const texts = new Set(TEMPLATE_LANGUAGES.map((language) => renderReply(kind, ALL_VALUES, { language })));
      expect(texts.size).toBe(TEMPLATE_LANGUAGES.length);
    }
  });

  it('uses the referral details in a refer reply', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const text = renderReply('refer', ALL_VALUES, { language });
      for (const value of ['Ana Souza', 'Staff Engineer', 'https://example.com/ana', 'She led the design system']) {
        expect(text).toContain(value);
      }
    }
  });

  it('drops only the sentences about a referral it knows nothing of', () => {
    const text = renderReply('refer', { recruiterFirstName: 'Jonas', referralName: 'Ana Souza' });
    expect(text).toContain("I'd like to suggest Ana Souza.");
    expect(text).not.toMatch(/currently works as|profile/);
    expect(text).toContain('happy to make an introduction');
  });
});

describe('language', () => {
  it.each([
    ['de', 'de'],
    ['DE', 'de'],
    ['pt-BR', 'pt'],
    ['es_MX', 'es'],
    ['fr-CA', 'fr'],
    ['nl', 'en'],
    ['it', 'en'],
    ['und', 'en'],
    ['', 'en'],
    ['klingon', 'en'],
    [undefined, 'en'],
  ] as const)('%j → %s', (code, language) => {
    expect(replyLanguage(code)).toBe(language);
  });

  it('falls back to English for a language without templates', () => {
    for (const kind of REPLY_KINDS) {
      expect(renderReply(kind, ALL_VALUES, { language: 'nl' })).toBe(renderReply(kind, ALL_VALUES));
      expect(renderReply(kind, {}, { language: 'it' }).startsWith('Hello,')).toBe(true);
    }
  });

  it('keeps the two-argument call the worker makes in English', () => {
    expect(renderReply('interested', ALL_VALUES)).toBe(renderReply('interested', ALL_VALUES, { language: 'en' }));
  });

  it('writes the reply in the requested language', () => {
    expect(renderReply('decline', ALL_VALUES, { language: 'es' })).toContain('Saludos cordiales,');
    expect(renderReply('decline', ALL_VALUES, { language: 'fr' })).toContain('Bien cordialement,');
    expect(renderReply('decline', ALL_VALUES, { language: 'de' })).toContain('Ihnen viel Erfolg');
    expect(renderReply('decline', ALL_VALUES, { language: 'pt' })).toContain('Atenciosamente,');
  });
});

describe('decline reasons', () => {
  const REASON_WORDS = {
    'not-looking': { en: 'not looking', es: 'no estoy buscando', fr: "pas à la recherche", de: 'nicht auf der Suche', pt: 'não estou em busca' },
    role: { en: 'direction', es: 'dirección', fr: 'orientation', de: 'Richtung', pt: 'rumo' },
    pay: { en: 'compensation', es: 'remuneración', fr: 'rémunération', de: 'Vergütung', pt: 'remuneração' },
    location: { en: 'location', es: 'ubicación', fr: 'localisation', de: 'Standort', pt: 'localização' },
    timing: { en: 'timing', es: 'buen momento', fr: 'moment', de: 'Zeitpunkt', pt: 'momento certo' },
    'do-not-contact': { en: 'not to contact me', es: 'no vuelva a contactarme', fr: 'ne plus me contacter', de: 'nicht mehr zu solchen Angeboten zu kontaktieren', pt: 'não me envie mais propostas' },
  } as const;

  it.each(DECLINE_REASONS.flatMap((reason) => TEMPLATE_LANGUAGES.map((language) => [reason, language] as const)))(
    '%s in %s gives that reason, with and without values',
    (reason, language) => {
      const full = renderReply('decline', ALL_VALUES, { language, declineReason: reason });
      const empty = renderReply('decline', {}, { language, declineReason: reason });
      expectClean(full);
      expectClean(empty);
      expect(full).toContain(REASON_WORDS[reason][language]);
      expect(empty).toContain(REASON_WORDS[reason][language]);
      expect(full).toContain('I have just started a new role.');
      const otherReasons = DECLINE_REASONS.filter((other) => other !== reason).map((other) =>
        DECLINE_TEMPLATES[other][language].find((line) => line.includes(REASON_WORDS[other][language])),
      );
      expect(otherReasons).toHaveLength(DECLINE_REASONS.length - 1);
      for (const line of otherReasons) {
        expect(line).toBeTypeOf('string');
        expect(full).not.toContain(line);
      }
    },
  );

  it('declines as not-looking by default and ignores the reason for other kinds', () => {
    expect(renderReply('decline', ALL_VALUES)).toBe(renderReply('decline', ALL_VALUES, { declineReason: 'not-looking' }));
    expect(renderReply('refer', ALL_VALUES, { declineReason: 'pay' })).toBe(renderReply('refer', ALL_VALUES));
  });

  it('is firm without a wish for success when asked not to be contacted', () => {
    const text = renderReply('decline', ALL_VALUES, { declineReason: 'do-not-contact' });
    expect(text).toMatch(/not to contact me about such roles/);
    expect(text).not.toMatch(/every success|I'll pass/);
  });

  it('falls back to the default decline for an unknown reason at run time', () => {
    const options = { declineReason: 'bogus' } as unknown as { declineReason: 'pay' };
    expect(renderReply('decline', ALL_VALUES, options)).toBe(renderReply('decline', ALL_VALUES));
  });
});

describe('askDetailsFor', () => {
  const SUBSETS: MissingDetails[] = Array.from({ length: 1 << DETAIL_ITEMS.length }, (_, bits) => {
    const missing = { pay: false, workplace: false, company: false, team: false, process: false };
    DETAIL_ITEMS.forEach((item, i) => {
      missing[item] = (bits & (1 << i)) !== 0;
    });
    return missing;
  });

  it.each(TEMPLATE_LANGUAGES)('asks in %s for exactly the missing items, for every combination', (language) => {
    const text = ASK_DETAILS[language];
    for (const missing of SUBSETS) {
      const lines = askDetailsFor(missing, language);
      const asked = DETAIL_ITEMS.filter((item) => lines.includes(text.items[item]));
      expect(asked).toEqual(DETAIL_ITEMS.filter((item) => missing[item]));
      expect(lines.length).toBe(asked.length === 0 ? 1 : asked.length + 1);
      expect(lines[0]).toBe(asked.length === 0 ? text.none : text.intro);
    }
  });

  it('puts the questions in the ask-details reply', () => {
    const missing = { pay: false, workplace: true, company: true, team: false, process: false };
    const text = renderReply('ask-details', ALL_VALUES, { language: 'de', missing });
    expect(text).toContain('Wird remote, hybrid oder vor Ort gearbeitet?');
    expect(text).toContain('Um welches Unternehmen handelt es sich?');
    expect(text).not.toMatch(/Gehaltsspanne|Bewerbungsprozess|Team/);
    expectClean(text);
  });

  it('proposes a call when nothing is missing', () => {
    const missing = { pay: false, workplace: false, company: false, team: false, process: false };
    const text = renderReply('ask-details', { recruiterFirstName: 'Ana' }, { language: 'es', missing });
    expect(text).toContain(ASK_DETAILS.es.none);
    expect(text).not.toContain('?');
  });

  it('asks for pay, workplace and process by default', () => {
    const text = renderReply('ask-details', {});
    expect(text).toMatch(/salary range.*remote, hybrid or onsite.*interview process/s);
    expect(text).not.toMatch(/Which company|Which team/);
  });

  it('falls back to English questions', () => {
    expect(askDetailsFor(SUBSETS[31]!, 'it')).toEqual(askDetailsFor(SUBSETS[31]!, 'en'));
  });
});

describe('renderReply with arbitrary values', () => {
  const awkward = fc.constantFrom(
    '',
    ' ',
    '\n\t',
    '{x}',
    '{recruiterFirstName}',
    '{{role}}',
    '}{',
    'undefined',
    'null',
    '👩🏽‍💻 Ana 🚀',
    'مريم الحسن',
    'שרה כהן',
    '\u202Eevil\u202C',
    'a  b\u00a0\u00a0c',
    'line\nbreak',
    '\u0000\u0007',
    '$& $1 $$',
  );
  const value = fc.option(fc.oneof(awkward, fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), { nil: undefined });
  const vars = fc.record(
    {
      recruiterFirstName: value,
      myName: value,
      myFirstName: value,
      company: value,
      role: value,
      targetTitles: value,
      reason: value,
      referralName: value,
      referralRole: value,
      referralLink: value,
      referralNote: value,
    },
    { requiredKeys: [] },
  );
  const options = fc.record(
    {
      language: fc.oneof(fc.constantFrom(...TEMPLATE_LANGUAGES, 'pt-BR', 'und', 'nl', ''), fc.string()),
      declineReason: fc.constantFrom(...DECLINE_REASONS),
      missing: fc.record({ pay: fc.boolean(), workplace: fc.boolean(), company: fc.boolean(), team: fc.boolean(), process: fc.boolean() }),
    },
    { requiredKeys: [] },
  );

  it('never throws, never leaves a placeholder, a double space or a padded line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REPLY_KINDS), vars, options, (kind, v, o) => {
        const text = renderReply(kind, v, o);
        expect(text).not.toMatch(/[{}]/);
        expect(text).not.toMatch(/ {2}|[ \t]$|^[ \t]/m);
        expect(text.length).toBeGreaterThan(0);
        const language = replyLanguage(o.language);
        expect(text.split('\n')[0]!.length).toBeGreaterThan(0);
        expect(v.recruiterFirstName !== undefined || text.split('\n')[0] === NAMELESS_GREETINGS[language]).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('shows a value with braces as text, not as a placeholder', () => {
    const text = renderReply('interested', { recruiterFirstName: '{myName}', myName: 'Kat', role: '{x}', company: 'A}B{C' });
    expect(text.startsWith('Hi (myName),')).toBe(true);
    expect(text).toContain('The (x) role at A)B(C sounds like a great fit.');
  });

  it('keeps replacement patterns, emoji and right-to-left names verbatim', () => {
    const text = renderReply('decline', { recruiterFirstName: 'مريم', company: '$& Co', role: 'Dev 🚀' }, { language: 'fr' });
    expect(text.startsWith('Bonjour مريم,')).toBe(true);
    expect(text).toContain('le poste de Dev 🚀 chez $& Co.');
  });

  it('treats blank, "undefined" and "null" values as missing', () => {
    const text = renderReply('decline', { recruiterFirstName: '  ', company: 'undefined', role: 'null', myName: '' }, { language: 'pt' });
    expect(text.startsWith('Olá,')).toBe(true);
    expect(text).not.toContain('vaga de');
    expect(text.endsWith('Atenciosamente,')).toBe(true);
  });
});
