import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/core/text';
import { SENIORITY_LEVELS, type Seniority } from '../../../../src/core/profile';
import { findOfferedSeniority, ladderDistance, seniorityOfTitle } from '../../../../src/core/scoring/knowledge/seniority';

function offered(text: string): Seniority | undefined {
  return findOfferedSeniority(analyse(text))?.level;
}

describe('seniorityOfTitle', () => {
  it.each([
    // Individual track, English
    ['Senior Product Designer', 'senior'],
    ['Sr. Software Engineer', 'senior'],
    ['Snr Data Analyst', 'senior'],
    ['Experienced Registered Nurse', 'senior'],
    ['Charge Nurse', 'senior'],
    ['Senior Associate', 'senior'],
    ['Lead Designer', 'staff'],
    ['Tech Lead', 'staff'],
    ['Staff Engineer', 'staff'],
    ['Senior Staff Engineer', 'staff'],
    ['Staff Data Scientist', 'staff'],
    ['Principal', 'principal'],
    ['Principal Consultant', 'principal'],
    ['Distinguished Engineer', 'principal'],
    ['Mid-level Backend Developer', 'mid'],
    ['Intermediate Accountant', 'mid'],
    ['Junior Frontend Developer', 'junior'],
    ['Jr. Analyst', 'junior'],
    ['Associate Product Manager', 'junior'],
    ['Graduate Civil Engineer', 'junior'],
    ['New grad RN', 'junior'],
    ['Entry level Sales Representative', 'junior'],
    ['Trainee Accountant', 'junior'],
    ['Software Engineering Intern', 'intern'],
    ['Co-op Student, Data', 'intern'],
    ['Summer Intern', 'intern'],
    ['Apprentice Electrician', 'intern'],
    // Management track
    ['Engineering Manager', 'manager'],
    ['Nurse Manager', 'manager'],
    ['Senior Manager, Data Science', 'manager'],
    ['Team Lead, Customer Support', 'manager'],
    ['Store Supervisor', 'manager'],
    ['Head Nurse', 'manager'],
    ['Head of Design', 'director'],
    ['Director of Nursing', 'director'],
    ['Associate Director, Clinical Operations', 'director'],
    ['Senior Director of Engineering', 'director'],
    ['VP Engineering', 'executive'],
    ['Vice President, Sales', 'executive'],
    ['Chief Nursing Officer', 'executive'],
    ['CTO', 'executive'],
    ['Co-founder & CEO', 'executive'],
    ['Managing Director', 'executive'],
    // Ladders
    ['Clinical Nurse I', 'junior'],
    ['Clinical Nurse II', 'mid'],
    ['Clinical Nurse III', 'senior'],
    ['Clinical Nurse IV', 'staff'],
    ['Software Engineer 2', 'mid'],
    ['Data Scientist II', 'mid'],
    ['Analyst, Level III', 'senior'],
    ['Software Engineer (L5)', 'senior'],
  ] as const)('%s → %s', (title, level) => {
    expect(seniorityOfTitle(title)).toBe(level);
  });

  it.each([
    // Spanish, French, German, Portuguese, Dutch
    ['Desarrollador Sénior', 'senior'],
    ['Enfermera experimentada', 'senior'],
    ['Desarrolladora Semi Senior', 'mid'],
    ['Programador Junior', 'junior'],
    ['Becario de marketing', 'intern'],
    ['Jefe de enfermería', 'manager'],
    ['Director de Ingeniería', 'director'],
    ['Ingénieur confirmé', 'mid'],
    ['Développeur expérimenté', 'senior'],
    ['Stagiaire Data', 'intern'],
    ['Stage - Développeur web', 'intern'],
    ['Jeune diplômé ingénieur', 'junior'],
    ['Directrice des soins', 'director'],
    ['Senior-Entwickler', 'senior'],
    ['Erfahrene Pflegefachkraft', 'senior'],
    ['Werkstudent Data Science', 'intern'],
    ['Praktikant Marketing', 'intern'],
    ['Ausbildung zur Pflegefachfrau', 'intern'],
    ['Berufseinsteiger Softwareentwicklung', 'junior'],
    ['Teamleiterin Kundenservice', 'manager'],
    ['Abteilungsleiter Finanzen', 'director'],
    ['Geschäftsführer', 'executive'],
    ['Desenvolvedor Sênior', 'senior'],
    ['Desenvolvedora Pleno', 'mid'],
    ['Estagiário de Engenharia', 'intern'],
    ['Medior Developer', 'mid'],
  ] as const)('%s → %s', (title, level) => {
    expect(seniorityOfTitle(title)).toBe(level);
  });

  it.each([
    'Frontend Engineer',
    'Registered Nurse',
    'Product Designer',
    'Product Manager',
    'Project Manager',
    'Account Manager',
    'Chef de projet',
    'Projektleiter',
    'Staff Nurse',
    'Staff Accountant',
    'Senior Care Assistant',
    'Lead Generation Specialist',
    'Mid-Market Account Executive',
    'Stage Designer',
    '',
  ])('%s names no level', (title) => {
    expect(seniorityOfTitle(title)).toBeNull();
  });
});

describe('findOfferedSeniority: titles first', () => {
  it('reads the marker on the offered title', () => {
    const result = findOfferedSeniority(analyse('We are hiring a Senior Backend Engineer to own our billing services.'));
    expect(result).toEqual({ level: 'senior', evidence: 'Senior Backend Engineer', from: 4, to: 7 });
  });

  it('reads a level written after the title', () => {
    expect(offered('Opening: Data Analyst (mid-level), hybrid in Porto.')).toBe('mid');
    expect(offered('Role: Staff Nurse, intermediate level, nights.')).toBe('mid');
    expect(offered('We need a Head of Marketing (Director level) for our spring launch.')).toBe('director');
  });

  it('reads markers on titles in other languages', () => {
    expect(offered('Recrutons un(e) Infirmier(ère) en soins intensifs, expérimenté(e), pour la nuit.')).toBe('senior');
    expect(offered('Nous recrutons un Contrôleur de gestion confirmé (H/F).')).toBe('mid');
    expect(offered('Buscamos una Diseñadora UX/UI Semi Senior para el equipo.')).toBe('mid');
    expect(offered('Wir suchen einen Senior Data Engineer (m/w/d) für unser Team.')).toBe('senior');
    expect(offered('Estamos contratando um Executivo de Contas Sênior.')).toBe('senior');
    expect(offered('Journeyman Electrician needed for a hospital build.')).toBe('mid');
  });

  it('prefers an explicit title marker over years of experience', () => {
    expect(offered('Looking for a Junior Data Engineer; 5+ years of Python experience is a plus.')).toBe('junior');
  });

  it('sets aside the sender, the candidate and people already there', () => {
    expect(offered("I'm the engineering manager for payments. We have an opening for a Mid-level Backend Developer.")).toBe('mid');
    expect(offered('Priya here, Director of Nursing at a hospital nearby. We are hiring an experienced ICU nurse.')).toBe('senior');
    expect(offered('Your Senior Engineer title caught my eye. We are hiring a Junior Frontend Developer.')).toBe('junior');
    expect(offered('Happy to introduce you to our Head of Product, Sam, if useful.')).toBeUndefined();
    expect(offered('Let me know!\n\nAlex Moreau\nSenior Technical Recruiter | Harbourline Talent')).toBeUndefined();
  });

  it('a recruiter title counts when a recruiter is what is being hired', () => {
    expect(offered('We are hiring a Senior Technical Recruiter for our people team.')).toBe('senior');
  });
});

describe('findOfferedSeniority: phrases and years', () => {
  it.each([
    ['This is an entry-level role in our analytics team.', 'junior'],
    ['Apply to our new graduate residency for ICU nurses.', 'junior'],
    ['Nurse residency program starting in March.', 'junior'],
    ['Our graduate scheme opens in September.', 'junior'],
    ['A mid-level opportunity in our data group.', 'mid'],
    ['Looking for someone senior-level to own the roadmap.', 'senior'],
    ['Summer internship in the design studio.', 'intern'],
    ['Offre de stage de fin d’études en marketing.', 'intern'],
    ['Werkstudentenstelle im Controlling, 20 Stunden pro Woche.', 'intern'],
    ['Buscamos perfil junior para el equipo de datos.', 'junior'],
    ['Vaga para nível pleno na área de dados.', 'mid'],
    ['Poste pour jeunes diplômés en comptabilité.', 'junior'],
  ] as const)('%s → %s', (text, level) => {
    expect(offered(text)).toBe(level);
  });

  it.each([
    ['You bring 0–1 years of experience.', 'junior', '0–1 years of experience'],
    ['0-2 years of experience welcome.', 'junior', '0-2 years of experience'],
    ['Requires 2+ years in customer support.', 'mid', '2+ years'],
    ['3-5 years of experience in accounting.', 'mid', '3-5 years of experience'],
    ['At least 4 years of hands-on experience.', 'mid', '4 years of hands-on experience'],
    ['5+ years of experience building APIs.', 'senior', '5+ years of experience'],
    ['Minimum of 7 years of clinical experience.', 'senior', '7 years of clinical experience'],
    ['8+ years of experience in analytics.', 'senior', '8+ years of experience'],
    ['Ten years of experience leading teams.', 'senior', 'Ten years of experience'],
    ['Al menos 3 años de experiencia en Java.', 'mid', '3 años de experiencia'],
    ['Se requieren cinco años de experiencia.', 'senior', 'cinco años de experiencia'],
    ["Au moins 5 ans d'expérience en comptabilité.", 'senior', "5 ans d'expérience"],
    ["Vous avez 2 à 4 ans d'expérience.", 'mid', "2 à 4 ans d'expérience"],
    ['Mindestens 3 Jahre Berufserfahrung in der Pflege.', 'mid', '3 Jahre Berufserfahrung'],
    ['Sie bringen zwei Jahre Erfahrung mit.', 'mid', 'zwei Jahre Erfahrung'],
    ['Pelo menos 6 anos de experiência em vendas.', 'senior', '6 anos de experiência'],
    ['1 ano de experiência em atendimento.', 'junior', '1 ano de experiência'],
    ['Minimaal 5 jaar werkervaring.', 'senior', '5 jaar werkervaring'],
  ] as const)('%s → %s', (text, level, evidence) => {
    expect(findOfferedSeniority(analyse(text))).toMatchObject({ level, evidence });
  });

  it('takes the highest bar when several years are asked', () => {
    expect(offered('3+ years of SQL and 6+ years of Python experience.')).toBe('senior');
  });

  it.each([
    'Our client has more than 20 years of experience in retail.',
    'Over the last 5 years we tripled our revenue.',
    'A $10,000 bonus with a 2-year commitment.',
    'Your seven years of experience in oncology stood out.',
    'Tiene siete años en cuidados críticos y experiencia como preceptora.',
    'We were founded 12 years ago.',
    'The contract runs for 2 years.',
    'Kids aged 5 years and up are welcome at the family day.',
  ])('%s offers no level', (text) => {
    expect(offered(text)).toBeUndefined();
  });

  it('returns null for empty text and text without any level', () => {
    expect(findOfferedSeniority(analyse(''))).toBeNull();
    expect(findOfferedSeniority(analyse('Quick question about your availability next week.'))).toBeNull();
  });
});

describe('ladderDistance', () => {
  it.each([
    ['junior', 'junior', 0],
    ['junior', 'mid', 1],
    ['junior', 'senior', 2],
    ['intern', 'senior', 3],
    ['senior', 'staff', 1],
    ['senior', 'principal', 2],
    ['senior', 'manager', 1],
    ['staff', 'manager', 1],
    ['principal', 'manager', 1],
    ['mid', 'manager', 2],
    ['manager', 'director', 2],
    ['principal', 'director', 1],
    ['staff', 'director', 2],
    ['director', 'executive', 1],
    ['senior', 'executive', 4],
    ['intern', 'executive', 7],
  ] as const)('%s ↔ %s: %i', (a, b, d) => {
    expect(ladderDistance(a, b)).toBe(d);
    expect(ladderDistance(b, a)).toBe(d);
  });

  it('is a metric on the ladder: zero only for equal levels, symmetric, triangle inequality', () => {
    for (const a of SENIORITY_LEVELS) {
      for (const b of SENIORITY_LEVELS) {
        expect(ladderDistance(a, b) === 0).toBe(a === b);
        expect(ladderDistance(a, b)).toBe(ladderDistance(b, a));
        for (const c of SENIORITY_LEVELS) {
          expect(ladderDistance(a, c)).toBeLessThanOrEqual(ladderDistance(a, b) + ladderDistance(b, c));
        }
      }
    }
  });

  it('grows along the individual track', () => {
    const ic: Seniority[] = ['intern', 'junior', 'mid', 'senior', 'staff', 'principal'];
    for (let i = 0; i < ic.length; i += 1) {
      for (let j = i; j < ic.length; j += 1) expect(ladderDistance(ic[i]!, ic[j]!)).toBe(j - i);
    }
  });

  it('puts an unknown level far away instead of throwing', () => {
    expect(ladderDistance('senior', 'wizard' as Seniority)).toBeGreaterThan(2);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    for (const unit of ['binary', 'grapheme'] as const) {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 300 }), (s) => {
          const level = seniorityOfTitle(s);
          expect(level === null || SENIORITY_LEVELS.includes(level)).toBe(true);
          const a = analyse(s);
          const offer = findOfferedSeniority(a);
          expect(offer === null || (SENIORITY_LEVELS.includes(offer.level) && offer.to <= a.tokens.length)).toBe(true);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('never throws on level-shaped noise', () => {
    const pieces = fc.constantFrom(
      'Senior', 'Lead', 'II', 'IV', '5+', 'years', 'of', 'experience', 'años', 'Jahre', '-', '–', '(', ')', 'Head',
      'Manager', 'Product', 'I', 'am', "I'm", 'our', 'your', '\n', 'Engineer', 'Nurse', 'at least', '0', '99', 'ans',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const level = seniorityOfTitle(text);
        const offer = findOfferedSeniority(analyse(text));
        expect(level === null || SENIORITY_LEVELS.includes(level)).toBe(true);
        expect(offer === null || offer.from < offer.to).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a 1 MB message finishes quickly', () => {
    const unit = 'Our Head of Design, Sam. Senior Java Developer II with 5+ years of experience; Werkstudent; 3-5 años de experiencia. ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const start = performance.now();
    const offer = findOfferedSeniority(analyse(big));
    const title = seniorityOfTitle(big);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(offer?.level).toBe('senior');
    expect(title).not.toBeNull();
  });
});
