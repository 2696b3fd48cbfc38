// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"enableJavaScriptEvaluation": true, "suppressInsecureJavaScriptEnvironmentWarning": true}}
// Script evaluation is on only so the fixtures' own inline scripts (the virtual list, the reply
// editor) can run here as they do in the browser; the adapter itself never needs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IncomingMessage } from '../../../src/core/message';
import type { MessageHandle } from '../../../src/content/site-adapter';
import { outlookAdapter as outlook, parseShownDate } from '../../../src/content/sites/outlook/adapter';
import { OUTLOOK_SELECTORS } from '../../../src/content/sites/outlook/selectors';

const FIXTURES = join(import.meta.dirname, '../../fixtures/outlook');
const INBOX = '2026-11-28-inbox.html';
const INBOX_FR = '2026-11-28-inbox-fr.html';
const REPLIED = '2026-11-28-thread-replied.html';
const EDITOR = '2026-11-28-reply-editor.html';
const VIRTUAL = '2026-11-28-virtual-list.html';
const LARGE = '2026-11-28-inbox-large.html';

const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** A fixture as its own document, scripts inert. */
function parse(name: string): Document {
  return new DOMParser().parseFromString(read(name), 'text/html');
}

/** A fixture in the test's window with its inline scripts running, as in the browser. */
function mount(name: string): Document {
  const html = read(name);
  document.documentElement.innerHTML = html;
  document.documentElement.lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '';
  for (const inert of document.querySelectorAll('script')) {
    const script = document.createElement('script');
    script.textContent = inert.textContent;
    inert.replaceWith(script);
  }
  return document;
}

/** The virtual-list fixtures' hook: show rows from index n on. */
const SCROLL_HOOK = '__scrollList';

function scrollList(n: number): void {
  const hook = (window as unknown as Record<string, unknown>)[SCROLL_HOOK];
  if (typeof hook !== 'function') throw new Error('the fixture script did not run');
  hook(n);
}

function handles(doc: Document): MessageHandle[] {
  const root = outlook.root(doc);
  expect(root, 'root').not.toBeNull();
  return outlook.findMessages(root!);
}

function extractAll(doc: Document, kind?: MessageHandle['kind']): IncomingMessage[] {
  return handles(doc)
    .filter((h) => !kind || h.kind === kind)
    .map((h) => outlook.extract(h, doc))
    .filter((m): m is IncomingMessage => m !== null);
}

/** Local wall-clock time as the page shows it, in ISO form. */
const local = (y: number, mo: number, d: number, h: number, mi: number): string => new Date(y, mo - 1, d, h, mi).toISOString();

afterEach(() => {
  vi.useRealTimers();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('outlook view', () => {
  it.each([
    ['https://outlook.live.com/mail/0/', 'live.com inbox'],
    ['https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1QhSFiOjpR7kfk2riKjNeEQhtw9XOfF8oYMxB1vRi%3D', 'live.com open message'],
    ['https://outlook.office.com/mail/', 'office.com'],
    ['https://outlook.office.com/mail/inbox/id/AAQkAGI2', 'office.com open message'],
    ['https://outlook.office365.com/mail', 'office365.com without a slash'],
    ['https://outlook.office365.com/mail/deeplink/read/AAMkAGI2', 'office365.com deep link'],
  ])('recognises %s (%s)', (href) => {
    expect(outlook.view(new URL(href), parse(INBOX))).toEqual({ kind: 'reading-pane', hasOpenThread: true });
    expect(outlook.view(new URL(href), new DOMParser().parseFromString('<p>loading</p>', 'text/html'))).toEqual({
      kind: 'mail-list',
      hasOpenThread: false,
    });
  });

  it.each([
    ['https://outlook.live.com/calendar/0/view/month', 'the calendar'],
    ['https://outlook.office.com/people/', 'people'],
    ['https://outlook.office.com/mailbox/', 'a path that only starts like mail'],
    ['http://outlook.live.com/mail/0/', 'plain http'],
    ['https://outlook.live.com.evil.example/mail/0/', 'a look-alike host'],
    ['https://mail.google.com/mail/u/0/#inbox', 'another site'],
  ])('ignores %s (%s)', (href) => {
    expect(outlook.view(new URL(href), parse(INBOX))).toBeNull();
  });

  it('has a list view without an open conversation', () => {
    const doc = parse(INBOX);
    doc.getElementById('ConversationReadingPaneContainer')?.remove();
    expect(outlook.view(new URL('https://outlook.live.com/mail/0/'), doc)).toEqual({ kind: 'mail-list', hasOpenThread: false });
  });
});

describe('outlook root', () => {
  it('is the smallest element holding both the list and the reading pane', () => {
    const doc = parse(INBOX);
    const root = outlook.root(doc)!;
    const list = doc.getElementById('MailList')!;
    const pane = doc.querySelector('[data-app-section="MailReadCompose"]')!;
    expect(root.contains(list) && root.contains(pane)).toBe(true);
    expect([...root.children].some((child) => child.contains(list) && child.contains(pane))).toBe(false);
    expect(root).not.toBe(doc.body);
  });

  it('falls back to the main region when only one of the two is shown', () => {
    const doc = parse(INBOX);
    doc.getElementById('MailList')?.remove();
    expect(outlook.root(doc)).toBe(doc.querySelector('[role="main"]'));
  });
});

describe('outlook findMessages', () => {
  it.each([
    [INBOX, 8, 1],
    [INBOX_FR, 8, 1],
    [REPLIED, 4, 2],
    [EDITOR, 2, 1],
  ])('%s: %i rows and %i full messages', (name, rows, messages) => {
    const found = handles(parse(name));
    expect(found.filter((h) => h.kind === 'row')).toHaveLength(rows);
    expect(found.filter((h) => h.kind === 'message')).toHaveLength(messages);
  });

  it('renders only the rows on screen in the virtual lists', () => {
    const small = handles(mount(VIRTUAL));
    expect(small.filter((h) => h.kind === 'row')).toHaveLength(15);
    expect(small.filter((h) => h.kind === 'message')).toHaveLength(1);
    const large = handles(mount(LARGE));
    expect(large.filter((h) => h.kind === 'row')).toHaveLength(20);
    expect(large.filter((h) => h.kind === 'message')).toHaveLength(1);
  });

  it('anchors rows on the sender and messages on the sender element, never on a class', () => {
    const doc = parse(INBOX);
    const found = handles(doc);
    const row = found.find((h) => h.kind === 'row')!;
    expect(row.anchor.textContent).toBe('Aaron Blake');
    expect(row.element.getAttribute('role')).toBe('option');
    const message = found.find((h) => h.kind === 'message')!;
    expect(message.anchor.id).toMatch(/^MSG_.+_FROM$/);
    expect(message.element.querySelector('div[id^="UniqueMessageBody"]')).not.toBeNull();
    // The message card, not the whole conversation or pane.
    expect(message.element.id).toBe('');
    expect(message.element.contains(doc.querySelector('[id^="CONV_"]'))).toBe(false);
  });

  it('skips a collapsed message (a sender without a body)', () => {
    const doc = parse(INBOX_FR);
    const froms = doc.querySelectorAll('[id^="MSG_"][id$="_FROM"]');
    expect(froms).toHaveLength(2);
    const messages = handles(doc).filter((h) => h.kind === 'message');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.anchor).toBe(froms[1]);
  });

  it('finds exactly the one row a mutation added, and reads it', () => {
    const doc = parse(INBOX);
    const listbox = doc.querySelector('#MailList [role="listbox"]')!;
    const row = listbox.querySelector('[role="option"]')!.cloneNode(true) as HTMLElement;
    row.setAttribute('data-convid', 'AQQkADAwATM0MDAAMS1uZXctcm93LWFkZGVkLWJ5LXRoZS1zaXRlAAA=');
    row.querySelector('div:nth-child(2)')!.textContent = 'Lea Sommer';
    listbox.prepend(row);
    const found = outlook.findMessages(row);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ element: row, kind: 'row' });
    expect(found[0]!.anchor.textContent).toBe('Lea Sommer');
    expect(outlook.extract(found[0]!, doc)).toMatchObject({
      siteMessageId: 'row:AQQkADAwATM0MDAAMS1uZXctcm93LWFkZGVkLWJ5LXRoZS1zaXRlAAA=',
      sender: { name: 'Lea Sommer' },
      isPreview: true,
    });
    // A subtree of the list holds no reading-pane message, and a subtree of the pane no row.
    expect(outlook.findMessages(doc.getElementById('MailList')!).every((h) => h.kind === 'row')).toBe(true);
    expect(outlook.findMessages(doc.querySelector('[role="main"]')!).map((h) => h.kind)).toEqual(['message']);
  });

  it('does work proportional to the scope: one new row in a 3,000-row list', () => {
    const bulk = Array.from({ length: 3_000 }, (_, i) => `<div role="option" data-convid="AQQkBULK${i}="><div>Sender ${i}</div><div>Subject ${i}</div><div>Preview ${i}</div></div>`);
    const html = read(INBOX).replace('<div class="Jp4Ls" role="presentation">Today</div>', bulk.join(''));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const listbox = doc.querySelector('#MailList [role="listbox"]')!;
    const added = listbox.querySelector('[role="option"]')!.cloneNode(true) as HTMLElement;
    added.setAttribute('data-convid', 'AQQkNEW=');
    listbox.append(added);
    const started = Date.now();
    const found = outlook.findMessages(added);
    const message = outlook.extract(found[0]!, doc);
    expect(Date.now() - started).toBeLessThan(250);
    expect(found).toHaveLength(1);
    expect(message).toMatchObject({ siteMessageId: 'row:AQQkNEW=', sender: { name: 'Sender 0' }, subject: 'Subject 0', body: 'Preview 0' });
  }, 30_000);

  it('reads the same after a badge host is put next to each anchor, and finds the message again from there', () => {
    const doc = parse(INBOX);
    const before = handles(doc).map((h) => outlook.extract(h, doc));
    for (const handle of handles(doc)) {
      const host = doc.createElement('span');
      host.attachShadow({ mode: 'open' }).append(doc.createTextNode('Targeted 92'));
      handle.anchor.after(host);
    }
    expect(handles(doc).map((h) => outlook.extract(h, doc))).toEqual(before);
    // The scanner looks again at the parent a badge was added to.
    const message = handles(doc).find((h) => h.kind === 'message')!;
    expect(outlook.findMessages(message.anchor.parentElement!)).toEqual([message]);
    const row = handles(doc).find((h) => h.kind === 'row')!;
    expect(outlook.findMessages(row.anchor.parentElement!)).toEqual([row]);
  });

  it('finds the message whose body arrives after its header (the mutation adds only the body)', () => {
    const doc = parse(INBOX);
    const body = doc.querySelector<HTMLElement>('div[id^="UniqueMessageBody"]')!;
    const card = body.parentElement!;
    body.remove();
    expect(outlook.findMessages(card)).toEqual([]);
    card.append(body);
    const found = outlook.findMessages(body);
    expect(found).toHaveLength(1);
    expect(found[0]!.element).toBe(card);
  });
});

describe('outlook extract', () => {
  it('reads the open message of the English inbox', () => {
    const doc = parse(INBOX);
    const [message] = extractAll(doc, 'message');
    expect(message).toMatchObject({
      site: 'outlook',
      siteMessageId: 'AQQkADAwATM0MDAAMS1QhSFiOjpR7kfk2riKjNeEQhtw9XOfF8oYMxB1vRi=:AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AqQk9k3vA7kWy4c6nLp0Y3QAABx8T2fAAAA',
      threadKey: 'outlook:AQQkADAwATM0MDAAMS1QhSFiOjpR7kfk2riKjNeEQhtw9XOfF8oYMxB1vRi=',
      sender: { name: 'Johanna Seidel', email: 'j.seidel@seidel-partner-it.de' },
      subject: 'Senior Frontend Engineer (m/w/d) bei Taktgeber – Barrierefreiheit & Design System – Berlin/hybrid',
      isOwn: false,
      recipientCount: 1,
      sentAt: local(2026, 11, 28, 8, 31),
    });
    expect(message!.isPreview).toBeUndefined();
    expect(message!.body.startsWith('Hallo Frau Vogelsang,\n')).toBe(true);
    expect(message!.body).toContain('• React, TypeScript, Storybook, Testing Library, Playwright\n');
    expect(message!.body).toContain('Ihre Arbeit am Funke Design System bei Quellwerk Energy');
  });

  it('reads rows as previews keyed by their conversation', () => {
    const rows = extractAll(parse(INBOX), 'row');
    expect(rows).toHaveLength(8);
    expect(rows[1]).toEqual({
      site: 'outlook',
      siteMessageId: 'row:AQQkADAwATM0MDAAMS1QhSFiOjpR7kfk2riKjNeEQhtw9XOfF8oYMxB1vRi=',
      threadKey: 'outlook:AQQkADAwATM0MDAAMS1QhSFiOjpR7kfk2riKjNeEQhtw9XOfF8oYMxB1vRi=',
      sender: { name: 'Johanna Seidel' },
      subject: 'Senior Frontend Engineer (m/w/d) bei Taktgeber – Barrierefreiheit & Design System – Berlin/hybrid',
      body: 'Hallo Frau Vogelsang, mein Name ist Johanna Seidel, ich bin Personalberaterin bei Seidel & Partner IT-Personal und betreue exklusiv…',
      sentAt: local(2026, 11, 28, 8, 31),
      isOwn: false,
      recipientCount: null,
      isPreview: true,
    });
    // The row and the open message belong to one thread.
    const [message] = extractAll(parse(INBOX), 'message');
    expect(message!.threadKey).toBe(rows[1]!.threadKey);
    expect(rows.map((r) => r.sender.name)).toContain('Hafenstadt Versicherung');
    expect(rows.every((r) => !r.body.includes('Unread'))).toBe(true);
  });

  it('parses the French "De :" label, French dates, and drops the signature and the quoted mail', () => {
    const doc = parse(INBOX_FR);
    const [message] = extractAll(doc, 'message');
    expect(message).toMatchObject({
      sender: { name: 'Élodie Marchetti', email: 'e.marchetti@talentis-conseil.fr' },
      subject: 'Relance : Lead développeuse front-end – Ferrovia – Lyon, hybride',
      threadKey: 'outlook:AQQkADAwATNiZmYAZC1mcjAxLTk3OTMtMDACLTAwCgAQAKm1Vw3nT0dBu6cXr8Lq1pE=',
      isOwn: false,
      recipientCount: 1,
      sentAt: local(2026, 11, 28, 9, 5),
    });
    expect(message!.body.startsWith('Bonjour Camille,\n')).toBe(true);
    expect(message!.body.endsWith('Bien cordialement,')).toBe(true);
    expect(message!.body).toContain('62 000 – 70 000 € brut annuel');
    expect(message!.body).not.toContain('Consultante recrutement IT');
    expect(message!.body).not.toContain('a écrit');
    expect(message!.body).not.toContain('Je suis consultante chez Talentis Conseil');
    const rows = extractAll(doc, 'row');
    expect(rows[0]).toMatchObject({ sender: { name: 'Élodie Marchetti' }, sentAt: local(2026, 11, 28, 9, 5), isPreview: true });
    expect(rows[2]).toMatchObject({ sender: { name: 'Julien Roche' }, sentAt: local(2026, 11, 27, 18, 12) });
  });

  it('tells the candidate’s own reply from the recruiter’s mail, and drops what the reply quotes', () => {
    const doc = parse(REPLIED);
    const [reply, original] = extractAll(doc, 'message');
    expect(reply).toMatchObject({
      sender: { name: 'Katrin Vogelsang', email: 'k.vogelsang@outlook.de' },
      isOwn: true,
      recipientCount: 2,
      sentAt: local(2026, 11, 27, 19, 40),
    });
    expect(reply!.body).toBe(
      'Hallo Herr Brenner,\n\nvielen Dank für Ihre Nachricht und die Einladung. Die Stelle klingt spannend, besonders der Schwerpunkt auf Barrierefreiheit. Gern telefoniere ich am Dienstag um 10 Uhr mit Ihnen.\n\nViele Grüße\n\nKatrin Vogelsang',
    );
    expect(original).toMatchObject({
      sender: { name: 'Tobias Brenner', email: 't.brenner@nordlicht-talent.de' },
      isOwn: false,
      recipientCount: 2,
      sentAt: local(2026, 11, 26, 9, 12),
    });
    expect(original!.body).toContain('ich melde mich im Auftrag der Kiezwerk GmbH');
    expect(reply!.threadKey).toBe(original!.threadKey);
    expect(reply!.siteMessageId).not.toBe(original!.siteMessageId);
  });

  it.each([
    ['From: Ada Lange <ada@example.org>', 'en'],
    ['De : Ada Lange <ada@example.org>', 'fr'],
    ['De: Ada Lange <ada@example.org>', 'es/pt'],
    ['Von: Ada Lange <ada@example.org>', 'de'],
    ['Da: Ada Lange <ada@example.org>', 'it'],
    ['Van: Ada Lange <ada@example.org>', 'nl'],
    ['差出人: Ada Lange <ada@example.org>', 'ja'],
    ['Från：Ada Lange <ada@example.org>', 'full-width colon'],
  ])('parses the sender label %s (%s) without knowing the word', (label) => {
    const doc = synthetic(label, 'Ada Lange');
    expect(extractAll(doc, 'message')[0]!.sender).toEqual({ name: 'Ada Lange', email: 'ada@example.org' });
  });

  it('falls back to the sender text, and keeps a name-only sender of the own organisation', () => {
    expect(extractAll(synthetic(null, 'Ada Lange <ada@example.org>'), 'message')[0]!.sender).toEqual({
      name: 'Ada Lange',
      email: 'ada@example.org',
    });
    const nameOnly = extractAll(synthetic('Von: Jens Hartmann', 'Jens Hartmann'), 'message')[0]!;
    expect(nameOnly.sender).toEqual({ name: 'Jens Hartmann' });
    expect(nameOnly.isOwn).toBe(false);
    expect(nameOnly.recipientCount).toBeNull();
  });

  it.each([
    ['-----Original Message-----\nFrom: Old <old@example.org>'],
    ['-----Ursprüngliche Nachricht-----\nVon: Old'],
    ["-----Message d'origine-----\nDe : Old"],
    ['-----Mensaje original-----\nDe: Old'],
    ['---------- Forwarded message ---------\nFrom: Old'],
    ['________________________________\nFrom: Old <old@example.org>\nSent: Monday, 23 November 2026 10:00'],
    ['De : Old <old@example.org>\nEnvoyé : lundi 23 novembre 2026 10:00\nÀ : Ada'],
    ['Von: Old <old@example.org>\nGesendet: Montag, 23. November 2026 10:00'],
    ['On Mon, 23 Nov 2026 at 10:00, Old <old@example.org> wrote:'],
    ['Am Mo., 23. Nov. 2026 um 10:00 Uhr schrieb Old <old@example.org>:'],
    ['El lun, 23 nov 2026 a las 10:00, Old (<old@example.org>) escribió:'],
    ['--\nAda Lange\nRecruiter'],
  ])('cuts quoted mail and signatures: %s', (tail) => {
    const lines = tail.split('\n').map((line) => `<div>${escapeHtml(line)}</div>`).join('');
    const doc = synthetic('From: Ada Lange <ada@example.org>', 'Ada Lange', `<div>Hello Katrin,</div><div>a role for you.</div>${lines}<div>QUOTED TEXT</div>`);
    expect(extractAll(doc, 'message')[0]!.body).toBe('Hello Katrin,\n\na role for you.');
  });

  it('drops Outlook mobile signatures and blockquotes but keeps the rest', () => {
    const doc = synthetic(
      'From: Ada Lange <ada@example.org>',
      'Ada Lange',
      '<div>Hello Katrin,</div><blockquote><div>quoted</div></blockquote><div>Still mine.</div><div id="x_ms-outlook-mobile-signature">Get Outlook for iOS</div><div>Sent from Outlook for Android</div>',
    );
    expect(extractAll(doc, 'message')[0]!.body).toBe('Hello Katrin,\n\nStill mine.');
  });

  it('reads a 5 MB body in bounded time and size', () => {
    const doc = synthetic('From: Ada Lange <ada@example.org>', 'Ada Lange', '<div>start</div>');
    const body = doc.querySelector('div[id^="UniqueMessageBody"]')!;
    const huge = doc.createElement('div');
    huge.textContent = 'recruiter '.repeat(500_000);
    body.append(huge);
    const started = Date.now();
    const message = extractAll(doc, 'message')[0]!;
    expect(message.body.length).toBeLessThanOrEqual(50_000);
    expect(message.body).toMatch(/^start\n+recruiter recruiter/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('uses the row summary only when the row has no parts of its own', () => {
    const doc = parse(INBOX);
    const row = doc.querySelector<HTMLElement>('[role="option"][data-convid]')!;
    row.replaceChildren();
    const message = outlook.extract({ element: row, anchor: row, kind: 'row' }, doc)!;
    expect(message.body).toBe('Unread Aaron Blake Lead Frontend Engineer – DeFi protocol – top pay + tokens 10:47');
    expect(message.subject).toBeNull();
    row.removeAttribute('aria-label');
    expect(outlook.extract({ element: row, anchor: row, kind: 'row' }, doc)).toBeNull();
  });
});

describe('outlook virtual list', () => {
  it('gives the same keys to the new elements of rows scrolled away and back', () => {
    const doc = mount(VIRTUAL);
    const before = extractAll(doc, 'row');
    const firstRow = doc.querySelector('[role="option"][data-convid]');
    scrollList(12);
    const middle = extractAll(doc, 'row');
    expect(middle).toHaveLength(15);
    expect(middle[0]!.siteMessageId).not.toBe(before[0]!.siteMessageId);
    expect(doc.contains(firstRow)).toBe(false);
    scrollList(0);
    const again = doc.querySelector('[role="option"][data-convid]');
    expect(again).not.toBe(firstRow);
    expect(again?.getAttribute('data-convid')).toBe(firstRow?.getAttribute('data-convid'));
    expect(extractAll(doc, 'row')).toEqual(before);
  });

  it('finds each row the list adds while scrolling, from the added element alone', async () => {
    const doc = mount(VIRTUAL);
    const seen = new Set(extractAll(doc, 'row').map((m) => m.siteMessageId));
    const listbox = doc.querySelector('#MailList [role="listbox"]')!;
    const added: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) added.push(...record.addedNodes);
    });
    observer.observe(listbox, { childList: true });
    scrollList(5);
    // Mutation records arrive in a microtask.
    await Promise.resolve();
    observer.disconnect();
    expect(added).toHaveLength(5);
    for (const node of added) {
      const found = outlook.findMessages(node as HTMLElement);
      expect(found).toHaveLength(1);
      const message = outlook.extract(found[0]!, doc)!;
      expect(seen.has(message.siteMessageId)).toBe(false);
      seen.add(message.siteMessageId);
    }
    expect(seen.size).toBe(20);
  });

  it('reaches all 200 conversations of the large list, never more than 20 rows at once', () => {
    const doc = mount(LARGE);
    const keys = new Set<string>();
    for (let first = 0; first <= 180; first += 10) {
      scrollList(first);
      const rows = extractAll(doc, 'row');
      expect(rows.length).toBeLessThanOrEqual(20);
      for (const row of rows) keys.add(row.siteMessageId);
    }
    expect(keys.size).toBe(200);
    expect([...keys].every((key) => key.startsWith('row:AQQk'))).toBe(true);
  });
});

describe('outlook openReplyBox', () => {
  it('clicks Reply, found by its icon, and returns the editor Outlook mounts a moment later', async () => {
    const doc = mount(EDITOR);
    expect(doc.getElementById('editorParent_1')).toBeNull();
    const message = handles(doc).find((h) => h.kind === 'message')!;
    const editor = await outlook.openReplyBox(doc, message);
    expect(editor).not.toBeNull();
    expect(editor!.closest('#editorParent_1')).not.toBeNull();
    expect(editor!.getAttribute('contenteditable')).toBe('true');
    expect(editor!.getAttribute('role')).toBe('textbox');
    // Open already: returned as it is, without another click.
    const clicks = vi.fn<(event: Event) => void>();
    doc.addEventListener('click', clicks);
    expect(await outlook.openReplyBox(doc, null)).toBe(editor);
    expect(clicks).not.toHaveBeenCalled();
  });

  it('clicks the reply button of the reading pane, not the ribbon', async () => {
    vi.useFakeTimers();
    const doc = parse(REPLIED);
    const clicked: Element[] = [];
    doc.addEventListener('click', (event) => clicked.push(event.target as Element));
    const pending = outlook.openReplyBox(doc, null);
    await vi.advanceTimersByTimeAsync(2_500);
    expect(await pending).toBeNull();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.closest('[data-app-section="MailReadCompose"]')).not.toBeNull();
    expect(clicked[0]!.querySelector('[data-icon-name="ReplyRegular"]')).not.toBeNull();
  });

  it('replies to the message it is given', async () => {
    vi.useFakeTimers();
    const doc = parse(REPLIED);
    const original = handles(doc).filter((h) => h.kind === 'message')[1]!;
    const clicked: Element[] = [];
    doc.addEventListener('click', (event) => clicked.push(event.target as Element));
    const pending = outlook.openReplyBox(doc, original);
    await vi.advanceTimersByTimeAsync(2_500);
    await pending;
    expect(clicked).toHaveLength(1);
    expect(original.element.contains(clicked[0]!)).toBe(true);
  });

  it('does not reply from a row whose conversation is not the open one', async () => {
    const doc = parse(INBOX);
    const clicks = vi.fn<(event: Event) => void>();
    doc.addEventListener('click', clicks);
    const other = handles(doc).find((h) => h.kind === 'row' && h.element.getAttribute('aria-selected') === 'false')!;
    expect(await outlook.openReplyBox(doc, other)).toBeNull();
    expect(clicks).not.toHaveBeenCalled();
  });
});

describe('outlook with unknown markup', () => {
  it('returns null and [] for a layout without the known ids, roles and data attributes, and never throws', async () => {
    const doc = parse(INBOX);
    // The same page after a release that renamed everything: only obfuscated classes are left.
    for (const element of doc.body.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) {
        if (name !== 'class') element.removeAttribute(name);
      }
    }
    const url = new URL('https://outlook.live.com/mail/0/');
    expect(outlook.view(url, doc)).toEqual({ kind: 'mail-list', hasOpenThread: false });
    expect(outlook.root(doc)).toBeNull();
    expect(outlook.findMessages(doc)).toEqual([]);
    expect(outlook.findMessages(doc.body)).toEqual([]);
    const card = doc.querySelector<HTMLElement>('.aK8pZ')!;
    expect(outlook.extract({ element: card, anchor: card, kind: 'message' }, doc)).toBeNull();
    expect(outlook.extract({ element: card, anchor: card, kind: 'row' }, doc)).toBeNull();
    expect(await outlook.openReplyBox(doc, null)).toBeNull();
  });

  it('returns nothing for renamed ids', () => {
    const html = read(INBOX)
      .replaceAll('id="MailList"', 'id="MessageList2"')
      .replaceAll('data-app-section="MailReadCompose"', 'data-app-section="ReadingPane2"')
      .replaceAll('id="ConversationReadingPaneContainer"', 'id="ConversationPane2"')
      .replaceAll('role="option"', 'role="row"')
      .replaceAll('id="MSG_', 'id="M2_')
      .replaceAll('id="UniqueMessageBody', 'id="Body2');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(outlook.root(doc)).toBeNull();
    expect(outlook.findMessages(doc)).toEqual([]);
  });

  it('survives detached, empty and odd handles', async () => {
    vi.useFakeTimers();
    const doc = parse(INBOX);
    const detached = doc.createElement('div');
    expect(outlook.extract({ element: detached, anchor: detached, kind: 'message' }, doc)).toBeNull();
    expect(outlook.extract({ element: detached, anchor: detached, kind: 'row' }, doc)).toBeNull();
    expect(outlook.findMessages(detached)).toEqual([]);
    expect(outlook.findMessages(doc.createDocumentFragment())).toEqual([]);
    const broken = { element: null, anchor: null, kind: 'message' } as unknown as MessageHandle;
    expect(outlook.extract(broken, doc)).toBeNull();
    const pending = outlook.openReplyBox(doc, broken);
    await vi.advanceTimersByTimeAsync(2_500);
    expect(await pending).toBeNull();
  });
});

describe('outlook selector registry', () => {
  it('dates every entry and selects by ids, roles, data and aria attributes, never by class', () => {
    for (const [key, entry] of Object.entries(OUTLOOK_SELECTORS)) {
      expect(entry.seen, key).toBe('2026-11-28');
      expect(entry.css.length, key).toBeGreaterThan(0);
      for (const css of entry.css) expect(css, key).not.toMatch(/(^|[\s>+~,(])\.[A-Za-z_-]/);
    }
  });
});

describe('parseShownDate', () => {
  it.each([
    ['Sat 28/11/2026 10:47', '', local(2026, 11, 28, 10, 47)],
    ['sam. 28/11/2026 09:05', 'fr', local(2026, 11, 28, 9, 5)],
    ['Sa 28.11.2026 08:31', 'de', local(2026, 11, 28, 8, 31)],
    ['Sat 11/28/2026 8:31 PM', 'en-US', local(2026, 11, 28, 20, 31)],
    ['Fri 11/06/2026 8:31 AM', 'en-US', local(2026, 11, 6, 8, 31)],
    ['Fri 06/11/2026 08:31', 'en-GB', local(2026, 11, 6, 8, 31)],
    ['samedi 28 novembre 2026 10:47', 'fr', local(2026, 11, 28, 10, 47)],
    ['vendredi 3 juillet 2026', 'fr', local(2026, 7, 3, 0, 0)],
    ['Samstag, 28. Dezember 2026 10:47', 'de', local(2026, 12, 28, 10, 47)],
    ['28 de noviembre de 2026 10:47', 'es', local(2026, 11, 28, 10, 47)],
    ['Nov 28, 2026, 10:47 AM', 'en', local(2026, 11, 28, 10, 47)],
    ['2026-11-28T08:31:00Z', '', '2026-11-28T08:31:00.000Z'],
  ])('reads %s (%s)', (text, lang, expected) => {
    expect(parseShownDate(text, lang)).toBe(expected);
  });

  it.each(['10:47', 'Fri 17:02', '', 'Order 48213', '31/02/2026'])('gives null for %s', (text) => {
    expect(parseShownDate(text)).toBeNull();
  });
});

/** A minimal reading pane with one message, written here for cases the fixtures do not cover. */
function synthetic(label: string | null, senderText: string, bodyHtml = '<div>Hello Katrin,</div><div>a role for you.</div>'): Document {
  const labelAttribute = label === null ? '' : ` aria-label="${escapeHtml(label)}"`;
  return new DOMParser().parseFromString(
    `<html lang="en"><body>
      <div id="primaryMailboxRoot_1" data-folder-name="k.vogelsang@outlook.de"></div>
      <div id="MailList"><div role="listbox"></div></div>
      <div data-app-section="MailReadCompose">
        <div id="ConversationReadingPaneContainer" data-convid="CONV-1=">
          <div role="heading" id="CONV_CONV-1_SUBJECT" title="A role">A role</div>
          <div>
            <div><span id="MSG_item-1_FROM"${labelAttribute}>${escapeHtml(senderText)}</span></div>
            <div id="UniqueMessageBody_1">${bodyHtml}</div>
          </div>
        </div>
      </div>
    </body></html>`,
    'text/html',
  );
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
