/**
 * Phrase lists behind the blanket-outreach and not-a-recruiter signals, in English, Spanish, French,
 * German and Portuguese (and some Dutch). General vocabulary of recruiting mail, not any one inbox.
 * Every phrase is matched on folded words (lower case, no accents), so write them plainly.
 */
import { PhraseIndex } from '../text';

function index(...lists: readonly (readonly string[])[]): PhraseIndex<true> {
  const ix = new PhraseIndex<true>();
  for (const list of lists) for (const phrase of list) ix.add(phrase, true);
  return ix;
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** Words that open a letter; the word after them is the name (or a generic salutation). */
export const GREETINGS = [
  'hi', 'hello', 'hey', 'dear', 'greetings', 'good morning', 'good afternoon', 'good evening', 'morning', 'hiya', 'howdy', 'yo',
  'hallo', 'hi', 'liebe', 'lieber', 'sehr geehrte', 'sehr geehrter', 'guten tag', 'guten morgen', 'moin', 'servus', 'gruezi', 'gruss gott',
  'bonjour', 'salut', 'bonsoir', 'cher', 'chere', 'coucou',
  'hola', 'estimado', 'estimada', 'buenos dias', 'buenas tardes', 'buenas', 'querido', 'querida',
  'ola', 'oi', 'prezado', 'prezada', 'caro', 'cara', 'bom dia', 'boa tarde',
  'beste', 'hoi', 'goedemorgen', 'ciao', 'buongiorno', 'gentile',
];

/** Salutations that name nobody: the mark of a blast. */
export const GENERIC_SALUTATIONS = [
  'there', 'all', 'everyone', 'everybody', 'team', 'folks', 'friend', 'friends', 'connection', 'connections', 'network',
  'candidate', 'candidates', 'applicant', 'applicants', 'job seeker', 'jobseeker', 'professional', 'professionals',
  'healthcare professional', 'healthcare professionals', 'nurse', 'nurses', 'developer', 'developers', 'engineer', 'engineers',
  'designer', 'designers', 'talent', 'sir', 'madam', 'sir or madam', 'sir madam', 'hiring manager', 'future colleague',
  'damen und herren', 'bewerber', 'bewerberin', 'kandidat', 'kandidatin', 'interessent', 'zusammen',
  'candidat', 'candidate', 'madame monsieur', 'monsieur madame', 'madame', 'monsieur', 'tous', 'a tous',
  'candidato', 'candidata', 'amigo', 'amiga', 'senor', 'senora', 'senores', 'a todos', 'todos',
  'colega', 'profissional', 'senhor', 'senhora',
];

/** "My client" and friends: the agency will not say who is hiring. */
export const CLIENT_PHRASES = [
  'my client', 'our client', 'a client of mine', 'a client of ours', 'one of our clients', 'one of my clients', 'my clients',
  'our clients', 'a leading', 'a well known', 'a well-known', 'a fast growing', 'a fast-growing', 'a top tier', 'a global leader',
  'an industry leader', 'a confidential', 'confidential client', 'undisclosed',
  'mein kunde', 'meine kundin', 'unser kunde', 'unsere kundin', 'meines kunden', 'unseres kunden', 'fur einen kunden',
  'fur unseren kunden', 'fur meinen kunden', 'einen unserer kunden', 'namhaften kunden', 'renommierten kunden',
  'mon client', 'notre client', 'un de nos clients', 'l un de nos clients', 'un client', 'pour le compte de',
  'mi cliente', 'nuestro cliente', 'uno de nuestros clientes', 'un cliente', 'una empresa lider',
  'meu cliente', 'nosso cliente', 'um de nossos clientes', 'um cliente', 'uma empresa lider',
  'mijn klant', 'onze klant',
];

/** US bulk staffing vocabulary. */
export const STAFFING = [
  'c2c', 'corp to corp', 'corp-to-corp', 'w2', '1099', 'h1b', 'h 1b', 'visa status', 'work authorization', 'gc ead', 'usc gc',
  'gc holder', 'hot requirement', 'urgent requirement', 'immediate requirement', 'immediate joiner', 'immediate joiners',
  'immediate joining', 'notice period', 'current ctc', 'expected ctc', 'ctc', 'best rate', 'rate on c2c', 'updated resume',
  'updated cv', 'share your resume', 'share your updated', 'implementation partner', 'prime vendor', 'end client', 'kindly share',
  'kindly revert', 'do the needful', 'bench sales', 'hotlist', 'ssn last', 'last 4 of ssn', 'last four digits',
];

/** The fake-legal footer of US bulk mail. */
export const LEGAL_FOOTERS = [
  'bill s.1618', 's.1618', 'h.r.4176', 'h.r. 4176', 'hr 4176', 'title iii', 'cannot be considered spam', 'can not be considered spam',
  'not be considered spam', 'method to be removed',
];

/** Scam marks: chat-app interviews, fees, cheques, identity documents before any interview. */
export const SCAM_CHANNELS = [
  'whatsapp', 'telegram', 'signal app', 'wickr', 'google hangouts', 'hangouts', 'wechat', 'text interview', 'text based interview',
  'chat interview', 'interview via chat', 'interview on chat', 'online chat interview', 'interview by text',
];
export const SCAM_MONEY = [
  'registration fee', 'training fee', 'processing fee', 'application fee', 'certification fee', 'onboarding fee', 'starter kit',
  'software license', 'software licence', 'purchase equipment', 'purchase the equipment', 'buy equipment', 'equipment purchase',
  'deposit the check', 'deposit the cheque', 'cashier s check', 'cashiers check', 'mobile deposit', 'send you a check',
  'send you a cheque', 'refundable', 'upfront payment', 'pay upfront', 'gift card', 'gift cards', 'western union', 'bitcoin atm',
  'gebuhr', 'frais d inscription', 'frais de formation', 'cuota de inscripcion', 'taxa de inscricao', 'pagar una cuota',
];
export const SCAM_IDENTITY = [
  'passport', 'ssn', 'social security number', 'social insurance number', 'sin number', 'drivers license', 'driver s license',
  'driving licence', 'driver s licence', 'drivers licence', 'bank details', 'bank account', 'routing number', 'account number',
  'date of birth', 'dob', 'copy of your id', 'photo id', 'id card', 'national id', 'tax id', 'credit card',
  'personalausweis', 'reisepass', 'bankverbindung', 'iban', 'steuer id', 'piece d identite', 'passeport', 'rib',
  'coordonnees bancaires', 'numero de securite sociale', 'dni', 'pasaporte', 'cuenta bancaria', 'datos bancarios', 'cpf',
  'dados bancarios', 'conta bancaria', 'passaporte',
];

/** Footers of mass mail. */
export const UNSUBSCRIBE = [
  'unsubscribe', 'opt out', 'opt-out', 'remove me', 'remove you from', 'manage preferences', 'email preferences',
  'manage your subscription', 'abmelden', 'austragen', 'abbestellen', 'newsletter abbestellen', 'se desabonner', 'desabonner',
  'se desinscrire', 'desinscrire', 'darse de baja', 'dar de baja', 'cancelar suscripcion', 'cancelar la suscripcion',
  'descadastrar', 'cancelar inscricao', 'cancelar assinatura', 'uitschrijven', 'afmelden',
];

/** LinkedIn and other network notifications. */
export const NETWORK_NOTIFICATIONS = [
  'viewed your profile', 'endorsed you', 'work anniversary', 'accepted your invitation', 'wants to connect', 'new connection',
  'people you may know', 'appeared in', 'search appearances', 'reacted to your', 'commented on your', 'mentioned you',
  'congratulate', 'say congrats', 'your post', 'your network', 'trending in your network', 'you have new notifications',
  'invitation to connect', 'profile views', 'see who viewed', 'hat ihr profil angesehen', 'a consulte votre profil',
  'ha visto tu perfil', 'visualizou seu perfil',
];

/** Application-tracking notifications: the candidate applied; nobody is reaching out. */
export const APPLICATION_TRACKING = [
  'thank you for applying', 'thanks for applying', 'thank you for your application', 'thanks for your application',
  'we have received your application', 'we ve received your application', 'we received your application',
  'your application has been received', 'application received', 'your application for', 'your application to',
  'application status', 'status of your application', 'regarding your application', 'we will review your application',
  'unfortunately we will not be moving forward', 'decided to move forward with other candidates',
  'vielen dank fur ihre bewerbung', 'danke fur deine bewerbung', 'ihre bewerbung', 'deine bewerbung', 'eingang ihrer bewerbung',
  'bewerbung erhalten', 'nous avons bien recu votre candidature', 'merci pour votre candidature', 'votre candidature',
  'merci d avoir postule', 'hemos recibido tu solicitud', 'hemos recibido tu candidatura', 'gracias por tu postulacion',
  'gracias por postularte', 'gracias por tu candidatura', 'tu solicitud', 'recebemos sua candidatura',
  'obrigado pela sua candidatura', 'obrigado por se candidatar', 'sua candidatura', 'bedankt voor je sollicitatie',
];

/** Job-board alerts from a saved search. */
export const JOB_ALERTS = [
  'job alert', 'job alerts', 'jobs for you', 'new jobs', 'jobs matching', 'matching jobs', 'saved search', 'your search',
  'recommended jobs', 'jobs you may be interested in', 'based on your search', 'based on your profile', 'new job matches',
  'view all jobs', 'see all jobs', 'see all matches', 'view all matches', 'alle treffer', 'jobagent', 'job agent',
  'neue jobs', 'neue stellen', 'stellenangebote fur sie', 'passende jobs', 'alerte emploi', 'alertes emploi',
  'offres d emploi', 'nouvelles offres', 'alerta de empleo', 'ofertas de empleo', 'nuevas ofertas', 'alerta de vagas',
  'vagas para voce', 'novas vagas', 'vacatures voor jou', 'edit alert', 'manage alerts', 'modifier l alerte',
];

/** Newsletters and digests. */
export const NEWSLETTER = [
  'newsletter', 'in this issue', 'this week s issue', 'this issue', 'issue no', 'weekly digest', 'monthly digest', 'digest',
  'read online', 'view in browser', 'view this email in your browser', 'sponsored', 'sponsor', 'subscribed', 'subscribers',
  'you are receiving this', 'you re receiving this', 'you received this', 'forward to a friend', 'this week in',
  'diese ausgabe', 'in dieser ausgabe', 'cette semaine', 'dans ce numero', 'en este numero', 'nesta edicao',
];

/** Selling a product or service rather than offering a job. */
export const SALES_PITCH = [
  'book a demo', 'schedule a demo', 'quick demo', 'a demo', 'free trial', 'start your trial', 'trial', 'pricing', 'discount',
  'promo code', 'coupon', 'off your first', 'per month', 'subscription', 'our platform', 'our tool', 'our product', 'our software',
  'our service', 'our services', 'our app', 'teams like yours', 'companies like yours', 'we help', 'we helped', 'integrates with',
  'integration with', 'plugin', 'plug in', 'saas', 'case study', 'roi', 'save hours', 'resume writing', 'resume review',
  'cv writing', 'portfolio review', 'career coaching', 'courses', 'course', 'ceu', 'ceus', 'contact hours', 'enroll', 'enrol',
  'webinar', 'unsere software', 'unser tool', 'unsere plattform', 'kostenlos testen', 'notre plateforme', 'notre outil',
  'essai gratuit', 'nuestra plataforma', 'nuestra herramienta', 'prueba gratuita', 'nossa plataforma', 'teste gratis',
];

/** A colleague or friend asking for (or offering) a referral, or catching up. */
export const PERSONAL = [
  'happy to refer you', 'i could refer you', 'i can refer you', 'refer you', 'pass your name on', 'pass your name along',
  'put your name forward', 'long time no', 'long time no see', 'how have you been', 'catch up', 'grab a coffee', 'coffee soon', 'get coffee',
  'drinks', 'miss you', 'miss working', 'great seeing you', 'great to see you', 'your family', 'the kids', 'congrats on',
  'congratulations on', 'birthday', 'wedding', 'my cousin', 'my sister', 'my brother', 'mom', 'dad',
  'empfehlen', 'weiterempfehlen', 'empfehlung', 'lange nicht gesehen', 'kaffee', 'recommander', 'recommandation', 'un cafe',
  'prendre un cafe', 'recomendar', 'recomendacion', 'un cafe', 'tomar un cafe', 'indicar', 'indicacao', 'tomar um cafe',
  'saudades', 'te extrano', 'tu me manques',
];

/** The sender asks the candidate for a referral or advice: someone looking for a job, not offering one. */
export const REFERRAL_ASKS = [
  'refer me', 'referring me', 'a referral', 'referral for me', 'put in a word for me', 'put in a good word', 'recommend me',
  'recommending me', 'vouch for me', 'pass my cv', 'pass on my cv', 'forward my cv', 'pass my resume', 'forward my resume',
  'pass my name', 'any advice', 'what the managers look for', 'what they look for', 'mich empfehlen', 'mich weiterempfehlen',
  'empfehlung fur mich', 'me recommander', 'me coopter', 'recomendarme', 'recomendarme', 'me recomiendes', 'me recomendar',
  'me indicar', 'indicar me', 'me indicaria',
];

/** Closing lines: what follows is the signature, the sender's own name and title. */
export const CLOSINGS = [
  'best', 'best regards', 'kind regards', 'warm regards', 'regards', 'cheers', 'thanks', 'thank you', 'many thanks', 'sincerely',
  'yours sincerely', 'all the best', 'talk soon', 'speak soon', 'viele grusse', 'beste grusse', 'liebe grusse', 'freundliche grusse',
  'mit freundlichen grussen', 'lg', 'vg', 'cordialement', 'bien cordialement', 'bien a vous', 'a bientot', 'merci', 'saludos',
  'un saludo', 'atentamente', 'un abrazo', 'atenciosamente', 'abracos', 'obrigado', 'obrigada', 'met vriendelijke groet', 'groeten',
];

/** Words that make a message about a job offered to the reader. */
export const OFFER_PHRASES = [
  'we re hiring', 'we are hiring', 'i m hiring', 'we re looking for', 'we are looking for', 'i m looking for', 'i am looking for',
  'looking to hire', 'hiring for', 'hiring a', 'hiring an', 'open role', 'open position', 'new role', 'a role', 'the role',
  'this role', 'a position', 'the position', 'this position', 'an opening', 'opportunity', 'opportunities', 'vacancy',
  'job opening', 'would you be open', 'would you be interested', 'are you open', 'open to a chat', 'open to a call',
  'quick chat', 'quick call', 'short call', 'interested in hearing', 'worth a conversation', 'join our team', 'join us',
  'join my team', 'your next role', 'your next move', 'next step in your career', 'open to new', 'considering a move',
  'wir suchen', 'suchen wir', 'wir stellen ein', 'offene stelle', 'eine stelle', 'die stelle', 'diese stelle', 'position als',
  'rolle als', 'spannende position', 'interesse', 'wechsel', 'gesprach', 'telefonat', 'nous recrutons', 'nous recherchons',
  'je recherche', 'un poste', 'le poste', 'ce poste', 'une opportunite', 'opportunite', 'echanger', 'un appel',
  'estamos contratando', 'buscamos', 'estamos buscando', 'busco', 'un puesto', 'el puesto', 'este puesto', 'una vacante',
  'oportunidad', 'una llamada', 'te interesaria', 'estamos procurando', 'procuramos', 'uma vaga', 'a vaga', 'esta vaga',
  'oportunidade', 'uma conversa', 'teria interesse', 'we zoeken', 'vacature',
];

/** Headings of a pasted job description. */
export const JD_HEADINGS = [
  'responsibilities', 'key responsibilities', 'requirements', 'qualifications', 'required qualifications', 'preferred qualifications',
  'what you ll do', 'what you will do', 'what we offer', 'what we re looking for', 'about the role', 'about the job',
  'about us', 'about the company', 'benefits', 'must have', 'must haves', 'nice to have', 'nice to haves', 'job description',
  'job summary', 'duties', 'skills required', 'your profile', 'who you are', 'ihre aufgaben', 'deine aufgaben', 'aufgaben',
  'anforderungen', 'ihr profil', 'dein profil', 'wir bieten', 'das bieten wir', 'missions', 'vos missions', 'profil recherche',
  'votre profil', 'nous offrons', 'avantages', 'responsabilidades', 'requisitos', 'ofrecemos', 'funciones', 'atribuicoes',
  'requisitos', 'oferecemos', 'beneficios',
];

/** Follow-up wording: the recruiter chasing an earlier message. */
export const FOLLOW_UP = [
  'following up', 'follow up', 'just following up', 'bumping this', 'just bumping', 'circling back', 'checking in',
  'any thoughts', 'did you get a chance', 'in case you missed', 'my previous message', 'my last message', 'my earlier message',
  'nachfassen', 'kurz nachhaken', 'meine letzte nachricht', 'je me permets de revenir', 'relance', 'mi mensaje anterior',
  'hago seguimiento', 'minha mensagem anterior', 'retomando',
];

/** Recruiting job titles in a sender's headline or signature. */
export const RECRUITER_TITLES = [
  'recruiter', 'recruiting', 'recruitment', 'talent acquisition', 'talent partner', 'talent', 'sourcer', 'sourcing',
  'headhunter', 'executive search', 'search consultant', 'recruitment consultant', 'staffing', 'hiring', 'people partner',
  'people and talent', 'people team', 'hr', 'human resources', 'personalberater', 'personalberaterin', 'recruiterin',
  'personalvermittler', 'personalreferent', 'personalreferentin', 'recruteur', 'recruteuse', 'charge de recrutement',
  'chargee de recrutement', 'conseiller en recrutement', 'conseillere en recrutement', 'recrutement', 'reclutador',
  'reclutadora', 'reclutamiento', 'seleccion de personal', 'recrutador', 'recrutadora', 'recrutamento', 'tech recruiter',
  'coordinadora de personal', 'coordinador de personal', 'wervingsspecialist',
];

/** People who hire for their own team. */
export const HIRING_MANAGER_TITLES = [
  'head of', 'director', 'manager', 'lead', 'cto', 'ceo', 'founder', 'co founder', 'cofounder', 'vp', 'vice president',
  'chief', 'leiter', 'leiterin', 'teamleiter', 'geschaftsfuhrer', 'directeur', 'directrice', 'responsable', 'fondateur',
  'jefe', 'jefa', 'director de', 'gerente', 'fundador', 'diretor', 'diretora',
];

/** Words that say the reader is addressed personally about their own background. */
export const YOUR_BACKGROUND = [
  'your work', 'your experience', 'your background', 'your profile', 'your time at', 'your role at', 'you built', 'you led',
  'you ve built', 'you ve led', 'saw your', 'i saw', 'i read', 'i noticed', 'came across your', 'your talk', 'your post',
  'ihre erfahrung', 'deine erfahrung', 'dein profil', 'ihr profil', 'votre experience', 'votre parcours', 'ton parcours',
  'tu experiencia', 'tu perfil', 'su experiencia', 'sua experiencia', 'seu perfil',
];

export const greetings = lazy(() => index(GREETINGS));
export const genericSalutations = lazy(() => index(GENERIC_SALUTATIONS));
export const clientPhrases = lazy(() => index(CLIENT_PHRASES));
export const staffing = lazy(() => index(STAFFING));
export const legalFooters = lazy(() => index(LEGAL_FOOTERS));
export const scamChannels = lazy(() => index(SCAM_CHANNELS));
export const scamMoney = lazy(() => index(SCAM_MONEY));
export const scamIdentity = lazy(() => index(SCAM_IDENTITY));
export const unsubscribe = lazy(() => index(UNSUBSCRIBE));
export const networkNotifications = lazy(() => index(NETWORK_NOTIFICATIONS));
export const applicationTracking = lazy(() => index(APPLICATION_TRACKING));
export const jobAlerts = lazy(() => index(JOB_ALERTS));
export const newsletter = lazy(() => index(NEWSLETTER));
export const salesPitch = lazy(() => index(SALES_PITCH));
export const personal = lazy(() => index(PERSONAL));
export const referralAsks = lazy(() => index(REFERRAL_ASKS));
export const closings = lazy(() => index(CLOSINGS));
export const offerPhrases = lazy(() => index(OFFER_PHRASES));
export const jdHeadings = lazy(() => index(JD_HEADINGS));
export const followUp = lazy(() => index(FOLLOW_UP));
export const recruiterTitles = lazy(() => index(RECRUITER_TITLES));
export const hiringManagerTitles = lazy(() => index(HIRING_MANAGER_TITLES));
export const yourBackground = lazy(() => index(YOUR_BACKGROUND));

/** Local parts of automated senders. */
export const AUTOMATED_LOCAL_PARTS = [
  'no-reply', 'noreply', 'no_reply', 'donotreply', 'do-not-reply', 'do_not_reply', 'notifications', 'notification',
  'notify', 'alerts', 'alert', 'jobalerts', 'jobalert', 'jobs-noreply', 'jobalerts-noreply', 'digest', 'newsletter', 'news',
  'mailer', 'mailer-daemon', 'bounce', 'bounces', 'updates', 'update', 'info-noreply', 'careers-noreply', 'jobagent',
  'issue', 'hello-noreply', 'automated', 'system', 'postmaster',
];

/** Application-tracking and job-board platforms (their mail is never a person reaching out). */
export const AUTOMATED_DOMAINS = [
  'greenhouse.io', 'greenhouse-mail.io', 'lever.co', 'hire.lever.co', 'ashbyhq.com', 'myworkday.com', 'workday.com',
  'smartrecruiters.com', 'icims.com', 'taleo.net', 'successfactors.com', 'successfactors.eu', 'jobvite.com', 'bamboohr.com',
  'recruitee.com', 'personio.de', 'personio.com', 'teamtailor.com', 'teamtailor-mail.com', 'workablemail.com', 'workable.com',
  'jazzhr.com', 'breezy.hr', 'softgarden.io', 'join.com', 'rexx-systems.com', 'indeed.com', 'indeedemail.com', 'match.indeed.com',
  'glassdoor.com', 'stepstone.de', 'monster.com', 'ziprecruiter.com', 'xing.com', 'welcometothejungle.com', 'substack.com',
  'mailchimp.com', 'mcsv.net', 'sendgrid.net', 'hubspotemail.net',
];
