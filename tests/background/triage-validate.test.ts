import { describe, expect, it } from 'vitest';
import { checkDeliver, checkIncoming, checkRecruiterInput, checkSetState, checkTriage, safeThreadUrl } from '../../src/background/validate';
import type { IncomingMessage } from '../../src/core/message';

const MESSAGE: IncomingMessage = {
  site: 'linkedin',
  siteMessageId: 'urn:li:msg_message:1',
  threadKey: 'linkedin:2-abc',
  sender: { name: 'Jonas Reiter' },
  subject: null,
  body: 'Hello',
  sentAt: '2026-11-05T10:12:00Z',
  isOwn: false,
  recipientCount: null,
};

describe('safeThreadUrl', () => {
  it('accepts https addresses of the message\'s own site', () => {
    expect(safeThreadUrl('linkedin', 'https://www.linkedin.com/messaging/thread/2-abc/')).toBe('https://www.linkedin.com/messaging/thread/2-abc/');
    expect(safeThreadUrl('gmail', 'https://mail.google.com/mail/u/1/#inbox/1a20790cd6020d9a')).toBe('https://mail.google.com/mail/u/1/#inbox/1a20790cd6020d9a');
    for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']) {
      expect(safeThreadUrl('outlook', `https://${host}/mail/inbox/id/AAQk%3D`)).toBe(`https://${host}/mail/inbox/id/AAQk%3D`);
    }
  });

  it('refuses other schemes, hosts, sites, credentials, ports and non-texts', () => {
    for (const [site, url] of [
      ['linkedin', 'http://www.linkedin.com/messaging/thread/2-abc/'],
      ['linkedin', 'javascript:alert(1)'],
      ['linkedin', 'https://www.linkedin.com.evil.example/messaging/'],
      ['linkedin', 'https://mail.google.com/mail/u/0/'],
      ['gmail', 'https://user:pw@mail.google.com/mail/u/0/'],
      ['gmail', 'https://mail.google.com:8443/mail/u/0/'],
      ['gmail', 'not a url'],
      ['gmail', ''],
      ['gmail', 42],
      ['myspace', 'https://mail.google.com/mail/u/0/'],
      ['gmail', `https://mail.google.com/${'a'.repeat(2_100)}`],
    ] as const) {
      expect(safeThreadUrl(site, url), `${site} ${String(url)}`).toBeUndefined();
    }
  });
});

describe('checkIncoming and thread addresses', () => {
  it('keeps a good address and drops a bad one, storing the message either way', () => {
    const good = { ...MESSAGE, threadUrl: 'https://www.linkedin.com/messaging/thread/2-abc/' };
    const bad = { ...MESSAGE, siteMessageId: 'urn:li:msg_message:2', threadUrl: 'https://evil.example/phish' };
    const odd = { ...MESSAGE, siteMessageId: 'urn:li:msg_message:3', threadUrl: { href: 'x' } as unknown as string };
    expect(checkIncoming([good, bad, odd])).toEqual([]);
    expect(good.threadUrl).toBe('https://www.linkedin.com/messaging/thread/2-abc/');
    expect('threadUrl' in bad).toBe(false);
    expect('threadUrl' in odd).toBe(false);
  });
});

describe('triage request checks', () => {
  it('checks the query, state changes, deliveries and recruiters with one sentence per problem', () => {
    expect(checkTriage({ limit: 5 })).toEqual([]);
    expect(checkTriage({ limit: 5, query: 'x'.repeat(201) })).toHaveLength(1);
    expect(checkSetState({ key: 'gmail:1', state: 'dismissed' })).toEqual([]);
    expect(checkSetState({ key: '', state: 'gone' })).toHaveLength(2);
    expect(checkDeliver({ key: 'gmail:1', text: 'Hi' })).toEqual([]);
    expect(checkDeliver({ key: 'gmail:1', text: '' })).toEqual(['"text" must be the reply, a text of 1 to 100000 characters.']);
    expect(checkRecruiterInput({ recruiter: { name: 'Jo Doe', email: 'jo@acme.example', profileUrl: 'https://www.linkedin.com/in/jo/' } })).toEqual([]);
    expect(checkRecruiterInput({})).toEqual(['"name" must be the recruiter\'s name, a text of 1 to 200 characters.']);
    expect(checkRecruiterInput({ recruiter: { name: 'Jo', note: 7 } })).toEqual(['"note" must be a text of at most 2000 characters, or left out.']);
  });
});
