import type { SiteId } from '../core/sites';

export interface View {
  site: SiteId;
  /** What kind of page: the content script works only on these. */
  kind: 'messaging' | 'mailbox';
}

const OUTLOOK_HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']);

/**
 * Recognises a supported view from the URL alone: cheap enough to run on every navigation.
 * LinkedIn pages other than messaging may still hold the messaging overlay; that needs the page.
 */
export function viewFromUrl(href: string): View | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const path = url.pathname;
  if (url.hostname === 'www.linkedin.com') {
    return path === '/messaging' || path.startsWith('/messaging/') ? { site: 'linkedin', kind: 'messaging' } : null;
  }
  if (url.hostname === 'mail.google.com') {
    return /^\/mail\/u\/\d+\/?$/.test(path) ? { site: 'gmail', kind: 'mailbox' } : null;
  }
  if (OUTLOOK_HOSTS.has(url.hostname)) {
    return /^\/mail(\/|$)/.test(path) ? { site: 'outlook', kind: 'mailbox' } : null;
  }
  return null;
}
