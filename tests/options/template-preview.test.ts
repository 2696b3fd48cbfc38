import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, DECLINE_TEMPLATES, REPLY_KINDS, TEMPLATE_LANGUAGES } from '../../src/core/replies/templates';
import { askDetailsFor } from '../../src/core/replies/drafts';
import { previewTemplate, SAMPLE_VALUES } from '../../src/options/template-preview';

describe('previewTemplate', () => {
  it('fills every variable from the sample values', () => {
    const preview = previewTemplate('Hi {recruiterFirstName},\nThanks for the {role} role at {company}.\n{myName}', 'en');
    expect(preview).toEqual({ text: 'Hi Jonas,\nThanks for the Senior Frontend Engineer role at Parcelo.\nMara Köhler', unknown: [] });
  });

  it('signs with the candidate’s own name when it is known', () => {
    expect(previewTemplate('{myFirstName} / {myName}', 'en', ' Noémie Lacasse ').text).toBe('Noémie / Noémie Lacasse');
  });

  it('turns the {details} line into the questions of that language', () => {
    const text = previewTemplate('Bonjour,\n{details}\nMerci', 'fr').text;
    const questions = askDetailsFor({ pay: true, workplace: true, company: false, team: false, process: true }, 'fr');
    expect(text).toBe(['Bonjour,', ...questions, 'Merci'].join('\n'));
    expect(questions.length).toBeGreaterThan(1);
  });

  it('shows a misspelt placeholder as typed and names it', () => {
    expect(previewTemplate('At {compnay} and {company}, {compnay}', 'en')).toEqual({
      text: 'At {compnay} and Parcelo, {compnay}',
      unknown: ['{compnay}'],
    });
  });

  it('knows every variable the built-in templates use, in every kind, reason and language', () => {
    const bodies = [
      ...REPLY_KINDS.flatMap((kind) => TEMPLATE_LANGUAGES.map((language) => [BUILT_IN_TEMPLATES[kind][language], language] as const)),
      ...Object.values(DECLINE_TEMPLATES).flatMap((byLanguage) => TEMPLATE_LANGUAGES.map((language) => [byLanguage[language], language] as const)),
    ];
    for (const [lines, language] of bodies) {
      const preview = previewTemplate(lines.join('\n'), language);
      expect(preview.unknown).toEqual([]);
      expect(preview.text).not.toMatch(/\{\w+\}/);
    }
    expect(Object.values(SAMPLE_VALUES).every((value) => value.length > 0)).toBe(true);
  });
});
