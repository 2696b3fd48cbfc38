import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { draftForText } from '../../src/background/replies';
import { onSyncedDataChanged } from '../../src/background/sync-hooks';
import { messageKey, type IncomingMessage } from '../../src/core/message';
import { templateVariants } from '../../src/core/replies/custom';
import { REPLY_KINDS, TEMPLATE_LANGUAGES, type DeclineReason } from '../../src/core/replies/drafts';
import { ASK_DETAILS } from '../../src/core/replies/templates';
import type { RecruiterAllyDb } from '../../src/db/database';
import type { Handlers, SenderInfo } from '../../src/messaging/dispatch';
import { createTestDb } from '../db/test-db';
import { KATRIN } from '../fixtures/profiles';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const PAGE: SenderInfo = { id: 'own', url: 'chrome-extension://own/popup.html' };

function message(id: string, fields: Partial<IncomingMessage>): IncomingMessage {
  return {
    site: 'linkedin',
    siteMessageId: `urn:li:msg_message:(2-${id})`,
    threadKey: `thread-${id}`,
    sender: { name: 'Saskia de Groot', company: 'Quokka Docs' },
    subject: null,
    body: '',
    sentAt: '2026-11-11T12:48:00Z',
    isOwn: false,
    recipientCount: 1,
    ...fields,
  };
}

const ENGLISH = message('en', {
  body:
    "Hi Katrin,\n\nI'm Saskia, Technical Recruiter at Quokka Docs. Our Head of Frontend, Maria, saw your talk on the Funke design system.\n" +
    "We're looking for a Senior Frontend Engineer to join the editor team, fully remote in Germany.\n\nBest,\nSaskia\nTalent Partner",
});

const GERMAN = message('de', {
  sender: { name: 'Jonas Reiter', headline: 'Senior Recruiter bei Talentwerk' },
  body:
    'Hallo Frau Vogelsang,\n\nfür unseren Kunden, ein wachsendes Berliner Softwareunternehmen, suche ich einen Senior Frontend-Entwickler (m/w/d) ' +
    'mit TypeScript und React. Sie würden an den Head of Engineering berichten.\n\nViele Grüße\nJonas Reiter\nSenior Recruiter',
});

const NAMELESS = message('anon', {
  sender: { name: '' },
  body: 'Are you open to new opportunities? Let me know.',
});

let db: RecruiterAllyDb;
let handlers: Handlers;
let synced: ReturnType<typeof vi.fn<() => void>>;

async function store(...messages: IncomingMessage[]): Promise<void> {
  await handlers['messages/save']({ messages }, PAGE);
}

beforeEach(async () => {
  db = createTestDb();
  handlers = createHandlers(db, { now: () => NOW });
  await handlers['profile/save']({ profile: KATRIN }, PAGE);
  await store(ENGLISH, GERMAN, NAMELESS);
  // Listened to after the setup, so each test counts only what its own requests told sync.
  synced = vi.fn<() => void>();
  onSyncedDataChanged(synced);
});

afterEach(() => {
  onSyncedDataChanged(null);
  db.close();
});

const draft = (msg: IncomingMessage, kind: (typeof REPLY_KINDS)[number], options: Record<string, unknown> = {}) =>
  handlers['replies/draft']({ key: messageKey(msg), kind, ...options }, PAGE);

describe('replies/draft', () => {
  it('answers a German message in German, with the offered role and not the manager', async () => {
    const reply = await draft(GERMAN, 'ask-details');
    expect(reply).toMatchObject({ language: 'de', messageLanguage: 'de', custom: false });
    expect(reply.text.startsWith('Hallo Jonas,\n\nvielen Dank für Ihre Nachricht.')).toBe(true);
    expect(reply.text).toContain('Die Stelle als Senior Frontend-Entwickler klingt interessant.');
    expect(reply.text).not.toContain('Head of Engineering');
    expect(reply.text.endsWith('Viele Grüße\nKatrin Vogelsang')).toBe(true);
    // The agency hides its client, so its own name is not given as the employer: that sentence is left out.
    const interested = await draft(GERMAN, 'interested');
    expect(interested.text).not.toContain('Talentwerk');
    expect(interested.text).not.toContain(' bei ');
    expect(interested.text).toContain('Ich würde gern mehr darüber erfahren.');
  });

  it('switches to the language the candidate picks', async () => {
    const reply = await draft(GERMAN, 'keep-in-touch', { language: 'es' });
    expect(reply).toMatchObject({ language: 'es', messageLanguage: 'de' });
    expect(reply.text).toBe(
      'Hola, Jonas:\n\nGracias por escribirme.\nPor ahora no estoy buscando un cambio, pero me encantaría mantener el contacto.\n' +
        'Si en el futuro surgen puestos de Senior Frontend Engineer o Frontend Engineer, con gusto los consideraré.\n\nSaludos cordiales,\nKatrin Vogelsang',
    );
  });

  it('takes the offered role over a colleague named before it, and the company from an in-house recruiter', async () => {
    const reply = await draft(ENGLISH, 'interested');
    expect(reply).toMatchObject({ language: 'en', messageLanguage: 'en' });
    expect(reply.text).toContain('The Senior Frontend Engineer role at Quokka Docs sounds like a great fit.');
    expect(reply.text).not.toContain('Head of Frontend');
  });

  it('asks only for what the message left out', async () => {
    const reply = await draft(ENGLISH, 'ask-details');
    expect(reply.missing).toEqual(['pay', 'process']);
    const en = ASK_DETAILS.en.items;
    expect(reply.text).toContain(en.pay);
    expect(reply.text).toContain(en.process);
    for (const asked of [en.workplace, en.company, en.team]) expect(reply.text).not.toContain(asked);
    const german = await draft(GERMAN, 'ask-details');
    expect(german.missing).toEqual(['pay', 'workplace', 'company', 'team', 'process']);
    expect(german.text).toContain(ASK_DETAILS.de.items.company);
  });

  it.each([
    ['not-looking', "I'm not looking for a new position right now"],
    ['pay', 'The compensation is below what I'],
    ['location', "The location and working arrangement don't work for me"],
    ['do-not-contact', "I'd ask you not to contact me about such roles in the future."],
  ] as [DeclineReason, string][])('declines for the reason chosen: %s', async (declineReason, sentence) => {
    const reply = await draft(ENGLISH, 'decline', { declineReason });
    expect(reply.text).toContain(sentence);
  });

  it('gives the not-looking decline when no reason is chosen', async () => {
    expect((await draft(ENGLISH, 'decline')).text).toContain("I'm not looking for a new position right now");
  });

  it('names the referral contact chosen, and still reads well without one', async () => {
    const { contact } = await handlers['contacts/save'](
      { contact: { name: 'Ana Souza', role: 'Staff Engineer at Parcelo', link: 'https://www.linkedin.com/in/ana-souza', note: 'She built their design system.' } },
      PAGE,
    );
    const withContact = await draft(ENGLISH, 'refer', { contactId: contact.id });
    expect(withContact.text).toContain("I'd like to suggest Ana Souza.");
    expect(withContact.text).toContain('Ana Souza currently works as Staff Engineer at Parcelo.');
    expect(withContact.text).toContain('Here is their profile: https://www.linkedin.com/in/ana-souza');
    expect(withContact.text).toContain('She built their design system.');

    const without = await draft(ENGLISH, 'refer');
    expect(without.text).not.toContain('suggest');
    expect(without.text).not.toContain('profile:');
    expect(without.text).toContain('I may know someone who would be a great fit.');
    expect(without.text).toContain("If you're open to it, I'm happy to make an introduction.");

    const partial = await handlers['contacts/save']({ contact: { name: 'Lena Brandt' } }, PAGE);
    const named = await draft(GERMAN, 'refer', { contactId: partial.contact.id });
    expect(named.text).toContain('Ich möchte Ihnen gern Lena Brandt empfehlen.');
    expect(named.text).not.toMatch(/arbeitet derzeit als|Profil:/);
  });

  it('uses the candidate’s template for that kind, reason and language, then the built-in again after a reset', async () => {
    const { template } = await handlers['templates/save'](
      { kind: 'decline', variant: 'pay', language: 'de', body: 'Hallo {recruiterFirstName},\n\ndas Gehalt für {role} passt leider nicht.\n\n{myName}' },
      PAGE,
    );
    expect(template).toMatchObject({ id: 'decline:pay:de', custom: true, updatedAt: NOW });
    expect(synced).toHaveBeenCalledTimes(1);

    const custom = await draft(GERMAN, 'decline', { declineReason: 'pay' });
    expect(custom).toMatchObject({ custom: true, language: 'de' });
    expect(custom.text).toBe('Hallo Jonas,\n\ndas Gehalt für Senior Frontend-Entwickler passt leider nicht.\n\nKatrin Vogelsang');
    // Another reason, or another language, keeps its built-in.
    expect((await draft(GERMAN, 'decline', { declineReason: 'timing' })).custom).toBe(false);
    expect((await draft(GERMAN, 'decline', { declineReason: 'pay', language: 'en' })).custom).toBe(false);

    expect(await handlers['templates/reset']({ id: 'decline:pay:de' }, PAGE)).toEqual({ reset: 1 });
    expect(synced).toHaveBeenCalledTimes(2);
    const builtIn = await draft(GERMAN, 'decline', { declineReason: 'pay' });
    expect(builtIn.custom).toBe(false);
    expect(builtIn.text).toContain('Die Vergütung liegt unter meinen derzeitigen Vorstellungen');
  });

  it('falls back to the built-in when every sentence of a custom template needs a missing value', async () => {
    await handlers['templates/save']({ kind: 'interested', variant: 'default', language: 'en', body: 'The {role} at {company} it is.' }, PAGE);
    const reply = await draft(NAMELESS, 'interested');
    expect(reply.custom).toBe(false);
    expect(reply.text.startsWith('Hello,')).toBe(true);
  });

  it('never shows undefined, null or a placeholder, over every kind, language and reason', async () => {
    const { contact } = await handlers['contacts/save']({ contact: { name: 'Ana Souza', link: 'mailto:ana@example.com' } }, PAGE);
    for (const msg of [ENGLISH, GERMAN, NAMELESS]) {
      for (const kind of REPLY_KINDS) {
        for (const variant of templateVariants(kind)) {
          for (const language of TEMPLATE_LANGUAGES) {
            for (const contactId of kind === 'refer' ? [undefined, contact.id] : [undefined]) {
              const options = { language, ...(kind === 'decline' ? { declineReason: variant } : {}), ...(contactId ? { contactId } : {}) };
              const { text } = await draft(msg, kind, options);
              expect(text, `${kind}/${variant}/${language}`).not.toMatch(/undefined|null|[{}]| {2}/);
              expect(text.split('\n').filter((line) => line.trim()).length).toBeGreaterThanOrEqual(4);
            }
          }
        }
      }
    }
  });

  it('greets without a name and signs without one when neither is known', async () => {
    await db.profile.clear();
    const reply = await draft(NAMELESS, 'keep-in-touch', { language: 'fr' });
    expect(reply.text.startsWith('Bonjour,\n')).toBe(true);
    expect(reply.text.endsWith('Bien cordialement,')).toBe(true);
    expect(reply.text).not.toContain('postes de');
  });

  it.each([
    ['an unknown kind', { key: 'linkedin:x', kind: 'ghost' }],
    ['no key', { kind: 'decline' }],
    ['an unknown language', { key: 'linkedin:x', kind: 'decline', language: 'nl' }],
    ['an unknown decline reason', { key: 'linkedin:x', kind: 'decline', declineReason: 'bored' }],
    ['a contact id that is not text', { key: 'linkedin:x', kind: 'refer', contactId: 7 }],
  ])('refuses a request with %s', async (_what, payload) => {
    await expect(handlers['replies/draft'](payload as never, PAGE)).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('says so when the message or the contact is gone', async () => {
    await expect(handlers['replies/draft']({ key: 'linkedin:gone', kind: 'decline' }, PAGE)).rejects.toThrow('No stored message has this key.');
    await expect(draft(ENGLISH, 'refer', { contactId: 'removed' })).rejects.toThrow(/No referral contact has this id/);
  });
});

describe('draftForText', () => {
  it('drafts for text that is not stored, such as a page selection', async () => {
    const reply = await draftForText(
      db,
      {
        body: 'Bonjour Katrin, nous recherchons un développeur front-end senior chez Aurore. Le poste est en télétravail complet.',
        subject: null,
        sender: { name: 'Camille Martin' },
      },
      'ask-details',
      {},
    );
    expect(reply).toMatchObject({ language: 'fr', messageLanguage: 'fr', custom: false, missing: ['pay', 'team', 'process'] });
    expect(reply.text.startsWith('Bonjour Camille,')).toBe(true);
    expect(reply.text).toContain('Le poste de développeur front-end senior a retenu mon attention.');
  });

  it('refuses unchecked options clearly instead of failing in the database', async () => {
    const source = { body: 'We are hiring a Data Scientist.', subject: null, sender: { name: 'Ana' } };
    await expect(draftForText(db, source, 'refer', { contactId: { $gt: '' } as never })).rejects.toMatchObject({ code: 'bad-request' });
    const reply = await draftForText(db, source, 'decline', { language: 'xx' as never, declineReason: 'bored' as never });
    expect(reply.language).toBe('en');
    expect(reply.text).toContain("I'm not looking for a new position right now");
  });

    it('writes English for a language without templates', async () => {
    const reply = await draftForText(db, { body: 'Hallo Katrin, wij zoeken een ervaren frontend developer voor ons team in Amsterdam.', subject: null, sender: { name: 'Sanne' } }, 'decline', {});
    expect(reply).toMatchObject({ language: 'en', messageLanguage: 'nl' });
  });
});

describe('templates/*', () => {
  it('lists all fifty templates with the candidate’s version in force', async () => {
    await handlers['templates/save']({ kind: 'refer', variant: 'default', language: 'pt', body: 'Recomendo {referralName}.' }, PAGE);
    const { templates } = await handlers['templates/list']({}, PAGE);
    expect(templates).toHaveLength(50);
    expect(templates.find((t) => t.id === 'refer:default:pt')).toMatchObject({ custom: true, body: 'Recomendo {referralName}.' });
  });

  it.each([
    ['an unknown variable', { kind: 'refer', variant: 'default', language: 'en', body: 'Meet {friend}.' }, /\{friend\} is not a known variable/],
    ['a brace left open', { kind: 'refer', variant: 'default', language: 'en', body: 'Meet {referralName.' }, /never closed/],
    ['a body over 4,000 characters', { kind: 'refer', variant: 'default', language: 'en', body: 'x'.repeat(4001) }, /at most 4,000/],
    ['a variant of another kind', { kind: 'refer', variant: 'pay', language: 'en', body: 'Hi.' }, /"variant" must be "default"/],
    ['an unknown decline reason', { kind: 'decline', variant: 'bored', language: 'en', body: 'Hi.' }, /"variant" must be one of/],
    ['an unknown language', { kind: 'refer', variant: 'default', language: 'it', body: 'Ciao.' }, /"language" must be one of/],
  ])('refuses %s with a sentence and stores nothing', async (_what, payload, detail) => {
    const error = await Promise.resolve(handlers['templates/save'](payload as never, PAGE)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'bad-request', message: 'The template was not saved.' });
    expect((error as { details: string[] }).details.some((d) => detail.test(d))).toBe(true);
    expect(await db.templates.count()).toBe(0);
    expect(synced).not.toHaveBeenCalled();
  });

  it('resets all templates at once, and refuses an id that names no template', async () => {
    await handlers['templates/save']({ kind: 'refer', variant: 'default', language: 'en', body: 'Meet {referralName}.' }, PAGE);
    await handlers['templates/save']({ kind: 'decline', variant: 'role', language: 'es', body: 'No, gracias.' }, PAGE);
    await expect(handlers['templates/reset']({ id: 'refer:pay:en' }, PAGE)).rejects.toMatchObject({ code: 'bad-request' });
    expect(await handlers['templates/reset']({}, PAGE)).toEqual({ reset: 2 });
    expect(await db.templates.count()).toBe(0);
  });
});

describe('contacts/*', () => {
  it('saves, lists, updates and removes contacts, telling sync each time', async () => {
    const { contact } = await handlers['contacts/save']({ contact: { name: 'Ana Souza', link: 'ana@example.com' } }, PAGE);
    expect(contact).toMatchObject({ name: 'Ana Souza', link: 'mailto:ana@example.com', createdAt: NOW });
    const { contact: updated } = await handlers['contacts/save']({ contact: { id: contact.id, name: 'Ana Souza', role: 'Staff Engineer' } }, PAGE);
    expect(updated).toEqual({ id: contact.id, name: 'Ana Souza', role: 'Staff Engineer', createdAt: NOW });
    expect((await handlers['contacts/list']({}, PAGE)).contacts).toEqual([updated]);
    expect(await handlers['contacts/remove']({ id: contact.id }, PAGE)).toEqual({ removed: true });
    expect(await handlers['contacts/remove']({ id: contact.id }, PAGE)).toEqual({ removed: false });
    expect(synced).toHaveBeenCalledTimes(3);
  });

  it('refuses a bad contact with every problem listed, and an update of a removed one', async () => {
    const error = await Promise.resolve(
      handlers['contacts/save']({ contact: { name: '', link: 'javascript:alert(1)', note: 'x'.repeat(501) } }, PAGE),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'bad-request', message: 'The contact was not saved.' });
    expect((error as { details: string[] }).details).toHaveLength(3);
    await expect(handlers['contacts/save']({ contact: { id: 'gone', name: 'Ana' } }, PAGE)).rejects.toThrow(/no stored contact has this id/);
    await expect(handlers['contacts/remove']({ id: '' } as never, PAGE)).rejects.toMatchObject({ code: 'bad-request' });
    expect(await db.contacts.count()).toBe(0);
    expect(synced).not.toHaveBeenCalled();
  });
});
