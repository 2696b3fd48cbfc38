import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, LANGUAGES, type LanguageCode } from '../../src/core/language';
import { analyse } from '../../src/core/text';

// Invented recruiter-style messages: several professions, formal and casual, targeted and blanket.
const MESSAGES: Record<LanguageCode, string[]> = {
  en: [
    "Hi Tomasz,\n\nI recruit engineers for Ferrowind. We're hiring a backend engineer to work on our billing platform, and your Go and Kafka experience stood out. The role is fully remote within the EU and pays €80–95k. Could we find fifteen minutes next week to talk?\n\nBest,\nAlicia",
    "Hello Grace, hope your week is off to a good start! I'm writing because we have several night-shift ICU openings at Brookhaven Medical and your background looks like a strong match. Tell me if you want the details.",
    'Dear Sir or Madam, a major international bank I represent is expanding its teams and wants talented professionals. If this appeals to you, send your updated CV and your expected rate.',
    'Hi Sam, checking back on my earlier note in case it slipped past you. Are you still open to new opportunities this year?',
    "Hey Priyanka! Loved the case study on your portfolio about the checkout redesign. We're a small studio in Leeds and we need a mid-level product designer. Any chance you'd be up for a chat?",
    'Good morning Mr. Hale, I work with several secondary schools in the area that are looking for a maths teacher starting in September. The position is full time and permanent. Would you have some time this week to discuss it?',
    'Hi Lauren, thanks for accepting my invite! I recruit account executives for SaaS companies and one of my clients has an opening that matches your experience in enterprise sales. The base is $120k plus commission. Interested?',
    'Hi Derek, we are hiring licensed electricians for a commercial project starting next month. Good pay, overtime available and a company van. Give me a call if you want to know more.',
  ],
  es: [
    'Hola Lucía:\n\nSoy Marta, del área de talento de Brisamar Seguros. Estamos buscando una analista de datos con experiencia en SQL y Python para nuestro equipo de Madrid. El puesto es híbrido y la banda salarial es de 45.000 a 52.000 euros. ¿Te interesaría que habláramos esta semana?\n\nUn saludo,\nMarta',
    'Buenos días Javier, ¿cómo estás? Vi tu perfil y creo que encajarías muy bien en una vacante de enfermero de cuidados intensivos en un hospital de Valencia. ¿Tienes unos minutos para una llamada?',
    'Estimada candidata: nuestro cliente, una empresa líder del sector, busca profesionales con ganas de crecer. Si estás interesada, envíanos tu currículum actualizado y tus pretensiones económicas.',
    'Hola Andrés, solo quería hacer seguimiento de mi mensaje anterior. Sigue abierta la posición de jefe de obra y me encantaría contarte más detalles.',
    'Hola Camila, soy reclutadora en Tintoreta Digital. Buscamos una diseñadora de producto para trabajar en remoto desde cualquier lugar de Latinoamérica. Nos gustó mucho tu portafolio. ¿Te gustaría conversar?',
    'Buenas tardes, Sr. Ortega. Le contacto porque un despacho de abogados de Barcelona está buscando un asociado senior en derecho mercantil. Me gustaría comentarle los detalles de la oferta cuando le venga bien.',
    '¡Hola Diego! Estamos contratando profesores de inglés para el próximo curso escolar. Ofrecemos contrato indefinido, jornada completa y formación continua. ¿Te animas a participar en el proceso?',
    'Hola Valeria, gracias por aceptar mi invitación. Trabajo con varias empresas de tecnología en Bogotá y tengo una oportunidad como gerente de ventas que podría interesarte. Quedo atenta a tu respuesta.',
  ],
  pt: [
    'Olá Rafael, tudo bem?\n\nSou recrutadora na Vereda Tecnologia e estamos procurando uma pessoa desenvolvedora back-end com experiência em Java e Spring. A vaga é remota e o salário fica entre R$ 14.000 e R$ 17.000. Você teria interesse em conversar esta semana?\n\nAbraços,\nJuliana',
    'Bom dia Fernanda! Vi o seu perfil e achei que você combina muito com uma vaga de enfermeira na UTI de um hospital em Campinas. Podemos falar por telefone amanhã?',
    'Prezado candidato, nosso cliente, uma empresa líder no mercado, está contratando profissionais para diversas áreas. Caso tenha interesse, envie o seu currículo atualizado com pretensão salarial.',
    'Oi Bruno, só passando para saber se você viu a minha mensagem anterior. A vaga de analista financeiro ainda está aberta e eu adoraria te contar mais.',
    'Olá Inês, espero que esteja tudo bem. Trabalho numa consultora de recrutamento em Lisboa e temos uma oportunidade para designer de produto numa empresa de saúde digital. Teria disponibilidade para uma chamada?',
    'Boa tarde, Dr. Marcos. Um escritório de advocacia em São Paulo procura um advogado sênior na área tributária. Gostaria de apresentar a proposta com mais detalhes quando for conveniente para o senhor.',
    'Olá Carla! Estamos contratando professores de matemática para o próximo ano letivo. Oferecemos contrato efetivo, plano de saúde e vale-refeição. Quer participar do processo seletivo?',
    'Oi Thiago, obrigado por aceitar o convite! Eu trabalho com empresas de tecnologia em Belo Horizonte e tenho uma posição de gerente de vendas que pode ser do seu interesse. Fico no aguardo do seu retorno.',
  ],
  fr: [
    "Bonjour Camille,\n\nJe travaille au recrutement de Lumenor et je me permets de vous contacter au sujet d'un poste de développeuse front-end. Votre expérience avec React et l'accessibilité colle parfaitement aux besoins de l'équipe. Le poste est en CDI, basé à Lyon avec deux jours de télétravail par semaine. Auriez-vous un moment pour en parler cette semaine ?\n\nCordialement,\nÉlodie",
    "Bonjour Julien, j'espère que vous allez bien. Un de nos clients, une clinique privée à Bordeaux, recherche un infirmier de bloc opératoire. Seriez-vous intéressé pour en discuter ?",
    'Madame, Monsieur, dans le cadre de notre développement, nous recrutons des conseillers commerciaux sur toute la France. Envoyez-nous votre CV et votre lettre de motivation.',
    'Bonjour Sophie, je reviens vers vous concernant mon message de la semaine dernière. Le poste de cheffe de projet est toujours ouvert si cela vous intéresse.',
    "Salut Hugo ! J'ai vu ton portfolio et j'ai adoré ton travail sur l'application de la mairie. On cherche un designer produit pour notre petite équipe à Nantes, ça te dirait d'en parler ?",
    "Bonjour Maître Laurent, un cabinet d'avocats parisien souhaite renforcer son pôle droit social et recherche un collaborateur de cinq ans d'expérience. Pouvons-nous convenir d'un appel ?",
    'Bonjour Mme Girard, notre établissement recrute des professeurs des écoles pour la rentrée de septembre. Le contrat est à temps plein et la rémunération suit la grille conventionnelle.',
    "Bonjour Nicolas, merci d'avoir accepté mon invitation. J'accompagne plusieurs entreprises du secteur bancaire à Montréal et j'ai une belle opportunité de directeur des ventes à vous présenter.",
  ],
  de: [
    'Hallo Jonas,\n\nich arbeite im Recruiting von Wellenbrand und wir suchen gerade eine:n Senior Backend Entwickler:in für unser Zahlungsteam in Hamburg. Deine Erfahrung mit Kotlin und verteilten Systemen passt sehr gut zu der Stelle. Das Gehalt liegt zwischen 75.000 und 90.000 Euro, zwei Tage pro Woche im Büro. Hättest du Lust auf ein kurzes Gespräch?\n\nViele Grüße\nSabine',
    'Guten Tag Frau Schreiber, für eine Klinik in München suchen wir eine Fachkraft für Intensivpflege in Vollzeit. Hätten Sie Interesse an einem unverbindlichen Telefonat?',
    'Sehr geehrte Damen und Herren, unser Kunde, ein führendes Unternehmen der Branche, sucht ab sofort engagierte Mitarbeiter. Senden Sie uns Ihre vollständigen Bewerbungsunterlagen.',
    'Hallo Tobias, ich wollte kurz nachhaken, ob du meine Nachricht von letzter Woche gesehen hast. Die Stelle als Bauleiter ist noch offen.',
    'Hi Lea! Dein Portfolio hat uns echt begeistert. Wir sind ein kleines Studio in Leipzig und suchen eine Produktdesignerin, die mit uns die neue App gestaltet. Magst du dich mal mit uns austauschen?',
    'Sehr geehrter Herr Dr. Brandt, eine renommierte Kanzlei in Frankfurt sucht zur Verstärkung ihres Teams einen Rechtsanwalt im Arbeitsrecht. Ich würde Ihnen die Position gerne näher vorstellen.',
    'Liebe Frau Keller, unsere Schule sucht zum neuen Schuljahr eine Lehrkraft für Mathematik und Physik. Die Stelle ist unbefristet und in Teilzeit oder Vollzeit möglich.',
    'Hallo Florian, schön, dass wir jetzt vernetzt sind! Ich betreue mehrere Softwarefirmen in Wien und habe eine spannende Position als Vertriebsleiter, die gut zu deinem Profil passt. Ich freue mich auf deine Rückmeldung.',
  ],
  nl: [
    'Hoi Sanne,\n\nIk ben recruiter bij Dijkstroom en we zoeken een medior frontend developer voor ons team in Utrecht. Jouw ervaring met Vue en toegankelijkheid sluit goed aan bij wat we nodig hebben. Het salaris ligt tussen de 4.000 en 5.200 euro per maand en je werkt twee dagen per week op kantoor. Heb je zin om vrijblijvend kennis te maken?\n\nGroeten,\nMaarten',
    'Goedemorgen Eva, voor een ziekenhuis in Rotterdam zijn wij op zoek naar een IC-verpleegkundige. Zou je interesse hebben in een kort telefoongesprek?',
    'Beste kandidaat, onze opdrachtgever, een toonaangevende organisatie, is op zoek naar gemotiveerde medewerkers. Stuur ons je actuele cv en je beschikbaarheid.',
    'Hoi Daan, ik wilde even checken of je mijn bericht van vorige week hebt gezien. De functie van projectleider is nog steeds beschikbaar.',
    'Hallo Noor! Je portfolio viel me op en ik vond je werk voor de gemeente echt heel sterk. We zijn een klein bureau in Eindhoven en zoeken een productontwerper. Zullen we een keer bellen?',
    'Geachte heer Visser, een gerenommeerd advocatenkantoor in Amsterdam zoekt een senior advocaat arbeidsrecht. Graag vertel ik u meer over deze functie.',
    'Beste mevrouw De Boer, onze school zoekt voor het nieuwe schooljaar een docent wiskunde. Het gaat om een vaste aanstelling van vier dagen per week.',
    'Hallo Thijs, leuk dat we nu verbonden zijn! Ik werk voor verschillende softwarebedrijven in Gent en heb een mooie rol als salesmanager die goed bij jouw profiel past. Ik hoor graag van je.',
  ],
  it: [
    'Ciao Marco,\n\nsono una recruiter di Vetrolume e stiamo cercando uno sviluppatore backend con esperienza in Python e PostgreSQL per il nostro team di Milano. La posizione è ibrida, con due giorni in ufficio, e la retribuzione è tra 45.000 e 55.000 euro. Ti andrebbe di fare una breve chiamata questa settimana?\n\nUn saluto,\nGiulia',
    "Buongiorno Francesca, per una clinica di Bologna cerchiamo un'infermiera di terapia intensiva. Sarebbe interessata a parlarne?",
    "Gentile candidato, il nostro cliente, un'azienda leader del settore, è alla ricerca di professionisti motivati. Invii il suo curriculum aggiornato.",
    'Ciao Luca, volevo solo sapere se hai visto il mio messaggio della settimana scorsa. La posizione di capo cantiere è ancora aperta.',
    'Ciao Chiara! Ho visto il tuo portfolio e mi è piaciuto molto il progetto per il comune. Siamo un piccolo studio a Torino e cerchiamo una product designer. Ti va di sentirci?',
    'Gentile Avvocato Rossi, uno studio legale di Roma cerca un associato senior in diritto del lavoro. Vorrei presentarle la posizione in dettaglio.',
    'Buongiorno professoressa Bianchi, la nostra scuola cerca un docente di matematica per il prossimo anno scolastico. Il contratto è a tempo pieno.',
    "Ciao Davide, grazie per il collegamento! Lavoro con diverse aziende tecnologiche a Firenze e ho un'opportunità come responsabile vendite che potrebbe interessarti.",
  ],
};

// A greeting plus one sentence: the shortest real first message.
const SHORT: [LanguageCode, string][] = [
  ['en', 'Hi Ana, are you open to a new role?'],
  ['es', 'Hola Ana, ¿te interesa una nueva oportunidad?'],
  ['pt', 'Olá Ana, tem interesse numa nova oportunidade?'],
  ['fr', 'Bonjour Ana, seriez-vous ouverte à un nouveau poste ?'],
  ['de', 'Hallo Ana, hast du Interesse an einer neuen Stelle?'],
  ['nl', 'Hoi Ana, heb je interesse in een nieuwe functie?'],
  ['it', 'Ciao Ana, saresti interessata a una nuova posizione?'],
  ['es', 'Hola, ¿qué tal? ¿Podemos hablar mañana?'],
  ['pt', 'Oi, tudo bem? Podemos conversar amanhã?'],
  ['es', 'Buenos días Pablo, tengo una vacante para ti.'],
  ['pt', 'Bom dia Paulo, tenho uma vaga para você.'],
  ['de', 'Hallo Jan, ich habe eine Stelle für dich.'],
  ['nl', 'Hallo Jan, ik heb een vacature voor jou.'],
  ['de', 'Guten Morgen, wie geht es Ihnen?'],
  ['nl', 'Goedemorgen, hoe gaat het met u?'],
];

const ONE_WORD: [LanguageCode, string][] = [
  ['en', 'Thanks!'],
  ['es', '¡Gracias!'],
  ['pt', 'Obrigada!'],
  ['fr', 'Merci !'],
  ['de', 'Danke!'],
  ['nl', 'Bedankt!'],
  ['it', 'Grazie!'],
];

describe('detectLanguage: realistic recruiter messages', () => {
  for (const language of LANGUAGES) {
    it(`recognises ${MESSAGES[language].length} ${language} messages`, () => {
      for (const message of MESSAGES[language]) {
        const detected = detectLanguage(message);
        expect({ message, language: detected.language }).toEqual({ message, language });
        expect(detected.confidence).toBeGreaterThan(0.3);
      }
    });
  }

  it('gives the same answer for a string and its analysed form', () => {
    for (const language of LANGUAGES) {
      for (const message of MESSAGES[language]) expect(detectLanguage(analyse(message))).toEqual(detectLanguage(message));
    }
  });

  it('reports shares that sum to 1 with the winner holding the largest', () => {
    const detected = detectLanguage(MESSAGES.pt[0]!);
    const shares = Object.values(detected.scores);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
    expect(Math.max(...shares)).toBe(detected.scores.pt);
  });
});

describe('detectLanguage: short texts', () => {
  it.each(SHORT)('%s: %s', (language, text) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it.each(ONE_WORD)('%s: %s', (language, text) => {
    const detected = detectLanguage(text);
    expect(detected.language).toBe(language);
    // One word is a guess: some confidence, not much.
    expect(detected.confidence).toBeGreaterThan(0);
    expect(detected.confidence).toBeLessThan(0.5);
  });

  it('is more confident about a full message than about a greeting', () => {
    expect(detectLanguage(MESSAGES.es[0]!).confidence).toBeGreaterThan(detectLanguage('¡Gracias!').confidence);
  });
});

describe('detectLanguage: close pairs', () => {
  it('tells Spanish from Portuguese in sentence pairs that differ only in function words', () => {
    const pairs: [string, string][] = [
      ['Estamos buscando una persona con experiencia en ventas.', 'Estamos procurando uma pessoa com experiência em vendas.'],
      ['¿Te gustaría hablar esta semana?', 'Você gostaria de conversar esta semana?'],
      ['La empresa tiene oficinas en Lima y el equipo es muy bueno.', 'A empresa tem escritórios em Lisboa e a equipe é muito boa.'],
      ['No sé si ya viste mi mensaje.', 'Não sei se você já viu a minha mensagem.'],
    ];
    for (const [es, pt] of pairs) {
      expect(detectLanguage(es).language).toBe('es');
      expect(detectLanguage(pt).language).toBe('pt');
    }
  });

  it('tells Dutch from German in sentence pairs that share many words', () => {
    const pairs: [string, string][] = [
      ['Wir suchen einen Entwickler für unser Team in Berlin.', 'Wij zoeken een ontwikkelaar voor ons team in Amsterdam.'],
      ['Hast du Zeit für ein kurzes Gespräch?', 'Heb je tijd voor een kort gesprek?'],
      ['Das Gehalt ist sehr gut und die Stelle ist unbefristet.', 'Het salaris is heel goed en de functie is vast.'],
      ['Ich freue mich auf deine Antwort.', 'Ik kijk uit naar je antwoord.'],
      [
        'Wir suchen einen Senior Frontend Engineer mit React, TypeScript und Next.js für unser Team.',
        'We zoeken een Senior Frontend Engineer met React, TypeScript en Next.js voor ons team.',
      ],
    ];
    for (const [de, nl] of pairs) {
      expect(detectLanguage(de).language).toBe('de');
      expect(detectLanguage(nl).language).toBe('nl');
    }
  });

  it('tells Italian from Spanish', () => {
    expect(detectLanguage('Stiamo cercando una persona con esperienza nelle vendite.').language).toBe('it');
    expect(detectLanguage('Estamos buscando una persona con experiencia en ventas.').language).toBe('es');
  });
});

describe('detectLanguage: mixed messages', () => {
  it('picks English when a Spanish greeting opens an English message', () => {
    const text =
      "¡Hola Sofía! Hope things are good on your side. I'm writing about a night-shift nurse position at our hospital in Chicago. Do you have time for a phone call on Thursday?";
    expect(detectLanguage(text).language).toBe('en');
  });

  it('picks Spanish when an English greeting opens a Spanish message', () => {
    const text = 'Hi Lucía! Te escribo porque tenemos una vacante de enfermera en nuestro hospital y creo que tu perfil encaja muy bien.';
    expect(detectLanguage(text).language).toBe('es');
  });

  it('keeps German when the signature holds an English disclaimer line', () => {
    const text = `${MESSAGES.de[0]!}\n\nThis email is confidential.`;
    expect(detectLanguage(text).language).toBe('de');
  });

  it('is not swayed by a foreign name full of accents', () => {
    expect(detectLanguage("Hi Ana, I'm João Gonçalves from Lisbon. Are you open to a new role in our team?").language).toBe('en');
    expect(detectLanguage('Hallo Ana, ich bin Iñaki Muñoz. Hast du Interesse an einer neuen Stelle?').language).toBe('de');
  });
});

describe('detectLanguage: no evidence', () => {
  it.each([
    ['empty', ''],
    ['blank', '   \n\t '],
    ['technologies only', 'React, TypeScript, Node.js, AWS, Kubernetes'],
    ['numbers', '12345 678 90'],
    ['emoji', '🙂🙂🚀'],
    ['Cyrillic', 'Привет, как дела? Есть интересная вакансия.'],
    ['Chinese', '你好，我们有一个职位想和你聊聊。'],
    ['Arabic', 'مرحبا، لدينا وظيفة جديدة'],
  ])('%s → und', (_name, text) => {
    const detected = detectLanguage(text);
    expect(detected.language).toBe('und');
    expect(detected.confidence).toBe(0);
  });

  it('answers und when two languages tie on the only word', () => {
    // "Hallo" is as German as it is Dutch.
    expect(detectLanguage('Hallo!').language).toBe('und');
  });
});

describe('detectLanguage: robustness', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const detected = detectLanguage(text);
        expect(detected.confidence).toBeGreaterThanOrEqual(0);
        expect(detected.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('reads through zero-width characters and right-to-left marks', () => {
    const text = 'Hola\u200b Ana,\u200f ¿te\u200d interesa\u00ad una nueva oportunidad?';
    expect(detectLanguage(text).language).toBe('es');
  });

  it('handles 1 MB quickly', () => {
    const text = MESSAGES.fr.join('\n\n').repeat(Math.ceil(1_000_000 / MESSAGES.fr.join('\n\n').length));
    const started = performance.now();
    const detected = detectLanguage(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(detected.language).toBe('fr');
  });

  it('handles 1 MB of binary garbage quickly', () => {
    let text = '';
    for (let i = 0; i < 1_000_000; i += 1) text += String.fromCharCode((i * 7919) % 65_536);
    const started = performance.now();
    expect(() => detectLanguage(text)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
