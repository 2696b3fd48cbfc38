// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
// JavaScript evaluation runs the fixtures' own inline scripts (the stand-in for Gmail's Reply), and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IncomingMessage } from '../../../src/core/message';
import type { MessageHandle } from '../../../src/content/site-adapter';
import { gmailAdapter, parseGmailDate } from '../../../src/content/sites/gmail/adapter';
import { GMAIL_SELECTORS } from '../../../src/content/sites/gmail/selectors';

const FIXTURES = join(process.cwd(), 'tests/fixtures/gmail');
const MAILBOX = 'https://mail.google.com/mail/u/0/';

type Fixture = 'inbox' | 'thread' | 'thread-de' | 'thread-replied' | 'thread-collapsed' | 'inbox-large';

function source(name: Fixture): string {
  return readFileSync(join(FIXTURES, `2026-11-28-${name}.html`), 'utf8');
}

/** A fixture as its own document, for reading. */
function parse(name: Fixture): Document {
  return new DOMParser().parseFromString(source(name), 'text/html');
}

/** A fixture as the live page, with its inline scripts run as a browser runs them. */
function show(name: Fixture): Document {
  document.documentElement.innerHTML = source(name);
  for (const old of document.querySelectorAll('script')) {
    const script = document.createElement('script');
    script.textContent = old.textContent;
    old.replaceWith(script);
  }
  return document;
}

function handles(doc: Document): MessageHandle[] {
  const root = gmailAdapter.root(doc);
  return root ? gmailAdapter.findMessages(root) : [];
}

function extracted(doc: Document): (IncomingMessage | null)[] {
  return handles(doc).map((handle) => gmailAdapter.extract(handle, doc));
}

function messagesOf(doc: Document): IncomingMessage[] {
  return extracted(doc).filter((message): message is IncomingMessage => message !== null);
}

const local = (year: number, month: number, day: number, hours: number, minutes: number): string =>
  new Date(year, month, day, hours, minutes).toISOString();

// happy-dom parses the 250 kB inbox far slower than a browser does.
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  vi.useRealTimers();
});

describe('selector registry', () => {
  it('dates every entry and gives each at least one selector', () => {
    for (const [key, entry] of Object.entries(GMAIL_SELECTORS)) {
      expect(entry.seen, key).toBe('2026-11-28');
      expect(entry.css.length, key).toBeGreaterThan(0);
      for (const css of entry.css) expect(() => document.querySelector(css), `${key}: ${css}`).not.toThrow();
    }
  });

  it('uses localised labels only after the class selectors, in several languages', () => {
    const labelled = GMAIL_SELECTORS.replyButton.css.filter((css) => css.includes('aria-label'));
    expect(labelled.length).toBeGreaterThanOrEqual(5);
    expect(GMAIL_SELECTORS.replyButton.css.findIndex((css) => css.includes('aria-label'))).toBeGreaterThan(0);
  });
});

describe('view', () => {
  const view = (hash: string, doc: Document, base = MAILBOX): ReturnType<typeof gmailAdapter.view> =>
    gmailAdapter.view(new URL(base + hash), doc);

  it.each([
    ['#inbox', 'inbox'],
    ['', 'inbox'],
    ['#inbox?compose=new', 'inbox'],
    ['#inbox/p2', 'inbox'],
    ['#starred', 'inbox'],
    ['#sent', 'inbox'],
    ['#label/Jobs', 'inbox'],
    ['#search/recruiter', 'inbox'],
    ['#category/updates', 'inbox'],
  ] as const)('reads %s as the thread list', (hash, fixture) => {
    expect(view(hash, parse(fixture))).toEqual({ kind: 'thread-list', hasOpenThread: false });
  });

  it.each([
    '#inbox/1a20790cd6020d9a',
    '#inbox/FMfcgzQXJWDsKmvzLhFqPnvDjRrTdQBc',
    '#label/Jobs/1a20790cd6020d9a',
    '#search/leselicht/FMfcgzQXJWDsKmvzLhFqPnvDjRrTdQBc',
    '#sent/1a20790cd6020d9a',
  ])('reads %s as an open thread', (hash) => {
    expect(view(hash, parse('thread'))).toEqual({ kind: 'thread', hasOpenThread: true });
  });

  it('takes an open thread from the page when the hash lags behind', () => {
    expect(view('#inbox', parse('thread-collapsed'))).toEqual({ kind: 'thread', hasOpenThread: true });
  });

  it('sees the list and the open thread of the reading pane together', () => {
    const doc = parse('inbox-large');
    const threadId = doc.querySelector('h2.hP')?.getAttribute('data-legacy-thread-id');
    expect(view(`#inbox/${threadId}`, doc)).toEqual({ kind: 'thread', hasOpenThread: true });
  });

  it('knows a thread from its URL before Gmail has drawn it', () => {
    expect(view('#inbox/1a20790cd6020d9a', parse('inbox'))).toEqual({ kind: 'thread', hasOpenThread: false });
  });

  it.each([
    ['#settings/general', MAILBOX],
    ['#contacts', MAILBOX],
    ['#inbox', 'https://mail.google.com/mail/mu/mp/382/'],
    ['#inbox', 'https://mail.google.com/chat/u/0/'],
    ['#inbox', 'http://mail.google.com/mail/u/0/'],
    ['#inbox', 'https://mail.google.com.evil.example/mail/u/0/'],
    ['', 'https://mail.google.com/mail/u/0/?view=pt&th=1a20790cd6020d9a'],
  ])('ignores %s on %s', (hash, base) => {
    expect(view(hash, parse('inbox'), base)).toBeNull();
  });
});

describe('root and findMessages', () => {
  it.each([
    ['inbox', 8, 0],
    ['thread', 0, 2],
    ['thread-de', 0, 2],
    ['thread-replied', 0, 3],
    ['thread-collapsed', 0, 1],
    ['inbox-large', 200, 2],
  ] as const)('finds in %s %i rows and %i thread messages', (name, rows, messages) => {
    const doc = parse(name);
    const root = gmailAdapter.root(doc);
    expect(root?.getAttribute('role')).toBe('main');
    const found = gmailAdapter.findMessages(root!);
    expect(found.filter((h) => h.kind === 'row')).toHaveLength(rows);
    expect(found.filter((h) => h.kind === 'message')).toHaveLength(messages);
    for (const handle of found) {
      expect(handle.element.contains(handle.anchor)).toBe(true);
      expect(handle.anchor.matches(handle.kind === 'row' ? 'span.zF, span.yP' : 'span.gD')).toBe(true);
    }
  });

  it('works on a single row, a single message, or a part of one', () => {
    const list = parse('inbox-large');
    const row = list.querySelectorAll<HTMLElement>('tr.zA')[17]!;
    expect(gmailAdapter.findMessages(row)).toEqual([{ element: row, anchor: row.querySelector('span.zF, span.yP'), kind: 'row' }]);
    const message = list.querySelector<HTMLElement>('div.adn.ads')!;
    expect(gmailAdapter.findMessages(message)).toEqual([{ element: message, anchor: message.querySelector('span.gD'), kind: 'message' }]);
    expect(gmailAdapter.findMessages(message.querySelector('div.a3s')!)).toEqual([]);
    expect(gmailAdapter.findMessages(list.createElement('div'))).toEqual([]);
  });

  it('finds messages in a subtree Gmail adds to the page', () => {
    const doc = parse('thread');
    const holder = doc.createElement('div');
    holder.append(doc.querySelector('div.adn.ads')!.cloneNode(true));
    expect(gmailAdapter.findMessages(holder).map((h) => h.kind)).toEqual(['message']);
  });

  it('takes the view Gmail shows when it keeps hidden earlier views in the page', () => {
    const doc = parse('thread');
    const main = doc.querySelector<HTMLElement>('div[role="main"]')!;
    const hidden = doc.createElement('div');
    hidden.style.display = 'none';
    const stale = doc.createElement('div');
    stale.setAttribute('role', 'main');
    hidden.append(stale);
    main.parentElement!.insertBefore(hidden, main);
    expect(gmailAdapter.root(doc)).toBe(main);
  });
});

describe('extract: open threads', () => {
  it('reads the English thread: ids, sender, recipients, dates, quote left out', () => {
    const [first, followUp] = messagesOf(parse('thread'));
    expect(first).toMatchObject({
      site: 'gmail',
      siteMessageId: '1a20790cd6020d9a',
      threadKey: 'gmail:1a20790cd6020d9a',
      sender: { name: 'Theresa Albrecht', email: 'theresa.albrecht@albrecht-kern.de' },
      subject: 'Senior Frontend Engineer, design system & accessibility – Leselicht (Berlin, hybrid)',
      isOwn: false,
      inMail: false,
      recipientCount: 1,
      sentAt: local(2026, 10, 23, 9, 41),
    });
    expect(first?.sender).not.toHaveProperty('company');
    expect(first?.isPreview).toBeUndefined();
    expect(first?.body.startsWith('Hello Katrin,\n\nI\'m Theresa, a tech recruiter at Albrecht & Kern')).toBe(true);
    // One line per <br>; blockText currently leaves a blank line after each, so allow either.
    expect(first?.body).toMatch(/– React, TypeScript, Next\.js, Storybook, Playwright\n+– own and extend/);
    expect(followUp).toMatchObject({
      siteMessageId: '1a21d9789006d464',
      threadKey: 'gmail:1a20790cd6020d9a',
      recipientCount: 2,
      sentAt: local(2026, 10, 27, 16, 20),
    });
    expect(followUp?.body).toMatch(/Best,\n+Theresa$/);
    expect(followUp?.body).not.toContain('wrote:');
    expect(followUp?.body).not.toContain('900 public libraries');
  });

  it('reads the German thread: German dates, signature and quote left out', () => {
    const [first, followUp] = messagesOf(parse('thread-de'));
    expect(first).toMatchObject({
      siteMessageId: '1a207ad2f000951e',
      threadKey: 'gmail:1a207ad2f000951e',
      sender: { name: 'Lena Hoffmann', email: 'lena.hoffmann@kranich-reisen.de' },
      subject: 'Senior Frontend Engineer (m/w/d) für unser Design System – Kranich Reisen, Hamburg oder remote',
      isOwn: false,
      recipientCount: 2,
      sentAt: local(2026, 10, 23, 10, 12),
    });
    expect(first?.body.startsWith('Hallo Frau Vogelsang,')).toBe(true);
    expect(first?.body).toMatch(/Viele Grüße\n+Lena Hoffmann$/);
    expect(first?.body).not.toContain('Senior Talent Acquisition Partner');
    expect(first?.body).not.toContain('-- ');
    expect(followUp).toMatchObject({ siteMessageId: '1a21bd084a072cca', recipientCount: 1, sentAt: local(2026, 10, 27, 8, 3) });
    expect(followUp?.body).not.toContain('schrieb');
    expect(followUp?.body).not.toContain('Kurz zur Rolle');
  });

  it('recognises the candidate\'s own reply and skips the collapsed message', () => {
    const doc = parse('thread-replied');
    const all = extracted(doc);
    expect(all[0]).toBeNull();
    const [recruiter, own] = all.slice(1);
    expect(recruiter).toMatchObject({
      siteMessageId: '1a20d2a84a052652',
      threadKey: 'gmail:1a1f3fb5fe0eb91a',
      sender: { name: 'Jana Petrović', email: 'jana.petrovic@nordlicht-mobility.com' },
      isOwn: false,
      recipientCount: 1,
      sentAt: local(2026, 10, 24, 11, 47),
    });
    expect(recruiter?.body).not.toContain('Lead Talent Partner');
    expect(recruiter?.body).not.toContain('I lead frontend hiring');
    expect(own).toMatchObject({
      siteMessageId: '1a213abdcc07a5b1',
      threadKey: 'gmail:1a1f3fb5fe0eb91a',
      sender: { name: 'Katrin Vogelsang', email: 'k.vogelsang.fe@gmail.com' },
      isOwn: true,
      recipientCount: 1,
      sentAt: local(2026, 10, 25, 18, 6),
    });
    expect(own?.body.startsWith('Hi Jana,')).toBe(true);
    expect(own?.body).toMatch(/Best regards,\n+Katrin$/);
  });

  it('finds the own address without the "me" recipient: account label, then page title', () => {
    const doc = parse('thread-replied');
    for (const me of doc.querySelectorAll('[name="me"]')) me.setAttribute('name', 'ich');
    expect(messagesOf(doc).map((m) => m.isOwn)).toEqual([false, true]);
    const titleOnly = parse('thread-replied');
    for (const me of titleOnly.querySelectorAll('[name="me"]')) me.removeAttribute('name');
    titleOnly.querySelector('.account')?.removeAttribute('aria-label');
    expect(messagesOf(titleOnly).map((m) => m.isOwn)).toEqual([false, true]);
  });

  it('counts every visible To and Cc address, keeps the disclaimer, drops the signature', () => {
    const [blast] = messagesOf(parse('thread-collapsed'));
    expect(blast).toMatchObject({
      siteMessageId: '1a22110832098f3e',
      threadKey: 'gmail:1a22110832098f3e',
      sender: { name: 'Daniel Reuter', email: 'd.reuter@staffbridge-consulting.com' },
      recipientCount: 7,
      isOwn: false,
      sentAt: local(2026, 10, 28, 8, 31),
    });
    expect(blast?.body.startsWith('Dear Candidate,')).toBe(true);
    expect(blast?.body).toContain('This e-mail and any attachments are confidential');
    expect(blast?.body).not.toContain('Senior IT Recruitment Consultant');
  });

  it('does not count addresses a mail body slips in', () => {
    const doc = parse('thread');
    const fake = doc.createElement('span');
    fake.className = 'g2';
    fake.setAttribute('email', 'someone@else.example');
    doc.querySelector('div.a3s')!.append(fake);
    expect(messagesOf(doc)[0]?.recipientCount).toBe(1);
  });

  it('falls back to the data-message-id when the legacy id is missing, as the same hex key', () => {
    const doc = parse('thread');
    for (const message of doc.querySelectorAll('div.adn')) message.removeAttribute('data-legacy-message-id');
    doc.querySelector('h2.hP')!.removeAttribute('data-legacy-thread-id');
    const [first, followUp] = messagesOf(doc);
    expect(first?.siteMessageId).toBe('1a20790cd6020d9a');
    expect(followUp?.siteMessageId).toBe('1a21d9789006d464');
    expect(followUp?.threadKey).toBe('gmail:1a20790cd6020d9a');
  });

  it('bounds the body of a huge message', () => {
    const doc = parse('thread');
    const body = doc.querySelector('div.a3s')!;
    const paragraph = doc.createElement('p');
    paragraph.textContent = 'lorem ipsum '.repeat(450_000);
    body.append(paragraph);
    const [first] = messagesOf(doc);
    expect(first?.body.length).toBeLessThanOrEqual(100_000);
    expect(first?.body.startsWith('Hello Katrin,')).toBe(true);
  });
});

describe('extract: list rows', () => {
  it('reads an inbox row as a preview', () => {
    const [alert, blast] = messagesOf(parse('inbox'));
    expect(alert).toEqual({
      site: 'gmail',
      siteMessageId: '1a2212ce4c0132ba',
      threadKey: 'gmail:1a2212ce4c0132ba',
      // A document without an address opens threads in the first account.
      threadUrl: 'https://mail.google.com/mail/u/0/#inbox/1a2212ce4c0132ba',
      sender: { name: 'Stellenfuchs Jobalarm', email: 'jobalarm@mail.stellenfuchs.de' },
      subject: '7 neue Jobs für „Senior Frontend Engineer“ in Berlin',
      body: expect.stringMatching(/^Hallo Katrin, passend zu Ihrem Suchauftrag/),
      sentAt: local(2026, 10, 28, 9, 2),
      isOwn: false,
      inMail: false,
      recipientCount: null,
      isPreview: true,
    });
    expect(blast?.body.startsWith('Hi, Hope you are doing good!')).toBe(true);
  });

  it('gives a row the key of its thread\'s latest message, so the full message replaces the preview', () => {
    const row = messagesOf(parse('inbox')).find((m) => m.sender.name === 'Theresa Albrecht');
    const last = messagesOf(parse('thread')).at(-1);
    expect(row?.siteMessageId).toBe(last?.siteMessageId);
    expect(row?.threadKey).toBe(last?.threadKey);
    expect(row?.isPreview).toBe(true);
  });

  it('does the same for the row and the open thread side by side in the large inbox', () => {
    const doc = parse('inbox-large');
    const all = messagesOf(doc);
    expect(all).toHaveLength(202);
    const thread = all.filter((m) => !m.isPreview);
    const row = all.find((m) => m.isPreview && m.threadKey === thread[0]?.threadKey);
    expect(row?.siteMessageId).toBe(thread.at(-1)?.siteMessageId);
    expect(new Set(all.filter((m) => m.isPreview).map((m) => m.siteMessageId)).size).toBe(200);
  });

  it('marks rows whose latest writer is the candidate as her own', () => {
    const doc = parse('inbox-large');
    const rows = gmailAdapter.findMessages(gmailAdapter.root(doc)!).filter((h) => h.kind === 'row');
    for (const handle of rows) {
      const spans = [...handle.element.querySelectorAll('span.zF, span.yP')];
      const message = gmailAdapter.extract(handle, doc);
      expect(message?.isOwn).toBe(spans.at(-1)?.getAttribute('name') === 'me');
    }
    expect(rows.some((h) => gmailAdapter.extract(h, doc)?.isOwn)).toBe(true);
  });

  it('reads no rows in the lists of outgoing mail, whose rows name recipients', () => {
    const doc = show('inbox');
    location.hash = '#sent';
    expect(extracted(doc)).toEqual(Array.from({ length: 8 }, () => null));
    location.hash = '#inbox';
    expect(messagesOf(doc)).toHaveLength(8);
  });

  it('reads every row of the large inbox with a date and a preview', () => {
    const rows = messagesOf(parse('inbox-large')).filter((m) => m.isPreview);
    for (const row of rows) {
      expect(row.body.length).toBeGreaterThan(10);
      expect(row.body.startsWith('-')).toBe(false);
      expect(new Date(row.sentAt).getFullYear()).toBe(2026);
      expect(row.subject).not.toBeNull();
    }
  });
});

describe('a layout the registry does not know', () => {
  /** Gmail's next release: new class names, and with `everything` also no role="main" and new data-* names. */
  function redesign(name: Fixture, everything: boolean): Document {
    const doc = parse(name);
    for (const element of doc.querySelectorAll('[class]')) {
      element.setAttribute('class', Array.from(element.classList, (c) => `n${c.length}${c.slice(1)}x`).join(' '));
    }
    if (everything) {
      for (const main of doc.querySelectorAll('[role="main"]')) main.removeAttribute('role');
      for (const element of doc.querySelectorAll('*')) {
        // A copy: the loop renames the attributes it walks over.
        for (const attribute of Array.from(element.attributes)) {
          if (!attribute.name.startsWith('data-')) continue;
          element.removeAttribute(attribute.name);
          element.setAttribute(`data-v2-${attribute.name.slice(5)}`, attribute.value);
        }
      }
    }
    return doc;
  }

  it.each(['inbox', 'thread', 'thread-collapsed', 'inbox-large'] as const)('finds nothing in %s and throws nothing', async (name) => {
    const doc = redesign(name, true);
    expect(gmailAdapter.root(doc)).toBeNull();
    expect(gmailAdapter.findMessages(doc)).toEqual([]);
    expect(gmailAdapter.findMessages(doc.body)).toEqual([]);
    expect(gmailAdapter.view(new URL(`${MAILBOX}#inbox`), doc)).toEqual({ kind: 'thread-list', hasOpenThread: false });
    const anything = doc.querySelector<HTMLElement>('tr, h3, div')!;
    expect(gmailAdapter.extract({ element: anything, anchor: anything, kind: 'row' }, doc)).toBeNull();
    expect(gmailAdapter.extract({ element: anything, anchor: anything, kind: 'message' }, doc)).toBeNull();
    await expect(gmailAdapter.openReplyBox(doc, null)).resolves.toBeNull();
  });

  it('still reads rows by their data-* ids when only the class names change', () => {
    const original = messagesOf(parse('inbox'));
    const doc = redesign('inbox', false);
    const rows = messagesOf(doc);
    expect(rows.map((m) => m.siteMessageId)).toEqual(original.map((m) => m.siteMessageId));
    expect(rows.map((m) => m.sender.email)).toEqual(original.map((m) => m.sender.email));
  });

  it('finds thread messages by their data-* ids but reads none without a known body', () => {
    const doc = redesign('thread', false);
    const found = handles(doc);
    expect(found.map((h) => h.kind)).toEqual(['message', 'message']);
    expect(found.map((h) => gmailAdapter.extract(h, doc))).toEqual([null, null]);
  });

  it('returns null for elements that are no messages at all', () => {
    const doc = parse('thread');
    const stray = doc.createElement('div');
    expect(gmailAdapter.extract({ element: stray, anchor: stray, kind: 'message' }, doc)).toBeNull();
    expect(gmailAdapter.extract({ element: stray, anchor: stray, kind: 'row' }, doc)).toBeNull();
  });
});

describe('openReplyBox', () => {
  it('returns the reply editor that is already open', async () => {
    const doc = show('thread');
    const editor = doc.querySelector('[g_editable="true"]');
    await expect(gmailAdapter.openReplyBox(doc, handles(doc)[1]!)).resolves.toBe(editor);
  });

  it('clicks Reply and waits for Gmail to build the editor', async () => {
    const doc = show('thread-collapsed');
    expect(doc.querySelector('[contenteditable]')).toBeNull();
    const editor = await gmailAdapter.openReplyBox(doc, handles(doc)[0]!);
    expect(editor?.matches('div[contenteditable="true"][role="textbox"][g_editable="true"]')).toBe(true);
    expect(editor?.closest('div[role="region"][data-compose-id]')).not.toBeNull();
    expect(doc.querySelectorAll('[g_editable="true"]')).toHaveLength(1);
    // A second call finds the open editor rather than clicking again.
    await expect(gmailAdapter.openReplyBox(doc, null)).resolves.toBe(editor);
    expect(doc.querySelectorAll('[g_editable="true"]')).toHaveLength(1);
  });

  it('finds the German Reply button by its label when the class names have changed', async () => {
    const doc = show('thread-de');
    for (const button of doc.querySelectorAll('div.aaq')) button.removeAttribute('class');
    const editor = await gmailAdapter.openReplyBox(doc, null);
    expect(editor?.getAttribute('aria-label')).toBe('Nachrichtentext');
  });

  it('gives up after about two seconds when no editor appears', async () => {
    vi.useFakeTimers();
    const doc = show('thread-replied');
    const opening = gmailAdapter.openReplyBox(doc, handles(doc)[2]!);
    await vi.advanceTimersByTimeAsync(2_500);
    await expect(opening).resolves.toBeNull();
  });

  it('has no reply box for a list row', async () => {
    const doc = show('inbox');
    await expect(gmailAdapter.openReplyBox(doc, handles(doc)[0]!)).resolves.toBeNull();
  });
});

describe('parseGmailDate', () => {
  it.each([
    ['Mon, Nov 23, 2026, 9:41 AM', '', [2026, 10, 23, 9, 41]],
    ['Fri, Nov 27, 2026, 4:20 PM', '', [2026, 10, 27, 16, 20]],
    ['Sat, Nov 28, 2026, 12:05 AM', '', [2026, 10, 28, 0, 5]],
    ['Sat, Nov 28, 2026, 12:05\u202fPM', '', [2026, 10, 28, 12, 5]],
    ['Mo., 23. Nov. 2026, 10:12', 'de', [2026, 10, 23, 10, 12]],
    ['Di., 3. März 2026, 08:00', 'de', [2026, 2, 3, 8, 0]],
    ['mar. 24 nov. 2026, 09:41', 'fr', [2026, 10, 24, 9, 41]],
    ['jeu. 2 juil. 2026, 18:30', 'fr', [2026, 6, 2, 18, 30]],
    ['mié, 25 nov 2026, 9:41', 'es', [2026, 10, 25, 9, 41]],
    ['qua., 25 de nov. de 2026 09:41', 'pt', [2026, 10, 25, 9, 41]],
    ['23.11.2026, 09:41', 'de', [2026, 10, 23, 9, 41]],
    ['11/23/2026, 9:41 AM', 'en-US', [2026, 10, 23, 9, 41]],
    ['03/04/2026, 09:41', 'en-GB', [2026, 3, 3, 9, 41]],
    ['2026年11月23日 9:41', 'ja', [2026, 10, 23, 9, 41]],
  ] as const)('reads %s', (text, lang, [year, month, day, hours, minutes]) => {
    expect(parseGmailDate(text, lang)?.toISOString()).toBe(local(year, month, day, hours, minutes));
  });

  it.each(['', 'yesterday', 'Nov 31, 2026', '13:61', 'Feb 30, 2026, 9:00 AM'])('gives null for %j', (text) => {
    expect(parseGmailDate(text)).toBeNull();
  });

  it('dates a message "now" when its tooltip cannot be read', () => {
    const doc = parse('thread');
    doc.querySelector('span.g3')!.setAttribute('title', 'gestern');
    const before = Date.now();
    const [first] = messagesOf(doc);
    expect(Date.parse(first!.sentAt)).toBeGreaterThanOrEqual(before - 1);
  });
});
