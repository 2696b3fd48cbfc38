/**
 * Realistic rows for every table, per schema version, for the migration harness and the
 * repository tests. Values are adapted from shared/corpus (the fe-berlin candidate) and copied
 * here so the tests stay self-contained.
 *
 * When a migration changes a record shape, freeze the rows below as plain data (they describe
 * version 1 forever) and add the rows of the new version to REALISTIC_ROWS.
 */
import type {
  ContactRecord,
  CorrectionRecord,
  MessageRecord,
  MessageState,
  ProfileRecord,
  RecruiterRecord,
  SettingRecord,
  StoredLabel,
  TemplateRecord,
} from '../../src/db/records';
import type { Label, Sender } from '../../src/core/message';
import type { SiteId } from '../../src/core/sites';
import { KATRIN } from '../fixtures/profiles';

/** Rows keyed by table name, as written into the database. */
export type Rows = Readonly<Record<string, readonly object[]>>;

/** A message as version 1 stored it, frozen here whatever MessageRecord becomes. */
export type MessageRecordV1 = {
  key: string;
  site: SiteId;
  siteMessageId: string;
  threadKey: string;
  recruiterId?: string;
  sender: Sender;
  subject: string | null;
  body: string;
  receivedAt: number;
  firstSeenAt: number;
  isOwn: boolean;
  inMail?: boolean;
  recipientCount: number | null;
  label: StoredLabel;
  score: number | null;
  reasons: string[];
  state: MessageState;
};

/** A correction as version 1 stored it. */
export type CorrectionRecordV1 = {
  id?: number;
  messageKey: string;
  from: StoredLabel;
  to: Label;
  createdAt: number;
  undoneAt?: number;
};

/** A type alias rather than an interface, so it is assignable to Rows. */
export type RowsV1 = {
  profile: ProfileRecord[];
  messages: MessageRecordV1[];
  recruiters: RecruiterRecord[];
  templates: TemplateRecord[];
  contacts: ContactRecord[];
  corrections: CorrectionRecordV1[];
  settings: SettingRecord[];
};

export type RowsV2 = Omit<RowsV1, 'messages' | 'corrections'> & {
  messages: MessageRecord[];
  corrections: CorrectionRecord[];
};

const at = (iso: string): number => Date.parse(iso);

const SOPHIE = {
  name: 'Sophie Brandauer',
  headline: "Talent Partner Engineering at Kranich Health | We're hiring in Berlin",
  company: 'Kranich Health',
  profileUrl: 'https://www.linkedin.com/in/sophie-brandauer-3a91b2',
};
const CALLUM = {
  name: 'Callum Rix',
  headline: 'Senior Consultant | Fintech & Digital | Connecting great people with great companies',
  company: 'Brightfield Talent Partners',
};
const TOBIAS = { name: 'Tobias Feldmann', email: 't.feldmann@feldmann-tech.de', company: 'Feldmann Tech Recruiting' };
const OLIVER = {
  name: 'Oliver Brandt',
  headline: 'Principal Consultant, Frontend & Product Engineering | Kestrel Search',
  company: 'Kestrel Search',
  profileUrl: 'https://www.linkedin.com/in/oliver-brandt-kestrel',
};

const LI_SOPHIE_THREAD = 'urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-ZTFmYjM4NGQtOWE2Yy00)';
const LI_CALLUM_THREAD = 'urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-M2E5ZDc0YjEtMTE0Ny00)';
const LI_OLIVER_THREAD = 'urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-NzcxYjhjZTAtZjQ1Mi00)';
const GMAIL_TOBIAS_THREAD = 'thread-f:1810452277385540201';

const messages: MessageRecordV1[] = [
  {
    key: 'gmail:18e4f0a2c1d9b7e3',
    site: 'gmail',
    siteMessageId: '18e4f0a2c1d9b7e3',
    threadKey: 'thread-f:1809612004178211297',
    sender: { name: 'Jobwelle Jobagent', email: 'jobagent@mail.jobwelle.de', company: 'Jobwelle' },
    subject: '12 neue Jobs für „Frontend Engineer“ in Berlin',
    body:
      'Hallo Katrin,\n\nhier sind die neuesten Treffer für Ihren Jobagenten „Frontend Engineer · Berlin · Remote möglich“:\n\n' +
      'Senior Frontend Developer (m/w/d) – Kranich Health GmbH – Berlin – Hybrid\nReact Engineer (m/w/d) – Lichtpunkt Logistik – Remote\n' +
      '… und 8 weitere Stellen\n\nAlle Treffer ansehen: https://www.jobwelle.de/jobagent/r/8f3k2',
    receivedAt: at('2026-09-01T05:30:00Z'),
    firstSeenAt: at('2026-09-01T07:02:11Z'),
    isOwn: false,
    recipientCount: 1,
    label: 'other',
    score: 4,
    reasons: ['Automated job alert from a saved search'],
    state: 'dismissed',
  },
  {
    key: 'linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTI2MzI4MDAwMGI1)',
    site: 'linkedin',
    siteMessageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTI2MzI4MDAwMGI1)',
    threadKey: LI_SOPHIE_THREAD,
    recruiterId: 'r-sophie-brandauer',
    sender: SOPHIE,
    subject: null,
    body:
      "Hi Katrin,\n\nI'm Sophie, I look after engineering hiring at Kranich Health (we build the patient app used by about 40 clinics across Germany).\n\n" +
      "I noticed you've been building the Funke design system at Quellwerk Energy. We're about to start our own component library and are hiring a Senior Frontend Engineer to lead that work.\n\n" +
      '- Hybrid, our office is at Rosenthaler Platz, 2 days a week\n- Permanent, €85–98k plus a learning budget\n\nBest,\nSophie',
    receivedAt: at('2026-09-02T07:48:00Z'),
    firstSeenAt: at('2026-09-02T18:30:45Z'),
    isOwn: false,
    recipientCount: null,
    label: 'targeted',
    score: 92,
    reasons: ['Names your current employer and the Funke design system', 'Senior frontend role, hybrid in Berlin', '€85–98k is above your floor'],
    state: 'answered',
  },
  {
    key: 'linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTM2ODkwMDAwMGM3)',
    site: 'linkedin',
    siteMessageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTM2ODkwMDAwMGM3)',
    threadKey: LI_CALLUM_THREAD,
    recruiterId: 'r-callum-rix',
    sender: CALLUM,
    subject: null,
    body:
      "Hi Katrin,\n\nhope you're well! My client, a leading Berlin fintech unicorn, is scaling its engineering org massively over the next quarter.\n\n" +
      "Open to a quick chat this week? Drop me your number and I'll give you a ring!\n\nCheers,\nCallum",
    receivedAt: at('2026-09-03T13:05:00Z'),
    firstSeenAt: at('2026-09-03T13:40:02Z'),
    isOwn: false,
    inMail: true,
    recipientCount: null,
    label: 'spam',
    score: 11,
    reasons: ['"My client" with no role details', 'Asks for your phone number'],
    state: 'dismissed',
  },
  {
    key: 'outlook:AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAGe1e6JvB8pLsM5a2Q7cFhE=',
    site: 'outlook',
    siteMessageId: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAGe1e6JvB8pLsM5a2Q7cFhE=',
    threadKey: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAHk3Zc1Vn0xGs8tQ2m9aJdE=',
    sender: { name: 'Talent Team | CodeHire Europe', email: 'jobs@codehire-europe.io', company: 'CodeHire Europe' },
    subject: '{FirstName}, your next React role is waiting 🚀',
    body:
      "Hi {FirstName},\n\nI'm reaching out because your experience at [Company] caught our attention.\n\nWhat we offer:\n✔ Competitive salaries\n✔ Remote & hybrid options\n\n" +
      "Simply reply to this email with your updated CV and we'll be in touch within 24 hours.",
    receivedAt: at('2026-09-05T02:14:00Z'),
    firstSeenAt: at('2026-09-05T06:51:37Z'),
    isOwn: false,
    recipientCount: 1,
    label: 'spam',
    score: 3,
    reasons: ['Unfilled template fields: {FirstName}, [Company]'],
    state: 'awaiting',
  },
  {
    key: 'linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTg3MDAwMDAwMGQx)',
    site: 'linkedin',
    siteMessageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTg3MDAwMDAwMGQx)',
    threadKey: LI_SOPHIE_THREAD,
    recruiterId: 'r-sophie-brandauer',
    sender: SOPHIE,
    subject: null,
    body:
      "Hi Katrin, just a gentle nudge on my note from last week. If a recruiter call isn't your thing, Ben (our Head of Frontend) is happy to have an informal chat about the design system plans first.",
    receivedAt: at('2026-09-09T08:20:00Z'),
    firstSeenAt: at('2026-09-09T08:21:10Z'),
    isOwn: false,
    recipientCount: null,
    label: 'targeted',
    score: 90,
    reasons: ['Follow-up in a targeted thread'],
    state: 'awaiting',
  },
  {
    key: 'linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTk3MjQwMDAwMGU4)',
    site: 'linkedin',
    siteMessageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTk3MjQwMDAwMGU4)',
    threadKey: LI_CALLUM_THREAD,
    recruiterId: 'r-callum-rix',
    sender: CALLUM,
    subject: null,
    body: 'Hi Katrin, just bumping this to the top of your inbox 🙂 Still keen to connect, my client is moving fast! 📈',
    receivedAt: at('2026-09-10T12:40:00Z'),
    firstSeenAt: at('2026-09-10T19:03:55Z'),
    isOwn: false,
    inMail: false,
    recipientCount: null,
    label: 'spam',
    score: 9,
    reasons: ['Follow-up in a spam thread'],
    state: 'dismissed',
  },
  {
    key: 'gmail:18e9c35b20f4a6d1',
    site: 'gmail',
    siteMessageId: '18e9c35b20f4a6d1',
    threadKey: GMAIL_TOBIAS_THREAD,
    recruiterId: 'r-tobias-feldmann',
    sender: TOBIAS,
    subject: 'Senior Frontend Engineer (React/TypeScript) bei Pendelwerk – remote in DE, Festanstellung',
    body:
      'Hallo Katrin,\n\nich bin Personalberater bei Feldmann Tech Recruiting und betreue aktuell eine Suche für Pendelwerk, ein Berliner SaaS-Unternehmen für Fahrplan- und Flottensoftware.\n\n' +
      'Eckdaten:\n– 100 % remote innerhalb Deutschlands\n– Festanstellung, 90.000–105.000 € brutto p. a.\n– Stack: React 18, TypeScript, Next.js, GraphQL, Playwright\n\nViele Grüße\nTobias Feldmann',
    receivedAt: at('2026-09-15T08:04:00Z'),
    firstSeenAt: at('2026-09-15T08:30:00Z'),
    isOwn: false,
    recipientCount: 1,
    label: 'targeted',
    score: 88,
    reasons: ['React and TypeScript with design systems and accessibility', 'Remote in Germany, permanent', '€90–105k is above your floor'],
    state: 'answered',
  },
  {
    key: 'gmail:18ea1d7c44e0b925',
    site: 'gmail',
    siteMessageId: '18ea1d7c44e0b925',
    threadKey: GMAIL_TOBIAS_THREAD,
    sender: { name: 'Katrin Vogelsang', email: 'katrin.vogelsang@posteo.de' },
    subject: 'AW: Senior Frontend Engineer (React/TypeScript) bei Pendelwerk – remote in DE, Festanstellung',
    body: 'Hallo Herr Feldmann,\n\ndanke für die Nachricht. Das klingt interessant, schicken Sie mir gern die vollständige Stellenbeschreibung.\n\nViele Grüße\nKatrin Vogelsang',
    receivedAt: at('2026-09-16T19:12:00Z'),
    firstSeenAt: at('2026-09-16T19:12:31Z'),
    isOwn: true,
    recipientCount: 1,
    label: 'unscored',
    score: null,
    reasons: [],
    state: 'answered',
  },
  {
    key: 'gmail:18f33b90e2a17c48',
    site: 'gmail',
    siteMessageId: '18f33b90e2a17c48',
    threadKey: 'thread-f:1812630559016843111',
    recruiterId: 'r-mehmet-aydin',
    sender: { name: 'Mehmet Aydın', email: 'mehmet.aydin@solarkiez.de', company: 'Solarkiez' },
    subject: 'Urgent: Senior Frontend Engineer at Solarkiez (hybrid Berlin)',
    body:
      "Hi Katrin,\n\nI know \"urgent\" is what every recruiter writes, but ours is real: our lead frontend developer is moving to Lisbon in December.\n\n" +
      '- Senior Frontend Engineer, permanent\n- React, TypeScript, Vite, Mapbox GL, Playwright\n- Hybrid: Tuesdays and Thursdays in our Prenzlauer Berg office\n- €92k–102k + VSOP',
    receivedAt: at('2026-10-12T08:41:00Z'),
    firstSeenAt: at('2026-10-12T09:15:20Z'),
    isOwn: false,
    recipientCount: 1,
    label: 'targeted',
    score: 84,
    reasons: ['Names your energy background at Quellwerk', 'Hybrid in Berlin, €92k–102k'],
    state: 'awaiting',
  },
  {
    key: 'linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyOTYwNTAwMDAwMGY0)',
    site: 'linkedin',
    siteMessageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyOTYwNTAwMDAwMGY0)',
    threadKey: LI_OLIVER_THREAD,
    recruiterId: 'r-oliver-brandt',
    sender: OLIVER,
    subject: null,
    body:
      "Hi Katrin,\n\nI'm recruiting a Senior React Engineer for Tiefsee Data, a Berlin startup (Series B) that makes ocean-monitoring dashboards for offshore wind operators.\n\n" +
      '- React, TypeScript, GraphQL (Apollo), D3\n- Fully remote within Germany\n- Permanent, €85–95k + 10% bonus',
    receivedAt: at('2026-10-22T13:50:00Z'),
    firstSeenAt: at('2026-10-22T14:02:48Z'),
    isOwn: false,
    recipientCount: null,
    label: 'unsure',
    score: 58,
    reasons: ['Role and pay fit, but nothing specific about you'],
    state: 'awaiting',
  },
  {
    key: 'linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTczMDI4MjcwMDAwMGE5)',
    site: 'linkedin',
    siteMessageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTczMDI4MjcwMDAwMGE5)',
    threadKey: LI_OLIVER_THREAD,
    recruiterId: 'r-oliver-brandt',
    sender: OLIVER,
    subject: null,
    body:
      "Hi Katrin, quick follow-up: Tiefsee just confirmed the role can also be done as a 4-day week (pro rata) if that's interesting. Also, their Head of Product used to be at an energy company, so your Quellwerk background would go down well.",
    receivedAt: at('2026-10-30T10:05:00Z'),
    firstSeenAt: at('2026-10-30T17:44:09Z'),
    isOwn: false,
    recipientCount: null,
    label: 'targeted',
    score: 81,
    reasons: ['Names your employer, Quellwerk'],
    state: 'awaiting',
  },
  {
    key: 'linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTczMDYyNTU0MDAwMGIy)',
    site: 'linkedin',
    siteMessageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTczMDYyNTU0MDAwMGIy)',
    threadKey: 'urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-OGQ2ZmE1YzMtN2IwOC00)',
    sender: { name: 'Clara Nguyen', headline: 'Engineering Recruiter at Möwe Bank', company: 'Möwe Bank' },
    subject: null,
    body:
      "Hi Katrin, short one: we're hiring a Staff Frontend Engineer to own the React/TS design system behind all Möwe Bank web apps (Berlin, hybrid 1 day/week, €105–120k). Your Funke work at Quellwerk looks like a direct match. Interested in a chat?",
    receivedAt: at('2026-11-03T09:19:00Z'),
    firstSeenAt: at('2026-11-03T09:20:00Z'),
    isOwn: false,
    inMail: true,
    recipientCount: null,
    label: 'unscored',
    score: null,
    reasons: [],
    state: 'awaiting',
  },
  {
    key: 'outlook:AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAKc92Rr3pUxPq1f0bXy7U8w=',
    site: 'outlook',
    siteMessageId: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAKc92Rr3pUxPq1f0bXy7U8w=',
    threadKey: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAB1d0mQx4kdGuY2cWl6vPqo=',
    recruiterId: 'r-saskia-de-groot',
    sender: { name: 'Saskia de Groot', email: 'saskia@quokkadocs.com', company: 'Quokka Docs' },
    subject: 'Senior Frontend Engineer (editor team), remote in Germany',
    body:
      "Hello Katrin,\n\nI'm Saskia, I run recruiting at Quokka Docs. I'm reaching out because of the testing setup you describe on your profile: Storybook plus Playwright.\n\n" +
      '• Senior Frontend Engineer, permanent, full-time\n• TypeScript, React, ProseMirror, Vite\n• Fully remote\n• €95,000–110,000 + stock options',
    receivedAt: at('2026-11-11T12:48:00Z'),
    firstSeenAt: at('2026-11-11T13:00:12Z'),
    isOwn: false,
    recipientCount: 1,
    label: 'targeted',
    score: 89,
    reasons: ['Names your Storybook and Playwright setup', 'Remote in Germany, €95–110k'],
    state: 'awaiting',
  },
  {
    key: 'outlook:AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAOf4c2Lk8vRJn0Wq3hZ5b1s=',
    site: 'outlook',
    siteMessageId: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAOf4c2Lk8vRJn0Wq3hZ5b1s=',
    threadKey: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAE2o7Hc0Xv1Ejm3sTt8yRkU=',
    sender: { name: 'Recruitment Team – Meridian People Solutions', email: 'careers@meridian-people.eu', company: 'Meridian People Solutions' },
    subject: 'Job Opportunity: Fullstack Developer (PHP/Vue) – Leipzig',
    body:
      'Dear Candidate,\n\nPlease find below a position that may be of interest to you.\n\n-----\nFullstack Developer (m/w/d) – PHP / Vue.js\nLocation: Leipzig (onsite)\nEmployment: Full-time\n-----',
    receivedAt: at('2026-11-17T08:30:00Z'),
    firstSeenAt: at('2026-11-17T08:31:00Z'),
    isOwn: false,
    recipientCount: 4,
    label: 'spam',
    score: 6,
    reasons: ['"Dear Candidate"', 'PHP/Vue onsite in Leipzig does not fit'],
    state: 'awaiting',
  },
];

const recruiters: RecruiterRecord[] = [
  {
    id: 'r-sophie-brandauer',
    displayName: 'Sophie Brandauer',
    company: 'Kranich Health',
    identities: ['li:/in/sophie-brandauer-3a91b2', 'name:sophie brandauer|kranich health', 'email:sophie.brandauer@kranich-health.de'],
    trust: 'trusted',
    note: 'Ben (Head of Frontend) offered an informal chat.',
    firstSeenAt: at('2026-09-02T18:30:45Z'),
    lastContactAt: at('2026-09-09T08:20:00Z'),
    messageCount: 2,
  },
  {
    id: 'r-callum-rix',
    displayName: 'Callum Rix',
    company: 'Brightfield Talent Partners',
    identities: ['name:callum rix|brightfield talent partners'],
    trust: 'muted',
    note: 'Never names the client.',
    firstSeenAt: at('2026-09-03T13:40:02Z'),
    lastContactAt: at('2026-09-10T12:40:00Z'),
    messageCount: 2,
  },
  {
    id: 'r-tobias-feldmann',
    displayName: 'Tobias Feldmann',
    company: 'Feldmann Tech Recruiting',
    identities: ['email:t.feldmann@feldmann-tech.de', 'name:tobias feldmann|feldmann tech recruiting', 'li:/in/tobias-feldmann-recruiting'],
    trust: 'neutral',
    firstSeenAt: at('2026-09-15T08:30:00Z'),
    lastContactAt: at('2026-09-16T19:12:00Z'),
    messageCount: 2,
  },
  {
    id: 'r-mehmet-aydin',
    displayName: 'Mehmet Aydın',
    company: 'Solarkiez',
    identities: ['email:mehmet.aydin@solarkiez.de', 'name:mehmet aydın|solarkiez'],
    trust: 'neutral',
    firstSeenAt: at('2026-10-12T09:15:20Z'),
    lastContactAt: at('2026-10-12T08:41:00Z'),
    messageCount: 1,
  },
  {
    id: 'r-oliver-brandt',
    displayName: 'Oliver Brandt',
    company: 'Kestrel Search',
    identities: ['li:/in/oliver-brandt-kestrel', 'name:oliver brandt|kestrel search'],
    trust: 'trusted',
    firstSeenAt: at('2026-10-22T14:02:48Z'),
    lastContactAt: at('2026-10-30T10:05:00Z'),
    messageCount: 2,
  },
  {
    id: 'r-saskia-de-groot',
    displayName: 'Saskia de Groot',
    company: 'Quokka Docs',
    identities: ['email:saskia@quokkadocs.com', 'name:saskia de groot|quokka docs'],
    trust: 'neutral',
    firstSeenAt: at('2026-11-11T13:00:12Z'),
    lastContactAt: at('2026-11-11T12:48:00Z'),
    messageCount: 1,
  },
];

const templates: TemplateRecord[] = [
  {
    id: 'builtin-decline-en',
    kind: 'decline',
    language: 'en',
    name: 'Polite no',
    body: "Hi {firstName},\n\nthank you for thinking of me. I'm not looking for a change right now, but I'd be glad to stay in touch.\n\nBest,\n{myName}",
    builtIn: true,
    updatedAt: at('2026-09-01T00:00:00Z'),
  },
  {
    id: 'builtin-decline-de',
    kind: 'decline',
    language: 'de',
    name: 'Höfliche Absage',
    body: 'Hallo {firstName},\n\nvielen Dank für Ihre Nachricht. Ich bin derzeit nicht auf der Suche, bleibe aber gern in Kontakt.\n\nViele Grüße\n{myName}',
    builtIn: true,
    updatedAt: at('2026-09-01T00:00:00Z'),
  },
  {
    id: 'builtin-ask-details-fr',
    kind: 'ask-details',
    language: 'fr',
    name: 'Demander des précisions',
    body: "Bonjour {firstName},\n\nmerci pour votre message. Pourriez-vous m'en dire plus sur la fourchette de salaire et le mode de travail (télétravail, hybride) ?\n\nCordialement,\n{myName}",
    builtIn: true,
    updatedAt: at('2026-09-01T00:00:00Z'),
  },
  {
    id: 'builtin-interested-es',
    kind: 'interested',
    language: 'es',
    name: 'Me interesa',
    body: 'Hola {firstName}:\n\ngracias por escribirme. El puesto me interesa; ¿podemos hablar esta semana?\n\nUn saludo,\n{myName}',
    builtIn: true,
    updatedAt: at('2026-09-01T00:00:00Z'),
  },
  {
    id: 'tpl-refer-nl-1',
    kind: 'refer',
    language: 'nl',
    name: 'Doorverwijzen naar een collega',
    body: 'Hoi {firstName},\n\nbedankt voor je bericht. Zelf zoek ik niets nieuws, maar {contactName} misschien wel: {contactLink}\n\nGroeten,\n{myName}',
    builtIn: false,
    updatedAt: at('2026-10-19T20:41:00Z'),
  },
  {
    id: 'tpl-keep-in-touch-en-1',
    kind: 'keep-in-touch',
    language: 'en',
    name: 'Not now, maybe spring',
    body: "Hi {firstName},\n\nthe timing isn't right for me this year, but the design-system work sounds great. Could you check back in March?\n\nKatrin",
    builtIn: false,
    updatedAt: at('2026-09-10T21:05:00Z'),
  },
];

const contacts: ContactRecord[] = [
  {
    id: 'c-moritz-abendroth',
    name: 'Moritz Abendroth',
    role: 'Backend Engineer · Go, Postgres',
    link: 'https://www.linkedin.com/in/moritz-abendroth',
    note: 'Open to backend roles in Berlin; ex-Tafelfreund.',
    createdAt: at('2026-10-18T18:30:00Z'),
  },
  {
    id: 'c-aylin-demir',
    name: 'Aylin Demir',
    role: 'Product Manager at Wolkig',
    createdAt: at('2026-11-13T20:40:00Z'),
  },
  {
    id: 'c-jule-baumann',
    name: 'Jule Baumann',
    link: 'mailto:jule.baumann@posteo.de',
    createdAt: at('2026-11-14T09:00:00Z'),
  },
];

const corrections: CorrectionRecordV1[] = [
  {
    id: 1,
    messageKey: 'linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyOTYwNTAwMDAwMGY0)',
    from: 'unsure',
    to: 'targeted',
    createdAt: at('2026-10-22T19:10:00Z'),
  },
  {
    id: 2,
    messageKey: 'gmail:18e4f0a2c1d9b7e3',
    from: 'spam',
    to: 'other',
    createdAt: at('2026-09-01T07:05:00Z'),
  },
  {
    // Undone corrections are kept so the scorer can learn from the candidate changing their mind.
    id: 3,
    messageKey: 'outlook:AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAGe1e6JvB8pLsM5a2Q7cFhE=',
    from: 'spam',
    to: 'targeted',
    createdAt: at('2026-09-05T07:00:00Z'),
    undoneAt: at('2026-09-05T07:00:09Z'),
  },
  {
    id: 4,
    messageKey: 'linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTM2ODkwMDAwMGM3)',
    from: 'unscored',
    to: 'spam',
    createdAt: at('2026-09-03T13:41:00Z'),
  },
];

const profile: ProfileRecord = {
  ...KATRIN,
  id: 'me',
  updatedAt: at('2026-08-30T20:15:00Z'),
};

const settings: SettingRecord[] = [
  { key: 'sites.enabled', value: { linkedin: true, gmail: true, outlook: false } },
  {
    key: 'sites.seen',
    value: {
      linkedin: { lastSeenAt: at('2026-11-17T08:40:00Z'), view: 'messaging', health: 'ok' },
      gmail: { lastSeenAt: at('2026-11-16T21:02:00Z'), view: 'mailbox', health: 'layout-not-recognised' },
    },
  },
];

export const ROWS_V1: RowsV1 = { profile: [profile], messages, recruiters, templates, contacts, corrections, settings };

// Version 2: messages carry what the scorer looks them up by, corrections what the learner saw, and
// the learned state sits in settings. The values are as the worker of late 2026 stored them.

const JONAS_ID = 'b7e4c1a2-5d3f-4e8a-9c61-2f0d8a7b3e15';
const JONAS = {
  name: 'Jonas Reiter',
  headline: 'Technical Recruiter at Parcelo',
  company: 'Parcelo',
  profileUrl: 'https://www.linkedin.com/in/jonas-reiter-parcelo/',
};

const messagesV2: MessageRecord[] = [
  {
    ...messages[0]!,
    fingerprint: '25492811da8ee10c',
    bands: ['0:04', '1:2a', '2:12', '3:14', '4:02', '5:07', '6:1a', '7:23', '8:2e', '9:04', '10:0c'],
    agency: 'domain:jobwelle.de',
    identities: ['email:jobagent@mail.jobwelle.de', 'name:jobwelle jobagent|jobwelle'],
    language: 'de',
    corrected: true,
  },
  {
    ...messages[1]!,
    fingerprint: '4df267e5bcb085cc',
    bands: ['0:09', '1:2f', '2:24', '3:33', '4:3c', '5:16', '6:3c', '7:2c', '8:08', '9:17', '10:0c'],
    agency: 'company:kranich health',
    identities: ['li:sophie-brandauer-3a91b2', 'name:sophie brandauer|kranich health'],
    language: 'en',
  },
  {
    ...messages[2]!,
    fingerprint: '0c14528a949e89e3',
    bands: ['0:01', '1:20', '2:28', '3:29', '4:11', '5:0a', '6:14', '7:27', '8:28', '9:27', '10:23'],
    agency: 'company:brightfield talent partners',
    identities: ['name:callum rix|brightfield talent partners'],
    language: 'en',
    corrected: true,
  },
  {
    ...messages[3]!,
    fingerprint: 'cbba4f9286695000',
    bands: ['0:19', '1:1d', '2:34', '3:27', '4:32', '5:0a', '6:06', '7:1a', '8:15', '9:00', '10:00'],
    agency: 'domain:codehire-europe.io',
    identities: ['email:jobs@codehire-europe.io', 'name:talent team|codehire europe'],
    language: 'en',
  },
  {
    ...messages[4]!,
    fingerprint: '3b8120038bcef4e9',
    bands: ['0:07', '1:1c', '2:02', '3:10', '4:00', '5:0e', '6:0b', '7:33', '8:2f', '9:13', '10:29'],
    agency: 'company:kranich health',
    identities: ['li:sophie-brandauer-3a91b2', 'name:sophie brandauer|kranich health'],
    language: 'en',
  },
  {
    ...messages[5]!,
    fingerprint: '4381f5d4c6539eca',
    bands: ['0:08', '1:1c', '2:03', '3:3a', '4:3a', '5:13', '6:06', '7:14', '8:39', '9:3b', '10:0a'],
    agency: 'company:brightfield talent partners',
    identities: ['name:callum rix|brightfield talent partners'],
    language: 'en',
  },
  {
    ...messages[6]!,
    fingerprint: '893e0243541ed472',
    bands: ['0:11', '1:09', '2:3c', '3:01', '4:08', '5:0d', '6:14', '7:07', '8:2d', '9:11', '10:32'],
    agency: 'domain:feldmann-tech.de',
    identities: ['email:t.feldmann@feldmann-tech.de', 'name:tobias feldmann|feldmann tech recruiting'],
    language: 'de',
  },
  {
    // The candidate's own reply: looked up by thread only, never scored.
    ...messages[7]!,
    fingerprint: '8d7fafd6febffdf6',
    bands: ['0:11', '1:2b', '2:3f', '3:17', '4:3a', '5:1b', '6:3e', '7:2f', '8:3f', '9:37', '10:36'],
    agency: null,
    identities: ['email:katrin.vogelsang@posteo.de'],
    language: 'de',
  },
  {
    ...messages[8]!,
    fingerprint: '806d133d50880f33',
    bands: ['0:10', '1:03', '2:1a', '3:09', '4:27', '5:15', '6:10', '7:22', '8:00', '9:3c', '10:33'],
    agency: 'domain:solarkiez.de',
    identities: ['email:mehmet.aydin@solarkiez.de', 'name:mehmet aydin|solarkiez'],
    language: 'en',
  },
  {
    ...messages[9]!,
    label: 'targeted',
    fingerprint: '7ae33a2d32d50fd9',
    bands: ['0:0f', '1:17', '2:06', '3:1d', '4:05', '5:14', '6:32', '7:35', '8:10', '9:3f', '10:19'],
    agency: 'company:kestrel search',
    identities: ['li:oliver-brandt-kestrel', 'name:oliver brandt|kestrel search'],
    language: 'en',
    corrected: true,
  },
  {
    ...messages[10]!,
    fingerprint: 'e61a32566d81f63f',
    bands: ['0:1c', '1:30', '2:34', '3:19', '4:0a', '5:19', '6:2d', '7:20', '8:1f', '9:18', '10:3f'],
    agency: 'company:kestrel search',
    identities: ['li:oliver-brandt-kestrel', 'name:oliver brandt|kestrel search'],
    language: 'en',
  },
  {
    // Stored unscored by version 1: the migration adds its fields, not a verdict.
    ...messages[11]!,
    fingerprint: 'c898af8ca56f27d2',
    bands: ['0:19', '1:04', '2:31', '3:17', '4:31', '5:12', '6:25', '7:1b', '8:32', '9:1f', '10:12'],
    agency: 'company:mowe bank',
    identities: ['name:clara nguyen|mowe bank'],
    language: 'en',
  },
  {
    // Scored by the worker as it was saved; its recruiter was created then.
    key: 'linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTczMDgwMjAwMDAwMGM1)',
    site: 'linkedin',
    siteMessageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTczMDgwMjAwMDAwMGM1)',
    threadKey: 'urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-YjQ1ZTdhMmUtMzM4Ny00)',
    recruiterId: JONAS_ID,
    sender: JONAS,
    subject: null,
    body:
      'Hi Katrin,\n\nI read about the Funke design system you built at Quellwerk Energy, and your accessibility talk at the Berlin React meetup. ' +
      'Parcelo is rebuilding its shipper dashboard and needs a Senior Frontend Engineer to own the component library.\n\n' +
      '- React, TypeScript, Storybook, Playwright\n- Hybrid in Berlin-Kreuzberg, two office days\n- Permanent, €90–100k\n\nWould a 20-minute call next week work?\n\nJonas',
    receivedAt: at('2026-11-05T10:12:00Z'),
    firstSeenAt: at('2026-11-05T10:13:27Z'),
    isOwn: false,
    inMail: false,
    recipientCount: null,
    label: 'targeted',
    score: 91,
    reasons: ['Names your work on the Funke design system at Quellwerk Energy', 'Senior frontend role, hybrid in Berlin', '€90–100k is above your floor'],
    state: 'answered',
    fingerprint: '0dd0f0728db920df',
    bands: ['0:01', '1:2e', '2:21', '3:38', '4:0e', '5:0a', '6:0d', '7:2e', '8:12', '9:03', '10:1f'],
    agency: 'company:parcelo',
    identities: ['li:jonas-reiter-parcelo', 'name:jonas reiter|parcelo'],
    language: 'en',
  },
  {
    ...messages[12]!,
    fingerprint: '1dbf68d803e61978',
    bands: ['0:03', '1:2d', '2:3e', '3:34', '4:1b', '5:00', '6:03', '7:39', '8:21', '9:25', '10:38'],
    agency: 'domain:quokkadocs.com',
    identities: ['email:saskia@quokkadocs.com', 'name:saskia de groot|quokka docs'],
    language: 'en',
  },
  {
    ...messages[13]!,
    fingerprint: '8c6d4f133a27f0b0',
    bands: ['0:11', '1:23', '2:1a', '3:27', '4:22', '5:0c', '6:3a', '7:09', '8:3f', '9:02', '10:30'],
    agency: 'domain:meridian-people.eu',
    identities: ['email:careers@meridian-people.eu', 'name:recruitment team|meridian people solutions'],
    language: 'en',
  },
];

const recruitersV2: RecruiterRecord[] = [
  {
    ...recruiters[0]!,
    identities: ['li:sophie-brandauer-3a91b2', 'name:sophie brandauer|kranich health', 'email:sophie.brandauer@kranich-health.de'],
  },
  recruiters[1]!,
  recruiters[2]!,
  { ...recruiters[3]!, identities: ['email:mehmet.aydin@solarkiez.de', 'name:mehmet aydın|solarkiez', 'name:mehmet aydin|solarkiez'] },
  { ...recruiters[4]!, identities: ['li:oliver-brandt-kestrel', 'name:oliver brandt|kestrel search'] },
  recruiters[5]!,
  {
    id: JONAS_ID,
    displayName: 'Jonas Reiter',
    company: 'Parcelo',
    identities: ['li:jonas-reiter-parcelo', 'name:jonas reiter|parcelo'],
    trust: 'trusted',
    note: 'Call on Thursday went well; second round with the frontend lead.',
    firstSeenAt: at('2026-11-05T10:13:27Z'),
    lastContactAt: at('2026-11-05T10:12:00Z'),
    messageCount: 1,
  },
];

const correctionsV2: CorrectionRecord[] = [
  {
    ...corrections[0]!,
    features: ['e:fit.stack', 'e:fit.workplace', 'e:fit.pay', 'w:recruiting', 'w:senior', 'w:react', 'w:engineer', 'w:tiefsee', 'w:typescript', 'w:graphql', 'w:remote', 'w:permanent', 'a:company:kestrel search', 'r:li:oliver-brandt-kestrel', 'r:name:oliver brandt|kestrel search', 's:linkedin'],
    ruleLogits: [0.5, 0.5, 0],
    fingerprint: '7ae33a2d32d50fd9',
  },
  {
    ...corrections[1]!,
    features: ['e:other.job-alert', 'w:hallo', 'w:katrin', 'w:neuesten', 'w:treffer', 'w:jobagenten', 'w:frontend', 'w:engineer', 'a:domain:jobwelle.de', 'r:email:jobagent@mail.jobwelle.de', 's:gmail'],
    ruleLogits: [0, 0, 3],
    fingerprint: '25492811da8ee10c',
  },
  {
    ...corrections[2]!,
    features: ['e:blanket.merge-field', 'w:firstname', 'w:reaching', 'w:experience', 'w:company', 'w:competitive', 'w:salaries', 'a:domain:codehire-europe.io', 'r:email:jobs@codehire-europe.io', 's:outlook'],
    ruleLogits: [0, 3, 0],
    fingerprint: 'cbba4f9286695000',
  },
  {
    ...corrections[3]!,
    features: ['e:blanket.vague', 'e:blanket.phone', 'w:client', 'w:leading', 'w:fintech', 'w:unicorn', 'w:scaling', 'w:number', 'a:company:brightfield talent partners', 'r:name:callum rix|brightfield talent partners', 's:linkedin'],
    ruleLogits: [0, 3, 0],
    fingerprint: '0c14528a949e89e3',
  },
];

const settingsV2: SettingRecord[] = [
  ...settings,
  {
    key: 'learner.state',
    value: {
      version: 1,
      weights: { '18231': [0.412, -0.206, -0.206], '90577': [0.388, -0.194, -0.194], '201764': [-0.133, -0.133, 0.266] },
      bias: [0.021, -0.008, 0.013],
      exemplars: [
        { fingerprint: '7ae33a2d32d50fd9', label: 'targeted', key: corrections[0]!.messageKey },
        { fingerprint: '25492811da8ee10c', label: 'other', key: corrections[1]!.messageKey },
        { fingerprint: '0c14528a949e89e3', label: 'spam', key: corrections[3]!.messageKey },
      ],
      updates: 3,
    },
  },
];

export const ROWS_V2: RowsV2 = {
  profile: [profile],
  messages: messagesV2,
  recruiters: recruitersV2,
  templates,
  contacts,
  corrections: correctionsV2,
  settings: settingsV2,
};

/** What version 3 adds to each message: role, company and search words (own messages: no words). */
export const TRIAGE_FIELDS_V3: Readonly<Record<string, Pick<MessageRecord, 'role' | 'company' | 'search'>>> = {
  "gmail:18e4f0a2c1d9b7e3": {"role":"Frontend Engineer","company":"Jobwelle","search":["jobwelle","jobagent","12","neue","jobs","fur","frontend","engineer","in","berlin"]},
  "linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTI2MzI4MDAwMGI1)": {"role":"Senior Frontend Engineer","company":"Kranich Health","search":["sophie","brandauer","kranich","health","senior","frontend","engineer"]},
  "linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTM2ODkwMDAwMGM3)": {"company":"Brightfield Talent Partners","search":["callum","rix","brightfield","talent","partners"]},
  "outlook:AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAGe1e6JvB8pLsM5a2Q7cFhE=": {"company":"CodeHire Europe","search":["talent","team","codehire","europe","firstname","your","next","react","role","is","waiting"]},
  "linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTg3MDAwMDAwMGQx)": {"company":"Kranich Health","search":["sophie","brandauer","kranich","health"]},
  "linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTk3MjQwMDAwMGU4)": {"company":"Brightfield Talent Partners","search":["callum","rix","brightfield","talent","partners"]},
  "gmail:18e9c35b20f4a6d1": {"role":"Senior Frontend Engineer","company":"Feldmann Tech Recruiting","search":["tobias","feldmann","tech","recruiting","senior","frontend","engineer","react","typescript","bei","pendelwerk","remote","in","de","festanstellung"]},
  "gmail:18ea1d7c44e0b925": {"search":[]},
  "gmail:18f33b90e2a17c48": {"role":"Senior Frontend Engineer","company":"Solarkiez","search":["mehmet","aydin","solarkiez","urgent","senior","frontend","engineer","at","hybrid","berlin"]},
  "linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyOTYwNTAwMDAwMGY0)": {"role":"Senior React Engineer","company":"Kestrel Search","search":["oliver","brandt","kestrel","search","senior","react","engineer"]},
  "linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTczMDI4MjcwMDAwMGE5)": {"company":"Kestrel Search","search":["oliver","brandt","kestrel","search"]},
  "linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTczMDYyNTU0MDAwMGIy)": {"role":"Staff Frontend Engineer","company":"Möwe Bank","search":["clara","nguyen","mowe","bank","staff","frontend","engineer"]},
  "linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTczMDgwMjAwMDAwMGM1)": {"role":"Senior Frontend Engineer","company":"Parcelo","search":["jonas","reiter","parcelo","senior","frontend","engineer"]},
  "outlook:AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAKc92Rr3pUxPq1f0bXy7U8w=": {"role":"Senior Frontend Engineer","company":"Quokka Docs","search":["saskia","de","groot","quokka","docs","senior","frontend","engineer","editor","team","remote","in","germany"]},
  "outlook:AAQkADAwATM0MDAAMS1iNTcwLWI2NTQtMDACLTAwCgAQAOf4c2Lk8vRJn0Wq3hZ5b1s=": {"role":"Fullstack Developer","company":"Meridian People Solutions","search":["recruitment","team","meridian","people","solutions","job","opportunity","fullstack","developer","php","vue","leipzig"]},
};

export const ROWS_V3: RowsV2 = {
  ...ROWS_V2,
  messages: messagesV2.map((m) => ({ ...m, ...TRIAGE_FIELDS_V3[m.key] })),
};

/** Every schema version's realistic rows; the migration harness fills a database of that version with them. */
export const REALISTIC_ROWS: Readonly<Record<number, Rows>> = {
  1: ROWS_V1,
  2: ROWS_V2,
  3: ROWS_V3,
};

export function realisticRowsAt(version: number): Rows {
  const rows = REALISTIC_ROWS[version];
  if (!rows) throw new Error(`tests/db/realistic-rows.ts has no rows for schema version ${version}; add them.`);
  return rows;
}
