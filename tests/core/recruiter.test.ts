import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sender } from '../../src/core/message';
import {
  agencyKey,
  companyFromHeadline,
  companyKey,
  displayName,
  emailDomain,
  isFreeMailDomain,
  linkedInSlug,
  normaliseEmail,
  recruiterIdentities,
  registrableDomain,
} from '../../src/core/recruiter';

describe('linkedInSlug', () => {
  it.each([
    ['https://www.linkedin.com/in/marta-vidal-4b21a9/', 'marta-vidal-4b21a9'],
    ['https://www.linkedin.com/in/marta-vidal-4b21a9', 'marta-vidal-4b21a9'],
    ['http://linkedin.com/in/Marta-Vidal-4B21A9', 'marta-vidal-4b21a9'],
    ['linkedin.com/in/marta-vidal-4b21a9/', 'marta-vidal-4b21a9'],
    ['www.linkedin.com/in/marta-vidal-4b21a9?originalSubdomain=es', 'marta-vidal-4b21a9'],
    ['https://es.linkedin.com/in/marta-vidal-4b21a9/?locale=es_ES', 'marta-vidal-4b21a9'],
    ['https://de.linkedin.com/in/marta-vidal-4b21a9/de', 'marta-vidal-4b21a9'],
    ['https://m.linkedin.com/in/marta-vidal-4b21a9#experience', 'marta-vidal-4b21a9'],
    ['//www.linkedin.com/in/marta-vidal-4b21a9/', 'marta-vidal-4b21a9'],
    ['https://www.linkedin.com:443/in/marta-vidal-4b21a9/', 'marta-vidal-4b21a9'],
    ['  https://WWW.LinkedIn.com/IN/marta-vidal-4b21a9/  ', 'marta-vidal-4b21a9'],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-7a/', 'jürgen-müller-7a'],
    ['https://br.linkedin.com/in/jo%C3%A3o-ara%C3%BAjo', 'joão-araújo'],
    ['https://www.linkedin.com/in/broken%E0%A4%A', 'broken%e0%a4%a'],
  ])('%s → %s', (url, slug) => {
    expect(linkedInSlug(url)).toBe(slug);
  });

  it.each([
    ['a company page', 'https://www.linkedin.com/company/verdemar-logistica/'],
    ['a job post', 'https://www.linkedin.com/jobs/view/3812345678/'],
    ['an empty slug', 'https://www.linkedin.com/in/'],
    ['another site', 'https://www.notlinkedin.com/in/marta-vidal'],
    ['a look-alike host', 'https://linkedin.com.example.net/in/marta-vidal'],
    ['no path', 'linkedin.com'],
    ['empty', ''],
  ])('no slug from %s', (_name, url) => {
    expect(linkedInSlug(url)).toBeNull();
  });
});

describe('e-mail addresses', () => {
  it('lower-cases an address and keeps it otherwise exact, +tags included', () => {
    expect(normaliseEmail('Marta.Vidal+Jobs@VerdeMar.ES')).toBe('marta.vidal+jobs@verdemar.es');
    expect(normaliseEmail('Marta Vidal <Marta.Vidal@verdemar.es>')).toBe('marta.vidal@verdemar.es');
    expect(normaliseEmail('mailto:talent@kornfeld.de')).toBe('talent@kornfeld.de');
    expect(normaliseEmail('  jo@acme.co.uk.  ')).toBe('jo@acme.co.uk');
  });

  it('rejects what is not an address', () => {
    for (const bad of ['', 'marta', 'marta@', '@verdemar.es', 'marta@verdemar', 'marta vidal@verdemar.es', 'a@b..c', 'a@-b.com', 'a@1.2.3.4']) {
      expect(normaliseEmail(bad)).toBeNull();
    }
  });

  it('extracts the domain', () => {
    expect(emailDomain('Noor.Bakker@Talentbrug.NL')).toBe('talentbrug.nl');
    expect(emailDomain('rh@mail.conseil-lumiere.fr')).toBe('mail.conseil-lumiere.fr');
    expect(emailDomain('josé@correo.empresa.com.mx')).toBe('correo.empresa.com.mx');
    expect(emailDomain('not an address')).toBeNull();
  });

  it('finds the registrable domain, with country second levels', () => {
    expect(registrableDomain('mail.kornfeld.de')).toBe('kornfeld.de');
    expect(registrableDomain('eu.talent.acme.com')).toBe('acme.com');
    expect(registrableDomain('jobs.harbourline.co.uk')).toBe('harbourline.co.uk');
    expect(registrableDomain('rh.grupoaurora.com.br')).toBe('grupoaurora.com.br');
    expect(registrableDomain('careers.southcross.com.au')).toBe('southcross.com.au');
    expect(registrableDomain('hr.vistara.co.in')).toBe('vistara.co.in');
    expect(registrableDomain('empleo.gob.mx')).toBe('empleo.gob.mx');
    expect(registrableDomain('acme.co')).toBe('acme.co');
    expect(registrableDomain('localhost')).toBeNull();
  });
});

describe('isFreeMailDomain', () => {
  it.each([
    'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.fr', 'hotmail.co.uk', 'live.com', 'live.nl',
    'yahoo.com', 'yahoo.es', 'yahoo.com.br', 'yahoo.co.uk', 'icloud.com', 'me.com', 'aol.com', 'protonmail.com',
    'proton.me', 'gmx.de', 'gmx.net', 'web.de', 'mail.ru', 'yandex.ru', 'zoho.com', 't-online.de', 'orange.fr',
    'free.fr', 'laposte.net', 'libero.it', 'qq.com', '163.com', 'bol.com.br', 'uol.com.br', 'sapo.pt', 'telefonica.net',
    'ziggo.nl', 'kpnmail.nl', 'GMAIL.COM',
  ])('%s is free mail', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
  });

  it.each(['kornfeld.de', 'verdemar.es', 'talentbrug.nl', 'acme.co.uk', 'google.com', 'livenation.com', 'gmailer.io', 'orange-talent.fr', ''])(
    '%s is not',
    (domain) => {
      expect(isFreeMailDomain(domain)).toBe(false);
    },
  );
});

describe('companyFromHeadline', () => {
  it.each([
    // English
    ['Technical Recruiter at Ferrowind', 'Ferrowind'],
    ['Recruiter @ Acme | Hiring', 'Acme'],
    ['Talent Partner, Data at Foo Bar · We’re hiring', 'Foo Bar'],
    ['Senior Talent Acquisition Partner at Larchmere Health 🚀', 'Larchmere Health'],
    ['Nurse Recruiter @Brookhaven Medical • ICU • ED', 'Brookhaven Medical'],
    ['Design Recruiter at Birch & Sorrel | Hiring product designers', 'Birch & Sorrel'],
    ['Engineering Manager, Payments – Ledger at Quillfeather', 'Quillfeather'],
    ['Student nurse, Coastal University | HCA at St. Aldwyn Hospital', 'St. Aldwyn Hospital'],
    ['Head of Talent at Bank of Lisbon - we are hiring', 'Bank of Lisbon'],
    ['Recruiter at Northbeam Talent, Inc.', 'Northbeam Talent'],
    ['Recruiter at Tidemark (formerly Seaglass)', 'Tidemark'],
    ['Recruiter at Halden Rowe in London', 'Halden Rowe'],
    ['talent @ quiltbee | hiring designers', 'quiltbee'],
    ['Partner at bol.com', 'bol.com'],
    // German
    ['Recruiterin IT bei Blauwerk Digital | Wir digitalisieren Behörden', 'Blauwerk Digital'],
    ['Talent Acquisition Managerin @ Kornfeld Software | München', 'Kornfeld Software'],
    ['Personalberater bei Feldhaus & Partner – IT-Recruiting', 'Feldhaus & Partner'],
    // French
    ['Recruteuse chez Lumenor', 'Lumenor'],
    ['Chargée de recrutement chez Conseil Lumière · CDI & freelance', 'Conseil Lumière'],
    // Spanish
    ['Reclutadora en Verdemar Logística', 'Verdemar Logística'],
    ['Especialista en Selección en Grupo Aurora | ¡Estamos contratando!', 'Grupo Aurora'],
    ['Reclutadora en Brisamar Seguros, especialista en IT', 'Brisamar Seguros'],
    // Portuguese
    ['Recrutadora na Vereda Tecnologia', 'Vereda Tecnologia'],
    ['Tech Recruiter no Banco do Cerrado', 'Banco do Cerrado'],
    ['Analista de Recrutamento em Grupo Serra Azul', 'Grupo Serra Azul'],
    // Dutch and Italian
    ['Recruiter bij Dijkstroom | Vacatures in Utrecht', 'Dijkstroom'],
    ['Talent Acquisition presso Vetrolume', 'Vetrolume'],
  ])('%s → %s', (headline, company) => {
    expect(companyFromHeadline(headline)).toBe(company);
  });

  it.each([
    'Senior Consultant | Fintech & Digital | Connecting great people with great companies',
    'Recruiter | Healthcare | Helping nurses grow at every stage',
    'Recruteuse principale, données et IA',
    'Product Designer · ex-Larchmere',
    'Recruiter at heart | Coffee lover',
    'Recruiter at',
    '',
    '🚀🚀🚀',
  ])('no company in %s', (headline) => {
    expect(companyFromHeadline(headline)).toBeNull();
  });
});

describe('companyKey', () => {
  it('folds the name and drops the legal form', () => {
    expect(companyKey('Kornfeld Software GmbH')).toBe('kornfeld software');
    expect(companyKey('Northbeam Talent, Inc.')).toBe('northbeam talent');
    expect(companyKey('The Verdemar Group Ltd')).toBe('verdemar group');
    expect(companyKey('Lumière Conseil SAS')).toBe('lumiere conseil');
    expect(companyKey('Vereda Tecnologia Ltda.')).toBe('vereda tecnologia');
    expect(companyKey('Dijkstroom B.V.')).toBe('dijkstroom');
    expect(companyKey('  ')).toBeNull();
  });
});

describe('recruiterIdentities', () => {
  it('gives the LinkedIn slug, the address and the name at the company', () => {
    const sender: Sender = {
      name: 'Marta Vidal',
      headline: 'Reclutadora en Verdemar Logística',
      profileUrl: 'https://es.linkedin.com/in/marta-vidal-4b21a9/',
    };
    expect(recruiterIdentities(sender)).toEqual(['li:marta-vidal-4b21a9', 'name:marta vidal|verdemar logistica']);
    expect(recruiterIdentities({ name: 'Marta Vidal', email: 'Marta.Vidal@verdemar.es', company: 'Verdemar Logística S.L.' })).toEqual([
      'email:marta.vidal@verdemar.es',
      'name:marta vidal|verdemar logistica',
    ]);
  });

  it('shares an identity between LinkedIn and e-mail for the same person at the same company', () => {
    const pairs: [Sender, Sender][] = [
      [
        { name: 'Jonas Albrecht', headline: 'Recruiter bei Kornfeld Software | Hamburg', profileUrl: 'linkedin.com/in/jonas-albrecht' },
        { name: 'Albrecht, Jonas', email: 'jonas.albrecht@kornfeld.de', company: 'Kornfeld Software GmbH' },
      ],
      [
        { name: 'Élodie Marchand 🌱', headline: 'Recruteuse chez Lumenor · Lyon' },
        { name: 'Elodie Marchand', email: 'e.marchand@lumenor.fr', company: 'Lumenor' },
      ],
      [
        { name: 'Juliana Costa (ela/dela)', headline: 'Recrutadora na Vereda Tecnologia' },
        { name: '"Juliana Costa"', email: 'juliana@vereda.com.br', company: 'Vereda Tecnologia Ltda' },
      ],
      [
        { name: 'Dr. Grace Whitfield, CIR', headline: 'Talent Partner at Summit Row | Hiring engineers' },
        { name: 'Grace Whitfield', email: 'grace.whitfield@summitrow.com', company: 'Summit Row' },
      ],
      [
        { name: 'Sanne de Vries', headline: 'Recruiter bij Dijkstroom' },
        { name: 'Sanne de Vries', email: 'sanne@dijkstroom.nl', company: 'Dijkstroom B.V.' },
      ],
    ];
    for (const [linkedIn, email] of pairs) {
      const shared = recruiterIdentities(linkedIn).filter((id) => recruiterIdentities(email).includes(id));
      expect({ linkedIn, shared: shared.length }).toEqual({ linkedIn, shared: 1 });
    }
  });

  it('gives no identity from a name alone, or from a first name', () => {
    expect(recruiterIdentities({ name: 'Marta Vidal' })).toEqual([]);
    expect(recruiterIdentities({ name: 'Marta', company: 'Verdemar' })).toEqual([]);
    expect(recruiterIdentities({ name: 'Marta Vidal', headline: 'Senior Consultant | Fintech' })).toEqual([]);
  });

  it('tells two people of one name at two companies apart', () => {
    const a = recruiterIdentities({ name: 'Anna Schmidt', company: 'Kornfeld' });
    const b = recruiterIdentities({ name: 'Anna Schmidt', company: 'Blauwerk' });
    expect(a.some((id) => b.includes(id))).toBe(false);
  });

  it('ignores malformed fields instead of inventing identities', () => {
    expect(recruiterIdentities({ name: '', email: 'not-an-address', profileUrl: 'https://example.com/in/x' })).toEqual([]);
  });
});

describe('agencyKey', () => {
  it('is equal for two recruiters of one agency, across subdomains', () => {
    const a = agencyKey({ name: 'Helen Marsh', email: 'helen.marsh@northbeam-talent.co.uk' });
    const b = agencyKey({ name: 'Peter Lind', email: 'p.lind@uk.northbeam-talent.co.uk' });
    expect(a).toBe('domain:northbeam-talent.co.uk');
    expect(b).toBe(a);
    const c = agencyKey({ name: 'Raj Varma', email: 'raj.v@staffline-it.com' });
    const d = agencyKey({ name: 'Kiran Das', email: 'Kiran.Das@Mail.Staffline-IT.com' });
    expect(c).toBe(d);
  });

  it('is equal for two LinkedIn recruiters whose headlines name one agency', () => {
    const a = agencyKey({ name: 'Helen Marsh', headline: 'Senior Consultant at Northbeam Talent | Tech' });
    const b = agencyKey({ name: 'Peter Lind', headline: 'Recruiter @ Northbeam Talent 🚀' });
    const c = agencyKey({ name: 'Ruth Okafor', company: 'Northbeam Talent Ltd' });
    expect(a).toBe('company:northbeam talent');
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('falls back to the company for free mail, and is null without any', () => {
    expect(agencyKey({ name: 'Raj', email: 'raj.staffing@gmail.com', company: 'Staffline IT Solutions' })).toBe('company:staffline it solutions');
    expect(agencyKey({ name: 'Raj', email: 'raj.staffing@gmail.com' })).toBeNull();
    expect(agencyKey({ name: 'Raj' })).toBeNull();
  });

  it('keeps the tenant of a hiring platform and ignores a platform that names none', () => {
    expect(agencyKey({ name: 'Careers', email: 'no-reply@verdemar.greenhouse.io' })).toBe('domain:verdemar.greenhouse.io');
    expect(agencyKey({ name: 'Careers', email: 'no-reply@us.greenhouse-mail.io', company: 'Verdemar' })).toBe('company:verdemar');
    expect(agencyKey({ name: 'LinkedIn', email: 'inmail-hit-reply@linkedin.com' })).toBeNull();
    // An unknown platform: an automated sender on a named subdomain keeps it.
    expect(agencyKey({ name: 'Jobs', email: 'noreply@lumenor.hirebox.example' })).toBe('domain:lumenor.hirebox.example');
    expect(agencyKey({ name: 'Jobs', email: 'noreply@mail.lumenor.fr' })).toBe('domain:lumenor.fr');
  });
});

describe('displayName', () => {
  it('shows the name tidied, else the address, company or slug', () => {
    expect(displayName({ name: '  Marta   Vidal ' })).toBe('Marta Vidal');
    expect(displayName({ name: '"Jonas Albrecht"' })).toBe('Jonas Albrecht');
    expect(displayName({ name: 'Ma\u200brta Vidal\u202e' })).toBe('Marta Vidal');
    expect(displayName({ name: '', email: 'Talent@Kornfeld.de' })).toBe('talent@kornfeld.de');
    expect(displayName({ name: ' ', company: 'Kornfeld' })).toBe('Kornfeld');
    expect(displayName({ name: '', profileUrl: 'https://www.linkedin.com/in/marta-vidal/' })).toBe('marta-vidal');
    expect(displayName({ name: '' })).toBe('');
  });
});

describe('robustness', () => {
  const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

  it('never throws on arbitrary senders', () => {
    fc.assert(
      fc.property(
        fc.record({ name: anyString, email: fc.option(anyString, { nil: undefined }), headline: fc.option(anyString, { nil: undefined }), company: fc.option(anyString, { nil: undefined }), profileUrl: fc.option(anyString, { nil: undefined }) }),
        (sender) => {
          const clean = Object.fromEntries(Object.entries(sender).filter(([, v]) => v !== undefined)) as unknown as Sender;
          const ids = recruiterIdentities(clean);
          for (const id of ids) expect(id).toMatch(/^(li|email|name):./);
          expect(agencyKey(clean) ?? 'domain:none').toMatch(/^(domain|company):./);
          expect(typeof displayName(clean)).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings in any helper', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        companyFromHeadline(value);
        emailDomain(value);
        isFreeMailDomain(value);
        linkedInSlug(value);
        companyKey(value);
        expect(true).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('survives values that are not strings at all', () => {
    const broken = { name: 42, email: null, headline: {}, company: ['x'], profileUrl: undefined } as unknown as Sender;
    expect(recruiterIdentities(broken)).toEqual([]);
    expect(agencyKey(broken)).toBeNull();
    expect(displayName(broken)).toBe('');
    expect(recruiterIdentities(null as unknown as Sender)).toEqual([]);
  });

  it('handles 1 MB fields quickly', () => {
    const huge = `Recruiter at ${'Acme '.repeat(200_000)}`;
    const quotes = '"'.repeat(1_000_000);
    const punctuation = `Recruiter at ${',;:!?'.repeat(200_000)}x`;
    const started = performance.now();
    const sender: Sender = { name: quotes, email: `${'a'.repeat(1_000_000)}@x.com`, headline: huge, company: punctuation, profileUrl: `https://www.linkedin.com/in/${'%'.repeat(1_000_000)}` };
    recruiterIdentities(sender);
    agencyKey(sender);
    displayName(sender);
    companyFromHeadline(punctuation);
    companyFromHeadline('|'.repeat(1_000_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
