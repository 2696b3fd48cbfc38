import type { Migration } from './types';

export const initial: Migration = {
  version: 1,
  description: 'Profile, messages, recruiters, templates, contacts, corrections and settings',
  stores: {
    profile: '&id',
    // Triage reads one label and state newest first; the thread view reads by thread;
    // the recruiter page reads by recruiter; pruning and "waiting N days" read by time.
    messages: '&key, threadKey, recruiterId, receivedAt, [label+state+receivedAt]',
    // identities is multi-entry so one lookup finds a recruiter by any LinkedIn URL, email or name.
    recruiters: '&id, *identities, trust, lastContactAt',
    templates: '&id, [kind+language]',
    contacts: '&id, name',
    corrections: '++id, messageKey, createdAt',
    settings: '&key',
  },
};
