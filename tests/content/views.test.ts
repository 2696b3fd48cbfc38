import { describe, expect, it } from 'vitest';
import { viewFromUrl } from '../../src/content/views';

describe('viewFromUrl', () => {
  it.each([
    ['https://www.linkedin.com/messaging/', 'linkedin', 'messaging'],
    ['https://www.linkedin.com/messaging', 'linkedin', 'messaging'],
    ['https://www.linkedin.com/messaging/thread/2-ZTFmYjM4NGQtOWE2Yy00/?trk=nav', 'linkedin', 'messaging'],
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail', 'mailbox'],
    ['https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmvzLhFqPnvDjRrTdQBc', 'gmail', 'mailbox'],
    ['https://mail.google.com/mail/u/12', 'gmail', 'mailbox'],
    ['https://outlook.live.com/mail/0/inbox/id/AAQkADAwATM0MDAAMS1iNTcw', 'outlook', 'mailbox'],
    ['https://outlook.office.com/mail/', 'outlook', 'mailbox'],
    ['https://outlook.office365.com/mail', 'outlook', 'mailbox'],
  ])('recognises %s', (href, site, kind) => {
    expect(viewFromUrl(href)).toEqual({ site, kind });
  });

  it.each([
    // Other LinkedIn pages may hold the messaging overlay, but that takes the page, not the URL.
    ['https://www.linkedin.com/feed/', 'LinkedIn feed'],
    ['https://www.linkedin.com/in/katrin-vogelsang/', 'a LinkedIn profile'],
    ['https://www.linkedin.com/messaging-settings/', 'a path that only starts like messaging'],
    ['https://mail.google.com/chat/u/0/', 'Google Chat inside Gmail'],
    ['https://mail.google.com/mail/mu/mp/382/', 'a Gmail path outside the mailbox'],
    ['https://outlook.live.com/calendar/0/view/month', 'the Outlook calendar'],
    ['https://outlook.office.com/mailbox/', 'a path that only starts like mail'],
    ['http://www.linkedin.com/messaging/', 'plain http'],
    ['https://linkedin.com.evil.example/messaging/', 'a look-alike host'],
    ['https://evil.example/mail/u/0/?next=https://mail.google.com/mail/u/0/', 'a supported URL inside the query'],
    ['not a url', 'text that is no URL'],
    ['', 'an empty string'],
  ])('ignores %s (%s)', (href) => {
    expect(viewFromUrl(href)).toBeNull();
  });

  it('reads the host case-insensitively, as the browser does', () => {
    expect(viewFromUrl('https://MAIL.Google.com/mail/u/0/')).toEqual({ site: 'gmail', kind: 'mailbox' });
  });
});
