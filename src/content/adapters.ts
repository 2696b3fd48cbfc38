import type { SiteId } from '../core/sites';
import type { SiteAdapter } from './site-adapter';
import { gmailAdapter } from './sites/gmail/adapter';
import { linkedinAdapter } from './sites/linkedin/adapter';
import { outlookAdapter } from './sites/outlook/adapter';

const OUTLOOK_HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']);

/** The driver for the site this page belongs to, from the host alone. */
export function adapterFor(hostname: string): SiteAdapter | null {
  if (hostname === 'www.linkedin.com') return linkedinAdapter;
  if (hostname === 'mail.google.com') return gmailAdapter;
  if (OUTLOOK_HOSTS.has(hostname)) return outlookAdapter;
  return null;
}

export const ADAPTERS: Record<SiteId, SiteAdapter> = {
  linkedin: linkedinAdapter,
  gmail: gmailAdapter,
  outlook: outlookAdapter,
};
