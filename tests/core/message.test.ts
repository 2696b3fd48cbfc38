import { describe, expect, it } from 'vitest';
import { messageKey } from '../../src/core/message';

describe('messageKey', () => {
  it('joins the site and the site’s own id, so a message is stored once across visits', () => {
    expect(messageKey({ site: 'gmail', siteMessageId: '18e9c35b20f4a6d1' })).toBe('gmail:18e9c35b20f4a6d1');
  });

  it('keeps a LinkedIn URN intact even though it holds colons of its own', () => {
    const urn = 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAD4kV2sBq1,2-MTcyNTI2MzI4MDAwMGI1)';
    expect(messageKey({ site: 'linkedin', siteMessageId: urn })).toBe(`linkedin:${urn}`);
  });

  it('tells the same id on two sites apart', () => {
    const id = 'AAQkADAwATM0MDAAMS1iNTcw';
    expect(messageKey({ site: 'outlook', siteMessageId: id })).not.toBe(messageKey({ site: 'gmail', siteMessageId: id }));
  });
});
