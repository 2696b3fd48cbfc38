import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateNames, findAddressee } from '../../../src/core/scoring/greeting';
import { analyse } from '../../../src/core/text';

const to = (text: string, name: string | undefined) => findAddressee(analyse(text), name);

describe('findAddressee: the candidate by name', () => {
  it.each([
    ['Hi Océane,\nThe cardiac unit is hiring.', 'Océane Briand', 'Océane'],
    ['Hola Begoña,\nbuscamos una contable.', 'Begoña Arrebola Quintana', 'Begoña'],
    ['Hola Begona, te escribo por un puesto.', 'Begoña Arrebola Quintana', 'Begona'],
    ['Olá Tiago!\nTudo bem?', 'Tiago Figueiral', 'Tiago'],
    ['Bonjour Océane, je me permets de vous écrire.', 'Océane Briand', 'Océane'],
    ['Good morning Johanna,\nquick question.', 'Johanna Wetterau', 'Johanna'],
    ['Hi OCEANE,\nwe met at the congress.', 'Océane Briand', 'OCEANE'],
  ])('%s → candidate %s', (text, name, written) => {
    expect(to(text, name)).toEqual({ kind: 'candidate', name: written });
  });

  it.each([
    ['Hi Kat,\nAre you free?', 'Katarzyna Nowak', 'Kat'],
    ['Salut Cami,\non cherche une graphiste.', 'Camille Roussel', 'Cami'],
    ['Hey Tia, long shot.', 'Tiago Figueiral', 'Tia'],
  ])('takes a nickname that starts the first name: %s', (text, name, written) => {
    expect(to(text, name)).toEqual({ kind: 'candidate', name: written });
  });

  it.each([
    ['Dear Ms. Briand,\nWe are writing', 'Océane Briand', 'Briand'],
    ['Sehr geehrte Frau Wetterau,\nwir suchen', 'Johanna Wetterau', 'Wetterau'],
    ['Bonjour Madame Briand,\nnous recrutons', 'Océane Briand', 'Briand'],
    ['Estimada señora Arrebola:\nle escribo', 'Begoña Arrebola Quintana', 'Arrebola'],
    ['Hello Dr. Okonkwo,\nour practice', 'Amaka Okonkwo', 'Okonkwo'],
  ])('takes the surname after a title: %s', (text, name, written) => {
    expect(to(text, name)).toEqual({ kind: 'candidate', name: written });
  });
});

describe('findAddressee: nobody in particular', () => {
  it.each([
    ['Hello there,\nwe have a role', 'Hello there'],
    ['Dear Candidate,\nPlease find', 'Dear Candidate'],
    ['Hi team!\nA quick note', 'Hi team'],
    ['Hallo zusammen,\nwir suchen', 'Hallo zusammen'],
    ['Prezado profissional,\ntemos uma vaga', 'Prezado profissional'],
    ['Dear Sir or Madam,\nWe are', 'Dear Sir or Madam'],
    ['Hola a todos,\nbuscamos', 'Hola a todos'],
  ])('%s → generic "%s"', (text, salutation) => {
    expect(to(text, 'Océane Briand')).toEqual({ kind: 'generic', salutation });
  });

  it.each([
    ['Bonjour,\nNous recrutons une infirmière.', 'Bonjour'],
    ['Hey!\nHow are things?', 'Hey'],
    ['Hola:\nLe escribo por', 'Hola'],
  ])('a greeting that names nobody: %s', (text, salutation) => {
    expect(to(text, 'Begoña Arrebola')).toEqual({ kind: 'generic', salutation });
  });
});

describe('findAddressee: someone else, or no greeting', () => {
  it.each([
    ['Hi Henrik,\nWe are hiring nurses.', 'Océane Briand', 'Henrik'],
    ['Hola Federico, te escribo por el puesto.', 'Begoña Arrebola', 'Federico'],
    ['Liebe Sabine,\nwir suchen Lehrkräfte.', 'Johanna Wetterau', 'Sabine'],
    ['Bonjour Madame Lefort,\nnous recrutons.', 'Océane Briand', 'Lefort'],
  ])('%s → another name', (text, name, other) => {
    expect(to(text, name)).toEqual({ kind: 'other-name', name: other });
  });

  it('takes a nickname for the candidate: Kati for Katrin, Dani for Daniela', () => {
    expect(to('Hi Kati,\nhow are you?', 'Katrin Vogelsang')).toMatchObject({ kind: 'candidate' });
    expect(to('Hola Dani,\n¿qué tal?', 'Daniela Robles')).toMatchObject({ kind: 'candidate' });
  });

  it('does not call a name wrong when it does not know the candidate’s own name', () => {
    expect(to('Hi Henrik,\nWe are hiring.', undefined)).toEqual({ kind: 'none' });
  });

  it.each([
    'We are hiring ICU nurses in Lyon.',
    'Your application has been received.',
    '',
    'hi markus,\nlower-case is not read as a name',
    'Hi 2026,\nnumbers are not names',
  ])('%s → none', (text) => {
    expect(to(text, 'Océane Briand')).toEqual({ kind: 'none' });
  });

  it('only looks at the opening words: a greeting deep in the text is not a salutation', () => {
    const text = `${'Our wards need more staff this winter. '.repeat(10)}\nHi Henrik,\nsee you`;
    expect(to(text, 'Océane Briand')).toEqual({ kind: 'none' });
  });
});

describe('candidateNames', () => {
  it('splits a full name into first names and surnames, folded', () => {
    expect(candidateNames('Océane Briand')).toEqual({ first: ['oceane'], last: ['briand'] });
    expect(candidateNames('Begoña Arrebola Quintana')).toEqual({ first: ['begona', 'arrebola'], last: ['arrebola', 'quintana'] });
  });

  it('keeps a single name as a first name and copes with nothing', () => {
    expect(candidateNames('Cher')).toEqual({ first: ['cher'], last: [] });
    expect(candidateNames('')).toEqual({ first: [], last: [] });
    expect(candidateNames(undefined)).toEqual({ first: [], last: [] });
  });
});

describe('findAddressee on any input', () => {
  it('never throws and always answers a known kind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 40 }), (text, name) => {
        expect(['candidate', 'generic', 'other-name', 'none']).toContain(findAddressee(analyse(text), name).kind);
      }),
      { numRuns: 400 },
    );
  });

  it('reads a 1 MB message quickly', () => {
    const body = `Hi Océane,\n${'Le service de réanimation recrute. '.repeat(30_000)}`;
    const started = performance.now();
    const found = findAddressee(analyse(body), 'Océane Briand');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found).toEqual({ kind: 'candidate', name: 'Océane' });
  });
});
