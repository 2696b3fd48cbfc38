import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/message';
import type { Profile } from '../../../src/core/profile';
import { assessBlanket, type BlanketFindings } from '../../../src/core/scoring/blanket';
import { scoreMessage } from '../../../src/core/scoring/score';
import { analyse } from '../../../src/core/text';

const AGENCY: Sender = { name: 'Ines Callejo', email: 'ines@talentbridge-search.example', headline: 'Recruiter at Talentbridge' };

const ACCOUNTANT: Profile = {
  name: 'Begoña Arrebola Quintana',
  titles: ['Contable', 'Controller'],
  skills: ['SAP', 'Excel', 'Contabilidad'],
  seniority: 'senior',
  locations: ['Madrid, España'],
  workplace: ['hybrid', 'onsite'],
};

function blanket(body: string, options: { sender?: Sender; subject?: string; name?: string; recipients?: number | null } = {}): BlanketFindings {
  return assessBlanket(
    options.sender ?? AGENCY,
    analyse(body),
    options.subject ? analyse(options.subject) : null,
    options.name ?? 'Begoña Arrebola Quintana',
    options.recipients === undefined ? 1 : options.recipients,
  );
}

const ids = (f: BlanketFindings): string[] => f.evidence.map((e) => e.id);

describe('assessBlanket: greetings', () => {
  it('credits a greeting by name and marks nothing', () => {
    const f = blanket('Hola Begoña,\nbuscamos una controller para una bodega en Madrid.');
    expect(f.greetsByName).toBe(true);
    expect(f.hard).toBe(0);
    expect(f.soft).toBe(0);
    expect(f.evidence).toEqual([{ id: 'personal.name', pull: 'targeted', weight: 0.5, reason: 'Uses your name' }]);
  });

  it('takes a wrong name for a hard mark that names the wrong person', () => {
    const f = blanket('Hola Federico,\nbuscamos un contable en Madrid.');
    expect(f.hard).toBe(1);
    expect(f.evidence.find((e) => e.id === 'blanket.wrong-name')?.reason).toBe('Addressed to Federico, not to you');
  });

  it('takes a generic greeting for a soft mark quoting it', () => {
    const f = blanket('Estimado candidato,\nbuscamos un contable en Madrid.');
    expect(f.soft).toBe(1);
    expect(f.hard).toBe(0);
    expect(f.evidence.find((e) => e.id === 'blanket.generic-greeting')?.reason).toBe('Opens with “Estimado candidato” instead of your name');
  });
});

describe('assessBlanket: merge fields', () => {
  it('takes unfilled fields in the body or the subject for a hard mark listing them', () => {
    const inBody = blanket('Dear {FirstName},\nyour experience at [Company Name] stood out.');
    expect(inBody.hard).toBeGreaterThanOrEqual(1);
    expect(inBody.evidence.find((e) => e.id === 'blanket.merge-fields')?.reason).toBe(
      'Has unfilled template fields: {FirstName}, [Company Name]',
    );
    const inSubject = blanket('Hola Begoña,\nbuscamos contable.', { subject: 'Una vacante para %FIRSTNAME%' });
    expect(ids(inSubject)).toContain('blanket.merge-fields');
  });
});

describe('assessBlanket: mass sending', () => {
  it('takes five or more visible recipients for a hard mark and three for a soft one', () => {
    const body = 'Hola Begoña,\nbuscamos una contable en Madrid.';
    const mass = blanket(body, { recipients: 23 });
    expect(mass.hard).toBe(1);
    expect(mass.evidence.find((e) => e.id === 'blanket.mass-recipients')?.reason).toBe('Sent to 23 visible recipients at once');
    const few = blanket(body, { recipients: 3 });
    expect(few.hard).toBe(0);
    expect(ids(few)).toContain('blanket.several-recipients');
    expect(ids(blanket(body, { recipients: 2 }))).not.toContain('blanket.several-recipients');
    expect(ids(blanket(body, { recipients: null }))).toEqual(['personal.name']);
  });

  it('recognises a staffing blast with its fake-legal footer', () => {
    const body =
      'Hi,\nUrgent requirement for a Java Developer, C2C / W2. Please share your updated resume with visa status and best rate.\n\n' +
      'This email cannot be considered spam as long as we include contact information and a method to be removed from our mailing list. Under Bill S.1618 Title III.';
    const f = blanket(body, { sender: { name: 'Raj K', email: 'raj@quickstaff.example' } });
    expect(ids(f)).toEqual(expect.arrayContaining(['blanket.staffing', 'blanket.legal-footer']));
    expect(f.hard).toBeGreaterThanOrEqual(2);
    const staffing = f.evidence.find((e) => e.id === 'blanket.staffing')!;
    expect(staffing.weight).toBe(5);
    expect(staffing.reason).toMatch(/^Staffing-blast wording: /);
    expect(staffing.reason).toContain('C2C');
  });

  it('takes one staffing word alone for a soft hint only', () => {
    const f = blanket('Hola Begoña,\n¿cuál es tu notice period actual? Buscamos una contable en Madrid.');
    expect(f.hard).toBe(0);
    expect(f.evidence.find((e) => e.id === 'blanket.staffing')?.weight).toBe(1.5);
  });

  it('takes an unsubscribe footer for a soft mark', () => {
    const f = blanket('Hola Begoña,\nbuscamos contable.\n\nDarse de baja de estos correos.');
    expect(ids(f)).toContain('blanket.unsubscribe');
    expect(f.hard).toBe(0);
  });
});

describe('assessBlanket: scams', () => {
  it('takes a chat-app interview plus an ID and bank request from free mail for a scam', () => {
    const body =
      'Hello,\nYou have been selected for a remote data entry role. The interview will hold on Telegram. ' +
      'Please send a copy of your passport and your bank details for onboarding.';
    const f = blanket(body, { sender: { name: 'HR Department', email: 'hr.recruit.team2026@gmail.com' } });
    const scam = f.evidence.find((e) => e.id === 'blanket.scam');
    expect(scam?.weight).toBe(6);
    expect(scam?.reason).toContain('Telegram');
    expect(scam?.reason).toContain('passport');
    expect(ids(f)).toContain('blanket.free-mail-company');
  });

  it('recognises the same scam in Spanish', () => {
    const body = 'Hola,\nHas sido seleccionada para un puesto remoto. La entrevista será por WhatsApp. Envíanos tu DNI y tus datos bancarios.';
    const f = blanket(body, { sender: { name: 'Recursos Humanos', email: 'rrhh.empleo.global@outlook.com' } });
    expect(ids(f)).toContain('blanket.scam');
  });

  it('takes an ID request from free mail alone for a scam', () => {
    const f = blanket('Hi Begoña, to book your interview please send your date of birth and passport number.', {
      sender: { name: 'Dana Holt', email: 'dana.holt.jobs@yahoo.com' },
    });
    expect(ids(f)).toContain('blanket.scam');
  });

  it('only hints when a company address asks for a chat-app call', () => {
    const f = blanket('Hola Begoña, ¿hablamos por WhatsApp sobre el puesto de contable?');
    expect(ids(f)).not.toContain('blanket.scam');
    expect(f.evidence.find((e) => e.id === 'blanket.chat-interview')?.reason).toBe('Wants to talk over WhatsApp');
    expect(f.hard).toBe(0);
  });
});

describe('assessBlanket: hidden client and pasted descriptions', () => {
  it('marks "my client" that describes instead of naming', () => {
    const f = blanket('Hi Begoña,\nMy client, a leading wine group, needs a financial controller in Madrid.');
    expect(ids(f)).toContain('blanket.hidden-client');
    expect(f.soft).toBe(1);
  });

  it('does not mark a client named right after the phrase', () => {
    const f = blanket('Hi Begoña,\nMy client, Bodegas Albariza, needs a financial controller in Madrid.');
    expect(ids(f)).not.toContain('blanket.hidden-client');
  });

  it('does not take a place after "my client" for its name', () => {
    const f = blanket('Hi Begoña,\nMy client in Madrid needs a financial controller.');
    expect(ids(f)).toContain('blanket.hidden-client');
  });

  it('marks a hidden client in French and German', () => {
    expect(ids(blanket('Bonjour Begoña,\nmon client, un cabinet reconnu, recherche un contrôleur de gestion.'))).toContain('blanket.hidden-client');
    expect(ids(blanket('Hallo Begoña,\nfür unseren Kunden, ein Familienunternehmen, suchen wir eine Controllerin.'))).toContain(
      'blanket.hidden-client',
    );
  });

  const jd =
    'Please see the role below.\n\nAbout the role\nYou will run the monthly close.\n\nResponsibilities\n- Reconcile accounts\n\n' +
    'Requirements\n- 5 years in accounting\n\nWhat we offer\n- 25 days holiday';

  it('marks a pasted job description with no word about the candidate', () => {
    const f = blanket(`Hi,\n${jd}`);
    expect(ids(f)).toContain('blanket.pasted-description');
  });

  it('does not mark a description that comes with a word about the candidate', () => {
    const f = blanket(`Hi Begoña,\nI saw your experience with SAP at a winery. ${jd}`);
    expect(ids(f)).not.toContain('blanket.pasted-description');
  });
});

describe('blanket marks in the verdict', () => {
  const message = (body: string, sender: Sender = AGENCY, recipientCount: number | null = 1) => ({
    site: 'email' as const,
    sender,
    subject: null,
    body,
    sentAt: Date.parse('2026-05-04T08:00:00Z'),
    threadKey: null,
    recipientCount,
  });

  it('makes a fitting role sent to many recipients spam', () => {
    const body = 'Hola Begoña,\nbuscamos una contable en Madrid, modalidad híbrida, con SAP y Excel.';
    expect(scoreMessage({ message: message(body, AGENCY, 1), profile: ACCOUNTANT }).label).toBe('targeted');
    const mass = scoreMessage({ message: message(body, AGENCY, 40), profile: ACCOUNTANT });
    expect(mass.label).toBe('spam');
    expect(mass.reasons[0]).toBe('Sent to 40 visible recipients at once');
  });

  it('makes a staffing blast with a fake-legal footer spam with a low score', () => {
    const body =
      'Hi,\nUrgent requirement: Staff Accountant, W2 or C2C, Madrid. Kindly share your updated resume and expected CTC.\n\n' +
      'This message cannot be considered spam. Bill S.1618 Title III.';
    const verdict = scoreMessage({ message: message(body, { name: 'Vikram S', email: 'vikram@benchpros.example' }), profile: ACCOUNTANT });
    expect(verdict.label).toBe('spam');
    expect(verdict.score).toBeLessThanOrEqual(20);
  });

  it('makes a scam spam whatever the role', () => {
    const body =
      'Hola Begoña,\nbuscamos una contable en Madrid. La entrevista será por Telegram; envía tu DNI y tu cuenta bancaria para el alta.';
    const verdict = scoreMessage({ message: message(body, { name: 'RRHH', email: 'rrhh.contabilidad.madrid@gmail.com' }), profile: ACCOUNTANT });
    expect(verdict.label).toBe('spam');
    expect(verdict.reasons[0]).toMatch(/^Looks like a scam/);
  });
});

describe('assessBlanket on any input', () => {
  it('never throws and counts its marks', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 800 }),
        fc.option(fc.string({ unit: 'grapheme', maxLength: 80 })),
        fc.option(fc.integer({ min: -5, max: 500 })),
        (body, subject, recipients) => {
          const f = assessBlanket({ name: 'X', email: 'x@gmail.com' }, analyse(body), subject === null ? null : analyse(subject), 'Ana Paz', recipients);
          const spam = f.evidence.filter((e) => e.pull === 'spam').length;
          expect(f.hard + f.soft).toBe(spam);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a 1 MB blast quickly', () => {
    const body = `Dear {FirstName},\n${'My client is hiring. Share your updated resume, C2C or W2. '.repeat(18_000)}`;
    const started = performance.now();
    const f = blanket(body, { recipients: 12 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(ids(f)).toEqual(expect.arrayContaining(['blanket.merge-fields', 'blanket.mass-recipients', 'blanket.staffing']));
  });
});
