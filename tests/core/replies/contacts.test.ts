import { describe, expect, it } from 'vitest';
import { checkContact, safeContactLink } from '../../../src/core/replies/contacts';

describe('checkContact', () => {
  it('keeps a full contact, tidied', () => {
    expect(
      checkContact({ name: '  Ana   Souza ', role: 'Staff Engineer\tat Quokka Docs', link: 'https://www.linkedin.com/in/ana-souza', note: ' She led our design system. ' }),
    ).toEqual({
      ok: true,
      value: { name: 'Ana Souza', role: 'Staff Engineer at Quokka Docs', link: 'https://www.linkedin.com/in/ana-souza', note: 'She led our design system.' },
    });
  });

  it('leaves empty optional fields out', () => {
    expect(checkContact({ name: 'Ana', role: ' ', link: '', note: null })).toEqual({ ok: true, value: { name: 'Ana' } });
  });

  it('accepts mailto links and a bare email address', () => {
    expect(checkContact({ name: 'Ana', link: 'mailto:ana@example.com' })).toMatchObject({ ok: true, value: { link: 'mailto:ana@example.com' } });
    expect(checkContact({ name: 'Ana', link: 'ana@example.com' })).toMatchObject({ ok: true, value: { link: 'mailto:ana@example.com' } });
  });

  it.each([
    ['no name', { role: 'Engineer' }, 'A contact needs a name.'],
    ['a blank name', { name: '   ' }, 'A contact needs a name.'],
    ['a name over 120 characters', { name: 'A'.repeat(121) }, 'The name can be at most 120 characters long.'],
    ['a javascript: link', { name: 'Ana', link: 'javascript:alert(1)' }, 'The link must be a web address starting with http:// or https://, or an email address (mailto:).'],
    ['a data: link', { name: 'Ana', link: 'data:text/html,hi' }, 'The link must be a web address starting with http:// or https://, or an email address (mailto:).'],
    ['a link without a scheme', { name: 'Ana', link: 'linkedin.com/in/ana' }, 'The link must be a web address starting with http:// or https://, or an email address (mailto:).'],
    ['a note over 500 characters', { name: 'Ana', note: 'x'.repeat(501) }, 'The note can be at most 500 characters long.'],
    ['a role that is not text', { name: 'Ana', role: 42 }, 'The role must be text.'],
  ])('refuses %s with a clear sentence', (_what, input, error) => {
    expect(checkContact(input)).toEqual({ ok: false, errors: [error] });
  });

  it('lists every problem at once', () => {
    const result = checkContact({ name: '', link: 'ftp://example.com', note: 'x'.repeat(600) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toHaveLength(3);
  });

  it('refuses something that is not a contact at all', () => {
    expect(checkContact('Ana')).toEqual({ ok: false, errors: ['A contact needs at least a name.'] });
  });
});

describe('safeContactLink', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['http://example.com', 'http://example.com/'],
    ['https://user:pw@example.com', undefined],
    ['mailto:not-an-address', undefined],
    ['file:///etc/passwd', undefined],
  ])('%s → %s', (link, safe) => {
    expect(safeContactLink(link)).toBe(safe);
  });
});
