import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/core/text';
import {
  compileProfileSkills,
  findKnownSkills,
  knownSkillIds,
  matchProfileSkills,
  skillDomain,
  skillLabel,
  type ProfileSkill,
} from '../../../../src/core/scoring/knowledge/skills';

function ids(text: string): string[] {
  return findKnownSkills(analyse(text)).map((h) => h.id);
}

function compileOne(skill: string): ProfileSkill {
  const [compiled] = compileProfileSkills([skill]);
  if (!compiled) throw new Error(`nothing compiled for ${skill}`);
  return compiled;
}

function phrases(skill: ProfileSkill): string[] {
  return skill.phrases.map((p) => p.join(' '));
}

function matched(skills: readonly string[], text: string): string[] {
  return matchProfileSkills(compileProfileSkills(skills), analyse(text)).map((m) => m.label);
}

describe('the skill vocabulary', () => {
  it('holds several hundred canonical skills with unique ids', () => {
    const all = knownSkillIds();
    expect(all.length).toBeGreaterThan(400);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers every profession the scorer meets', () => {
    const domains = new Set(knownSkillIds().map((id) => skillDomain(id)));
    expect([...domains].sort()).toEqual(['business', 'clinical', 'design', 'education', 'language', 'tech', 'trades']);
  });

  it('gives labels and domains for known ids only', () => {
    expect(skillLabel('kubernetes')).toBe('Kubernetes');
    expect(skillLabel('postgresql')).toBe('PostgreSQL');
    expect(skillDomain('ccrn')).toBe('clinical');
    expect(skillDomain('revit')).toBe('trades');
    expect(skillDomain('nonexistent-skill')).toBeUndefined();
    expect(skillLabel('nonexistent-skill')).toBeUndefined();
  });
});

describe('findKnownSkills: aliases and variants', () => {
  it.each([
    ['We write JS for our Node.js services', 'javascript'],
    ['Strong JavaScript needed', 'javascript'],
    ['modern ECMAScript features', 'javascript'],
    ['Our services are TypeScript end to end', 'typescript'],
    ['We run on k8s in three regions', 'kubernetes'],
    ['Kubernetes operators', 'kubernetes'],
    ['Postgres and Redis', 'postgresql'],
    ['PostgreSQL tuning', 'postgresql'],
    ['ML platform work', 'machine-learning'],
    ['machine learning at scale', 'machine-learning'],
    ["expérience en apprentissage automatique", 'machine-learning'],
    ['experiencia en aprendizaje automático', 'machine-learning'],
    ['Erfahrung mit maschinellem Lernen ist kein Muss, maschinelles Lernen ein Plus', 'machine-learning'],
    ['aprendizado de máquina em produção', 'machine-learning'],
    ['UX research for a banking app', 'user-research'],
    ['user research and interviews', 'user-research'],
    ['investigación de usuarios en equipo', 'user-research'],
    ['A/B testing at scale', 'a-b-testing'],
    ['a culture of experimentation', 'a-b-testing'],
    ['split testing landing pages', 'a-b-testing'],
    ['des tests A/B réguliers', 'a-b-testing'],
    ['We use Golang for services', 'go'],
    ['registered nurse, days', 'registered-nurse'],
    ['ICU RN needed', 'registered-nurse'],
    ['buscamos enfermera registrada', 'registered-nurse'],
    ['poste pour infirmière autorisée', 'registered-nurse'],
    ['examinierte Pflegefachkraft gesucht', 'registered-nurse'],
    ['ICU, days', 'critical-care'],
    ['unidad de cuidados intensivos', 'critical-care'],
    ['service de réanimation', 'critical-care'],
    ['auf unserer Intensivstation', 'critical-care'],
    ['Enfermeira de UTI, plantão noturno', 'critical-care'],
    ['CCRN preferred', 'ccrn'],
    ['current ACLS card', 'acls'],
    ['telemetry unit', 'telemetry'],
    ['mechanical ventilation and CRRT', 'ventilator-management'],
    ['ventilación mecánica', 'ventilator-management'],
    ['patients on CRRT', 'crrt'],
    ['ED triage nurse', 'triage'],
    ['wound care clinic', 'wound-care'],
    ['Cerner or Meditech', 'cerner'],
    ['sterile compounding experience', 'compounding'],
    ['IFRS reporting', 'ifrs'],
    ['US GAAP and SOX', 'gaap'],
    ['configuring SAP FI modules', 'sap-fi'],
    ['Excel modelling skills', 'financial-modelling'],
    ['CPA or ACCA qualified', 'cpa'],
    ['Salesforce admin', 'salesforce'],
    ['CRM hygiene', 'crm'],
    ['B2B SaaS sales cycles', 'saas-sales'],
    ['consistently over quota', 'quota'],
    ['SEO and content', 'seo'],
    ['HubSpot workflows', 'hubspot'],
    ['Revit families', 'revit'],
    ['AutoCAD drawings', 'autocad'],
    ['contract drafting for clients', 'contract-law'],
    ['GDPR and DSGVO', 'gdpr'],
    ['lesson planning and classroom management', 'lesson-planning'],
    ['CELTA holders', 'tefl'],
    ['forklift certification', 'forklift'],
    ['customs clearance', 'customs'],
    ['Zendesk macros', 'zendesk'],
    ['fluent in Spanish', 'spanish'],
    ['habla español', 'spanish'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('reports each skill once, at its first mention, with its canonical label and span', () => {
    const a = analyse('Kubernetes first, then k8s again, and Kubernetes once more.');
    const hits = findKnownSkills(a);
    expect(hits.filter((h) => h.id === 'kubernetes')).toEqual([{ id: 'kubernetes', label: 'Kubernetes', from: 0, to: 1 }]);
  });

  it('takes the longest skill at a position: React Native is not React', () => {
    expect(ids('Experience with React Native apps')).toEqual(['react-native']);
    expect(ids('Ruby on Rails monolith')).toEqual(['ruby-on-rails']);
    expect(ids('Spring Boot services')).toEqual(['spring-boot']);
  });

  it('keeps two skills that share one alias: UI/UX', () => {
    expect(ids('a UI/UX role')).toEqual(expect.arrayContaining(['ui-design', 'ux-design']));
  });

  it('returns spans inside the token list', () => {
    const a = analyse('Python, SQL, dbt and Airflow; Figma; CCRN; IFRS.');
    for (const h of findKnownSkills(a)) {
      expect(h.from).toBeGreaterThanOrEqual(0);
      expect(h.to).toBeGreaterThan(h.from);
      expect(h.to).toBeLessThanOrEqual(a.tokens.length);
    }
  });

  it('finds nothing in empty or skill-free text', () => {
    expect(ids('')).toEqual([]);
    expect(ids('Hope you had a lovely weekend, talk soon.')).toEqual([]);
  });
});

describe('findKnownSkills: ambiguous aliases need context', () => {
  it('"Go" counts in a skill list, after Golang or next to a cue word, never as the verb', () => {
    expect(ids('Our stack: Python, Go and Rust.')).toContain('go');
    expect(ids('our stack: python, go, rust')).toContain('go');
    expect(ids('We need a Go developer for payments.')).toContain('go');
    expect(ids('Backend in Go, Kafka and Postgres.')).toContain('go');
    expect(ids("Let's go for a coffee next week.")).not.toContain('go');
    expect(ids('Go ahead and reply whenever suits you.')).not.toContain('go');
    expect(ids('We are ready to go live with Python services')).not.toContain('go');
  });

  it('"R" counts in a list or as R programming, not in R&D or in a name', () => {
    expect(ids('Analysis in R and SQL')).toContain('r');
    expect(ids('Python or R, plus Tableau')).toContain('r');
    expect(ids('R programming for surveys')).toContain('r');
    expect(ids('She leads our R&D group')).not.toContain('r');
    expect(ids('Signed, Maria R. Lopez')).not.toContain('r');
  });

  it('"C" counts next to C++ or as embedded C, not in C-level or vitamin C', () => {
    expect(ids('Firmware in C/C++')).toEqual(expect.arrayContaining(['c', 'cpp']));
    expect(ids('embedded C on microcontrollers')).toContain('c');
    expect(ids('You will present to C-level executives')).not.toContain('c');
    expect(ids('Free fruit with vitamin C every day')).not.toContain('c');
  });

  it('clinical initialisms: OR, ER and Epic only as skills', () => {
    expect(ids('Openings: ICU, ER, OR.')).toEqual(expect.arrayContaining(['critical-care', 'emergency-nursing', 'perioperative-nursing']));
    expect(ids('We need an OR nurse for nights')).toContain('perioperative-nursing');
    expect(ids('Reply by phone OR email, whatever is easier.')).not.toContain('perioperative-nursing');
    expect(ids('Charting in Epic, ICU and telemetry')).toContain('epic');
    expect(ids('It was an epic trip, truly epic.')).not.toContain('epic');
  });

  it('shouted capitals are not initialisms', () => {
    expect(ids('APPLY NOW OR CALL US TODAY')).toEqual([]);
    expect(ids('SEO and SEM for our shop')).toEqual(expect.arrayContaining(['seo', 'sem']));
    expect(ids('Pode começar sem experiência')).not.toContain('sem');
  });

  it('"UTI" is an intensive care unit only in Portuguese phrasing', () => {
    expect(ids('Vaga na UTI adulto')).toContain('critical-care');
    expect(ids('Treating a UTI with antibiotics on the med-surg floor')).not.toContain('critical-care');
  });

  it('words that look like skills in other languages or senses', () => {
    expect(ids("J'ai vu votre profil")).not.toContain('artificial-intelligence');
    expect(ids('We build AI tools for clinics')).toContain('artificial-intelligence');
    expect(ids("I'm a big fan of your work")).not.toContain('m-and-a');
    expect(ids('M&A due diligence')).toContain('m-and-a');
    expect(ids('Salary 120k CAD plus bonus')).not.toContain('cad');
    expect(ids('CAD drawings and Revit')).toContain('cad');
    expect(ids('The net salary is good')).not.toContain('dotnet');
    expect(ids('Modernising .NET services')).toContain('dotnet');
    expect(ids('dbt models on Snowflake')).toContain('dbt');
    expect(ids('DBT therapy groups for patients')).not.toContain('dbt');
    expect(ids('Please send your CV and the JD back to me')).toEqual([]);
  });

  it('a capitalised name-like skill mid-sentence counts, a lower-case verb does not', () => {
    expect(ids('Our frontend uses React heavily')).toContain('react');
    expect(ids('How would you react to a pivot?')).not.toContain('react');
    expect(ids('skills: react, typescript')).toContain('react');
    expect(ids('You will excel at this')).not.toContain('excel');
    expect(ids('Advanced Excel and Power BI')).toEqual(expect.arrayContaining(['excel', 'power-bi']));
  });

  it('a name after a greeting is a name, not a language', () => {
    expect(ids('Hi Julia, Python role in Lisbon')).not.toContain('julia');
    expect(ids('Hello Ruby, Java team')).not.toContain('ruby');
    expect(ids('Python, Julia and R for simulations')).toContain('julia');
  });

  it('"Spring" the season and "Swift" the adjective are not skills', () => {
    expect(ids('We start in spring, Java shop')).not.toContain('spring-boot');
    expect(ids('Java, Spring and Hibernate')).toContain('spring-boot');
    expect(ids('Thanks for the swift reply')).not.toContain('swift');
    expect(ids('iOS in Swift and SwiftUI')).toContain('swift');
  });
});

describe('compileProfileSkills', () => {
  it('Accessibility (WCAG): both parts, and the aliases of the skill', () => {
    const skill = compileOne('Accessibility (WCAG)');
    expect(skill.label).toBe('Accessibility (WCAG)');
    expect(skill.ids).toEqual(['accessibility']);
    expect(phrases(skill)).toEqual(expect.arrayContaining(['accessibility', 'wcag', 'a11y', 'barrierefreiheit']));
  });

  it('Bayesian statistics (PyMC): the phrase, its specific word, the tool', () => {
    const skill = compileOne('Bayesian statistics (PyMC)');
    expect(skill.ids).toEqual(expect.arrayContaining(['bayesian-statistics', 'pymc']));
    expect(phrases(skill)).toEqual(expect.arrayContaining(['bayesian statistics', 'bayesian', 'pymc']));
    expect(phrases(skill)).not.toContain('statistics');
  });

  it('A/B testing keeps its own words and does not split into stray letters', () => {
    const skill = compileOne('A/B testing');
    expect(skill.ids).toEqual(['a-b-testing']);
    expect(phrases(skill)).toEqual(expect.arrayContaining(['a b testing', 'split testing', 'experimentation']));
    expect(phrases(skill)).not.toContain('a');
    expect(phrases(skill)).not.toContain('b testing');
    expect(phrases(skill)).not.toContain('testing');
  });

  it('Design systems: singular and plural', () => {
    const skill = compileOne('Design systems');
    expect(phrases(skill)).toEqual(expect.arrayContaining(['design systems', 'design system']));
    expect(phrases(skill)).not.toContain('design');
    expect(phrases(skill)).not.toContain('systems');
  });

  it('Vasoactive drip titration maps to the known clinical skill', () => {
    const skill = compileOne('Vasoactive drip titration');
    expect(skill.ids).toEqual(['vasoactive-drips']);
    expect(phrases(skill)).toEqual(expect.arrayContaining(['vasoactive drip titration', 'vasopressors', 'pressors']));
  });

  it('Bilingual patient education (Spanish): never the bare generic words', () => {
    const skill = compileOne('Bilingual patient education (Spanish)');
    expect(skill.ids).toEqual(['spanish']);
    const p = phrases(skill);
    expect(p).toEqual(expect.arrayContaining(['bilingual patient education', 'bilingual', 'spanish', 'espanol']));
    for (const generic of ['education', 'patient', 'patient education']) expect(p).not.toContain(generic);
  });

  it('Next.js, scikit-learn and Workshop facilitation', () => {
    expect(compileOne('Next.js').ids).toEqual(['next-js']);
    expect(phrases(compileOne('Next.js'))).toEqual(expect.arrayContaining(['next.js', 'nextjs']));
    expect(compileOne('scikit-learn').ids).toEqual(['scikit-learn']);
    expect(phrases(compileOne('scikit-learn'))).toEqual(expect.arrayContaining(['scikit learn', 'sklearn']));
    expect(phrases(compileOne('Workshop facilitation'))).toEqual(expect.arrayContaining(['workshop facilitation', 'facilitation']));
  });

  it('Ventilator management → ventilator, mechanical ventilation', () => {
    const skill = compileOne('Ventilator management');
    expect(skill.ids).toEqual(['ventilator-management']);
    expect(phrases(skill)).toEqual(expect.arrayContaining(['ventilator management', 'ventilator', 'mechanical ventilation']));
    expect(phrases(skill)).not.toContain('management');
  });

  it('splits lists on "/", "&", ",", "and", "und", "et", "y", "e"', () => {
    expect(phrases(compileOne('Python / SQL'))).toEqual(expect.arrayContaining(['python', 'sql']));
    expect(phrases(compileOne('Kotlin & Swift'))).toEqual(expect.arrayContaining(['kotlin']));
    expect(phrases(compileOne('Zuora, Chargebee'))).toEqual(expect.arrayContaining(['zuora', 'chargebee']));
    expect(phrases(compileOne('Nähen und Sticken'))).toEqual(expect.arrayContaining(['nahen', 'sticken']));
    expect(phrases(compileOne('céramique et verre soufflé'))).toEqual(expect.arrayContaining(['ceramique', 'verre souffle']));
    expect(phrases(compileOne('cerámica y vidrio'))).toEqual(expect.arrayContaining(['ceramica', 'vidrio']));
    expect(phrases(compileOne('cerâmica e vidro'))).toEqual(expect.arrayContaining(['ceramica', 'vidro']));
    // A hyphenated word is not a list: "e-commerce" keeps its "e".
    expect(phrases(compileOne('e-commerce'))).toContain('e commerce');
  });

  it('an ambiguous skill is kept by id, never as a free-standing phrase', () => {
    const go = compileOne('Go');
    expect(go.ids).toEqual(['go']);
    expect(phrases(go)).not.toContain('go');
    expect(phrases(go)).toContain('golang');
    const epic = compileOne('Epic');
    expect(epic.ids).toEqual(['epic']);
    expect(phrases(epic)).not.toContain('epic');
    expect(phrases(epic)).not.toContain('epics');
    expect(compileOne('R').ids).toEqual(['r']);
    expect(phrases(compileOne('React'))).not.toContain('reacts');
  });

  it('a single generic word is never a variant on its own', () => {
    for (const generic of ['Management', 'Testing', 'Data', 'Education', 'Design']) {
      const skill = compileOne(generic);
      expect(skill.phrases).toEqual([]);
      expect(skill.ids).toEqual([]);
    }
  });

  it('free text the vocabulary does not know still compiles to its own words', () => {
    const skill = compileOne('Glassblowing (lampwork)');
    expect(skill.ids).toEqual([]);
    expect(phrases(skill)).toEqual(expect.arrayContaining(['glassblowing lampwork', 'glassblowing', 'lampwork']));
  });

  it('ignores empty, blank and non-text entries and keeps the order of the rest', () => {
    const compiled = compileProfileSkills(['', '   ', 'Python', 42 as unknown as string, 'Figma']);
    expect(compiled.map((s) => s.label)).toEqual(['Python', 'Figma']);
  });
});

describe('matchProfileSkills', () => {
  it('matches the candidate skills in any of their wordings, once each, in text order', () => {
    const text = 'We run Postgres on k8s; the frontend is TypeScript. Kubernetes know-how is a must.';
    const result = matchProfileSkills(compileProfileSkills(['TypeScript', 'Kubernetes', 'PostgreSQL', 'Elixir']), analyse(text));
    expect(result.map((m) => m.label)).toEqual(['PostgreSQL', 'Kubernetes', 'TypeScript']);
    const a = analyse(text);
    for (const m of result) expect(m.to).toBeLessThanOrEqual(a.tokens.length);
  });

  it('matches across languages through the known aliases', () => {
    expect(matched(['Ventilator management'], 'Experiencia con ventilación mecánica')).toEqual(['Ventilator management']);
    expect(matched(['Critical care'], 'Poste en réanimation, équipe de nuit')).toEqual(['Critical care']);
    expect(matched(['User research'], 'Sie machen Nutzerforschung mit echten Kunden')).toEqual(['User research']);
  });

  it('does not let a generic part of a skill match on its own', () => {
    expect(matched(['Bilingual patient education (Spanish)'], 'Our education budget is generous and patients love us')).toEqual([]);
    expect(matched(['Bilingual patient education (Spanish)'], 'You are bilingual, which our unit values')).toEqual([
      'Bilingual patient education (Spanish)',
    ]);
    expect(matched(['Web performance'], 'Great performance reviews and a web shop')).toEqual([]);
  });

  it('React is not matched by React Native, but React Native is', () => {
    expect(matched(['React'], 'Mobile team using React Native')).toEqual([]);
    expect(matched(['React Native'], 'Mobile team using React Native')).toEqual(['React Native']);
    expect(matched(['React'], 'Web team using React and Redux')).toEqual(['React']);
  });

  it('an ambiguous skill matches only where the vocabulary accepts it', () => {
    expect(matched(['Go'], "Let's go over the details on a call")).toEqual([]);
    expect(matched(['Go'], 'Services written in Golang')).toEqual(['Go']);
    expect(matched(['Go'], 'Backend: Go, gRPC, Postgres')).toEqual(['Go']);
    expect(matched(['Epic'], 'Nights in the MICU, charting in Epic')).toEqual(['Epic']);
  });

  it('uses the known skills it is given instead of finding them again', () => {
    // "Go" is ambiguous, so it is matched through the known skills only.
    const compiled = compileProfileSkills(['Go']);
    const a = analyse('Backend: Go, gRPC and Postgres');
    expect(matchProfileSkills(compiled, a, [])).toEqual([]);
    expect(matchProfileSkills(compiled, a, findKnownSkills(a))).toEqual([{ label: 'Go', from: 1, to: 2 }]);
    expect(matchProfileSkills(compiled, a)).toEqual([{ label: 'Go', from: 1, to: 2 }]);
  });

  it('plain aliases match as phrases even without known skills', () => {
    const compiled = compileProfileSkills(['Kubernetes']);
    const a = analyse('k8s clusters');
    expect(matchProfileSkills(compiled, a, [])).toEqual([{ label: 'Kubernetes', from: 0, to: 1 }]);
  });

  it('handles empty inputs', () => {
    expect(matchProfileSkills([], analyse('Python'))).toEqual([]);
    expect(matchProfileSkills(compileProfileSkills(['Python']), analyse(''))).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    const compiled = compileProfileSkills(['Go', 'Accessibility (WCAG)', 'A/B testing', 'Ventilator management']);
    for (const unit of ['binary', 'grapheme'] as const) {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 400 }), (s) => {
          const a = analyse(s);
          const hits = findKnownSkills(a);
          for (const h of hits) expect(h.to).toBeLessThanOrEqual(a.tokens.length);
          matchProfileSkills(compiled, a, hits);
          compileProfileSkills([s, `${s} (${s})`, `${s} / ${s}`]);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('never throws on skill-shaped noise', () => {
    const pieces = fc.constantFrom('Go', 'R', 'C', 'OR', ',', '/', ' and ', '(', ')', '.NET', 'M&A', '\n- ', 'Hi', 'Epic', ' ', '\u200b', 'ß', '🚀');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const a = analyse(text);
        const hits = findKnownSkills(a);
        expect(hits.every((h) => h.from < h.to && h.to <= a.tokens.length)).toBe(true);
        expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
        expect(compileProfileSkills([text]).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('a 1 MB message finishes quickly', () => {
    const unit = 'Go, Python and R; ICU RN, Epic, OR nurse; .NET, M&A, Excel modelling. Let us go. ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const compiled = compileProfileSkills(['Go', 'Critical care', 'Excel modelling', 'Ventilator management']);
    const start = performance.now();
    const a = analyse(big);
    const hits = findKnownSkills(a);
    const result = matchProfileSkills(compiled, a, hits);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining(['go', 'python', 'r', 'critical-care']));
    expect(result.map((m) => m.label)).toEqual(expect.arrayContaining(['Go', 'Critical care', 'Excel modelling']));
  });
});
