import { describe, expect, it } from 'vitest';
import {
  MAX_TEMPLATE_CHARS,
  TEMPLATE_VARIABLES,
  builtInBody,
  canonicalVariant,
  isVariantOf,
  normaliseBody,
  previewTemplate,
  renderCustomTemplate,
  templateId,
  templateVariants,
  validateTemplateBody,
} from '../../../src/core/replies/custom';
import { DECLINE_REASONS, REPLY_KINDS, TEMPLATE_LANGUAGES, renderReply } from '../../../src/core/replies/drafts';

const VALUES = { recruiterFirstName: 'Jonas', myName: 'Katrin Vogelsang', company: 'Parcelo', role: 'Senior Frontend Engineer' };

describe('renderCustomTemplate', () => {
  it('fills variables and keeps the candidate’s own sentences', () => {
    const body = 'Hey {recruiterFirstName}!\n\nThanks for thinking of me for {role} at {company}.\nNot for me right now.\n\nCheers,\n{myName}';
    expect(renderCustomTemplate(body, VALUES, { language: 'en' })).toBe(
      'Hey Jonas!\n\nThanks for thinking of me for Senior Frontend Engineer at Parcelo.\nNot for me right now.\n\nCheers,\nKatrin Vogelsang',
    );
  });

  it('drops the sentence whose value is missing and writes a nameless greeting', () => {
    const body = 'Hey {recruiterFirstName}!\n\nThanks for the {role} role.\nNot for me right now.\n\n{myName}';
    const text = renderCustomTemplate(body, { myName: 'Katrin' }, { language: 'de' });
    expect(text).toBe('Hallo,\n\nNot for me right now.\n\nKatrin');
  });

  it('only writes a nameless greeting in place of a line that greeted by name', () => {
    const text = renderCustomTemplate('Re the {role} role:\nNot for me, thanks.', {}, { language: 'en' });
    expect(text).toBe('Not for me, thanks.');
  });

  it('turns the {details} line into questions about what is missing, in the template language', () => {
    const body = 'Hallo {recruiterFirstName},\n{details}\nGruß\n{myName}';
    const text = renderCustomTemplate(body, VALUES, {
      language: 'de',
      missing: { pay: true, workplace: false, company: false, team: false, process: true },
    });
    expect(text).toBe(
      'Hallo Jonas,\nBevor wir ein Gespräch vereinbaren, könnten Sie mir noch ein paar Details nennen?\n' +
        'Welche Gehaltsspanne ist für die Stelle vorgesehen?\nWie sieht der Bewerbungsprozess aus?\nGruß\nKatrin Vogelsang',
    );
  });

  it('drops a line with an unknown variable or a stray brace (a body stored before it was checked)', () => {
    const text = renderCustomTemplate('Hi {recruiterFirstName},\nAbout {compnay}.\nSee {you later\nBye }\nThanks.', VALUES, { language: 'en' });
    expect(text).toBe('Hi Jonas,\nThanks.');
  });

  it('renders a built-in body exactly as the built-in renderer does', () => {
    for (const kind of REPLY_KINDS) {
      for (const language of TEMPLATE_LANGUAGES) {
        for (const variant of templateVariants(kind)) {
          const declineReason = kind === 'decline' ? (variant as (typeof DECLINE_REASONS)[number]) : undefined;
          expect(renderCustomTemplate(builtInBody(kind, variant, language), VALUES, { language })).toBe(
            renderReply(kind, VALUES, { language, declineReason }),
          );
        }
      }
    }
  });
});

describe('validateTemplateBody', () => {
  it('accepts every built-in body', () => {
    for (const kind of REPLY_KINDS) {
      for (const variant of templateVariants(kind)) {
        for (const language of TEMPLATE_LANGUAGES) expect(validateTemplateBody(kind, builtInBody(kind, variant, language))).toEqual([]);
      }
    }
  });

  it('names an unknown variable and lists the known ones', () => {
    const [problem, ...rest] = validateTemplateBody('interested', 'Hi {recruiterFirstName},\nThe {companyName} role sounds great.');
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^Line 2: \{companyName\} is not a known variable; use one of \{recruiterFirstName\}, \{company\}/);
  });

  it('finds braces left open, closed without opening, nested or empty', () => {
    expect(validateTemplateBody('decline', 'Hi {recruiterFirstName,\nThanks.')).toEqual(['Line 1 opens a brace “{” that is never closed.']);
    expect(validateTemplateBody('decline', 'Thanks.\nBye }')).toEqual(['Line 2 closes a brace “}” that was never opened.']);
    expect(validateTemplateBody('decline', 'Hi {{role}}')[0]).toMatch(/^Line 1 opens a brace “\{” inside another one/);
    expect(validateTemplateBody('decline', 'Hi {}')[0]).toMatch(/^Line 1: “\{\}” is not a variable/);
  });

  it('refuses variables the kind never fills and a {details} that shares its line', () => {
    expect(validateTemplateBody('decline', 'I suggest {referralName}.')).toEqual([
      'Line 1: {referralName} is only filled in refer replies, so it would always be left out here.',
    ]);
    expect(validateTemplateBody('interested', '{details}')[0]).toMatch(/only filled in ask-details replies/);
    expect(validateTemplateBody('ask-details', 'Questions: {details}')).toEqual([
      'Line 1: {details} must stand alone on its own line, since it becomes several questions.',
    ]);
    expect(validateTemplateBody('ask-details', 'Hi,\n  {details}\nThanks')).toEqual([]);
  });

  it('refuses a body over 4,000 characters, an empty body and anything but text', () => {
    expect(validateTemplateBody('refer', 'a'.repeat(MAX_TEMPLATE_CHARS))).toEqual([]);
    expect(validateTemplateBody('refer', 'a'.repeat(MAX_TEMPLATE_CHARS + 1))).toEqual([
      'The template is 4,001 characters long; it can hold at most 4,000.',
    ]);
    expect(validateTemplateBody('refer', ' \n\n ')).toEqual(['The template is empty: write at least one sentence.']);
    expect(validateTemplateBody('refer', 42)).toEqual(['The template must be text.']);
  });

  it('reports every problem, one sentence each', () => {
    expect(validateTemplateBody('keep-in-touch', 'Hi {name}\n{role\n{reason}')).toHaveLength(3);
  });
});

describe('variables', () => {
  it('describes every variable the built-ins use, in every template language', () => {
    const names = new Set(TEMPLATE_VARIABLES.map((v) => v.name));
    for (const kind of REPLY_KINDS) {
      for (const variant of templateVariants(kind)) {
        for (const [, name] of builtInBody(kind, variant, 'en').matchAll(/\{(\w+)\}/g)) expect(names).toContain(name);
      }
    }
    for (const v of TEMPLATE_VARIABLES) {
      expect(v.description).toBe(v.descriptions.en);
      for (const language of TEMPLATE_LANGUAGES) expect(v.descriptions[language].length).toBeGreaterThan(10);
    }
  });
});

describe('ids and variants', () => {
  it('gives decline a variant per reason and every other kind one default', () => {
    expect(templateVariants('decline')).toEqual(DECLINE_REASONS);
    expect(templateVariants('refer')).toEqual(['default']);
    expect(isVariantOf('decline', 'pay')).toBe(true);
    expect(isVariantOf('refer', 'pay')).toBe(false);
    expect(canonicalVariant('decline', 'default')).toBe('not-looking');
    expect(templateId('decline', 'default', 'de')).toBe('decline:not-looking:de');
    expect(templateId('ask-details', 'default', 'pt')).toBe('ask-details:default:pt');
  });

  it('normalises line endings and trailing space', () => {
    expect(normaliseBody('\r\nHi,  \r\nThanks.\r\n\r\n')).toBe('Hi,\nThanks.');
  });
});

describe('previewTemplate', () => {
  it('renders the edited body with realistic sample values in the chosen language', () => {
    const { text, problems } = previewTemplate('interested', 'default', 'es', 'Hola, {recruiterFirstName}:\nMe interesa el puesto de {role} en {company}.\n{myName}');
    expect(problems).toEqual([]);
    expect(text).toBe('Hola, Lucía:\nMe interesa el puesto de Desarrolladora Frontend Senior en Parcelo.\nKatrin Vogelsang');
  });

  it('previews the built-in body when no body is given, with the ask-details questions', () => {
    const { text, problems } = previewTemplate('ask-details', 'default', 'fr');
    expect(problems).toEqual([]);
    expect(text).toContain('Quelle est la fourchette de rémunération pour ce poste ?');
    expect(text).not.toMatch(/[{}]|undefined|null/);
  });

  it('shows the problems next to what would be written', () => {
    const preview = previewTemplate('refer', 'default', 'en', 'I suggest {referralName} ({referalRole}).\nThanks.');
    expect(preview.text).toBe('Thanks.');
    expect(preview.problems).toHaveLength(1);
  });

  it('previews every built-in in every language without a gap', () => {
    for (const kind of REPLY_KINDS) {
      for (const variant of templateVariants(kind)) {
        for (const language of TEMPLATE_LANGUAGES) {
          const { text } = previewTemplate(kind, variant, language);
          expect(text).not.toMatch(/[{}]|undefined|null| {2}/);
          expect(text.split('\n').length).toBeGreaterThan(4);
        }
      }
    }
  });
});
