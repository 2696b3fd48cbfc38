import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMergeFields } from '../../../src/core/scoring/merge-fields';

const texts = (text: string): string[] => findMergeFields(text).map((f) => f.text);

describe('findMergeFields: unfilled mail-merge fields in every common syntax', () => {
  it.each([
    ['Hi {FirstName}, a ward sister role just opened.', '{FirstName}'],
    ['Hola {{first_name}}, tenemos una vacante de contable.', '{{first_name}}'],
    ['Dear [First Name], our law firm is growing.', '[First Name]'],
    ['Hello <Name>, I read about your bakery work.', '<Name>'],
    ['Bonjour %FIRSTNAME%, un poste de comptable vous attend.', '%FIRSTNAME%'],
    ['Hallo ${name}, wir suchen eine Elektrikerin.', '${name}'],
    ['Olá {{nome}}, temos uma vaga de professora.', '{{nome}}'],
    ['Guten Tag {Vorname}, eine Stelle als Pflegefachkraft.', '{Vorname}'],
    ['Bonjour [Prénom], poste d’infirmier à pourvoir.', '[Prénom]'],
    ['Estimado {nombre}, buscamos abogado laboralista.', '{nombre}'],
    ['A great fit for someone at [Company Name] like you.', '[Company Name]'],
    ['Your years at {Company} caught my eye.', '{Company}'],
    ['Hi {{ candidate.first_name }}, quick question.', '{{ candidate.first_name }}'],
    ['Dear {FIRST_NAME}, we need a site foreman.', '{FIRST_NAME}'],
    ['Hi {first name}, are you open to a new marketing role?', '{first name}'],
    ['Dear [Your Name], thanks for your time.', '[Your Name]'],
  ])('%s → %s', (text, field) => {
    const found = findMergeFields(text);
    expect(found.map((f) => f.text)).toEqual([field]);
    // The index points at the field as written.
    expect(text.slice(found[0]!.index, found[0]!.index + field.length)).toBe(field);
  });

  it('finds the Mailchimp *|FNAME|* field', () => {
    expect(findMergeFields('Hey *|FNAME|*! Our dental clinic is hiring.')).toHaveLength(1);
    expect(texts('Hey *|FNAME|*!').join('')).toContain('FNAME');
  });

  // BUG: the opening "*" is dropped: the field comes back as "|FNAME|*" at the index of "|", so a
  // candidate reads "Has unfilled template fields: |FNAME|*".
  it('returns *|FNAME|* exactly as written, opening star included', () => {
    expect(findMergeFields('Hey *|FNAME|*!')).toEqual([{ text: '*|FNAME|*', index: 4 }]);
  });

  it('finds every field of a message, in order', () => {
    const found = findMergeFields('Dear {FirstName} {LastName},\nA role at {Company} in {City}.');
    expect(found.map((f) => f.text)).toEqual(['{FirstName}', '{LastName}', '{Company}', '{City}']);
    const indexes = found.map((f) => f.index);
    expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
  });
});

describe('findMergeFields: brackets that are not fields', () => {
  it.each([
    'See [link] for the full description.',
    'I <3 this team and <3 our patients.',
    'if (shift) { return early; }',
    'function noop() {}',
    'const x = {a: 1, b: 2}',
    '{ }',
    'Sources: [1] and [2].',
    '<p>Hello</p><br>',
    'Visit <https://example.org/jobs> today.',
    'Attach your [CV] or {CV} as a [PDF].',
    'Bonus of 10% to 15% of base, 50 % remote.',
    'a | b | c',
    '*|b|*',
    '${}',
    'price ${price}',
    '[Link to portfolio]',
    '(First Name)',
    '[ ] todo',
  ])('%s → none', (text) => {
    expect(findMergeFields(text)).toEqual([]);
  });

  it('ignores a bracket that never closes on the same line', () => {
    expect(findMergeFields('Hi {FirstName\n} there')).toEqual([]);
    expect(findMergeFields('[First Name')).toEqual([]);
  });

  it('ignores a bracket whose content runs past the field length limit', () => {
    expect(findMergeFields(`{${'name '.repeat(20)}}`)).toEqual([]);
  });

  // BUG: a code snippet whose braces hold an identifier that happens to be a field word ("user",
  // "name", "role", "title") is read as an unfilled template field, because isFieldName() only
  // looks for a field word and never rejects code punctuation (";", "=", quotes, ": " pairs).
  it('does not read braces in a code snippet as a merge field', () => {
    expect(findMergeFields('function greet(user) { return user.name; }')).toEqual([]);
    expect(findMergeFields('const p = { name: "Ana", role: "nurse" };')).toEqual([]);
    expect(findMergeFields('Our API returns {"title": "Nurse"} for each job.')).toEqual([]);
  });
});

describe('findMergeFields on any input', () => {
  it('never throws and returns fields that sit where they say', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
        for (const f of findMergeFields(text)) {
          expect(text.slice(f.index, f.index + f.text.length)).toBe(f.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('scans a 1 MB text of brackets quickly', () => {
    const body = 'Nous recrutons (50 % télétravail) <3 [link] {a: 1} *|x '.repeat(20_000) + 'Hi {FirstName}';
    const started = performance.now();
    const found = findMergeFields(body);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found.map((f) => f.text)).toContain('{FirstName}');
  });
});
