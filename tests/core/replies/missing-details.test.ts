import { describe, expect, it } from 'vitest';
import { missingItems, readDetails } from '../../../src/core/replies/missing-details';

const missing = (body: string, subject: string | null = null, sender?: { company?: string }) => readDetails({ body, subject, sender }).missing;

describe('readDetails: pay', () => {
  it.each([
    ['en', 'The range is $140–160k base plus equity.'],
    ['es', 'La banda salarial es de 55.000 € brutos anuales.'],
    ['fr', 'Le salaire est de 60 à 70 k€ par an.'],
    ['de', 'Das Gehalt liegt bei 85.000 bis 95.000 € im Jahr.'],
    ['pt', 'O salário é de R$ 18.000 por mês.'],
  ])('knows the pay is given in %s', (_language, body) => {
    expect(missing(body).pay).toBe(false);
  });

  it.each([
    ['en', 'We offer a competitive salary and great benefits.'],
    ['de', 'Wir bieten ein attraktives Gehalt und flexible Arbeitszeiten.'],
    ['en, a bonus only', 'There is a $5,000 sign-on bonus.'],
  ])('asks for pay when there is no figure (%s)', (_what, body) => {
    expect(missing(body).pay).toBe(true);
  });
});

describe('readDetails: workplace', () => {
  it.each([
    ['en', 'The role is fully remote within the EU.'],
    ['es', 'Modalidad híbrida: dos días en la oficina de Madrid.'],
    ['fr', 'Le poste est en télétravail complet.'],
    ['de', 'Die Stelle ist hybrid, zwei Tage pro Woche im Büro.'],
    ['pt', 'O trabalho é 100% remoto.'],
  ])('knows the workplace is given in %s', (_language, body) => {
    expect(missing(body).workplace).toBe(false);
  });

  it('reads the subject line too', () => {
    expect(missing('Would you like to talk?', 'Senior Frontend Engineer, remote in Germany').workplace).toBe(false);
  });

  it('asks for the workplace when the message says nothing about it', () => {
    expect(missing('We are building the future of logistics software.').workplace).toBe(true);
  });
});

describe('readDetails: company', () => {
  it.each([
    ['en', 'I am hiring for a Senior Frontend Engineer at Parcelo.', 'Parcelo'],
    ['en, a client named', 'My client, Quokka Docs, is looking for a Senior Engineer.', 'Quokka Docs'],
    ['fr', 'Je recrute un développeur front-end chez Aurore Santé.', 'Aurore Santé'],
    ['de', 'Für eine Position bei Lumen Energy suche ich Verstärkung.', 'Lumen Energy'],
    ['pt', 'Temos uma vaga de engenheira na Nubo para o time de dados.', 'Nubo'],
  ])('finds the company named in %s', (_language, body, company) => {
    const details = readDetails({ body, subject: null });
    expect(details.missing.company).toBe(false);
    expect(details.company).toBe(company);
  });

  it.each([
    ['en', 'My client is a fast-growing fintech looking for a Senior Engineer.'],
    ['es', 'Mi cliente, una empresa líder del sector, busca una Desarrolladora Frontend.'],
    ['fr', 'Notre client recherche un développeur front-end senior.'],
    ['de', 'Für unseren Kunden suchen wir einen Senior Frontend-Entwickler. Bei Interesse melden Sie sich.'],
    ['pt', 'Um cliente confidencial procura uma engenheira frontend.'],
  ])('asks which company when the recruiter hides the client (%s), even with an agency as sender', (_language, body) => {
    expect(missing(body, null, { company: 'Talentwerk Staffing' }).company).toBe(true);
  });

  it.each([
    ['"No Java"', 'No Java experience needed, just curiosity.'],
    ['"Join Us"', 'Join Us and shape the future!'],
    ['"bei Interesse"', 'Bei Interesse melden Sie sich gern bei mir.'],
  ])('does not read %s as a company', (_what, body) => {
    expect(readDetails({ body }).company).toBeUndefined();
  });

  it('takes the client an agency recruits for over the agency itself', () => {
    const body = "I'm a recruiter at Harbourfront Talent, and I'm working with Orchard Mobility on a Data Scientist hire.";
    expect(readDetails({ body, sender: { company: 'Harbourfront Talent' } }).company).toBe('Orchard Mobility');
    const german = 'Hallo Katrin, ich bin Personalberater bei Feldmann Tech Recruiting und betreue aktuell eine Suche für Pendelwerk.';
    expect(readDetails({ body: german }).company).toBe('Pendelwerk');
  });

  it('reads the subject in the body’s language when the subject alone shows none', () => {
    const details = readDetails({ subject: 'Senior Frontend Engineer (React/TypeScript) bei Pendelwerk', body: 'Hallo Katrin, ich habe eine Frage zu Ihrem Profil.' });
    expect(details.company).toBe('Pendelwerk');
  });

  it("never takes the candidate's own employer, a sentence about them or a place for the hiring company", () => {
    const body = 'Your work at Larkspur caught my eye. I noticed you have been building the design system at Quellwerk Energy.';
    expect(readDetails({ body }).company).toBeUndefined();
    expect(readDetails({ body: 'Katrin, we met at Quellwerk Energy last year.', ownCompanies: ['Quellwerk Energy'] }).company).toBeUndefined();
    expect(readDetails({ body: 'The office is at Canary Wharf, close to the station.' }).company).toBeUndefined();
  });

  it('takes an in-house recruiter’s company as the employer', () => {
    expect(missing('We are looking for a Senior Frontend Engineer to join us.', null, { company: 'Parcelo' }).company).toBe(false);
    expect(missing('We are looking for a Senior Frontend Engineer to join us.').company).toBe(true);
  });
});

describe('readDetails: team', () => {
  it.each([
    ['en', 'You would join the editor team.'],
    ['en, a size', 'It is a team of 8 engineers.'],
    ['es', 'Trabajarías en el equipo de pagos.'],
    ['fr', "Vous rejoindriez l'équipe produit."],
    ['de', 'Sie verstärken unser Plattformteam.'],
    ['de, hyphenated', 'Sie verstärken das Checkout-Team.'],
    ['de, an area after Team', 'Sie arbeiten im Team Payments an der Kasse der Zukunft.'],
    ['pt', 'Vai integrar a equipa de dados.'],
  ])('knows which team in %s', (_language, body) => {
    expect(missing(body).team).toBe(false);
  });

  it.each([
    ['en', 'Join our amazing team! We value team players.'],
    ['en, a title', 'You would start as Team Lead.'],
    ['es', 'Buscamos a alguien para un equipo dinámico.'],
    ['de', 'Werden Sie Teil unseres tollen Teams im Herzen von Berlin.'],
    ['de, a noun after Team', 'Sie arbeiten im Team Hand in Hand mit Design und Produkt.'],
    ['es, a verb after', 'El equipo está creciendo y buscamos gente.'],
    ['fr, generic', "Vous rejoindrez une équipe de choc et une équipe dynamique."],
    ['en, the hiring team', 'Our hiring team will get back to you.'],
  ])('asks about the team when it is only praised (%s)', (_language, body) => {
    expect(missing(body).team).toBe(true);
  });
});

describe('readDetails: interview process', () => {
  it.each([
    ['en', 'The process: an intro call, a technical interview and a final round.'],
    ['en, counted', 'There are three interview rounds in total.'],
    ['es', 'El proceso tiene dos entrevistas y una prueba técnica.'],
    ['fr', 'Le processus comprend un entretien technique puis un entretien final.'],
    ['de', 'Es gibt ein Kennenlerngespräch und ein technisches Interview.'],
    ['pt', 'O processo tem duas entrevistas e um desafio técnico.'],
  ])('knows the interview steps in %s', (_language, body) => {
    expect(missing(body).process).toBe(false);
  });

  it('asks for the steps when the process is only mentioned', () => {
    expect(missing('Happy to walk you through the interview process.').process).toBe(true);
  });
});

describe('missingItems', () => {
  it('lists what a bare message left out, in the order the reply asks', () => {
    expect(missingItems(missing('Hi Katrin, are you open to new opportunities?'))).toEqual(['pay', 'workplace', 'company', 'team', 'process']);
  });

  it('lists nothing for a message that says it all', () => {
    const body =
      'Parcelo is hiring a Senior Frontend Engineer for the checkout team. Salary €85–98k, hybrid in Berlin (two office days). ' +
      'The process is an intro call, a technical interview and a final round.';
    expect(missingItems(missing(body, null, { company: 'Parcelo' }))).toEqual([]);
  });

  it('never throws on odd input', () => {
    expect(() => readDetails({ body: undefined as unknown as string, subject: 42 as unknown as string })).not.toThrow();
    expect(missingItems(readDetails({ body: '{}{{}} $$$ ' + 'x'.repeat(50_000) }).missing)).toContain('pay');
  });
});
