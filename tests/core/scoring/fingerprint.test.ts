import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bands,
  EMPTY_FINGERPRINT,
  fingerprint,
  hamming,
  isNearDuplicate,
  NEAR_DUPLICATE_DISTANCE,
} from '../../../src/core/scoring/fingerprint';
import { analyse } from '../../../src/core/text';

const fp = (text: string): string => fingerprint(analyse(text));

interface Filling {
  first: string;
  recruiter: string;
  agency: string;
  title: string;
  phone: string;
  email: string;
  site: string;
}

// Twelve senders of one template: every name, the title and the whole signature change.
const FILLINGS: Filling[] = [
  { first: 'Tomasz', recruiter: 'Helen Marsh', agency: 'Northbeam Talent', title: 'Senior Consultant', phone: '+44 20 7946 0011', email: 'helen.marsh@northbeam-talent.com', site: 'www.northbeam-talent.com' },
  { first: 'Aisha', recruiter: 'Peter Lindqvist', agency: 'Corvel Search Partners', title: 'Principal Consultant', phone: '+44 161 496 0222', email: 'p.lindqvist@corvelsearch.co.uk', site: 'corvelsearch.co.uk' },
  { first: 'Miguel', recruiter: 'Sarah O’Neill', agency: 'Brightmoor Recruitment', title: 'Recruitment Consultant', phone: '+353 1 555 0199', email: 'sarah@brightmoor.ie', site: 'brightmoor.ie' },
  { first: 'Yuki', recruiter: 'Daniel Mbeki', agency: 'Halden & Rowe', title: 'Associate Director', phone: '+44 113 496 0876', email: 'dmbeki@haldenrowe.com', site: 'haldenrowe.com/jobs' },
  { first: 'Oliver', recruiter: 'Chloe Fairbanks', agency: 'Tidemark People', title: 'Talent Consultant', phone: '020 7946 0333', email: 'chloe.f@tidemarkpeople.com', site: 'tidemarkpeople.com' },
  { first: 'Fatima', recruiter: 'Marcus Holloway', agency: 'Ironleaf Resourcing', title: 'Senior Recruiter', phone: '+44 7700 900123', email: 'marcus@ironleaf.io', site: 'ironleaf.io' },
  { first: 'Lukas', recruiter: 'Grace Whitfield', agency: 'Summit Row Talent', title: 'Head of Tech Hiring', phone: '+44 131 496 0455', email: 'grace.whitfield@summitrow.com', site: 'summitrow.com' },
  { first: 'Priya', recruiter: 'Tom Adebayo', agency: 'Keystone Digital Search', title: 'Managing Consultant', phone: '+44 117 496 0567', email: 'tom.a@keystonedigital.co.uk', site: 'keystonedigital.co.uk' },
  { first: 'Chen', recruiter: 'Isabel Moreno', agency: 'Lanternfly Recruiting', title: 'Lead Recruiter', phone: '+34 91 123 4567', email: 'isabel@lanternfly.es', site: 'lanternfly.es' },
  { first: 'Noah', recruiter: 'Hannah Becker', agency: 'Greystone Partners', title: 'Consultant, Engineering', phone: '+49 30 901820', email: 'h.becker@greystone-partners.de', site: 'greystone-partners.de' },
  { first: 'Zara', recruiter: 'Liam Gallagher-Ross', agency: 'Orchid Lane Talent', title: 'Talent Partner', phone: '+44 28 9018 0001', email: 'liam@orchidlane.com', site: 'orchidlane.com/careers' },
  { first: 'Elif', recruiter: 'Ruth Okonkwo', agency: 'Bluefen Recruitment Group', title: 'Senior Account Manager', phone: '+44 1632 960 789', email: 'ruth.okonkwo@bluefen.co.uk', site: 'bluefen.co.uk' },
];

// About 150 words of blanket agency outreach.
const templateEn = (f: Filling): string => `Hi ${f.first},

I hope you are keeping well. My name is ${f.recruiter} and I am a consultant at ${f.agency}, a specialist recruitment firm working with technology companies across Europe. Your profile came up in my search and your background looks impressive.

We are currently partnering with a fast-growing software company that is expanding its engineering department and looking for experienced developers to join several product teams. The company offers competitive salaries, flexible working arrangements, a generous training budget and a clear path for career progression.

If you are open to exploring new opportunities, I would love to arrange a short call to tell you more about the roles and learn what you are looking for in your next position. Tell me which day suits you, or simply reply with your updated CV.

Looking forward to hearing from you.

Kind regards,
${f.recruiter}
${f.title} | ${f.agency}
${f.phone}
${f.email}
${f.site}`;

// The same kind of template in Spanish, where every noun is lower case.
const templateEs = (f: Filling): string => `Hola ${f.first}:

Espero que estés muy bien. Me llamo ${f.recruiter} y trabajo como consultora en ${f.agency}, una firma de selección especializada en perfiles de tecnología para empresas de toda España y Latinoamérica. He revisado tu perfil y tu trayectoria me ha parecido muy interesante.

Actualmente colaboramos con una empresa de software en pleno crecimiento que está ampliando su departamento de ingeniería y busca desarrolladores con experiencia para incorporarse a varios equipos de producto. La compañía ofrece salarios competitivos, horario flexible, teletrabajo parcial, un presupuesto anual de formación y un plan de carrera claro.

Si estás abierto a valorar nuevas oportunidades, me encantaría organizar una breve llamada para contarte más sobre las posiciones y conocer qué buscas en tu próximo reto profesional. Indícame qué día te viene mejor o envíame directamente tu currículum actualizado.

Quedo a la espera de tu respuesta.

Un saludo,
${f.recruiter}
${f.title} | ${f.agency}
${f.phone}
${f.email}`;

// Twelve unrelated recruiter messages of about the same length, several professions and languages.
const UNRELATED: string[] = [
  `Hi Marta,

I lead recruiting for the platform group at Quillfeather, a payments company with about three hundred people in Lisbon and Berlin. We are hiring a staff engineer to own our ledger service, which handles every card transaction we process and is written in Go on top of Postgres. Your talk about idempotent event handling caught the attention of our engineering director, who asked me to get in touch directly.

The role is remote within Europe with a visit to one of the offices each quarter. The base salary range is 105 to 125 thousand euros plus equity, and there is no on-call rotation for the first six months while you learn the system.

If that sounds interesting, could we schedule thirty minutes next Tuesday or Wednesday? I can share the architecture notes and the team structure before we speak, so the call can focus on your questions.

Thanks,
Hana`,
  `Hello there!

Are you a registered nurse looking for better pay and more control over your schedule? Our travel nursing network has hundreds of open assignments in critical care, emergency, labor and delivery, and operating room departments across twenty states. Weekly pay packages start at two thousand five hundred dollars and include housing stipends, travel reimbursement, and full medical, dental and vision coverage from the first day.

We handle the licensing paperwork for you, and our dedicated recruiters are available around the clock to answer questions while you are on assignment. Many of our nurses extend their contracts or convert to permanent positions at the facilities they love.

To get started, simply reply to this message with your specialty, years of experience and preferred locations, and one of our team members will call you within twenty-four hours. Don't miss out, the best assignments fill quickly!

Warm wishes,
The Staffing Team`,
  `Dear Ms. Okafor,

I am writing on behalf of a mid-sized commercial law firm in Manchester that is looking to strengthen its real estate practice. The partners have asked me to identify a solicitor with four to seven years of post-qualification experience in landlord and tenant matters, particularly portfolio management for institutional clients.

Your recent move to leading the lease renewal work at your current firm suggests you may be ready for the next step. The position offers a realistic route to partnership within three years, a salary between seventy and eighty-five thousand pounds depending on experience, and two days per week working from home.

The firm has a strong reputation for training and retention, and most of the team have been there for over a decade. I would be grateful for a confidential conversation at a time that suits you. Nothing will be shared with the firm without your explicit consent.

Yours sincerely,
Gordon`,
  `Hi Mr. Delgado,

I recruit for a group of five primary schools in the north of the city, and I'm contacting you because our largest school needs a year four class teacher from January. The current teacher is going on maternity leave and the position will likely become permanent in September.

The school is rated good, classes are capped at twenty-eight pupils, and every class has a full-time teaching assistant. Planning is shared across the year group, so you would not be writing every lesson from scratch. The headteacher is keen on outdoor learning and the school has its own forest area, which you mentioned in your application to the county pool last spring.

Salary follows the main pay scale with the inner London allowance. Would you like to visit the school before Christmas? The headteacher is happy to show you around after lessons any Thursday.

Best wishes,
Rhiannon`,
  `Hello,

Hope you are doing great. This is Suresh from a leading IT staffing company. We currently need a Java full stack developer for one of our direct clients. Kindly review the job details below and tell me whether you are comfortable with them.

Role: Java Full Stack Developer
Location: Dallas, Texas (onsite from day one)
Duration: twelve months with possible extension
Visa: only citizens and green card holders

Must have skills: core Java, Spring Boot, microservices, Angular, REST APIs, SQL, and cloud deployment experience. Good communication skills are required.

If interested, kindly send your latest resume together with your expected hourly rate, current location, visa status and availability for a client interview. Kindly also share two professional references. We look forward to working with you.

Thanks and regards,
Suresh
Technical Recruiter`,
  `Hey Jules,

Quick intro: I'm one of the founders of Larchmere, a tiny team building a scheduling tool for physiotherapy clinics. We're six people, profitable since last summer, and we've finally reached the point where our product needs a real designer instead of me pushing pixels at midnight.

I found your portfolio through the accessibility checklist you published, and the booking flow you redesigned for the dental chain is close to the problem we have. Our clinics' receptionists juggle phone calls, walk-ins and insurance codes all at once, and the current interface makes that harder than it should be.

We can offer a salary around sixty thousand, meaningful equity, and a four-day week. No pressure at all, but if you'd enjoy a coffee or a video call to see what we've built, I'd be happy to walk you through it and hear your honest feedback.

Cheers,
Tomás`,
  `Hola Beatriz,

Soy consultora en una firma de búsqueda de directivos y trabajo en exclusiva para un grupo industrial con sede en Zaragoza. Están buscando una directora financiera que lidere la integración de dos empresas recién adquiridas y prepare a la compañía para una posible salida a bolsa en los próximos tres años.

He visto que coordinaste la refinanciación de la deuda en tu empresa actual y que tienes experiencia con auditorías internacionales, dos aspectos que el consejero delegado considera imprescindibles. El paquete incluye un salario fijo competitivo, un variable de hasta el cuarenta por ciento y un plan de acciones a largo plazo.

El proceso es confidencial y muy ágil: dos entrevistas con la dirección y una reunión final con el consejo. ¿Tendrías un momento esta semana para una primera conversación telefónica?

Un saludo cordial,
Carmen`,
  `Hallo Herr Wagner,

wir sind ein familiengeführter Betrieb für Heizung, Sanitär und Klimatechnik im Raum Stuttgart und suchen zum nächstmöglichen Termin einen erfahrenen Anlagenmechaniker oder Meister, der unser Kundendienstteam verstärkt.

Bei uns erwarten Sie ein unbefristeter Arbeitsvertrag, ein modern ausgestattetes Servicefahrzeug, das Sie auch privat nutzen dürfen, sowie geregelte Arbeitszeiten ohne Wochenendarbeit. Die Bereitschaftsdienste werden fair verteilt und zusätzlich vergütet. Wir unterstützen Weiterbildungen, zum Beispiel zur Wärmepumpentechnik, und übernehmen die Kosten vollständig.

Ihr Profil in der Handwerkerbörse hat uns gefallen, besonders Ihre Erfahrung mit Gas-Brennwertgeräten und Ihre Bereitschaft, auch neue Techniken zu lernen. Wenn Sie möchten, lade ich Sie gerne zu einem unverbindlichen Kennenlernen bei Kaffee in unserer Werkstatt ein.

Freundliche Grüße
Claudia`,
  `Hi Nadia,

Hope all is good with you. I'm a recruiter at a specialist marketing and communications agency, and I noticed your profile while searching for experienced content strategists. Your background in brand storytelling for consumer health products really stood out.

One of our clients, a well-known skincare brand, is searching for a head of content to build and lead a team of writers, editors and social media specialists. You would report directly to the chief marketing officer and own the editorial calendar across all channels, including the brand's new podcast.

The position is hybrid, based in their Amsterdam office three days a week, and comes with a relocation package if needed. Compensation is competitive and includes an annual bonus.

If this sounds like something you would consider, I would love to set up a short call to share more details. Please let me know what times work best for you.

Best regards,
Owen`,
  `Bonjour Karim,

Je me permets de vous contacter au sujet d'un poste de responsable d'entrepôt au sein d'un acteur majeur de la logistique du froid, situé près de Rungis. Le site emploie environ cent vingt personnes réparties sur trois équipes et traite chaque jour plusieurs milliers de commandes pour la grande distribution.

Votre parcours chez un prestataire de transport frigorifique et votre expérience de la démarche d'amélioration continue sont exactement ce dont le directeur des opérations a besoin. Le poste est en CDI, avec une rémunération fixe comprise entre cinquante-cinq et soixante-cinq mille euros, un variable annuel et un véhicule de fonction.

Auriez-vous un moment pour un premier échange téléphonique la semaine prochaine ? Je peux également vous transmettre la fiche de poste détaillée par courriel si vous le souhaitez.

Bien cordialement,
Sandrine`,
  `Hi Ravi,

I'm the hiring manager for the forecasting team at Brindlewood Energy, and I wanted to write to you personally rather than through our recruiters. We predict electricity demand for about two million households, and our models drive how much power we buy on the day-ahead market, so small improvements translate into real savings for customers.

I read your blog series on hierarchical time series reconciliation and tried one of your notebooks on our own data; it beat our current baseline on the regional level. We want a senior data scientist to lead that kind of work, mostly in Python with some Spark, and to mentor two junior analysts.

We're based in Bristol with flexible hybrid working, and the salary range is sixty-five to seventy-eight thousand pounds plus pension and bonus. Fancy a relaxed chat, with no preparation needed, sometime in the next couple of weeks?

All the best,
Fiona`,
  `Olá Mariana,

Sou recrutador de uma consultoria especializada em vendas e estou conduzindo um processo para uma empresa de software de gestão agrícola com sede em Ribeirão Preto. Eles estão expandindo a atuação para o Centro-Oeste e precisam de uma gerente comercial para estruturar a equipe de executivos de contas na região.

Vi que você liderou a abertura de novos mercados na sua empresa atual e que tem um histórico consistente de superação de metas, o que chamou muito a atenção do diretor de vendas. A remuneração inclui um salário fixo atrativo, comissões sem teto, carro da empresa e participação nos lucros.

O trabalho é presencial no escritório de Goiânia, com viagens frequentes para visitar clientes. Você teria disponibilidade para uma conversa rápida na quinta ou na sexta-feira? Posso enviar mais detalhes sobre a empresa antes.

Abraço,
Rodrigo`,
];

function distances(fps: readonly string[], base: string): number[] {
  return fps.map((f) => hamming(base, f));
}

function pairwise(fps: readonly string[]): number[] {
  const result: number[] = [];
  for (let i = 0; i < fps.length; i += 1) for (let j = i + 1; j < fps.length; j += 1) result.push(hamming(fps[i]!, fps[j]!));
  return result;
}

/** Lower-case letters spelling i in base 26, so each message holds a word no other one has. */
function codeWord(i: number): string {
  let word = '';
  for (let n = i + 26 * 26; n > 0; n = Math.floor(n / 26)) word += String.fromCharCode(97 + (n % 26));
  return word;
}

/** A different, realistic 1 KB message per index: a unique lower-case word opens it. */
function kilobyteMessage(i: number): string {
  const base = UNRELATED[i % UNRELATED.length]!;
  return `${codeWord(i)} ${base} ${base}`.slice(0, 1024);
}

describe('fingerprint', () => {
  it('is 16 lower-case hex characters, and the same for the same text', () => {
    const a = fp(UNRELATED[0]!);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fp(UNRELATED[0]!)).toBe(a);
  });

  it('is the zero fingerprint for an empty text or one made of numbers only', () => {
    expect(fp('')).toBe(EMPTY_FINGERPRINT);
    expect(fp('   \n  ')).toBe(EMPTY_FINGERPRINT);
    expect(fp('2026 10 02 +44 20 7946 0011')).toBe(EMPTY_FINGERPRINT);
    expect(fp('🙂🙂')).toBe(EMPTY_FINGERPRINT);
  });

  it('hashes very short texts word by word, so one word changes little', () => {
    expect(fp('Just bumping this')).not.toBe(EMPTY_FINGERPRINT);
    expect(hamming(fp('Any news on this?'), fp('Any news on this'))).toBe(0);
    expect(hamming(fp('Any news on this?'), fp('Any update on this?'))).toBeLessThan(32);
  });

  it('ignores case, accents and punctuation, as the folded tokens do', () => {
    expect(fp('Café RÉSUMÉ — please, reply!')).toBe(fp('cafe resume please reply'));
  });

  it('moves little when dates and figures change', () => {
    const a = 'Hi Jo, the contract starts on 12 March 2027 and pays 650 per day for 6 months, with 25 days of leave.';
    const b = 'Hi Jo, the contract starts on 3 May 2026 and pays 700 per day for 9 months, with 30 days of leave.';
    expect(hamming(fp(a), fp(b))).toBe(0);
  });

  it('depends on word order', () => {
    expect(fp('we are hiring senior nurses for our clinic today')).not.toBe(fp('today our clinic for nurses senior hiring are we'));
  });

  it('takes linear time: 2,000 different 1 KB messages well under a second', () => {
    const analysed = Array.from({ length: 2000 }, (_, i) => analyse(kilobyteMessage(i)));
    const started = performance.now();
    const seen = new Set<string>();
    for (const a of analysed) seen.add(fingerprint(a));
    const elapsed = performance.now() - started;
    expect(analysed[0]!.text.length).toBe(1024);
    // About 30 ms warm and 120 ms cold on one core; the bound leaves room for a busy test machine.
    expect(elapsed).toBeLessThan(500);
    // The hashes really were computed: the unique opening word moves many fingerprints.
    expect(seen.size).toBeGreaterThan(UNRELATED.length * 4);
  });

  it('handles 1 MB quickly', () => {
    const text = UNRELATED.join('\n\n').repeat(Math.ceil(1_000_000 / UNRELATED.join('\n\n').length));
    const started = performance.now();
    const result = fingerprint(analyse(text));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result).toMatch(/^[0-9a-f]{16}$/);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const result = fp(text);
        expect(result).toMatch(/^[0-9a-f]{16}$/);
        expect([0, NEAR_DUPLICATE_DISTANCE + 1]).toContain(bands(result).length);
        expect(hamming(result, result)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('NEAR_DUPLICATE_DISTANCE calibration', () => {
  const englishCopies = FILLINGS.map((f) => fp(templateEn(f)));
  const spanishCopies = FILLINGS.map((f) => fp(templateEs(f)));
  const unrelated = UNRELATED.map(fp);

  // Observed with the data above (NEAR_DUPLICATE_DISTANCE = 10):
  //   English template, 11 refilled copies vs the first: 0 0 0 0 0 0 0 0 0 1 2
  //   Spanish template, 11 refilled copies vs the first: 0 0 0 0 0 0 0 0 0 0 2
  //   any two copies of one template: max 2 (English and Spanish)
  //   English copy with one light edit (sign-off, a sentence added, dropped or reworded): 3 4 5 6 7 8 9
  //   unrelated messages, 66 pairs: min 24, mean 32.2, max 42
  //   English template vs the 12 unrelated: min 26; Spanish template vs them: min 25; English vs Spanish: 34
  it('puts refilled copies of one template within the distance', () => {
    for (const copies of [englishCopies, spanishCopies]) {
      for (const d of pairwise(copies)) expect(d).toBeLessThanOrEqual(NEAR_DUPLICATE_DISTANCE);
      for (let i = 1; i < copies.length; i += 1) expect(isNearDuplicate(copies[0]!, copies[i]!)).toBe(true);
    }
  });

  it('tolerates a light edit of the template', () => {
    const t0 = templateEn(FILLINGS[0]!);
    const edits = [
      t0.replace('Kind regards', 'Best wishes'),
      t0.replace('Looking forward to hearing from you.', ''),
      t0.replace('experienced developers', 'experienced backend developers'),
      t0.replace('I hope you are keeping well.', 'I hope you had a relaxing weekend and are keeping well.'),
      t0.replace('Tell me which day suits you, or simply reply with your updated CV.', 'Just reply with a time that suits you.'),
      `${t0}\n\nP.S. We also have contract roles if you prefer those.`,
      templateEn(FILLINGS[3]!).replace('Kind regards', 'Thanks'),
    ];
    for (const edit of edits) {
      expect(edit).not.toBe(t0);
      expect(isNearDuplicate(fp(edit), englishCopies[0]!)).toBe(true);
    }
  });

  it('puts unrelated messages of the same length well outside it', () => {
    const farEnough = NEAR_DUPLICATE_DISTANCE + 10;
    for (const d of pairwise(unrelated)) expect(d).toBeGreaterThanOrEqual(farEnough);
    for (const base of [englishCopies[0]!, spanishCopies[0]!]) {
      for (const d of distances(unrelated, base)) expect(d).toBeGreaterThanOrEqual(farEnough);
    }
    expect(hamming(englishCopies[0]!, spanishCopies[0]!)).toBeGreaterThanOrEqual(farEnough);
    // Unrelated texts look like independent random numbers: about half the bits differ.
    const all = pairwise(unrelated);
    expect(all.reduce((a, b) => a + b, 0) / all.length).toBeGreaterThan(28);
  });

  it('recognises a repeated follow-up with a new greeting and sign-off', () => {
    const a = fp('Hi Aisha, I wanted to check whether you had a chance to read my message from last week about the platform role. Happy to answer any questions. Best, Helen');
    const b = fp('Hi Tomasz, I wanted to check whether you had a chance to read my message from last week about the platform role. Happy to answer any questions. Thanks, Peter Lindqvist');
    expect(isNearDuplicate(a, b)).toBe(true);
  });

  it('does not call two different short follow-ups duplicates', () => {
    const a = fp('Hi Aisha, I wanted to check whether you had a chance to read my message from last week about the platform role.');
    const b = fp('Hi Aisha, quick reminder that applications for the winter nursing programme close this Friday at noon.');
    expect(isNearDuplicate(a, b)).toBe(false);
  });
});

describe('hamming', () => {
  it('counts differing bits across both halves', () => {
    expect(hamming('0000000000000000', '0000000000000000')).toBe(0);
    expect(hamming('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hamming('8000000000000001', '0000000000000000')).toBe(2);
    expect(hamming('00000000ffffffff', 'ffffffff00000000')).toBe(64);
    expect(hamming('0f0f0f0f00000000', '0000000000000000')).toBe(16);
  });

  it('treats upper-case hex like lower case, and anything else as maximally far', () => {
    expect(hamming('ABCDEF0123456789', 'abcdef0123456789')).toBe(0);
    expect(hamming('not a fingerprint', '0000000000000000')).toBe(64);
    expect(hamming('', '')).toBe(64);
    expect(hamming('0000000000000000', '00000000000000000')).toBe(64);
  });

  it('is a metric on arbitrary 64-bit values', () => {
    const hex = fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff })).map(
      ([hi, lo]) => hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0'),
    );
    fc.assert(
      fc.property(hex, hex, hex, (a, b, c) => {
        expect(hamming(a, b)).toBe(hamming(b, a));
        expect(hamming(a, a)).toBe(0);
        expect(hamming(a, c)).toBeLessThanOrEqual(hamming(a, b) + hamming(b, c));
      }),
    );
  });
});

/** A value with its top bit set and its lowest d bits flipped. */
function flipped(d: number): string {
  const lo = d >= 32 ? 0xffffffff : 2 ** d - 1;
  return `80000000${lo.toString(16).padStart(8, '0')}`;
}

describe('isNearDuplicate', () => {
  it('never matches the empty fingerprint, not even with itself', () => {
    expect(isNearDuplicate(EMPTY_FINGERPRINT, EMPTY_FINGERPRINT)).toBe(false);
    expect(isNearDuplicate(fp(''), fp(''))).toBe(false);
  });

  it('matches at the distance and not one bit beyond', () => {
    const base = '8000000000000000';
    expect(hamming(base, flipped(NEAR_DUPLICATE_DISTANCE))).toBe(NEAR_DUPLICATE_DISTANCE);
    expect(isNearDuplicate(base, flipped(NEAR_DUPLICATE_DISTANCE))).toBe(true);
    expect(isNearDuplicate(base, flipped(NEAR_DUPLICATE_DISTANCE + 1))).toBe(false);
    expect(isNearDuplicate(base, base)).toBe(true);
  });

  it('is false for values that are not fingerprints', () => {
    expect(isNearDuplicate('hello', 'hello')).toBe(false);
  });
});

describe('bands', () => {
  it('returns NEAR_DUPLICATE_DISTANCE + 1 distinct, numbered keys', () => {
    const keys = bands(fp(UNRELATED[3]!));
    expect(keys).toHaveLength(NEAR_DUPLICATE_DISTANCE + 1);
    keys.forEach((key, i) => expect(key.startsWith(`${i}:`)).toBe(true));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives no keys for the empty or an invalid fingerprint', () => {
    expect(bands(EMPTY_FINGERPRINT)).toEqual([]);
    expect(bands('xyz')).toEqual([]);
  });

  it('covers all 64 bits: different fingerprints never share every key', () => {
    const a = bands('0000000000000001');
    const b = bands('8000000000000000');
    expect(a).not.toEqual(b);
    expect(a.filter((k) => b.includes(k)).length).toBe(NEAR_DUPLICATE_DISTANCE - 1);
  });

  it('guarantees a shared key for any two fingerprints within the distance (pigeonhole)', () => {
    const hex = fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 1, max: 0xffffffff }));
    const flips = fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: NEAR_DUPLICATE_DISTANCE });
    fc.assert(
      fc.property(hex, flips, ([hi, lo], bits) => {
        let h2 = hi;
        let l2 = lo;
        for (const bit of bits) {
          if (bit < 32) l2 ^= 1 << bit;
          else h2 ^= 1 << (bit - 32);
        }
        const a = hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
        const b = (h2 >>> 0).toString(16).padStart(8, '0') + (l2 >>> 0).toString(16).padStart(8, '0');
        fc.pre(b !== EMPTY_FINGERPRINT);
        expect(hamming(a, b)).toBe(bits.length);
        const shared = bands(a).filter((k) => bands(b).includes(k));
        expect(shared.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('lets the refilled template copies find each other through the index keys', () => {
    const copies = FILLINGS.map((f) => bands(fp(templateEn(f))));
    for (let i = 1; i < copies.length; i += 1) {
      expect(copies[0]!.some((k) => copies[i]!.includes(k))).toBe(true);
    }
  });
});
