import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataHandlers } from '../../src/background/data-handlers';
import type { RecruiterAllyDb } from '../../src/db/database';
import { storeProfile } from '../../src/db/repositories/profile';
import type { SenderInfo } from '../../src/messaging/dispatch';
import { createTestDb } from '../db/test-db';
import { KATRIN } from '../fixtures/profiles';

const NOW = Date.parse('2026-11-28T10:00:00Z');
const PAGE: SenderInfo = { id: 'own', url: 'chrome-extension://own/src/popup/index.html?view=score' };

// Texts from the shared dev corpus (fe-berlin), as a candidate would select them on a page.
const TARGETED =
  "Hi Katrin,\n\nI'm Sophie, I look after engineering hiring at Kranich Health (we build the patient app used by about 40 clinics across Germany).\n\nI noticed you've been building the Funke design system at Quellwerk Energy. We're about to start our own component library and are hiring a Senior Frontend Engineer to lead that work: React, TypeScript, Storybook, and a serious focus on accessibility (a lot of our patients use screen readers).\n\n- Hybrid, our office is at Rosenthaler Platz, 2 days a week\n- Permanent, €85–98k plus a learning budget\n- English-speaking team, German is a plus, not a must\n\nWould you be open to a 20-minute call sometime next week?\n\nBest,\nSophie";
const BLANKET =
  'Hello,\n\nGreetings from Nexora Staffing!\n\nWe have an urgent requirement for Angular Developer for our client in Frankfurt.\n\nRole: Angular Developer (Angular 15+, RxJS, NgRx)\nLocation: Frankfurt am Main (Onsite 4 days/week)\nType: Contract, 12 months, extendable\nRate: €55–60/hour (all inclusive)\n\nIf interested please share updated CV, current location, notice period and expected rate.\n\nThanks & Regards\nRavi Menon';
const NEWSLETTER =
  "Komponentenbrief · Issue #142 · 27 October 2026\n\nHi Katrin, this week:\n\n1. The Popover API is now baseline: what it means for your dropdowns (and what it doesn't fix)\n2. Focus traps considered harmful? A screen-reader user's view\n3. Design tokens at scale: how a Hamburg bank ships one theme to 14 apps\n4. Tool of the week: a Vite plugin that flags unlabelled form controls at build time\n\nJobs corner: three roles from our sponsors, see the website.\n\nYou're receiving this because you subscribed at komponentenbrief.de.\nUnsubscribe · View in browser";
const GERMAN =
  'Hallo Katrin,\n\nich bin Recruiterin bei Spreeschiene Digital, wir entwickeln die Fahrgast-App und die Fahrplanauskunft für mehrere Verkehrsverbünde.\n\nFür unser Web-Team suchen wir eine:n Senior Frontend Engineer (React, TypeScript). Besonders spannend finde ich Ihre Erfahrung mit barrierefreien Komponenten und Design Systems – Barrierefreiheit ist bei uns nicht nur nice to have, sondern seit dem BFSG Pflicht.\n\nEin paar Eckdaten:\n– Hybrid, Büro in Berlin-Friedrichshain (1–2 Tage pro Woche)\n– unbefristet, 84.000–96.000 € + 30 Tage Urlaub\n– Teamsprache Deutsch und Englisch\n\nDarf ich Ihnen die ausführliche Stellenbeschreibung schicken?\n\nViele Grüße\nAnnika Wendt';

let db: RecruiterAllyDb;
let handlers: ReturnType<typeof createDataHandlers>;

beforeEach(async () => {
  db = createTestDb();
  handlers = createDataHandlers(db, () => NOW);
  await storeProfile(db, KATRIN, NOW - 60_000);
});

afterEach(() => db.close());

describe('adhoc/score', () => {
  it('a recruiter writing about the candidate\'s own work is targeted, with the reasons why', async () => {
    const { verdict } = await handlers['adhoc/score']({ text: `  ${TARGETED}\n` }, PAGE);
    expect(verdict).toMatchObject({ text: TARGETED, scoredAt: NOW, label: 'targeted' });
    expect(verdict.score).toBeGreaterThanOrEqual(60);
    expect(verdict.reasons.length).toBeGreaterThan(1);
  });

  it('blanket agency outreach is spam, with reasons', async () => {
    const { verdict } = await handlers['adhoc/score']({ text: BLANKET }, PAGE);
    expect(verdict.label).toBe('spam');
    expect(verdict.score).toBeLessThanOrEqual(40);
    expect(verdict.reasons.length).toBeGreaterThan(0);
  });

  it('a newsletter is not recruiter outreach', async () => {
    const { verdict } = await handlers['adhoc/score']({ text: NEWSLETTER }, PAGE);
    expect(verdict.label).toBe('other');
  });

  it('stores no message, only the last verdict, which adhoc/current answers', async () => {
    expect(await handlers['adhoc/current']({}, PAGE)).toEqual({ verdict: null });
    const { verdict } = await handlers['adhoc/score']({ text: BLANKET }, PAGE);
    expect(await db.messages.count()).toBe(0);
    expect(await db.recruiters.count()).toBe(0);
    expect(await handlers['adhoc/current']({}, PAGE)).toEqual({ verdict });
  });

  it.each([
    ['empty', '   '],
    ['not text', 42],
    ['far too long for one message', 'x'.repeat(50_001)],
  ])('refuses %s text and keeps the last verdict', async (_what, text) => {
    const { verdict } = await handlers['adhoc/score']({ text: TARGETED }, PAGE);
    await expect(handlers['adhoc/score']({ text } as never, PAGE)).rejects.toMatchObject({ code: 'bad-request' });
    expect((await handlers['adhoc/current']({}, PAGE)).verdict).toEqual(verdict);
  });
});

describe('adhoc/draft', () => {
  it('answers a reply in the language of the scored text', async () => {
    await handlers['adhoc/score']({ text: GERMAN }, PAGE);
    const reply = await handlers['adhoc/draft']({ kind: 'interested' }, PAGE);
    expect(reply).toMatchObject({ language: 'de', messageLanguage: 'de' });
    expect(reply.text).toMatch(/Katrin/);
    expect(reply.text).not.toMatch(/\bthanks\b/i);
  });

  it('in the language the candidate chose, and declines with a reason', async () => {
    await handlers['adhoc/score']({ text: GERMAN }, PAGE);
    const reply = await handlers['adhoc/draft']({ kind: 'decline', declineReason: 'pay', language: 'en' }, PAGE);
    expect(reply.language).toBe('en');
    expect(reply.text.length).toBeGreaterThan(20);
  });

  it('says so when nothing was scored yet, and refuses an unknown kind', async () => {
    await expect(handlers['adhoc/draft']({ kind: 'interested' }, PAGE)).rejects.toMatchObject({
      code: 'bad-request',
      message: expect.stringMatching(/No text has been scored yet/),
    });
    await handlers['adhoc/score']({ text: TARGETED }, PAGE);
    await expect(handlers['adhoc/draft']({ kind: 'ghost' } as never, PAGE)).rejects.toMatchObject({ code: 'bad-request' });
    await expect(handlers['adhoc/draft']({ kind: 'decline', language: 'xx' } as never, PAGE)).rejects.toMatchObject({ code: 'bad-request' });
  });
});
