/**
 * Who sent a message, as stable keys that survive a change of site: the same recruiter writing on
 * LinkedIn and then by e-mail should be recognised, and so should two recruiters of one agency.
 * Every function here takes untrusted page data, never throws and runs in linear time.
 */
import type { Sender } from './message';
import { clean, fold, tokenize } from './text';

/** Longest field we look at: headlines and names are short, anything longer is noise. */
const MAX_FIELD = 1000;

function text(value: unknown): string {
  return typeof value === 'string' ? clean(value.slice(0, MAX_FIELD)).trim() : '';
}

/** Folded words of a text joined by single spaces: "Müller-Lüdenscheidt  GmbH" → "muller ludenscheidt gmbh". */
function foldedWords(value: string): string[] {
  return tokenize(clean(value)).map((t) => t.text);
}

// ---------------------------------------------------------------- LinkedIn

/** Public profile slug of any linkedin.com/in/<slug> URL, lower case and %-decoded; null otherwise. */
export function linkedInSlug(url: string): string | null {
  let rest = text(url);
  if (!rest) return null;
  // Drop the scheme, then cut the query and fragment.
  const scheme = rest.indexOf('://');
  if (scheme >= 0 && scheme < 10) rest = rest.slice(scheme + 3);
  else if (rest.startsWith('//')) rest = rest.slice(2);
  const end = firstIndexOf(rest, '?#');
  if (end >= 0) rest = rest.slice(0, end);
  const slash = rest.indexOf('/');
  if (slash < 0) return null;
  let host = rest.slice(0, slash).toLowerCase();
  const port = host.indexOf(':');
  if (port >= 0) host = host.slice(0, port);
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
  const segments = rest.slice(slash + 1).split('/');
  if (segments[0]?.toLowerCase() !== 'in') return null;
  const raw = segments[1] ?? '';
  if (!raw) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    slug = raw;
  }
  slug = slug.normalize('NFC').toLowerCase().trim();
  return slug && !/[\s/]/.test(slug) ? slug : null;
}

function firstIndexOf(value: string, chars: string): number {
  for (let i = 0; i < value.length; i += 1) if (chars.includes(value[i]!)) return i;
  return -1;
}

/** `value` without the given characters at either end (a loop: no regex backtracking on long runs). */
function trimChars(value: string, chars: string, ends: 'both' | 'end' = 'both'): string {
  let start = 0;
  let end = value.length;
  if (ends === 'both') while (start < end && chars.includes(value[start]!)) start += 1;
  while (end > start && chars.includes(value[end - 1]!)) end -= 1;
  return value.slice(start, end);
}

const QUOTES = '"\'“”‘’«»„';

// ---------------------------------------------------------------- e-mail

/** "Jane <Jane.Doe@Acme.com>", "mailto:jane@acme.com" → "jane.doe@acme.com"; null when not an address. */
export function normaliseEmail(email: string): string | null {
  let value = text(email);
  const open = value.indexOf('<');
  if (open >= 0) {
    const close = value.indexOf('>', open);
    value = value.slice(open + 1, close > open ? close : undefined);
  }
  value = value.trim().toLowerCase();
  if (value.startsWith('mailto:')) value = value.slice(7);
  const query = value.indexOf('?');
  if (query >= 0) value = value.slice(0, query);
  const at = value.lastIndexOf('@');
  if (at <= 0 || /\s/.test(value)) return null;
  const domain = normaliseDomain(value.slice(at + 1));
  return domain ? `${value.slice(0, at)}@${domain}` : null;
}

// Labels of letters, digits and inner hyphens (IDN letters allowed), at least two labels.
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

function normaliseDomain(domain: string): string | null {
  const value = domain.trim().toLowerCase().replace(/\.$/, '');
  const labels = value.split('.');
  if (labels.length < 2 || value.length > 253) return null;
  for (const label of labels) if (!DOMAIN_LABEL.test(label)) return null;
  if (/^\d+$/.test(labels[labels.length - 1]!)) return null;
  return value;
}

/** Lower-case domain of an e-mail address, or null when it is not one. */
export function emailDomain(email: string): string | null {
  const address = normaliseEmail(email);
  return address ? address.slice(address.lastIndexOf('@') + 1) : null;
}

// Second-level labels under a two-letter country code that are public suffixes: co.uk, com.br, gob.mx…
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'gob', 'edu', 'ac', 'ne', 'or', 'ltd', 'plc', 'me', 'nic', 'mil', 'gen', 'firm', 'biz', 'nom', 'sch', 'go', 'lg', 'gv']);

/** The part of a domain an organisation registers: "mail.acme.co.uk" → "acme.co.uk", "eu.acme.com" → "acme.com". */
export function registrableDomain(domain: string): string | null {
  const value = normaliseDomain(domain);
  if (!value) return null;
  const labels = value.split('.');
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const keep = labels.length >= 3 && tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

// Consumer mailbox providers: an address there says nothing about an employer or agency.
const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'passport.com',
  'yahoo.com', 'ymail.com', 'rocketmail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'aim.com',
  'protonmail.com', 'protonmail.ch', 'proton.me', 'pm.me', 'tutanota.com', 'tutanota.de', 'tuta.io', 'tutamail.com',
  'zoho.com', 'zohomail.com', 'zohomail.eu', 'mail.com', 'email.com', 'usa.com', 'post.com', 'gmx.com', 'gmx.net',
  'gmx.de', 'gmx.at', 'gmx.ch', 'gmx.fr', 'gmx.es', 'web.de', 't-online.de', 'freenet.de', 'arcor.de', 'online.de',
  'posteo.de', 'posteo.net', 'mailbox.org', 'vodafone.de', 'mail.de', 'bluewin.ch', 'hispeed.ch', 'aon.at', 'chello.at',
  'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'neuf.fr', 'laposte.net', 'bbox.fr', 'numericable.fr', 'club-internet.fr',
  'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'tim.it', 'fastwebnet.it', 'email.it', 'inwind.it', 'tin.it',
  'telefonica.net', 'movistar.es', 'terra.es', 'ya.com', 'orange.es', 'euskaltel.net',
  'sapo.pt', 'iol.pt', 'clix.pt', 'netcabo.pt', 'mail.telepac.pt', 'bol.com.br', 'uol.com.br', 'terra.com.br',
  'ig.com.br', 'globo.com', 'globomail.com', 'r7.com', 'oi.com.br', 'prodigy.net.mx', 'speedy.com.ar', 'fibertel.com.ar',
  'kpnmail.nl', 'kpnplanet.nl', 'ziggo.nl', 'planet.nl', 'hetnet.nl', 'home.nl', 'casema.nl', 'xs4all.nl', 'upcmail.nl',
  'chello.nl', 'telfort.nl', 'tele2.nl', 'telenet.be', 'skynet.be', 'proximus.be', 'scarlet.be',
  'btinternet.com', 'btopenworld.com', 'sky.com', 'virginmedia.com', 'ntlworld.com', 'blueyonder.co.uk', 'talktalk.net',
  'tiscali.co.uk', 'plus.net', 'eircom.net',
  'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'cox.net', 'charter.net', 'earthlink.net',
  'optonline.net', 'frontier.com', 'windstream.net', 'juno.com', 'netzero.net', 'roadrunner.com', 'rogers.com',
  'shaw.ca', 'sympatico.ca', 'videotron.ca', 'telus.net', 'bigpond.com', 'bigpond.net.au', 'optusnet.com.au',
  'iinet.net.au', 'xtra.co.nz',
  'mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru', 'rambler.ru', 'yandex.ru', 'yandex.com', 'ya.ru', 'ukr.net',
  'i.ua', 'seznam.cz', 'centrum.cz', 'email.cz', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'op.pl', 'tlen.pl',
  'freemail.hu', 'citromail.hu', 'abv.bg', 'yahoo.gr',
  'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sina.cn', 'sohu.com', 'aliyun.com', '139.com',
  'naver.com', 'daum.net', 'hanmail.net', 'nate.com', 'rediffmail.com', 'sify.com', 'hey.com', 'fastmail.com',
  'fastmail.fm', 'hushmail.com', 'runbox.com', 'lycos.com', 'inbox.com', 'excite.com', 'mail2world.com',
  'duck.com', 'simplelogin.com', 'anonaddy.me', 'mailfence.com', 'disroot.org', 'riseup.net',
]);
// Providers with a domain per country (yahoo.co.uk, hotmail.fr, gmx.at…): matched on the name under the suffix.
const FREE_MAIL_BRANDS = new Set([
  'gmail', 'googlemail', 'hotmail', 'outlook', 'live', 'msn', 'windowslive', 'yahoo', 'ymail', 'aol', 'gmx', 'yandex',
  'protonmail', 'proton', 'tutanota', 'zoho', 'icloud', 'rocketmail',
]);

/** True for consumer mailbox providers (gmail.com, hotmail.fr, web.de, yahoo.co.uk, qq.com…). */
export function isFreeMailDomain(domain: string): boolean {
  const value = normaliseDomain(typeof domain === 'string' ? domain : '');
  if (!value) return false;
  if (FREE_MAIL.has(value)) return true;
  const registrable = registrableDomain(value);
  if (!registrable) return false;
  if (FREE_MAIL.has(registrable)) return true;
  return FREE_MAIL_BRANDS.has(registrable.split('.')[0]!);
}

// Hiring and mailing platforms that send on a company's behalf: the platform names nobody,
// a tenant subdomain ("acme.greenhouse.io") names the company.
const PLATFORMS = new Set([
  'greenhouse.io', 'greenhouse-mail.io', 'lever.co', 'workable.com', 'workablemail.com', 'smartrecruiters.com',
  'ashbyhq.com', 'myworkday.com', 'myworkdayjobs.com', 'workday.com', 'icims.com', 'jobvite.com', 'teamtailor.com',
  'teamtailor-mail.com', 'recruitee.com', 'breezy.hr', 'bamboohr.com', 'personio.de', 'personio.com', 'jazzhr.com',
  'applytojob.com', 'join.com', 'softgarden.io', 'softgarden.de', 'homerun.co', 'pinpointhq.com', 'successfactors.com',
  'successfactors.eu', 'taleo.net', 'oraclecloud.com', 'rippling.com', 'bullhornmail.com', 'bullhornstaffing.com',
  'jobylon.com', 'hrmos.co', 'gupy.io', 'kenoby.com', 'welcometothejungle.com', 'flatchr.io', 'recruitcrm.io',
  'zohorecruit.com', 'manatal.com', 'linkedin.com', 'indeed.com', 'indeedemail.com', 'glassdoor.com', 'xing.com',
  'ziprecruiter.com', 'substack.com', 'mailchimpapp.com', 'mcsv.net', 'sendgrid.net', 'hubspotemail.net',
  'mailgun.org', 'amazonses.com', 'sparkpostmail.com', 'mandrillapp.com', 'sendinblue.com', 'brevo.com',
  'onmicrosoft.com',
]);
// Subdomains that name a mail server or department, not a tenant.
const GENERIC_SUBDOMAINS = new Set([
  'mail', 'email', 'e', 'm', 'mx', 'smtp', 'news', 'newsletter', 'info', 'send', 'bounce', 'bounces', 'notify',
  'notification', 'notifications', 'em', 'mg', 'mailer', 'marketing', 'go', 'hello', 'jobs', 'careers', 'career',
  'talent', 'recruiting', 'recruitment', 'hr', 'apply', 'hire', 'app', 'www', 'reply', 'replies', 'noreply',
  'no-reply', 'mailing', 'msg', 'messages', 'message', 't', 'us', 'eu', 'uk', 'emea', 'apac', 'amer', 'corp', 'mail2',
  'email2', 'info2', 'lists', 'list', 'alerts', 'alert', 'updates', 'system', 'mta', 'out', 'outbound', 'inmail',
]);
const AUTOMATED_SENDERS = /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|mailer|bounces?|system|automated|careers?-no-?reply|jobs?-no-?reply|talent-no-?reply|hr-no-?reply|no_reply)$/;

/** Company key of an e-mail domain, or null for free mail and for platforms that name no tenant. */
function domainKey(address: string): string | null {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (isFreeMailDomain(domain)) return null;
  const registrable = registrableDomain(domain);
  if (!registrable) return null;
  const labels = domain.split('.');
  const under = labels.length - registrable.split('.').length - 1;
  const tenant = under >= 0 ? labels[under]! : '';
  const namedTenant = tenant && !GENERIC_SUBDOMAINS.has(tenant) && !/^[a-z]{2}$/.test(tenant) ? tenant : '';
  if (PLATFORMS.has(registrable)) return namedTenant ? `${namedTenant}.${registrable}` : null;
  // An automated sender on a company's own subdomain of an unknown platform: keep the tenant.
  if (namedTenant && AUTOMATED_SENDERS.test(local)) return `${namedTenant}.${registrable}`;
  return registrable;
}

// ---------------------------------------------------------------- companies and headlines

// Legal forms dropped from the end of a company key: "Acme GmbH" and "Acme" are one company.
const LEGAL_FORMS = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'co', 'gmbh', 'mbh', 'ag',
  'kg', 'kgaa', 'ug', 'ohg', 'ek', 'e.k', 'se', 'sa', 's.a', 'sas', 's.a.s', 'sarl', 's.a.r.l', 'sasu', 'eurl', 'sl',
  's.l', 'slu', 'srl', 's.r.l', 'spa', 's.p.a', 'bv', 'b.v', 'nv', 'n.v', 'vof', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps',
  'pty', 'pte', 'ltda', 'eireli', 'lda', 'cv', 'sapi', 'gbr',
]);

/** Folded company name without legal form: "Acme Digital GmbH" → "acme digital"; null when empty. */
export function companyKey(company: string): string | null {
  const words = foldedWords(text(company));
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!)) words.pop();
  const key = words.join(' ');
  return key || null;
}

// Separators between a headline's parts: "Recruiter at Acme | Hiring · Remote".
const SEPARATORS = new Set(['|', '·', '•', '∙', '⋅', '‧', '・', '–', '—', '―', '‒', '~', ';', '┃', '│', '▪', '►', '▸', '●', '◆', '✦', '⚬', '○']);
// Marker words that put the employer after them, "Recruiter at Acme". Strong ones take the first
// occurrence; weak ones (also ordinary prepositions) the last of their clause:
// "Especialista en Selección en Acme".
const STRONG_MARKERS = new Set(['at', '@', 'bei', 'chez', 'bij', 'presso']);
const WEAK_MARKERS = new Set(['en', 'na', 'no', 'em']);
// Lower-case words that may sit inside a company name ("Bank of Lisbon", "Banco do Norte"), but
// not prepositions that start a slogan ("Acme in Berlin", "Acme for nurses").
const CONNECTORS = new Set([
  'of', 'and', '&', '+', 'the', 'de', 'del', 'des', 'du', 'd', 'la', 'le', 'les', 'el', 'los', 'las', 'y', 'e', 'et',
  'und', 'van', 'von', 'der', 'den', 'het', 'zu', 'zum', 'zur', 'da', 'do', 'dos', 'das', 'di', 'della', 'dei', 'og',
]);
// Connectors that cannot open or close a company name.
const NOT_COMPANY_EDGE = new Set(['the', 'of', 'and', '&', '+', 'e', 'y', 'et', 'und', 'og']);
const SYMBOL = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{So}\p{Cs}\u{FE0F}]/u;
// Characters that end a clause after a word, or open a new one before it.
const CLAUSE_END = new Set([',', '!', '?', ':', ')', ']']);
const CLAUSE_START = new Set(['(', '[']);
// Punctuation trimmed from the words of a company name.
const WORD_PUNCTUATION = ',;:!?()[]"“”«»';

/** Splits a headline into parts at separators, " - " and " / " (bare hyphens and slashes stay in words). */
function headlineParts(headline: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < headline.length; i += 1) {
    const ch = headline[i]!;
    const spaced = (ch === '-' || ch === '/') && headline[i - 1] === ' ' && headline[i + 1] === ' ';
    if (SEPARATORS.has(ch) || spaced) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

function hasUpper(word: string): boolean {
  return word !== word.toLowerCase();
}

/** Where a company name would start in `words`, by marker, or -1. */
function markerIndex(words: readonly string[]): number {
  for (let i = 0; i < words.length - 1; i += 1) {
    const word = fold(words[i]!);
    if (word === '@' || (i > 0 && STRONG_MARKERS.has(word))) return i;
  }
  for (let i = words.length - 2; i > 0; i -= 1) if (WEAK_MARKERS.has(fold(words[i]!))) return i;
  return -1;
}

/** The company name at the start of `words`: capitalised words and the connectors between them. */
function companyAt(words: readonly string[], lowerCaseHeadline: boolean): string | null {
  const kept: string[] = [];
  for (const word of words) {
    const bare = trimChars(word, WORD_PUNCTUATION);
    if (!bare) break;
    // A brand written as a domain ("bol.com") is a name even in lower case.
    const named = lowerCaseHeadline || hasUpper(bare) || /^\p{N}/u.test(bare) || /\.\p{L}{2,}$/u.test(bare);
    if (!named && !CONNECTORS.has(bare.toLowerCase())) break;
    kept.push(bare);
    if (kept.length >= 8) break;
  }
  while (kept.length && NOT_COMPANY_EDGE.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
  while (kept.length && NOT_COMPANY_EDGE.has(kept[0]!.toLowerCase())) kept.shift();
  if (!kept.length) return null;
  const company = trimChars(kept.join(' '), '.', 'end');
  return /[\p{L}\p{N}]/u.test(company) ? company : null;
}

/** Words of a headline part up to the first emoji or symbol, with "@" split out as a word. */
function partWords(part: string): string[] {
  let cut = part;
  for (let i = 0; i < part.length; i += 1) {
    if (SYMBOL.test(part[i]!)) {
      cut = part.slice(0, i);
      break;
    }
  }
  return cut.replaceAll('@', ' @ ').split(/\s+/).filter(Boolean);
}

/**
 * The employer named in a LinkedIn headline: "Technical Recruiter at Acme" → "Acme",
 * "Recruiterin IT bei Blau Digital | …" → "Blau Digital", "Recrutadora na Verde" → "Verde".
 * Needs a marker (at, @, bei, chez, bij, presso, en, na, no, em); slogans after | · • – and
 * emoji are left out. Null when no part of the headline names one.
 */
export function companyFromHeadline(headline: string): string | null {
  const value = text(headline);
  if (!value) return null;
  const lowerCaseHeadline = !hasUpper(value);
  const parts = headlineParts(value);
  for (let p = 0; p < parts.length; p += 1) {
    // Clauses end at commas and brackets: "Talent Partner, Data at Acme", "Reclutadora en Acme, …".
    const clauses: string[][] = [[]];
    for (const word of partWords(parts[p]!)) {
      if (CLAUSE_START.has(word[0]!) && clauses[clauses.length - 1]!.length) clauses.push([]);
      clauses[clauses.length - 1]!.push(word);
      if (CLAUSE_END.has(word[word.length - 1]!)) clauses.push([]);
    }
    for (const words of clauses) {
      const at = markerIndex(words);
      if (at < 0) continue;
      // After the first part only a capitalised name counts, so a slogan ("… at every stage") does not.
      const company = companyAt(words.slice(at + 1), lowerCaseHeadline && p === 0);
      if (company) return company;
    }
  }
  return null;
}

// ---------------------------------------------------------------- names

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'herr', 'frau', 'sr', 'sra', 'srta', 'dona', 'dom', 'm', 'mme', 'mlle', 'dott', 'dottssa', 'sig', 'sig.ra', 'dhr', 'mevr', 'ing', 'mag']);
// Letters after a name: "Jane Doe, MBA", "Jane Doe RN, BSN".
const CREDENTIALS = new Set([
  'mba', 'phd', 'msc', 'bsc', 'ma', 'ba', 'md', 'jd', 'llm', 'rn', 'bsn', 'msn', 'cpa', 'cfa', 'pmp', 'cir', 'cdr',
  'shrm', 'cp', 'scp', 'phr', 'sphr', 'aphr', 'gphr', 'cipd', 'acipd', 'mcipd', 'chrp', 'chrl', 'crp', 'ctr', 'cdp',
  'cssgb', 'csm', 'esq', 'jr', 'sr', 'ii', 'iii', 'iv', 'meng', 'dipl', 'mag', 'lic', 'she', 'her', 'hers', 'he', 'him',
  'his', 'they', 'them',
]);

/** Folded words of a person's name, without honorifics, credentials, pronouns or emoji. */
function nameWords(name: string): string[] {
  let value = text(name);
  // Stop at the first bracket, separator or emoji: "Jane Doe (she/her) | Hiring 🚀", "Jane Doe - Acme".
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i]!;
    const spacedDash = (ch === '-' || ch === '–' || ch === '—') && value[i - 1] === ' ' && value[i + 1] === ' ';
    if (ch === '(' || ch === '[' || ch === '|' || ch === '·' || ch === '•' || spacedDash || SYMBOL.test(ch)) {
      value = value.slice(0, i);
      break;
    }
  }
  const comma = value.indexOf(',');
  if (comma >= 0) {
    const left = value.slice(0, comma).trim();
    const right = value.slice(comma + 1).trim();
    const rightWords = foldedWords(right);
    const leftCount = left.split(/\s+/).filter(Boolean).length;
    const credentials = rightWords.every((w) => CREDENTIALS.has(w)) || !hasLower(right);
    // "Doe, Jane" (directory order) becomes "Jane Doe"; "Jane Doe, Talent Partner" keeps the name.
    value = credentials || leftCount !== 1 || rightWords.length > 2 ? left : `${right} ${left}`;
  }
  const words = foldedWords(value);
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  while (words.length > 1 && CREDENTIALS.has(words[words.length - 1]!)) words.pop();
  return words.filter((w) => !/^\p{N}+$/u.test(w));
}

function hasLower(word: string): boolean {
  return word !== word.toUpperCase();
}

// ---------------------------------------------------------------- identities

function senderCompany(sender: Sender): string | null {
  const company = text(sender.company);
  if (company) return company;
  return companyFromHeadline(text(sender.headline));
}

/**
 * Stable keys for one recruiter across sites: 'li:<profile slug>', 'email:<address>',
 * 'name:<folded full name>|<folded company>' (only with a company: names alone collide).
 */
export function recruiterIdentities(sender: Sender): string[] {
  if (!sender || typeof sender !== 'object') return [];
  const identities: string[] = [];
  const slug = linkedInSlug(text(sender.profileUrl));
  if (slug) identities.push(`li:${slug}`);
  const email = normaliseEmail(text(sender.email));
  if (email) identities.push(`email:${email}`);
  const name = nameWords(text(sender.name));
  const company = senderCompany(sender);
  const key = company ? companyKey(company) : null;
  // Two words at least: a first name and a company is still too common a pair.
  if (name.length >= 2 && key) identities.push(`name:${name.join(' ')}|${key}`);
  return identities;
}

/**
 * One key for every recruiter of an agency or company: 'domain:<registrable domain>' from a work
 * address (a platform's tenant subdomain kept: "acme.greenhouse.io"), else 'company:<folded name>'
 * from the company or headline, else null.
 */
export function agencyKey(sender: Sender): string | null {
  if (!sender || typeof sender !== 'object') return null;
  const email = normaliseEmail(text(sender.email));
  const domain = email ? domainKey(email) : null;
  if (domain) return `domain:${domain}`;
  const company = senderCompany(sender);
  const key = company ? companyKey(company) : null;
  return key ? `company:${key}` : null;
}

/** A name to show for the sender: the name as written (tidied), else the address, company or profile slug. */
export function displayName(sender: Sender): string {
  if (!sender || typeof sender !== 'object') return '';
  const name = trimChars(text(sender.name).replace(/\s+/g, ' '), QUOTES).trim();
  if (/[\p{L}\p{N}]/u.test(name)) return name.slice(0, 200);
  const email = normaliseEmail(text(sender.email));
  if (email) return email;
  const company = text(sender.company).replace(/\s+/g, ' ');
  if (company) return company.slice(0, 200);
  return linkedInSlug(text(sender.profileUrl)) ?? '';
}
