// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IncomingMessage } from '../../../src/core/message';
import type { MessageHandle } from '../../../src/content/site-adapter';
import { linkedinAdapter as linkedin } from '../../../src/content/sites/linkedin/adapter';
import { LINKEDIN } from '../../../src/content/sites/linkedin/selectors';

const FIXTURES = join(process.cwd(), 'tests/fixtures/linkedin');
const MESSAGING = ['2026-11-28-messaging.html', 'https://www.linkedin.com/messaging/thread/2-demo-thread-1/'] as const;
const GERMAN = ['2026-11-28-messaging-de.html', 'https://www.linkedin.com/messaging/thread/2-demo-thread-de-1/'] as const;
const OVERLAY = ['2026-11-28-overlay.html', 'https://www.linkedin.com/feed/'] as const;
const REPLIED = ['2026-11-28-thread-replied.html', 'https://www.linkedin.com/messaging/thread/2-demo-thread-replied/'] as const;
const LARGE = ['2026-11-28-messaging-large.html', 'https://www.linkedin.com/messaging/thread/2-demo-thread-large/'] as const;
const FEED = ['2026-11-28-feed.html', 'https://www.linkedin.com/feed/'] as const;
type Fixture = readonly [file: string, url: string];

const read = (file: string): string => readFileSync(join(FIXTURES, file), 'utf8');

/** Shows `html` at `url` in the test's document, as the browser would after a navigation. */
function show(html: string, url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = html;
}

function load([file, url]: Fixture): void {
  show(read(file), url);
}

function handles(): MessageHandle[] {
  return linkedin.findMessages(linkedin.root(document) ?? document);
}

function extractAll(): IncomingMessage[] {
  return handles().flatMap((handle) => linkedin.extract(handle, document) ?? []);
}

const messages = (): IncomingMessage[] => extractAll().filter((m) => !m.isPreview);
const rows = (): IncomingMessage[] => extractAll().filter((m) => m.isPreview);
const local = (...parts: [number, number, number, number, number]): string => new Date(...parts).toISOString();

beforeEach(() => {
  // Day headings such as "Yesterday" are read against the fixtures' date.
  vi.useFakeTimers({ now: new Date('2026-11-28T12:00:00Z'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('view', () => {
  it('recognises the messaging page, with or without a thread id', () => {
    load(MESSAGING);
    expect(linkedin.view(new URL(MESSAGING[1]), document)).toEqual({ kind: 'messaging', hasOpenThread: true });
    expect(linkedin.view(new URL('https://www.linkedin.com/messaging/'), document)).toEqual({ kind: 'messaging', hasOpenThread: true });
  });

  it('recognises the German messaging page and the replied thread', () => {
    load(GERMAN);
    expect(linkedin.view(new URL(GERMAN[1]), document)).toEqual({ kind: 'messaging', hasOpenThread: true });
    load(REPLIED);
    expect(linkedin.view(new URL(REPLIED[1]), document)).toEqual({ kind: 'messaging', hasOpenThread: true });
  });

  it('recognises the overlay on a feed page by the page, not the URL', () => {
    load(OVERLAY);
    expect(linkedin.view(new URL(OVERLAY[1]), document)).toEqual({ kind: 'overlay', hasOpenThread: true });
  });

  it('says the overlay has no open thread when only minimised bubbles are left', () => {
    load(OVERLAY);
    document.querySelector('.msg-overlay-conversation-bubble:not(.msg-overlay-conversation-bubble--is-minimized)')?.remove();
    expect(linkedin.view(new URL(OVERLAY[1]), document)).toEqual({ kind: 'overlay', hasOpenThread: false });
  });

  it('trusts a messaging URL before the page has rendered, leaving root() to report the layout', () => {
    // LinkedIn changes the URL with pushState first and renders after.
    load(FEED);
    expect(linkedin.view(new URL(MESSAGING[1]), document)).toEqual({ kind: 'messaging', hasOpenThread: false });
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(MESSAGING[1]);
    expect(linkedin.root(document)).toBeNull();
  });

  it('is null on the feed without the overlay, off LinkedIn and over plain http', () => {
    load(FEED);
    expect(linkedin.view(new URL(FEED[1]), document)).toBeNull();
    load(OVERLAY);
    expect(linkedin.view(new URL('https://mail.google.com/mail/u/0/'), document)).toBeNull();
    expect(linkedin.view(new URL('http://www.linkedin.com/feed/'), document)).toBeNull();
    expect(linkedin.view(new URL('https://www.linkedin.com.evil.example/messaging/'), document)).toBeNull();
  });
});

describe('root', () => {
  it('is the smallest element holding both the list and the thread', () => {
    load(MESSAGING);
    const root = linkedin.root(document);
    const list = document.querySelector('ul.msg-conversations-container__conversations-list');
    const thread = document.querySelector('.msg-s-message-list-container');
    expect(root?.id).toBe('main');
    expect(root?.contains(list)).toBe(true);
    expect(root?.contains(thread)).toBe(true);
    expect([...(root?.children ?? [])].some((child) => child.contains(list) && child.contains(thread))).toBe(false);
  });

  it('is the overlay container on other pages, and null on the feed without it', () => {
    load(OVERLAY);
    expect(linkedin.root(document)?.matches('aside.msg-overlay-container')).toBe(true);
    load(FEED);
    expect(linkedin.root(document)).toBeNull();
  });
});

describe('findMessages', () => {
  it.each([
    { fixture: MESSAGING, rowCount: 6, messageCount: 4, ownCount: 1 },
    { fixture: GERMAN, rowCount: 5, messageCount: 4, ownCount: 1 },
    { fixture: OVERLAY, rowCount: 0, messageCount: 2, ownCount: 0 },
    { fixture: REPLIED, rowCount: 3, messageCount: 3, ownCount: 2 },
    { fixture: LARGE, rowCount: 100, messageCount: 50, ownCount: 24 },
  ])('finds $rowCount rows and $messageCount messages ($ownCount own) in $fixture.0', ({ fixture, rowCount, messageCount, ownCount }) => {
    load(fixture);
    const found = handles();
    expect(found.filter((h) => h.kind === 'row')).toHaveLength(rowCount);
    expect(found.filter((h) => h.kind === 'message')).toHaveLength(messageCount);
    const own = found.filter((h) => h.kind === 'message' && !h.element.classList.contains('msg-s-event-listitem--other'));
    expect(own).toHaveLength(ownCount);
    for (const handle of found) expect(handle.element.contains(handle.anchor)).toBe(true);
  });

  it('skips occluded placeholders', () => {
    load(LARGE);
    expect(document.querySelectorAll('li.msg-conversation-listitem')).toHaveLength(110);
    for (const handle of handles()) expect(handle.element.matches(LINKEDIN.occludedRow.css[0]!)).toBe(false);
  });

  it('finds nothing on the feed without the overlay', () => {
    load(FEED);
    expect(linkedin.findMessages(document)).toEqual([]);
  });

  it('anchors a row at its names, a group start at the sender name, a continued message at its bubble', () => {
    load(MESSAGING);
    const found = handles();
    expect(found[0]?.anchor.matches('h3.msg-conversation-listitem__participant-names')).toBe(true);
    const [first, continued] = found.filter((h) => h.kind === 'message');
    expect(first?.element.matches('div.msg-s-event-listitem[data-event-urn]')).toBe(true);
    expect(first?.anchor.matches('.msg-s-message-group__name')).toBe(true);
    expect(continued?.anchor.matches('.msg-s-event-listitem__message-bubble')).toBe(true);
  });

  it('works on a single added row, event list item, message item or part of one', () => {
    load(MESSAGING);
    const row = document.querySelectorAll<HTMLElement>('li.msg-conversation-listitem')[1]!;
    expect(linkedin.findMessages(row)).toEqual([expect.objectContaining({ element: row, kind: 'row' })]);
    const event = document.querySelectorAll<HTMLElement>('li.msg-s-message-list__event')[1]!;
    const item = event.querySelector<HTMLElement>('[data-event-urn]')!;
    expect(linkedin.findMessages(event)).toEqual([expect.objectContaining({ element: item, kind: 'message' })]);
    expect(linkedin.findMessages(item)).toEqual([expect.objectContaining({ element: item, kind: 'message' })]);
    const body = item.querySelector<HTMLElement>('p.msg-s-event-listitem__body')!;
    expect(linkedin.findMessages(body)).toEqual([expect.objectContaining({ element: item, kind: 'message' })]);
    const placeholder = document.querySelector<HTMLElement>('.msg-conversation-card--occluded')!;
    expect(linkedin.findMessages(placeholder)).toEqual([]);
  });

  it('reads a message found in an added subtree as it reads it from the root', () => {
    load(MESSAGING);
    const event = document.querySelectorAll<HTMLElement>('li.msg-s-message-list__event')[1]!;
    const [handle] = linkedin.findMessages(event);
    expect(linkedin.extract(handle!, document)).toEqual(messages()[1]);
  });
});

describe('extract on the English messaging page', () => {
  const INES = {
    name: 'Ines Kowalczyk',
    profileUrl: 'https://www.linkedin.com/in/ines-kowalczyk-talent/',
    headline: 'Senior Talent Partner at Nordlicht Mobility · Hiring frontend and mobile engineers in Berlin',
    company: 'Nordlicht Mobility',
  };

  it('reads every thread message', () => {
    load(MESSAGING);
    const [first, second, own, last] = messages();
    expect(first).toMatchObject({
      site: 'linkedin',
      siteMessageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAACv9TgX2mLp0QzR7nB4sYd1HkF8wJeQ,2-MTc5NTUxMTUyMDAwMGI0MTczMC0wMDQ=)',
      threadKey: 'linkedin:2-demo-thread-1',
      sender: INES,
      subject: null,
      sentAt: '2026-11-24T09:12:00.000Z',
      isOwn: false,
      inMail: true,
      recipientCount: null,
    });
    expect(first?.isPreview).toBeUndefined();
    expect(first?.body.split('\n').slice(0, 3)).toEqual(['Hi Katrin,', '', "I'm Ines, and I lead frontend hiring at Nordlicht Mobility. We run the car-sharing app behind roughly 4,000 cars in Berlin, Hamburg and Leipzig."]);
    expect(first?.body).toContain('· Senior Frontend Engineer, permanent, React + TypeScript, Vite, Playwright\n· Hybrid:');
    expect(first?.body.endsWith('Would you be open to a 20-minute call next week?\n\nInes')).toBe(true);
    // A continued message takes the sender and time of its group header.
    expect(second).toMatchObject({ sender: INES, sentAt: '2026-11-24T09:12:00.000Z', isOwn: false, inMail: true });
    expect(second?.body).toMatch(/^P\.S\. No agency in between/);
    expect(own).toMatchObject({
      sender: { name: 'Katrin Vogelsang', profileUrl: 'https://www.linkedin.com/in/katrin-vogelsang-frontend/' },
      sentAt: '2026-11-26T18:40:00.000Z',
      isOwn: true,
      inMail: false,
    });
    expect(own?.sender.headline).toBeUndefined();
    expect(last).toMatchObject({ sender: INES, sentAt: '2026-11-27T08:05:00.000Z', isOwn: false });
    expect(last?.body).toContain('seven engineers plus two designers');
  });

  it('reads list rows as previews', () => {
    load(MESSAGING);
    const [ines, dominic, lena, sanjay] = rows();
    expect(ines).toMatchObject({
      siteMessageId: expect.stringMatching(/^row:[0-9a-z]+$/),
      // The open row meets the URL's thread id; the others carry no id.
      threadKey: 'linkedin:2-demo-thread-1',
      sender: { name: 'Ines Kowalczyk' },
      subject: null,
      sentAt: '2026-11-27T08:05:00.000Z',
      isOwn: false,
      inMail: true,
      isPreview: true,
      recipientCount: null,
    });
    expect(ines?.body).toMatch(/^Of course! You'd report to Jakob Lenz/);
    expect(dominic).toMatchObject({ threadKey: expect.stringMatching(/^linkedin:row:/), inMail: true, isOwn: false });
    expect(dominic?.body).toMatch(/^Hi Katrin, hope the week/);
    expect(lena).toMatchObject({ isOwn: true, inMail: false, sender: { name: 'You' } });
    expect(lena?.body).toMatch(/^Sure, I'll look at the token rename PR/);
    expect(sanjay).toMatchObject({ isOwn: false, inMail: false });
  });

  it('keeps row ids stable across reads and days, distinct between rows, and new for a new message', () => {
    load(GERMAN);
    const first = rows().map((m) => m.siteMessageId);
    expect(new Set(first).size).toBe(first.length);
    load(GERMAN);
    // The next day the list shows "Gestern" where it showed "09:05": still the same message.
    document.querySelector('time.msg-conversation-listitem__time-stamp')!.textContent = 'Gestern';
    expect(rows().map((m) => m.siteMessageId)).toEqual(first);
    document.querySelector('p.msg-conversation-card__message-snippet')!.textContent = 'Jonas: Kurze Erinnerung an Donnerstag!';
    expect(rows()[0]?.siteMessageId).not.toBe(first[0]);
  });

  it('strips localised "You:" prefixes and marks them as own', () => {
    load(MESSAGING);
    const snippet = document.querySelectorAll('p.msg-conversation-card__message-snippet')[2]!;
    for (const prefix of ['You:', 'Sie:', 'Vous :', 'Tú:', 'Você:']) {
      snippet.textContent = `${prefix} Merci, à jeudi !`;
      expect(rows()[2]).toMatchObject({ isOwn: true, body: 'Merci, à jeudi !' });
    }
    // A colon that does not follow a participant's name or an own prefix stays in the text.
    snippet.textContent = 'Reminder: interview at 3 pm';
    expect(rows()[2]).toMatchObject({ isOwn: false, body: 'Reminder: interview at 3 pm' });
    // A participant whose name is also an own prefix keeps their message.
    document.querySelectorAll('h3.msg-conversation-listitem__participant-names span')[2]!.textContent = 'Du Wei';
    snippet.textContent = 'Du: see you Thursday';
    expect(rows()[2]).toMatchObject({ isOwn: false, body: 'see you Thursday', sender: { name: 'Du Wei' } });
  });
});

describe('InMail in the messaging page', () => {
  it('finds the matching row by name when no row is marked open', () => {
    load(MESSAGING);
    document.querySelector('[aria-current="true"]')?.removeAttribute('aria-current');
    expect(messages().map((m) => m.inMail)).toEqual([true, true, false, true]);
    document.querySelector('span.msg-conversation-card__pill')?.remove();
    expect(messages().map((m) => m.inMail)).toEqual([false, false, false, false]);
  });

  it('does not take the pill of an open row that names someone else', () => {
    load(MESSAGING);
    document.querySelector('h3.msg-conversation-listitem__participant-names span')!.textContent = 'Dominic Ashworth';
    expect(messages()[0]?.inMail).toBe(false);
  });
});

describe('extract on the German messaging page', () => {
  const JONAS = {
    name: 'Jonas Brandt',
    profileUrl: 'https://www.linkedin.com/in/jonas-brandt-talent/',
    headline: 'Talent Acquisition Partner bei Wattwerk Energie · Wir suchen Frontend-Talente in Berlin und Leipzig',
    company: 'Wattwerk Energie',
  };

  it('reads messages, dating them from the German day headings and group times', () => {
    load(GERMAN);
    const [first, second, own, last] = messages();
    expect(first).toMatchObject({
      threadKey: 'linkedin:2-demo-thread-de-1',
      sender: JONAS,
      subject: 'Senior Frontend Engineer (m/w/d) – Ladeapp bei Wattwerk',
      sentAt: local(2026, 10, 24, 10, 12),
      isOwn: false,
      inMail: true,
    });
    // Line breaks written as <br> are kept.
    expect(first?.body.split('\n').slice(0, 3)).toEqual(['Hallo Katrin,', '', 'ich bin Jonas und betreue bei Wattwerk Energie die Einstellungen für unser Web-Team. Wir bauen die App, mit der rund 30.000 Menschen ihr E-Auto an unseren Ladesäulen laden.']);
    expect(first?.body).toContain('· 85.000–95.000 €, 30 Urlaubstage\n\nHättest du');
    expect(second).toMatchObject({ sender: JONAS, subject: null, sentAt: local(2026, 10, 24, 10, 12), body: 'PS: Ich bin intern bei Wattwerk, keine Agentur dazwischen.' });
    expect(own).toMatchObject({ sender: { name: 'Katrin Vogelsang' }, isOwn: true, inMail: false, sentAt: local(2026, 10, 27, 19, 40) });
    expect(last).toMatchObject({ sender: JONAS, sentAt: local(2026, 10, 28, 9, 5) });
  });

  it('reads rows with "Sie:" and time texts without datetime attributes', () => {
    load(GERMAN);
    const [jonas, miriam, lena, tobias, marco] = rows();
    expect(jonas).toMatchObject({ threadKey: 'linkedin:2-demo-thread-de-1', inMail: true, isOwn: false, sentAt: local(2026, 10, 28, 9, 5) });
    expect(jonas?.body).toMatch(/^Sehr gern!/);
    expect(miriam).toMatchObject({ inMail: true, sentAt: local(2026, 10, 27, 0, 0) });
    expect(lena).toMatchObject({ isOwn: true, sender: { name: 'Sie' }, sentAt: local(2026, 10, 25, 0, 0) });
    expect(lena?.body).toMatch(/^Klar, ich schaue/);
    expect(tobias).toMatchObject({ inMail: false, sentAt: local(2026, 10, 20, 0, 0) });
    expect(marco).toMatchObject({ sentAt: local(2026, 9, 3, 0, 0) });
  });

  it.each([
    ['mar. 24 nov.', '10:12', [2026, 10, 24, 10, 12]],
    ['Mar 3', '10:12 AM', [2026, 2, 3, 10, 12]],
    ['Nov 24, 2025', '2:05 PM', [2025, 10, 24, 14, 5]],
    ['24.11.2025', '14:05 Uhr', [2025, 10, 24, 14, 5]],
    ['Dec 30', '2:05 p. m.', [2025, 11, 30, 14, 5]],
    ['Yesterday', '12:30 AM', [2026, 10, 27, 0, 30]],
    ['Hoy', '9h05', [2026, 10, 28, 9, 5]],
    ['Ontem', '09:05', [2026, 10, 27, 9, 5]],
    ['Monday', '09:05', [2026, 10, 23, 9, 5]],
    ['lundi', '09:05', [2026, 10, 23, 9, 5]],
    ['Samstag', '09:05', [2026, 10, 21, 9, 5]],
    ['', '09:05', [2026, 10, 28, 9, 5]],
  ] as const)('dates a message under the heading "%s" at "%s"', (heading, time, expected) => {
    load(GERMAN);
    const first = document.querySelector('time.msg-s-message-list__time-heading')!;
    if (heading) first.textContent = heading;
    else first.remove();
    document.querySelector('time.msg-s-message-group__timestamp')!.textContent = time;
    expect(messages()[0]?.sentAt).toBe(local(expected[0], expected[1], expected[2], expected[3], expected[4]));
  });

  it('falls back to the time the message was read when the page shows no time', () => {
    load(GERMAN);
    document.querySelector('time.msg-s-message-list__time-heading')!.remove();
    document.querySelector('time.msg-s-message-group__timestamp')!.remove();
    expect(messages()[0]?.sentAt).toBe('2026-11-28T12:00:00.000Z');
  });

  it('falls back to the hidden a11y heading for the sender name', () => {
    load(GERMAN);
    for (const name of document.querySelectorAll('.msg-s-message-group__name')) name.remove();
    const [first, second, own] = messages();
    expect(first?.sender.name).toBe('Jonas Brandt');
    expect(second?.sender.name).toBe('Jonas Brandt');
    expect(own?.sender.name).toBe('Katrin Vogelsang');
  });
});

describe('extract in the overlay', () => {
  it('reads the open bubble, keyed by the bubble’s profile link', () => {
    load(OVERLAY);
    const [first, second] = messages();
    const RAVI = {
      name: 'Ravi Menon',
      profileUrl: 'https://www.linkedin.com/in/ravi-menon-talent/',
      headline: 'Senior Technical Recruiter at Helix Grid · Energy software, Berlin & remote',
      company: 'Helix Grid',
    };
    expect(first).toMatchObject({
      siteMessageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAACv9TgX2mLp0QzR7nB4sYd1HkF8wJeQ,2-MTc5NjMzMjIwMDAwMG92MDAxLTAwNA==)',
      threadKey: 'linkedin:in/ravi-menon-talent',
      sender: RAVI,
      subject: 'Frontend lead for our grid-operations dashboard',
      sentAt: '2026-11-28T07:47:00.000Z',
      isOwn: false,
      inMail: true,
    });
    expect(first?.body).toMatch(/^Hi Katrin,\n\nI saw the Funke design system/);
    expect(second).toMatchObject({ threadKey: 'linkedin:in/ravi-menon-talent', sender: RAVI, inMail: true });
  });

  it('sees the InMail badge by class, then by its label, and not without it', () => {
    load(OVERLAY);
    const badge = document.querySelector('.msg-overlay-bubble-header__inmail-badge')!;
    badge.className = 'x9f2a';
    expect(messages()[0]?.inMail).toBe(true);
    badge.remove();
    expect(messages()[0]?.inMail).toBe(false);
  });
});

describe('extract on a thread the candidate already answered', () => {
  it('reads the recruiter’s message and both own replies', () => {
    load(REPLIED);
    const [recruiter, reply, followUp] = messages();
    expect(recruiter).toMatchObject({
      threadKey: 'linkedin:2-demo-thread-replied',
      sender: {
        name: 'Daniela Costa',
        profileUrl: 'https://www.linkedin.com/in/daniela-costa-recruiting/',
        headline: 'Lead Technical Recruiter at Tidewater Freight | Hiring product engineers across Europe',
        company: 'Tidewater Freight',
      },
      sentAt: '2026-11-23T11:30:00.000Z',
      isOwn: false,
      inMail: false,
    });
    expect(recruiter?.body).toMatch(/^Hi Katrin,\n\nI'm Daniela/);
    expect(reply).toMatchObject({ isOwn: true, sender: { name: 'Katrin Vogelsang' }, sentAt: '2026-11-25T08:14:00.000Z' });
    expect(followUp).toMatchObject({ isOwn: true, sender: { name: 'Katrin Vogelsang' }, sentAt: '2026-11-25T08:14:00.000Z' });
    expect(followUp?.body).toBe('One practical question before Thursday: is the hybrid day fixed, or can the team choose it?');
    expect(rows()[0]).toMatchObject({ isOwn: true, threadKey: 'linkedin:2-demo-thread-replied', body: followUp?.body });
  });
});

describe('extract on the large page', () => {
  it('reads all 150 items with a sender, a body and a time', () => {
    load(LARGE);
    const all = extractAll();
    expect(all).toHaveLength(150);
    for (const message of all) {
      expect(message.sender.name).not.toBe('');
      expect(message.body).not.toBe('');
      expect(Number.isNaN(Date.parse(message.sentAt))).toBe(false);
    }
    const thread = all.filter((m) => !m.isPreview);
    expect(new Set(thread.map((m) => m.siteMessageId)).size).toBe(50);
    for (const message of thread) {
      expect(message.threadKey).toBe('linkedin:2-demo-thread-large');
      expect(message.sender.name).toBe(message.isOwn ? 'Katrin Vogelsang' : 'Sofia Lindqvist');
    }
    expect(thread[0]?.body).toMatch(/^Hi Katrin,\n\nI'm Sofia/);
  });
});

describe('openReplyBox', () => {
  const BOX = 'div.msg-form__contenteditable[contenteditable="true"][role="textbox"]';

  it('finds the open thread’s box for a message, the open row or no handle', async () => {
    load(MESSAGING);
    const box = document.querySelector(BOX);
    const found = handles();
    expect(await linkedin.openReplyBox(document, found.find((h) => h.kind === 'message')!)).toBe(box);
    expect(await linkedin.openReplyBox(document, found[0]!)).toBe(box);
    expect(await linkedin.openReplyBox(document, null)).toBe(box);
  });

  it('refuses a row of another conversation, a stale handle, and a page without a box', async () => {
    load(MESSAGING);
    const found = handles();
    expect(await linkedin.openReplyBox(document, found[1]!)).toBeNull();
    const message = found.find((h) => h.kind === 'message')!;
    message.element.remove();
    expect(await linkedin.openReplyBox(document, message)).toBeNull();
    load(FEED);
    expect(await linkedin.openReplyBox(document, null)).toBeNull();
  });

  it('finds the overlay bubble’s box', async () => {
    load(OVERLAY);
    const box = document.querySelector(`.msg-overlay-conversation-bubble ${BOX}`);
    expect(box).not.toBeNull();
    expect(await linkedin.openReplyBox(document, handles()[0]!)).toBe(box);
    expect(await linkedin.openReplyBox(document, null)).toBe(box);
  });
});

describe('a layout it does not know', () => {
  /** The messaging fixture with every msg-* class renamed to a hash, as LinkedIn has begun doing. */
  function renamed(): string {
    let n = 0;
    const names = new Map<string, string>();
    return read(MESSAGING[0]).replace(/class="([^"]*)"/g, (_, classes: string) => {
      const hashed = classes.split(/\s+/).map((name) => {
        if (!name.startsWith('msg-')) return name;
        if (!names.has(name)) names.set(name, `_${(n++).toString(36)}x${name.length}`);
        return names.get(name)!;
      });
      return `class="${hashed.join(' ')}"`;
    });
  }

  it('reports no root and finds nothing, without throwing', async () => {
    show(renamed(), MESSAGING[1]);
    expect(document.querySelector('[data-event-urn]')).not.toBeNull();
    expect(linkedin.view(new URL(MESSAGING[1]), document)).toEqual({ kind: 'messaging', hasOpenThread: false });
    expect(linkedin.root(document)).toBeNull();
    expect(linkedin.findMessages(document)).toEqual([]);
    expect(linkedin.findMessages(document.body)).toEqual([]);
    const item = document.querySelector<HTMLElement>('[data-event-urn]')!;
    expect(linkedin.extract({ element: item, anchor: item, kind: 'message' }, document)).toBeNull();
    const li = document.querySelector<HTMLElement>('li')!;
    expect(linkedin.extract({ element: li, anchor: li, kind: 'row' }, document)).toBeNull();
    expect(await linkedin.openReplyBox(document, null)).toBeNull();
  });
});

describe('safety', () => {
  it('changes nothing in the page', async () => {
    for (const fixture of [MESSAGING, OVERLAY]) {
      load(fixture);
      const before = document.documentElement.outerHTML;
      const found = handles();
      for (const handle of found) linkedin.extract(handle, document);
      await linkedin.openReplyBox(document, found[0] ?? null);
      linkedin.view(new URL(fixture[1]), document);
      expect(document.documentElement.outerHTML).toBe(before);
    }
  });

  it('never throws on odd handles and scopes', async () => {
    load(MESSAGING);
    const detached = document.createElement('div');
    expect(linkedin.extract({ element: detached, anchor: detached, kind: 'message' }, document)).toBeNull();
    expect(linkedin.extract({ element: detached, anchor: detached, kind: 'row' }, document)).toBeNull();
    expect(linkedin.findMessages(document.createDocumentFragment())).toEqual([]);
    expect(linkedin.findMessages(null as unknown as ParentNode)).toEqual([]);
    expect(linkedin.extract(null as unknown as MessageHandle, document)).toBeNull();
    expect(await linkedin.openReplyBox(null as unknown as Document, null)).toBeNull();
    expect(linkedin.view(new URL(MESSAGING[1]), null as unknown as Document)).toBeNull();
    expect(linkedin.root(null as unknown as Document)).toBeNull();
  });

  it('reads a 5 MB body only up to the worker’s limit, and clips long keys and names', () => {
    load(MESSAGING);
    const item = document.querySelector<HTMLElement>('[data-event-urn]')!;
    item.setAttribute('data-event-urn', `urn:li:msg_message:(${'x'.repeat(5000)})`);
    item.querySelector('.msg-s-message-group__name')!.textContent = 'N'.repeat(5000);
    const body = item.querySelector('p.msg-s-event-listitem__body')!;
    body.textContent = 'recruiter spam '.repeat(350_000);
    const started = performance.now();
    const [handle] = linkedin.findMessages(item);
    const message = linkedin.extract(handle!, document);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(message?.body.length).toBeLessThanOrEqual(100_000);
    expect(message?.body.length).toBeGreaterThan(90_000);
    expect(message?.siteMessageId.length).toBe(2000);
    expect(message?.sender.name.length).toBe(2000);
  });

  // happy-dom is some fifty times slower than a browser, so the unit test uses 2,000 rows; in Chromium
  // findMessages over 10,000 rows takes about a tenth of a second.
  it('handles a long list in one pass, reading only the open row for the thread', () => {
    const html = read(MESSAGING[0]);
    const row = /<li class="msg-conversation-listitem">[\s\S]*?<\/li>/g.exec(html.slice(html.indexOf('Sanjay') - 900))?.[0] ?? '';
    expect(row).toContain('Sanjay Kulkarni');
    show(html.replace('<!-- Not yet rendered', `${row.repeat(2_000)}<!-- Not yet rendered`), MESSAGING[1]);
    const started = performance.now();
    const found = handles();
    const thread = found.filter((h) => h.kind === 'message').map((h) => linkedin.extract(h, document));
    const elapsed = performance.now() - started;
    expect(found.filter((h) => h.kind === 'row')).toHaveLength(2_006);
    expect(thread.map((m) => m?.inMail)).toEqual([true, true, false, true]);
    expect(elapsed).toBeLessThan(15_000);
  }, 60_000);

});
