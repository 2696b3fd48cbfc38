import { describe, expect, it } from 'vitest';
import { REPLY_KINDS, firstNameOf, renderReply } from '../../../src/core/replies/drafts';

describe('renderReply', () => {
  it.each(REPLY_KINDS)('writes a complete %s reply when every value is known', (kind) => {
    const text = renderReply(kind, {
      recruiterFirstName: 'Jonas',
      myName: 'Katrin Vogelsang',
      company: 'Parcelo',
      role: 'Senior Frontend Engineer',
      targetTitles: 'Frontend Engineer or UI Engineer',
    });
    expect(text.startsWith('Hi Jonas,')).toBe(true);
    expect(text.endsWith('Katrin Vogelsang')).toBe(true);
    expect(text).not.toMatch(/\{|\}|undefined|null/);
  });

  it.each(REPLY_KINDS)('never shows a gap or a placeholder in a %s reply when values are missing', (kind) => {
    const text = renderReply(kind, {});
    expect(text).not.toMatch(/\{|\}|undefined|null|  /);
    expect(text.startsWith('Hello,')).toBe(true);
    expect(text.split('\n').filter((line) => line.trim()).length).toBeGreaterThanOrEqual(2);
  });

  it('drops only the sentence that needs the missing value', () => {
    const text = renderReply('decline', { recruiterFirstName: 'Ana', myName: 'Noémie' });
    expect(text).not.toContain('I appreciate you sharing');
    expect(text).toContain("I'm not looking for a new position right now");
  });

  it('asks for what a candidate needs to decide', () => {
    expect(renderReply('ask-details', { role: 'Data Scientist' })).toMatch(/salary range.*remote, hybrid or onsite.*interview process/s);
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Jonas Reiter', 'Jonas'],
    ['Dr. Sarah Whitman', 'Sarah'],
    ['Frau Müller', 'Müller'],
    ['', undefined],
    ['   ', undefined],
    ['42', undefined],
  ])('reads the first name of %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});
