import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/core/text';
import { familiesOfTitle, findRoleMentions, relation } from '../../../../src/core/scoring/knowledge/roles';

function mentions(text: string): { family: string; title: string }[] {
  return findRoleMentions(analyse(text)).map(({ family, title }) => ({ family, title }));
}

describe('familiesOfTitle: software', () => {
  it.each([
    ['Senior Frontend Engineer', 'software.frontend'],
    ['Frontend Engineer', 'software.frontend'],
    ['Front-End Developer', 'software.frontend'],
    ['UI Engineer', 'software.frontend'],
    ['Software Engineer (Frontend)', 'software.frontend'],
    ['Senior Software Engineer, Frontend', 'software.frontend'],
    ['React Developer', 'software.frontend'],
    ['Web Developer', 'software.frontend'],
    ['Frontend-Entwickler (m/w/d)', 'software.frontend'],
    ['Webentwicklerin', 'software.frontend'],
    ['desarrollador frontend', 'software.frontend'],
    ['Développeur Front-End React', 'software.frontend'],
    ['Desenvolvedora Front-end', 'software.frontend'],
    ['Senior Java Developer', 'software.backend'],
    ['Backend Engineer', 'software.backend'],
    ['Python Developer', 'software.backend'],
    ['Go Developer', 'software.backend'],
    ['.NET Developer', 'software.backend'],
    ['Backend-Entwickler', 'software.backend'],
    ['desarrolladora backend', 'software.backend'],
    ['Full Stack Developer', 'software.fullstack'],
    ['développeur full stack', 'software.fullstack'],
    ['Fullstack-Entwickler', 'software.fullstack'],
    ['iOS Developer', 'software.mobile'],
    ['Android Engineer', 'software.mobile'],
    ['React Native Developer', 'software.mobile'],
    ['Desenvolvedor Mobile', 'software.mobile'],
    ['DevOps Engineer', 'software.devops'],
    ['Site Reliability Engineer', 'software.devops'],
    ['Platform Engineer', 'software.devops'],
    ['SRE', 'software.devops'],
    ['Ingénieur DevOps', 'software.devops'],
    ['QA Engineer', 'software.qa'],
    ['SDET', 'software.qa'],
    ['Software Tester', 'software.qa'],
    ['Embedded Software Engineer', 'software.embedded'],
    ['Firmware Engineer', 'software.embedded'],
    ['Ingeniero de sistemas embebidos', 'software.embedded'],
    ['Security Engineer', 'software.security'],
    ['Penetration Tester', 'software.security'],
    ['Software Engineer', 'software.general'],
    ['Softwareentwickler', 'software.general'],
    ['Entwickler', 'software.general'],
    ['ingénieur logiciel', 'software.general'],
    ['desarrollador de software', 'software.general'],
    ['programador', 'software.general'],
    ['Engenheiro de Software', 'software.general'],
    ['Analista de Sistemas', 'software.general'],
    ['Tech Lead', 'software.general'],
    ['Engineering Manager', 'software.general'],
    ['Solutions Architect', 'software.architect'],
  ])('%s → %s', (title, family) => {
    expect(familiesOfTitle(title)).toEqual([family]);
  });
});

describe('familiesOfTitle: data', () => {
  it.each([
    ['Data Scientist', 'data.science'],
    ['Product Data Scientist', 'data.science'],
    ['Senior Data Scientist II', 'data.science'],
    ['Datenwissenschaftler', 'data.science'],
    ['científico de datos', 'data.science'],
    ['cientista de dados', 'data.science'],
    ['Data Analyst', 'data.analytics'],
    ['BI Analyst', 'data.analytics'],
    ['analyste BI', 'data.analytics'],
    ['Analista de datos', 'data.analytics'],
    ['Datenanalyst', 'data.analytics'],
    ['Power BI Developer', 'data.analytics'],
    ['Data Engineer', 'data.engineering'],
    ['ingeniero de datos', 'data.engineering'],
    ['Analytics Engineer', 'data.engineering'],
    ['Machine Learning Engineer', 'data.ml'],
    ['ML Engineer', 'data.ml'],
    ['Applied Scientist', 'data.ml'],
    ['Ingénieur Machine Learning', 'data.ml'],
  ])('%s → %s', (title, family) => {
    expect(familiesOfTitle(title)).toEqual([family]);
  });
});

describe('familiesOfTitle: design and product', () => {
  it.each([
    ['Senior Product Designer', 'design.product'],
    ['Product Designer', 'design.product'],
    ['Diseñadora de producto', 'design.product'],
    ['Produktdesigner', 'design.product'],
    ['Senior UX Designer', 'design.ux'],
    ['Interaction Designer', 'design.ux'],
    ['Service Designer', 'design.ux'],
    ['UX Researcher', 'design.ux'],
    ['designer UX', 'design.ux'],
    ['concepteur UX', 'design.ux'],
    ['UX-Designerin', 'design.ux'],
    ['UI Designer', 'design.ui'],
    ['Visual Designer', 'design.ui'],
    ['Graphic Designer', 'design.graphic'],
    ['Grafikdesigner', 'design.graphic'],
    ['Mediengestalter', 'design.graphic'],
    ['diseñadora gráfica', 'design.graphic'],
    ['Art Director', 'design.graphic'],
    ['Architectural Technician', 'design.architecture'],
    ['Architect', 'design.architecture'],
    ['Bauzeichner', 'design.architecture'],
    ['Designer', 'design.general'],
    ['Head of Design', 'design.general'],
    ['Product Manager', 'product.management'],
    ['Product Owner', 'product.management'],
    ['Chef de produit', 'product.management'],
    ['Produktmanagerin', 'product.management'],
    ['Project Manager', 'project.management'],
    ['Chef de projet', 'project.management'],
    ['Scrum Master', 'project.management'],
  ])('%s → %s', (title, family) => {
    expect(familiesOfTitle(title)).toEqual([family]);
  });

  it('a title naming two specialities of one field keeps both', () => {
    expect(familiesOfTitle('UX/UI Designer')).toEqual(['design.ux', 'design.ui']);
    expect(familiesOfTitle('Java Full Stack Developer')).toEqual(['software.fullstack', 'software.backend']);
  });

  it('a further family from another field is left out', () => {
    expect(familiesOfTitle('Senior Software Engineer, Machine Learning')).toEqual(['data.ml']);
  });
});

describe('familiesOfTitle: health', () => {
  it.each([
    ['ICU Registered Nurse', 'nursing.rn'],
    ['Critical Care Nurse', 'nursing.rn'],
    ['Registered Nurse', 'nursing.rn'],
    ['Charge Nurse', 'nursing.rn'],
    ['Travel RN', 'nursing.rn'],
    ['Nurse Manager', 'nursing.rn'],
    ['Director of Nursing', 'nursing.rn'],
    ['enfermera de cuidados intensivos', 'nursing.rn'],
    ['Enfermeiro', 'nursing.rn'],
    ['infirmière', 'nursing.rn'],
    ['Infirmier de bloc opératoire', 'nursing.rn'],
    ['Pflegefachkraft', 'nursing.rn'],
    ['Krankenschwester', 'nursing.rn'],
    ['Gesundheits- und Krankenpfleger', 'nursing.rn'],
    ['Altenpflegerin', 'nursing.rn'],
    ['Stationsleitung', 'nursing.rn'],
    ['Nurse Practitioner', 'nursing.np'],
    ['CRNA', 'nursing.np'],
    ['LPN', 'nursing.lpn'],
    ['Licensed Practical Nurse', 'nursing.lpn'],
    ['Certified Nursing Assistant', 'nursing.aide'],
    ['CNA', 'nursing.aide'],
    ['Home Care Aide', 'nursing.aide'],
    ['Caregiver', 'nursing.aide'],
    ['auxiliaire de vie', 'nursing.aide'],
    ['aide-soignante', 'nursing.aide'],
    ['cuidadora', 'nursing.aide'],
    ['Auxiliar de enfermería', 'nursing.aide'],
    ['Técnico de enfermagem', 'nursing.aide'],
    ['Pflegehelfer', 'nursing.aide'],
    ['Altenpflegehelferin', 'nursing.aide'],
    ['Midwife', 'nursing.midwife'],
    ['Hebamme', 'nursing.midwife'],
    ['sage-femme', 'nursing.midwife'],
    ['Hospitalist', 'medicine.physician'],
    ['Physician', 'medicine.physician'],
    ['Médecin généraliste', 'medicine.physician'],
    ['Oberarzt', 'medicine.physician'],
    ['Physician Assistant', 'medicine.pa'],
    ['Pharmacist', 'pharmacy'],
    ['Pharmacy Technician', 'pharmacy'],
    ['Apothekerin', 'pharmacy'],
    ['farmacéutica', 'pharmacy'],
    ['Physiotherapist', 'health.allied'],
    ['Respiratory Therapist', 'health.allied'],
  ])('%s → %s', (title, family) => {
    expect(familiesOfTitle(title)).toEqual([family]);
  });
});

describe('familiesOfTitle: business, law, teaching, trades', () => {
  it.each([
    ['Account Executive', 'sales.account'],
    ['Enterprise Account Executive', 'sales.account'],
    ['Key Account Manager', 'sales.account'],
    ['Sales Development Representative', 'sales.account'],
    ['SDR', 'sales.account'],
    ['Vertriebsleiter', 'sales.account'],
    ['Ejecutivo de cuentas', 'sales.account'],
    ['Ingénieur commercial', 'sales.account'],
    ['Solutions Engineer', 'sales.presales'],
    ['Sales Engineer', 'sales.presales'],
    ['Pre-Sales Consultant', 'sales.presales'],
    ['Medical Device Sales Representative', 'sales.medical-device'],
    ['Medical device sales rep', 'sales.medical-device'],
    ['Pharmaceutical Sales Representative', 'sales.pharma'],
    ['Marketing Manager', 'marketing'],
    ['SEO Specialist', 'marketing'],
    ['Responsable marketing', 'marketing'],
    ['Copywriter', 'marketing.content'],
    ['Staff Accountant', 'finance.accounting'],
    ['Financial Controller', 'finance.accounting'],
    ['Comptable', 'finance.accounting'],
    ['Buchhalterin', 'finance.accounting'],
    ['Contadora', 'finance.accounting'],
    ['Financial Analyst', 'finance.analysis'],
    ['Financial Advisor', 'finance.advisory'],
    ['Insurance Agent', 'finance.advisory'],
    ['Wealth Manager', 'finance.advisory'],
    ['Finanzberater', 'finance.advisory'],
    ['SAP FI Consultant', 'consulting.erp'],
    ['Salesforce Consultant', 'consulting.erp'],
    ['Consultor SAP', 'consulting.erp'],
    ['SAP-Berater', 'consulting.erp'],
    ['Technical Recruiter', 'hr.recruiting'],
    ['Talent Acquisition Partner', 'hr.recruiting'],
    ['Chargée de recrutement', 'hr.recruiting'],
    ['Reclutadora', 'hr.recruiting'],
    ['HR Business Partner', 'hr.general'],
    ['Paralegal', 'legal'],
    ['Corporate Lawyer', 'legal'],
    ['Abogada', 'legal'],
    ['Rechtsanwältin', 'legal'],
    ['Avocat', 'legal'],
    ['Legal Counsel', 'legal'],
    ['Teacher', 'education.teaching'],
    ['Profesora de matemáticas', 'education.teaching'],
    ['Lehrerin', 'education.teaching'],
    ['Professeur des écoles', 'education.teaching'],
    ['Teaching Assistant', 'education.teaching'],
    ['Instructional Designer', 'education.instructional'],
    ['Operations Manager', 'operations'],
    ['Executive Assistant', 'operations'],
    ['Warehouse Associate', 'operations.logistics'],
    ['Truck Driver', 'operations.logistics'],
    ['Supply Chain Analyst', 'operations.logistics'],
    ['Customer Support Agent', 'support'],
    ['Customer Service Representative', 'support'],
    ['IT Support Technician', 'support.it'],
    ['Civil Engineer', 'engineering.civil'],
    ['Structural Engineer', 'engineering.civil'],
    ['Bauingenieur', 'engineering.civil'],
    ['Mechanical Engineer', 'engineering.mechanical'],
    ['Maschinenbauingenieur', 'engineering.mechanical'],
    ['ingeniero mecánico', 'engineering.mechanical'],
    ['Electrical Engineer', 'engineering.electrical'],
    ['Electrician', 'trades'],
    ['Welder', 'trades'],
    ['Elektriker', 'trades'],
    ['Fontanero', 'trades'],
    ['HVAC Technician', 'trades'],
    ['Business Analyst', 'business.analysis'],
  ])('%s → %s', (title, family) => {
    // A title may name a further family of the same group ("medical device sales" is also sales).
    const families = familiesOfTitle(title);
    expect(families[0]).toBe(family);
    for (const f of families) expect(f.split('.')[0]).toBe(family.split('.')[0]);
  });
});

describe('familiesOfTitle: what is not a role', () => {
  it('a bare "engineer" or a management word alone names no family', () => {
    for (const title of ['Engineer', 'Manager', 'Senior Manager', 'Team Lead', 'Consultant', 'Hiring Manager', 'Managing Director', '']) {
      expect(familiesOfTitle(title)).toEqual([]);
    }
  });

  it('a title without a head noun still names its field', () => {
    expect(familiesOfTitle('UX')).toEqual(['design.ux']);
    expect(familiesOfTitle('Frontend')).toEqual(['software.frontend']);
  });

  it('a trailing industry does not change the role', () => {
    expect(familiesOfTitle('Business Analyst (Banking)')).toEqual(['business.analysis']);
  });
});

describe('findRoleMentions', () => {
  it('finds titles in a message, with their modifiers and as written', () => {
    expect(mentions("We're hiring a Senior Java Developer and a Solutions Engineer, plus a home care aide and a BI analyst.")).toEqual([
      { family: 'software.backend', title: 'Senior Java Developer' },
      { family: 'sales.presales', title: 'Solutions Engineer' },
      { family: 'nursing.aide', title: 'home care aide' },
      { family: 'data.analytics', title: 'BI analyst' },
    ]);
  });

  it('keeps the titles of a comma-separated list apart', () => {
    expect(mentions('Open roles: Senior Java Developer, ICU RN, Head of Design, Pflegefachkraft.')).toEqual([
      { family: 'software.backend', title: 'Senior Java Developer' },
      { family: 'nursing.rn', title: 'ICU RN' },
      { family: 'design.general', title: 'Head of Design' },
      { family: 'nursing.rn', title: 'Pflegefachkraft' },
    ]);
  });

  it('takes a trailing qualifier that says something about the role', () => {
    expect(mentions('RN – Surgical ICU (Nights)')).toEqual([{ family: 'nursing.rn', title: 'RN – Surgical ICU' }]);
    expect(mentions('Software Engineer, Machine Learning – Lisbon')).toEqual([
      { family: 'data.ml', title: 'Software Engineer, Machine Learning' },
    ]);
    expect(mentions('Data Scientist II, Lisbon')).toEqual([{ family: 'data.science', title: 'Data Scientist II' }]);
    expect(mentions('Recrutons un(e) Infirmier(ère) en soins intensifs')).toEqual([
      { family: 'nursing.rn', title: 'Infirmier(ère) en soins intensifs' },
    ]);
  });

  it('gives each hit its token span', () => {
    const a = analyse('Role: Senior Frontend Engineer (React), Lisbon');
    const [hit] = findRoleMentions(a);
    expect(hit).toBeDefined();
    expect(hit!.from).toBe(1);
    expect(a.tokens[hit!.from]!.raw).toBe('Senior');
    expect(hit!.title).toBe('Senior Frontend Engineer (React');
  });

  it('reads job lists in several languages', () => {
    const text = [
      'Frontend Developer (m/w/d) – Hamburg',
      'Desarrollador/a backend con Go',
      'Infirmière diplômée (H/F) en réanimation',
      'Enfermeiro para UTI',
      'Wir suchen eine examinierte Pflegefachkraft (m/w/d)',
    ].join('\n');
    expect(mentions(text).map((m) => m.family)).toEqual([
      'software.frontend',
      'software.backend',
      'nursing.rn',
      'nursing.rn',
      'nursing.rn',
    ]);
  });

  it('reports the recruiter title of a signature too, with its span, for the caller to set aside', () => {
    const a = analyse('Happy to share details.\n\nBest,\nMorgan Ellis\nSenior Technical Recruiter | Brightwell Staffing');
    const hits = findRoleMentions(a);
    expect(hits.map((h) => h.family)).toEqual(['hr.recruiting']);
    expect(hits[0]!.title).toBe('Senior Technical Recruiter');
    expect(hits[0]!.from).toBeGreaterThan(5);
  });

  it('a title inside a longer one is part of it', () => {
    expect(mentions('Message from our Nurse Recruiter')).toEqual([{ family: 'hr.recruiting', title: 'Nurse Recruiter' }]);
    expect(mentions('Meet our nurse manager tomorrow')).toEqual([{ family: 'nursing.rn', title: 'nurse manager' }]);
  });

  it('a bare "engineer" counts only in a software context', () => {
    expect(mentions('We need an engineer who knows Python and Kubernetes.')).toEqual([
      { family: 'software.general', title: 'engineer' },
    ]);
    expect(mentions('The site needs an engineer on Monday to look at the boiler.')).toEqual([]);
  });

  it('verbs and everyday words are not titles', () => {
    expect(mentions('We architect solutions for clients and engineer robust pipelines in Python.')).toEqual([]);
    expect(mentions("I'm in charge of marketing for our region.")).toEqual([]);
    expect(mentions('Our AI agents answer calls. Seguro médico incluido.')).toEqual([]);
    expect(mentions('Let us go over the plan.')).toEqual([]);
  });

  it('finds nothing in text without titles', () => {
    expect(findRoleMentions(analyse(''))).toEqual([]);
    expect(findRoleMentions(analyse('Thanks for the lovely dinner last night!'))).toEqual([]);
  });
});

describe('relation', () => {
  it.each([
    ['software.frontend', 'software.frontend', 'same'],
    ['design.product', 'design.ux', 'related'],
    ['design.ux', 'design.ui', 'related'],
    ['design.product', 'design.ui', 'related'],
    ['data.science', 'data.ml', 'related'],
    ['data.science', 'data.analytics', 'related'],
    ['data.ml', 'data.analytics', 'related'],
    ['software.frontend', 'software.fullstack', 'related'],
    ['software.backend', 'software.devops', 'related'],
    ['software.backend', 'data.engineering', 'related'],
    ['nursing.rn', 'nursing.aide', 'related'],
    ['nursing.np', 'medicine.physician', 'related'],
    ['sales.account', 'sales.presales', 'related'],
    ['marketing', 'marketing.content', 'related'],
    ['engineering.civil', 'design.architecture', 'related'],
    ['consulting.erp', 'finance.accounting', 'related'],
    ['software.frontend', 'nursing.rn', 'different'],
    ['data.science', 'design.product', 'different'],
    ['sales.account', 'software.backend', 'different'],
    ['legal', 'education.teaching', 'different'],
    ['pharmacy', 'medicine.physician', 'different'],
    ['', 'software.frontend', 'different'],
  ] as const)('%s ~ %s: %s', (a, b, expected) => {
    expect(relation(a, b)).toBe(expected);
    expect(relation(b, a)).toBe(expected);
  });

  it('is symmetric, and "same" exactly for equal ids', () => {
    const family = fc.constantFrom(
      'software.frontend', 'software.backend', 'data.ml', 'data.science', 'design.ux', 'nursing.rn', 'nursing.aide',
      'sales.account', 'marketing', 'legal', 'trades', 'engineering.civil', 'design.architecture', 'support.it',
    );
    fc.assert(
      fc.property(family, family, (a, b) => {
        expect(relation(a, b)).toBe(relation(b, a));
        expect(relation(a, b) === 'same').toBe(a === b);
      }),
    );
  });
});

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    for (const unit of ['binary', 'grapheme'] as const) {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 300 }), (s) => {
          const a = analyse(s);
          for (const h of findRoleMentions(a)) {
            expect(h.from).toBeLessThan(h.to);
            expect(h.to).toBeLessThanOrEqual(a.tokens.length);
          }
          familiesOfTitle(s);
          relation(s, s.slice(1));
        }),
        { numRuns: 300 },
      );
    }
  });

  it('never throws on title-shaped noise', () => {
    const pieces = fc.constantFrom(
      'Senior', 'Head', 'of', 'de', 'Engineer', 'Nurse', 'Entwickler', 'Softwareentwicklerin', '(m/w/d)', '/a', ',',
      ' – ', 'RN', 'Manager', 'and', ' ', '\n', 'II', 'Pflegehelfer', 'analista', 'ü', '🚀',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const a = analyse(text);
        const hits = findRoleMentions(a);
        // Hits come in text order and do not nest.
        for (let k = 1; k < hits.length; k += 1) expect(hits[k]!.to).toBeGreaterThan(hits[k - 1]!.to);
        expect(familiesOfTitle(text).every((f) => f.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a 1 MB message finishes quickly', () => {
    const unit = 'Senior Java Developer, ICU RN, Head of Design, Pflegefachkraft (m/w/d), desarrollador de software. ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const start = performance.now();
    const hits = findRoleMentions(analyse(big));
    familiesOfTitle(big);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(new Set(hits.map((h) => h.family))).toEqual(
      new Set(['software.backend', 'nursing.rn', 'design.general', 'software.general']),
    );
  });
});
