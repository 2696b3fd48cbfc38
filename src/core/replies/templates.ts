/**
 * Built-in reply templates, as data. Each entry is one sentence or a blank line; `{name}` marks a
 * variable, and a sentence whose variable has no value is dropped when the reply is rendered.
 * The first entry of every template is the greeting: when it is dropped for want of a name, the
 * renderer writes the language's nameless greeting instead (NAMELESS_GREETINGS).
 * The ask-details templates hold one slot line, DETAILS_SLOT, which the renderer replaces with one
 * question per detail the recruiter's message left out (ASK_DETAILS).
 *
 * Register: English friendly-professional; Spanish and Portuguese neutral (no "tú"/"vos", no
 * speaker-gendered words such as "interesado" or "obrigado", vocabulary shared by Spain/Latin
 * America and Portugal/Brazil where possible); French "vous"; German "Sie", with the first sentence
 * after "Hallo …," in lower case and the sign-off without a comma, as German letters have it.
 */
export const REPLY_KINDS = ['decline', 'refer', 'keep-in-touch', 'ask-details', 'interested'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

export const TEMPLATE_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export const DECLINE_REASONS = ['not-looking', 'role', 'pay', 'location', 'timing', 'do-not-contact'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const DETAIL_ITEMS = ['pay', 'workplace', 'company', 'team', 'process'] as const;
export type DetailItem = (typeof DETAIL_ITEMS)[number];

/** The line of an ask-details template that becomes the questions about missing details. */
export const DETAILS_SLOT = '{details}';

/** What a greeting becomes when the recruiter's first name is unknown. */
export const NAMELESS_GREETINGS: Record<TemplateLanguage, string> = {
  en: 'Hello,',
  es: 'Hola:',
  fr: 'Bonjour,',
  de: 'Hallo,',
  pt: 'Olá,',
};

const GREETING: Record<TemplateLanguage, string> = {
  en: 'Hi {recruiterFirstName},',
  es: 'Hola, {recruiterFirstName}:',
  fr: 'Bonjour {recruiterFirstName},',
  de: 'Hallo {recruiterFirstName},',
  pt: 'Olá {recruiterFirstName},',
};

const SIGN_OFF: Record<TemplateLanguage, string> = {
  en: 'Best regards,',
  es: 'Saludos cordiales,',
  fr: 'Bien cordialement,',
  de: 'Viele Grüße',
  pt: 'Atenciosamente,',
};

/** Greeting, blank line, body, blank line, sign-off, name. */
function letter(language: TemplateLanguage, body: string[], signOff = SIGN_OFF[language]): string[] {
  return [GREETING[language], '', ...body, '', signOff, '{myName}'];
}

/** The sentence that gives the reason, per reason other than do-not-contact, per language. */
const DECLINE_BECAUSE: Record<Exclude<DeclineReason, 'do-not-contact'>, Record<TemplateLanguage, string>> = {
  'not-looking': {
    en: "I'm not looking for a new position right now, so I'll pass on this one.",
    es: 'En este momento no estoy buscando un cambio de trabajo, así que prefiero no participar en este proceso.',
    fr: "Je ne suis pas à la recherche d'un nouveau poste en ce moment, je vais donc décliner cette proposition.",
    de: 'Ich bin derzeit nicht auf der Suche nach einer neuen Position und möchte daher absagen.',
    pt: 'Neste momento não estou em busca de uma nova posição, por isso vou recusar esta oportunidade.',
  },
  role: {
    en: "The role isn't quite the direction I'm taking my career in, so I'll pass on this one.",
    es: 'El puesto no encaja con la dirección que quiero dar a mi carrera, así que prefiero no participar en este proceso.',
    fr: "Ce poste ne correspond pas à l'orientation que je souhaite donner à ma carrière, je vais donc décliner cette proposition.",
    de: 'Die Stelle passt leider nicht zu der Richtung, in die ich mich beruflich entwickeln möchte, daher möchte ich absagen.',
    pt: 'A função não está alinhada com o rumo que quero dar à minha carreira, por isso vou recusar esta oportunidade.',
  },
  pay: {
    en: "The compensation is below what I'm looking for at this stage, so I'll pass on this one.",
    es: 'La remuneración está por debajo de lo que busco en esta etapa, así que prefiero no participar en este proceso.',
    fr: 'La rémunération proposée est inférieure à mes attentes actuelles, je vais donc décliner cette proposition.',
    de: 'Die Vergütung liegt unter meinen derzeitigen Vorstellungen, daher möchte ich absagen.',
    pt: 'A remuneração está abaixo do que procuro nesta fase, por isso vou recusar esta oportunidade.',
  },
  location: {
    en: "The location and working arrangement don't work for me, so I'll pass on this one.",
    es: 'La ubicación y la modalidad de trabajo no me resultan viables, así que prefiero no participar en este proceso.',
    fr: 'La localisation et les modalités de travail ne me conviennent pas, je vais donc décliner cette proposition.',
    de: 'Standort und Arbeitsmodell passen leider nicht zu mir, daher möchte ich absagen.',
    pt: 'A localização e o modelo de trabalho não são viáveis para mim, por isso vou recusar esta oportunidade.',
  },
  timing: {
    en: "The timing isn't right for me at the moment, so I'll pass on this one.",
    es: 'Ahora mismo no es buen momento para un cambio, así que prefiero no participar en este proceso.',
    fr: "Le moment n'est pas idéal pour moi, je vais donc décliner cette proposition.",
    de: 'Der Zeitpunkt passt für mich gerade nicht, daher möchte ich absagen.',
    pt: 'Este não é o momento certo para uma mudança, por isso vou recusar esta oportunidade.',
  },
};

const DECLINE_THANKS: Record<TemplateLanguage, [string, string, string]> = {
  en: [
    'Thank you for reaching out and for thinking of me.',
    'I appreciate you sharing the {role} role at {company}.',
    'I wish you every success in filling it.',
  ],
  es: [
    'Muchas gracias por escribirme y por pensar en mí.',
    'Le agradezco que me haya presentado el puesto de {role} en {company}.',
    'Le deseo mucho éxito en la búsqueda.',
  ],
  fr: [
    "Merci pour votre message et d'avoir pensé à moi.",
    "Merci également de m'avoir présenté le poste de {role} chez {company}.",
    'Je vous souhaite de trouver rapidement la bonne personne.',
  ],
  de: [
    'vielen Dank für Ihre Nachricht und dafür, dass Sie an mich gedacht haben.',
    'Ich freue mich, dass Sie mir die Stelle als {role} bei {company} vorgestellt haben.',
    'Ich wünsche Ihnen viel Erfolg bei der Besetzung.',
  ],
  pt: [
    'Agradeço a sua mensagem e o interesse no meu perfil.',
    'Agradeço também a apresentação da vaga de {role} na {company}.',
    'Desejo muito sucesso no processo de seleção.',
  ],
};

function declineFor(reason: Exclude<DeclineReason, 'do-not-contact'>, language: TemplateLanguage): string[] {
  const [thanks, role, wish] = DECLINE_THANKS[language];
  return letter(language, [thanks, role, DECLINE_BECAUSE[reason][language], '{reason}', wish]);
}

/** Firm and polite: no wish for success, an explicit request not to be contacted about such roles. */
const DO_NOT_CONTACT: Record<TemplateLanguage, string[]> = {
  en: letter(
    'en',
    [
      'Thank you for your message.',
      "I'm not interested in roles like this one, and I'd ask you not to contact me about such roles in the future.",
      '{reason}',
      'Thank you for understanding.',
    ],
    'Regards,',
  ),
  es: letter(
    'es',
    [
      'Gracias por su mensaje.',
      'No me interesan puestos de este tipo, por lo que le pido amablemente que no vuelva a contactarme por ofertas similares.',
      '{reason}',
      'Gracias por su comprensión.',
    ],
    'Saludos,',
  ),
  fr: letter(
    'fr',
    [
      'Merci pour votre message.',
      "Ce type de poste ne m'intéresse pas, et je vous demande de ne plus me contacter pour des offres similaires.",
      '{reason}',
      'Merci de votre compréhension.',
    ],
    'Cordialement,',
  ),
  de: letter(
    'de',
    [
      'vielen Dank für Ihre Nachricht.',
      'Ich interessiere mich nicht für Stellen dieser Art und bitte Sie, mich künftig nicht mehr zu solchen Angeboten zu kontaktieren.',
      '{reason}',
      'Vielen Dank für Ihr Verständnis.',
    ],
    'Freundliche Grüße',
  ),
  pt: letter(
    'pt',
    [
      'Agradeço a sua mensagem.',
      'Não tenho interesse em funções deste tipo e peço, por gentileza, que não me envie mais propostas semelhantes.',
      '{reason}',
      'Agradeço a compreensão.',
    ],
    'Atenciosamente,',
  ),
};

function perLanguage(make: (language: TemplateLanguage) => string[]): Record<TemplateLanguage, string[]> {
  return { en: make('en'), es: make('es'), fr: make('fr'), de: make('de'), pt: make('pt') };
}

/** Decline replies by reason; `not-looking` is the default decline. */
export const DECLINE_TEMPLATES: Record<DeclineReason, Record<TemplateLanguage, string[]>> = {
  'not-looking': perLanguage((language) => declineFor('not-looking', language)),
  role: perLanguage((language) => declineFor('role', language)),
  pay: perLanguage((language) => declineFor('pay', language)),
  location: perLanguage((language) => declineFor('location', language)),
  timing: perLanguage((language) => declineFor('timing', language)),
  'do-not-contact': DO_NOT_CONTACT,
};

export const BUILT_IN_TEMPLATES: Record<ReplyKind, Record<TemplateLanguage, string[]>> = {
  decline: DECLINE_TEMPLATES['not-looking'],
  refer: {
    en: letter('en', [
      'Thank you for thinking of me.',
      "This role isn't the right move for me at the moment, but I may know someone who would be a great fit.",
      "I'd like to suggest {referralName}.",
      '{referralName} currently works as {referralRole}.',
      'Here is their profile: {referralLink}',
      '{referralNote}',
      "If you're open to it, I'm happy to make an introduction.",
    ]),
    es: letter('es', [
      'Muchas gracias por pensar en mí.',
      'Este puesto no es el paso adecuado para mí en este momento, pero quizá conozca a alguien que encajaría muy bien.',
      'Me gustaría recomendar a {referralName}.',
      '{referralName} trabaja actualmente como {referralRole}.',
      'Aquí puede ver su perfil: {referralLink}',
      '{referralNote}',
      'Si le parece bien, con gusto hago la presentación.',
    ]),
    fr: letter('fr', [
      "Merci beaucoup d'avoir pensé à moi.",
      "Ce poste n'est pas le bon choix pour moi en ce moment, mais je connais peut-être quelqu'un qui correspondrait très bien.",
      'Je vous recommande volontiers {referralName}.',
      '{referralName} occupe actuellement le poste de {referralRole}.',
      'Voici son profil : {referralLink}',
      '{referralNote}',
      'Si cela vous intéresse, je vous mets en relation avec plaisir.',
    ]),
    de: letter('de', [
      'vielen Dank, dass Sie an mich gedacht haben.',
      'Die Stelle ist für mich derzeit nicht der richtige Schritt, aber ich kenne vielleicht jemanden, der sehr gut passen würde.',
      'Ich möchte Ihnen gern {referralName} empfehlen.',
      '{referralName} arbeitet derzeit als {referralRole}.',
      'Hier ist das Profil: {referralLink}',
      '{referralNote}',
      'Wenn Sie möchten, stelle ich gern den Kontakt her.',
    ]),
    pt: letter('pt', [
      'Agradeço por ter pensado em mim.',
      'Esta vaga não é o passo certo para mim neste momento, mas talvez conheça alguém que se encaixe muito bem.',
      'Gostaria de recomendar {referralName}.',
      '{referralName} trabalha atualmente como {referralRole}.',
      'Segue o perfil: {referralLink}',
      '{referralNote}',
      'Se tiver interesse, posso fazer a apresentação com todo o prazer.',
    ]),
  },
  'keep-in-touch': {
    en: letter('en', [
      'Thanks for reaching out.',
      "I'm not making a move right now, but I'd be glad to stay in touch.",
      "If you come across {targetTitles} roles in the future, I'd be happy to hear about them.",
    ]),
    es: letter('es', [
      'Gracias por escribirme.',
      'Por ahora no estoy buscando un cambio, pero me encantaría mantener el contacto.',
      'Si en el futuro surgen puestos de {targetTitles}, con gusto los consideraré.',
    ]),
    fr: letter('fr', [
      'Merci pour votre message.',
      "Je n'envisage pas de changement pour le moment, mais je reste volontiers en contact.",
      "Si vous avez à l'avenir des postes de {targetTitles}, n'hésitez pas à m'en faire part.",
    ]),
    de: letter('de', [
      'vielen Dank für Ihre Nachricht.',
      'Ich plane derzeit keinen Wechsel, bleibe aber gern mit Ihnen in Kontakt.',
      'Wenn Sie künftig von Stellen als {targetTitles} hören, freue ich mich über eine Nachricht.',
    ]),
    pt: letter('pt', [
      'Agradeço a sua mensagem.',
      'Neste momento não pretendo mudar de emprego, mas terei gosto em continuar a conversa no futuro.',
      'Se surgirem vagas de {targetTitles} mais adiante, terei interesse em saber.',
    ]),
  },
  'ask-details': {
    en: letter('en', ['Thank you for your message.', 'The {role} role sounds interesting.', DETAILS_SLOT]),
    es: letter('es', ['Muchas gracias por su mensaje.', 'El puesto de {role} me parece interesante.', DETAILS_SLOT]),
    fr: letter('fr', ['Merci pour votre message.', 'Le poste de {role} a retenu mon attention.', DETAILS_SLOT]),
    de: letter('de', ['vielen Dank für Ihre Nachricht.', 'Die Stelle als {role} klingt interessant.', DETAILS_SLOT]),
    pt: letter('pt', ['Agradeço a sua mensagem.', 'A vaga de {role} desperta o meu interesse.', DETAILS_SLOT]),
  },
  interested: {
    en: letter('en', [
      'Thank you for reaching out.',
      'The {role} role at {company} sounds like a great fit.',
      'I would like to learn more.',
      'Would a 20-minute call this week or next work for you?',
      'Let me know a few times that suit you.',
    ]),
    es: letter('es', [
      'Muchas gracias por escribirme.',
      'El puesto de {role} en {company} me parece muy interesante.',
      'Me gustaría saber más.',
      '¿Le vendría bien una llamada de 20 minutos esta semana o la próxima?',
      'Indíqueme algunos horarios que le convengan.',
    ]),
    fr: letter('fr', [
      'Merci beaucoup pour votre message.',
      'Le poste de {role} chez {company} me semble très intéressant.',
      "J'aimerais en savoir plus.",
      'Seriez-vous disponible pour un appel de 20 minutes cette semaine ou la semaine prochaine ?',
      'Indiquez-moi quelques créneaux qui vous conviennent.',
    ]),
    de: letter('de', [
      'vielen Dank für Ihre Nachricht.',
      'Die Stelle als {role} bei {company} klingt sehr interessant für mich.',
      'Ich würde gern mehr darüber erfahren.',
      'Hätten Sie diese oder nächste Woche Zeit für ein 20-minütiges Gespräch?',
      'Nennen Sie mir gern ein paar Termine, die Ihnen passen.',
    ]),
    pt: letter('pt', [
      'Agradeço a sua mensagem.',
      'Tenho bastante interesse na vaga de {role} na {company}.',
      'Gostaria de saber mais.',
      'Seria possível uma conversa de 20 minutos esta semana ou na próxima?',
      'Indique, por favor, alguns horários que sejam convenientes.',
    ]),
  },
};

/**
 * The questions of an ask-details reply: an opening line, then one question per missing detail;
 * `none` stands in when the message already said everything. No variables, so no sentence drops.
 */
export const ASK_DETAILS: Record<TemplateLanguage, { intro: string; none: string; items: Record<DetailItem, string> }> = {
  en: {
    intro: 'Before we set up a call, could you share a few more details?',
    none: 'Your message covers everything I need to know, so I would be glad to have a short call about next steps.',
    items: {
      pay: 'What is the salary range for the role?',
      workplace: 'Where does the team work: remote, hybrid or onsite?',
      company: 'Which company is hiring for it?',
      team: 'Which team would I join, and what would I be working on?',
      process: 'What does the interview process look like?',
    },
  },
  es: {
    intro: 'Antes de concertar una llamada, ¿podría compartir algunos detalles más?',
    none: 'Su mensaje responde a todo lo que necesito saber, así que me encantaría tener una breve llamada para hablar de los próximos pasos.',
    items: {
      pay: '¿Cuál es la banda salarial del puesto?',
      workplace: '¿La modalidad de trabajo es remota, híbrida o presencial?',
      company: '¿De qué empresa se trata?',
      team: '¿En qué equipo trabajaría y en qué proyectos?',
      process: '¿Cómo es el proceso de selección?',
    },
  },
  fr: {
    intro: "Avant de convenir d'un appel, pourriez-vous me donner quelques précisions ?",
    none: 'Votre message répond à toutes mes questions, et un court appel pour parler de la suite me conviendrait très bien.',
    items: {
      pay: 'Quelle est la fourchette de rémunération pour ce poste ?',
      workplace: 'Le poste est-il en télétravail, hybride ou sur site ?',
      company: "De quelle entreprise s'agit-il ?",
      team: 'Quelle équipe rejoindrais-je, et sur quels sujets ?',
      process: 'Comment se déroule le processus de recrutement ?',
    },
  },
  de: {
    intro: 'Bevor wir ein Gespräch vereinbaren, könnten Sie mir noch ein paar Details nennen?',
    none: 'Ihre Nachricht beantwortet alle meine Fragen, daher würde ich mich über ein kurzes Gespräch zu den nächsten Schritten freuen.',
    items: {
      pay: 'Welche Gehaltsspanne ist für die Stelle vorgesehen?',
      workplace: 'Wird remote, hybrid oder vor Ort gearbeitet?',
      company: 'Um welches Unternehmen handelt es sich?',
      team: 'In welchem Team würde ich arbeiten, und an welchen Themen?',
      process: 'Wie sieht der Bewerbungsprozess aus?',
    },
  },
  pt: {
    intro: 'Antes de marcarmos uma conversa, poderia enviar mais alguns detalhes?',
    none: 'A sua mensagem responde a tudo o que preciso de saber, por isso terei prazer em marcar uma breve conversa sobre os próximos passos.',
    items: {
      pay: 'Qual é a faixa salarial da vaga?',
      workplace: 'O trabalho é remoto, híbrido ou presencial?',
      company: 'De que empresa se trata?',
      team: 'Em que área e em que projetos eu trabalharia?',
      process: 'Como funciona o processo de seleção?',
    },
  },
};
