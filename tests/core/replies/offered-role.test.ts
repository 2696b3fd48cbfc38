import { describe, expect, it } from 'vitest';
import { pickOfferedRole } from '../../../src/core/replies/offered-role';

describe('pickOfferedRole', () => {
  it('takes the offered role over a colleague named earlier and the recruiter signature', () => {
    const body =
      "Hi Katrin,\n\nI'm Saskia, Technical Recruiter at Quokka Docs. Our Head of Frontend, Maria, loved your talk.\n" +
      'We are looking for a Senior Frontend Engineer to join the editor team.\n\nBest,\nSaskia\nTalent Partner';
    expect(pickOfferedRole(body, null)).toBe('Senior Frontend Engineer');
  });

  it('skips a manager the candidate would report to', () => {
    const body = "Hi Katrin, you'd report to the Head of Engineering. We're hiring a Staff Frontend Engineer for the editor.";
    expect(pickOfferedRole(body)).toBe('Staff Frontend Engineer');
  });

  it('answers nothing when the only titles are a colleague and the signature', () => {
    const body = 'Hi Katrin, our Head of Frontend would love to chat with you.\n\nBest,\nJonas Reiter\nSenior Recruiter';
    expect(pickOfferedRole(body)).toBeUndefined();
  });

  it("does not take the candidate's own past title for the offer", () => {
    const body = 'I loved your work as Tech Lead at Parcelo. We have an opening for a Principal Engineer.';
    expect(pickOfferedRole(body)).toBe('Principal Engineer');
  });

  it("skips the sender's own title and a title of someone else's", () => {
    const body = "Hi Daniela, I'm the nurse manager of the CVICU at Lincoln Park General. We are hiring experienced ICU nurses for days.";
    expect(pickOfferedRole(body)).toBe('experienced ICU nurses');
    expect(pickOfferedRole('Quick follow-up: their Head of Product used to work with you.')).toBeUndefined();
  });

  it('leaves no bracket open in the title', () => {
    expect(pickOfferedRole('Hallo Katrin, kurze Frage.', 'Senior Frontend Engineer (React/TypeScript) bei Pendelwerk')).toBe('Senior Frontend Engineer');
  });

  it('reads the subject line first', () => {
    const body = 'Our Head of Frontend asked me to reach out. We are looking for an engineer.';
    expect(pickOfferedRole(body, 'Senior Frontend Engineer (editor team), remote in Germany')).toBe('Senior Frontend Engineer');
  });

  it('falls back to the body when the subject names no role or only the recruiter', () => {
    expect(pickOfferedRole('We are hiring a Data Scientist.', 'Technical Recruiter at Parcelo: quick question')).toBe('Data Scientist');
    expect(pickOfferedRole('We are hiring a Data Scientist.', 'Quick question')).toBe('Data Scientist');
  });

  it.each([
    ['de', 'Hallo Katrin,\n\nwir suchen für unseren Kunden einen Senior Frontend-Entwickler (m/w/d). Sie berichten an den Head of Engineering.\n\nViele Grüße\nJonas Reiter\nSenior Recruiter', 'Senior Frontend-Entwickler'],
    ['es', 'Hola Katrin, tenemos una vacante de Desarrolladora Frontend Senior en Madrid. Trabajarías con nuestro CTO.', 'Desarrolladora Frontend Senior'],
    ['fr', "Bonjour Katrin, nous recherchons un développeur front-end senior pour l'équipe produit.", 'développeur front-end senior'],
    ['pt', 'Olá Katrin, temos uma vaga de Engenheira Frontend Sênior na Nubo.', 'Engenheira Frontend Sênior'],
  ])('finds the offer in %s', (_language, body, role) => {
    expect(pickOfferedRole(body)).toBe(role);
  });

  it('answers nothing for text without a role, and never throws', () => {
    expect(pickOfferedRole('Hi, are you open to a chat?')).toBeUndefined();
    expect(pickOfferedRole('')).toBeUndefined();
    expect(pickOfferedRole(undefined as unknown as string, null)).toBeUndefined();
  });
});
