/**
 * Referral contacts: people the candidate may suggest in a refer reply. Checked the same way in
 * the options page and the worker, each problem a sentence for the candidate.
 */

export const CONTACT_LIMITS = { name: 120, role: 120, link: 2_000, note: 500 } as const;

export interface ContactFields {
  name: string;
  role?: string;
  link?: string;
  note?: string;
}

export type ContactCheck = { ok: true; value: ContactFields } | { ok: false; errors: string[] };

/** One line of text: controls and runs of whitespace become single spaces. */
function oneLine(value: string): string {
  return value.replace(/\p{Cc}/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** An http(s) address or a mailto: link, as the browser would normalise it; undefined otherwise. */
export function safeContactLink(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol === 'mailto:') return /^[^\s@]+@[^\s@]+$/.test(decodeURIComponent(url.pathname)) ? url.href : undefined;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.username || url.password || !url.hostname ? undefined : url.href;
}

/**
 * The contact as it may be stored: name required (at most 120 characters), role at most 120, link
 * an http(s) address or a mailto: link, note at most 500. Empty optional fields are left out; a bare
 * email address is accepted as a mailto: link.
 */
export function checkContact(input: unknown): ContactCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: ['A contact needs at least a name.'] };
  }
  const raw = input as Record<string, unknown>;
  const errors: string[] = [];
  const value: ContactFields = { name: '' };

  if (typeof raw.name !== 'string' || !oneLine(raw.name)) {
    errors.push('A contact needs a name.');
  } else if (oneLine(raw.name).length > CONTACT_LIMITS.name) {
    errors.push(`The name can be at most ${CONTACT_LIMITS.name} characters long.`);
  } else {
    value.name = oneLine(raw.name);
  }

  const optional = (field: 'role' | 'link' | 'note'): string | undefined => {
    const given = raw[field];
    if (given === undefined || given === null) return undefined;
    if (typeof given !== 'string') {
      errors.push(`The ${field} must be text.`);
      return undefined;
    }
    const text = field === 'note' ? given.replace(/\r\n?/g, '\n').trim() : oneLine(given);
    if (text.length > CONTACT_LIMITS[field]) {
      errors.push(`The ${field} can be at most ${CONTACT_LIMITS[field]} characters long.`);
      return undefined;
    }
    return text || undefined;
  };

  const role = optional('role');
  if (role) value.role = role;
  const link = optional('link');
  if (link) {
    const safe = safeContactLink(/^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/.test(link) ? `mailto:${link}` : link);
    if (safe) value.link = safe;
    else errors.push('The link must be a web address starting with http:// or https://, or an email address (mailto:).');
  }
  const note = optional('note');
  if (note) value.note = note;

  return errors.length ? { ok: false, errors } : { ok: true, value };
}
