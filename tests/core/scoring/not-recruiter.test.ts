import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/message';
import type { Profile } from '../../../src/core/profile';
import { isAutomatedAddress, recruiterLikelihood } from '../../../src/core/scoring/not-recruiter';
import { scoreMessage } from '../../../src/core/scoring/score';
import type { ScorerMessage } from '../../../src/core/scoring/types';
import { analyse } from '../../../src/core/text';

const NURSE: Profile = {
  name: 'Océane Briand',
  titles: ['Infirmière', 'ICU Nurse'],
  skills: ['Soins intensifs', 'Réanimation'],
  seniority: 'mid',
  locations: ['Nantes, France'],
  workplace: ['onsite'],
};

const DESIGNER: Profile = {
  name: 'Tomás Ferreira',
  titles: ['Product Designer', 'UX Designer'],
  skills: ['Figma', 'User research', 'Prototyping'],
  seniority: 'senior',
  locations: ['Porto, Portugal'],
  workplace: ['remote', 'hybrid'],
};

interface Case {
  what: string;
  channel: 'linkedin' | 'email';
  sender: Sender;
  subject: string | null;
  body: string;
  profile: Profile;
  expect: string;
}

const OTHER: Case[] = [
  {
    what: 'a LinkedIn notification',
    channel: 'linkedin',
    sender: { name: 'LinkedIn' },
    subject: null,
    body: 'Rafaela Campos and 4 others viewed your profile this week. See who viewed your profile.',
    profile: DESIGNER,
    expect: 'other.network-notification',
  },
  {
    what: 'a network notification in Spanish',
    channel: 'email',
    sender: { name: 'Red Profesional', email: 'notificaciones@red-profesional.example' },
    subject: 'Carmen Vidal ha visto tu perfil',
    body: 'Carmen Vidal ha visto tu perfil. Descubre quién más ha visto tu perfil esta semana y amplía tu red.',
    profile: DESIGNER,
    expect: 'other.network-notification',
  },
  {
    what: 'an ATS receipt in English from a no-reply address',
    channel: 'email',
    sender: { name: 'Lumen Dental Careers', email: 'no-reply@lumendental.greenhouse-mail.io' },
    subject: 'Your application to Lumen Dental',
    body: 'Thank you for applying to the Product Designer position at Lumen Dental. We have received your application and our team will review it in the coming days.',
    profile: DESIGNER,
    expect: 'other.application-tracking',
  },
  {
    what: 'an ATS receipt in German from a plain address',
    channel: 'email',
    sender: { name: 'Personalabteilung Kornhaus AG', email: 'bewerbung@kornhaus-ag.example' },
    subject: 'Eingangsbestätigung Ihrer Bewerbung',
    body: 'Sehr geehrte Frau Briand,\n\nvielen Dank für Ihre Bewerbung als Pflegefachkraft. Wir prüfen Ihre Unterlagen und melden uns in zwei Wochen.',
    profile: NURSE,
    expect: 'other.application-tracking',
  },
  {
    what: 'an ATS receipt in French',
    channel: 'email',
    sender: { name: 'Recrutement Clinique des Mouettes', email: 'noreply@mouettes.teamtailor-mail.com' },
    subject: null,
    body: 'Bonjour,\nNous avons bien reçu votre candidature pour le poste d’infirmière en réanimation. Merci pour votre candidature.',
    profile: NURSE,
    expect: 'other.application-tracking',
  },
  {
    what: 'an ATS receipt in Portuguese',
    channel: 'email',
    sender: { name: 'Vagas Grupo Lusal', email: 'vagas@lusal.example' },
    subject: 'Recebemos sua candidatura',
    body: 'Olá Tomás, recebemos sua candidatura para a vaga de Product Designer. Obrigado pela sua candidatura! Entraremos em contato.',
    profile: DESIGNER,
    expect: 'other.application-tracking',
  },
  {
    what: 'a job alert',
    channel: 'email',
    sender: { name: 'JobRadar', email: 'alerts@jobradar.example' },
    subject: '9 new jobs for you',
    body: 'New jobs matching your saved search "product designer Porto": 9 new jobs for you. View all jobs. Edit alert.',
    profile: DESIGNER,
    expect: 'other.job-alert',
  },
  {
    what: 'a job alert in Spanish',
    channel: 'email',
    sender: { name: 'EmpleoYa', email: 'avisos@empleoya.example' },
    subject: 'Alerta de empleo',
    body: 'Alerta de empleo: 8 nuevas ofertas de empleo para "enfermera Nantes". Ver todas las ofertas.',
    profile: NURSE,
    expect: 'other.job-alert',
  },
  {
    what: 'a newsletter',
    channel: 'email',
    sender: { name: 'Pixel Brief', email: 'hello@pixelbrief.example' },
    subject: 'Pixel Brief #88',
    body: 'In this issue: type pairing, a look at dark patterns and a sponsored note. Read online. You are receiving this because you subscribed. Unsubscribe.',
    profile: DESIGNER,
    expect: 'other.newsletter',
  },
  {
    what: 'a sales pitch for courses',
    channel: 'email',
    sender: { name: 'Nadia Kerr', email: 'nadia@ceu-fast.example', headline: 'Account Executive' },
    subject: 'Your CEUs, sorted',
    body: 'Hi Océane,\n\nNurses like you use our platform to earn CEUs online. Enroll this week for a free trial and 20% discount on every course.\n\nBest,\nNadia',
    profile: NURSE,
    expect: 'other.sales-pitch',
  },
  {
    what: 'a sales pitch in German',
    channel: 'email',
    sender: { name: 'Felix Ranft', email: 'felix@formwerk.example' },
    subject: null,
    body: 'Hallo Tomás,\n\nunsere Plattform hilft Design-Teams, Prototypen schneller zu testen. Jetzt kostenlos testen!\n\nViele Grüße\nFelix',
    profile: DESIGNER,
    expect: 'other.sales-pitch',
  },
  {
    what: 'a colleague asking for a referral',
    channel: 'linkedin',
    sender: { name: 'Pieter Jansen', headline: 'Product Designer at Hallmark Tiles' },
    subject: null,
    body: 'Hey Tomás,\n\nLong time no see! I am applying to a design role at your company. Could you refer me, or put in a good word for me? Any advice welcome.\n\nThanks,\nPieter',
    profile: DESIGNER,
    expect: 'other.referral-ask',
  },
  {
    what: 'a friend’s note',
    channel: 'email',
    sender: { name: 'Miriam Eisler', email: 'miri.eisler@gmail.com' },
    subject: 'coffee?',
    body: 'Hi Océane!\n\nHow have you been? We should grab a coffee soon and catch up. Congrats on the new flat!\n\nHugs,\nMiriam',
    profile: NURSE,
    expect: 'other.personal',
  },
  {
    what: 'a friend’s note in Portuguese',
    channel: 'email',
    sender: { name: 'Ana Prates', email: 'ana.prates@gmail.com' },
    subject: null,
    body: 'Oi Tomás, quanto tempo! Saudades. Vamos tomar um café semana que vem?\nBeijos, Ana',
    profile: DESIGNER,
    expect: 'other.personal',
  },
];

function scorerMessage(c: Case): ScorerMessage {
  return {
    site: c.channel === 'linkedin' ? 'linkedin' : 'email',
    sender: c.sender,
    subject: c.subject,
    body: c.body,
    sentAt: Date.parse('2026-04-01T09:00:00Z'),
    threadKey: null,
    recipientCount: c.channel === 'email' ? 1 : null,
  };
}

describe('recruiterLikelihood: what is not recruiter outreach', () => {
  it.each(OTHER.map((c) => [c.what, c] as const))('%s pulls toward "other"', (_, c) => {
    const result = recruiterLikelihood(c.sender, analyse(c.body), c.subject ? analyse(c.subject) : null, c.channel);
    expect(result.evidence.map((e) => e.id)).toContain(c.expect);
    expect(result.other).toBeGreaterThan(result.recruiter);
    expect(result.other).toBeGreaterThanOrEqual(2);
  });

  it.each(OTHER.map((c) => [c.what, c] as const))('%s is labelled other, never given a recruiter reply', (_, c) => {
    const verdict = scoreMessage({ message: scorerMessage(c), profile: c.profile });
    expect(verdict.label).toBe('other');
    expect(verdict.score).toBeLessThanOrEqual(20);
    expect(verdict.evidence[0]!.pull).toBe('other');
  });

  it('names the automated address in its reason', () => {
    const sender = { name: 'Careers', email: 'careers-noreply@spindle.example' };
    const result = recruiterLikelihood(sender, analyse('Thanks for applying.'), null, 'email');
    expect(result.evidence.find((e) => e.id === 'other.automated-sender')?.reason).toContain('careers-noreply@spindle.example');
  });
});

describe('recruiterLikelihood: a person offering a job', () => {
  it('counts a recruiting headline and offer wording toward a recruiter', () => {
    const sender = { name: 'Inés Callejo', headline: 'Senior Talent Acquisition Partner at Olmo Legal' };
    const body = analyse('Hola Begoña, estamos buscando una abogada laboralista. ¿Te interesaría una llamada esta semana?');
    const result = recruiterLikelihood(sender, body, null, 'linkedin');
    const ids = result.evidence.map((e) => e.id);
    expect(ids).toContain('recruiter.title');
    expect(ids).toContain('recruiter.offer');
    expect(result.recruiter).toBeGreaterThan(result.other);
    expect(result.other).toBe(0);
  });

  it('counts a team lead writing about an opening, with a smaller pull than a recruiter', () => {
    const body = analyse('Hi Owen, we are hiring a site electrician for our Leeds depot. Would you be interested?');
    const lead = recruiterLikelihood({ name: 'Gwen Pryce', headline: 'Operations Manager at Voltline' }, body, null, 'linkedin');
    const recruiter = recruiterLikelihood({ name: 'Gwen Pryce', headline: 'Recruiter at Voltline' }, body, null, 'linkedin');
    expect(lead.evidence.map((e) => e.id)).toContain('recruiter.hiring-manager');
    expect(recruiter.recruiter).toBeGreaterThan(lead.recruiter);
  });

  it('sums the evidence weights into the two sides', () => {
    const sender = { name: 'LinkedIn' };
    const result = recruiterLikelihood(sender, analyse('You appeared in 12 searches this week. We are hiring?'), null, 'linkedin');
    const sum = (pull: string) => result.evidence.filter((e) => e.pull === pull).reduce((n, e) => n + e.weight, 0);
    expect(result.other).toBeCloseTo(sum('other'));
    expect(result.recruiter).toBeCloseTo(sum('recruiter'));
  });

  it('does not take a person named LinkedIn-something with a headline for a notification', () => {
    const result = recruiterLikelihood({ name: 'LinkedIn Lara', headline: 'Recruiter' }, analyse('Hi, a role for you.'), null, 'linkedin');
    expect(result.evidence.filter((e) => e.reason.startsWith('A LinkedIn notification'))).toEqual([]);
  });
});

describe('isAutomatedAddress', () => {
  it.each([
    'no-reply@shop.example',
    'noreply@hr.example',
    'notifications@network.example',
    'careers-noreply@acme.example',
    'jobs.no-reply@acme.example',
    'alerts@jobs.example',
    'talent@acme.greenhouse.io',
    'someone@mail.lever.co',
  ])('%s is automated', (email) => {
    expect(isAutomatedAddress(email)).toBe(true);
  });

  it.each(['ines@talentbridge.example', 'notifier.person@acme.example', 'bo.lind@gmail.com', '', 'not an address', '@noreply'])(
    '%s is not automated',
    (email) => {
      expect(isAutomatedAddress(email)).toBe(false);
    },
  );

  it('treats a missing address as a person', () => {
    expect(isAutomatedAddress(undefined)).toBe(false);
  });
});

describe('recruiterLikelihood on any input', () => {
  it('never throws on arbitrary sender fields and text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.option(fc.string({ unit: 'binary', maxLength: 60 })),
        fc.option(fc.string({ unit: 'grapheme', maxLength: 80 })),
        fc.string({ unit: 'binary', maxLength: 600 }),
        fc.constantFrom('linkedin', 'email'),
        (name, email, headline, body, channel) => {
          const sender: Sender = { name, ...(email === null ? {} : { email }), ...(headline === null ? {} : { headline }) };
          const result = recruiterLikelihood(sender, analyse(body), analyse(body.slice(0, 50)), channel);
          expect(result.other).toBeGreaterThanOrEqual(0);
          expect(result.recruiter).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('weighs a 1 MB newsletter quickly', () => {
    const body = 'In this issue: three essays on kerning and a sponsored note. '.repeat(17_000);
    const started = performance.now();
    const result = recruiterLikelihood({ name: 'Digest', email: 'digest@letters.example' }, analyse(body), null, 'email');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.evidence.map((e) => e.id)).toContain('other.newsletter');
  });
});
