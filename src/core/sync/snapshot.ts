/**
 * What follows the candidate to their other browsers: the profile, their own templates, the
 * recruiters they trusted or muted (who, and their standing: never message history) and their
 * referral contacts. Plain data, sorted, so the same content always gives the same text.
 */
import { validateProfile, type Profile } from '../profile';

export const SYNC_SECTIONS = ['profile', 'templates', 'recruiters', 'contacts'] as const;
export type SyncSection = (typeof SYNC_SECTIONS)[number];

export interface SyncedProfile {
  value: Profile;
  updatedAt: number;
}

/** A template the candidate wrote (built-in texts never sync: every browser has them). */
export interface SyncedTemplate {
  id: string;
  kind: string;
  variant?: string;
  language: string;
  name: string;
  body: string;
  updatedAt: number;
}

/** A recruiter the candidate trusted or muted; neutral ones are not synced. */
export interface SyncedRecruiter {
  identities: string[];
  name: string;
  company?: string;
  trust: 'trusted' | 'muted';
  note?: string;
}

export interface SyncedContact {
  id: string;
  name: string;
  role?: string;
  link?: string;
  note?: string;
  createdAt: number;
}

export interface SyncSnapshot {
  profile: SyncedProfile | null;
  templates: SyncedTemplate[];
  recruiters: SyncedRecruiter[];
  contacts: SyncedContact[];
}

/** Which items this browser last saw in sync: tells "deleted here" from "new there" on the next merge. */
export interface SyncBase {
  templates: string[];
  /** Every identity of every synced recruiter. */
  recruiters: string[];
  contacts: string[];
}

export const EMPTY_BASE: SyncBase = { templates: [], recruiters: [], contacts: [] };

export function emptySnapshot(): SyncSnapshot {
  return { profile: null, templates: [], recruiters: [], contacts: [] };
}

/** The snapshot with every list in a fixed order and every record's fields in a fixed order. */
export function normaliseSnapshot(snapshot: SyncSnapshot): SyncSnapshot {
  return {
    // Fields in a fixed order: the same profile always gives the same text, whoever stored it.
    profile: snapshot.profile
      ? { value: Object.fromEntries(Object.entries(snapshot.profile.value).toSorted(([a], [b]) => compare(a, b))) as unknown as Profile, updatedAt: snapshot.profile.updatedAt }
      : null,
    templates: snapshot.templates.map(cleanTemplate).toSorted((a, b) => compare(a.id, b.id)),
    recruiters: snapshot.recruiters
      .map(cleanRecruiter)
      .toSorted((a, b) => compare(a.identities[0] ?? '', b.identities[0] ?? '')),
    contacts: snapshot.contacts.map(cleanContact).toSorted((a, b) => compare(a.id, b.id)),
  };
}

export function baseOf(snapshot: SyncSnapshot): SyncBase {
  return {
    templates: snapshot.templates.map((t) => t.id),
    recruiters: [...new Set(snapshot.recruiters.flatMap((r) => r.identities))],
    contacts: snapshot.contacts.map((c) => c.id),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function cleanTemplate(t: SyncedTemplate): SyncedTemplate {
  return { id: t.id, kind: t.kind, ...optional('variant', t.variant), language: t.language, name: t.name, body: t.body, updatedAt: t.updatedAt };
}

function cleanRecruiter(r: SyncedRecruiter): SyncedRecruiter {
  return {
    identities: [...new Set(r.identities)].toSorted(compare),
    name: r.name,
    ...optional('company', r.company),
    trust: r.trust,
    ...optional('note', r.note),
  };
}

function cleanContact(c: SyncedContact): SyncedContact {
  return { id: c.id, name: c.name, ...optional('role', c.role), ...optional('link', c.link), ...optional('note', c.note), createdAt: c.createdAt };
}

// ---- Reading another browser's data: checked, never trusted ---------------------------------------

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const optionalText = (value: unknown, max: number): boolean => value === undefined || isText(value, max);

const SHORT = 2_000;
const LONG = 100_000;

/**
 * Checks one section read from sync. Entries that do not fit the shape are left out and counted, so
 * one damaged record never blocks the rest; a section of the wrong type is left out whole.
 */
export function readSection(section: SyncSection, value: unknown): { value: unknown; dropped: number } {
  if (section === 'profile') {
    if (value === null) return { value: null, dropped: 0 };
    if (!isObject(value) || !isTime(value.updatedAt)) return { value: null, dropped: 1 };
    const checked = validateProfile(value.value);
    return checked.ok ? { value: { value: checked.value, updatedAt: value.updatedAt }, dropped: 0 } : { value: null, dropped: 1 };
  }
  if (!Array.isArray(value)) return { value: [], dropped: 1 };
  const check = ENTRY_CHECKS[section];
  const kept = value.filter(check);
  return { value: kept, dropped: value.length - kept.length };
}

const ENTRY_CHECKS: Record<Exclude<SyncSection, 'profile'>, (value: unknown) => boolean> = {
  templates: (v) =>
    isObject(v) &&
    isText(v.id, SHORT) &&
    v.id.length > 0 &&
    isText(v.kind, 40) &&
    optionalText(v.variant, 40) &&
    isText(v.language, 16) &&
    isText(v.name, SHORT) &&
    isText(v.body, LONG) &&
    isTime(v.updatedAt),
  recruiters: (v) =>
    isObject(v) &&
    Array.isArray(v.identities) &&
    v.identities.length > 0 &&
    v.identities.length <= 1_000 &&
    v.identities.every((id) => isText(id, SHORT) && id.length > 0) &&
    isText(v.name, SHORT) &&
    optionalText(v.company, SHORT) &&
    (v.trust === 'trusted' || v.trust === 'muted') &&
    optionalText(v.note, 10_000),
  contacts: (v) =>
    isObject(v) &&
    isText(v.id, SHORT) &&
    v.id.length > 0 &&
    isText(v.name, SHORT) &&
    optionalText(v.role, SHORT) &&
    optionalText(v.link, SHORT) &&
    optionalText(v.note, 10_000) &&
    isTime(v.createdAt),
};
