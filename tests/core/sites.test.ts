import { describe, expect, it } from 'vitest';
import { isSiteId, SITE_IDS, SITE_NAMES } from '../../src/core/sites';

describe('isSiteId', () => {
  it('accepts the three supported sites', () => {
    expect(SITE_IDS.filter(isSiteId)).toEqual(['linkedin', 'gmail', 'outlook']);
  });

  it('refuses display names, other sites, inherited property names and non-texts', () => {
    const values = ['LinkedIn', 'Gmail', 'xing', '', 'toString', 'constructor', null, undefined, 1, ['gmail']];
    expect(values.filter(isSiteId)).toEqual([]);
  });

  it('has a display name for every site', () => {
    expect(SITE_IDS.map((site) => SITE_NAMES[site])).toEqual(['LinkedIn', 'Gmail', 'Outlook']);
  });
});
