import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingMessage, Label } from '../../src/core/message';
import type { RecruiterAllyDb } from '../../src/db/database';
import type { MessageRecord, MessageState } from '../../src/db/records';
import { companyOf, newRecord, roleOf } from '../../src/db/repositories/messages';
import { awaitingCount, previewText, triageCounts, triagePage } from '../../src/db/repositories/triage';
import { createTestDb } from './test-db';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-28T09:00:00Z');

let db: RecruiterAllyDb;
let serial = 0;

interface Row {
  label: Label;
  state?: MessageState;
  daysAgo: number;
  name?: string;
  company?: string;
  headline?: string;
  subject?: string | null;
  body?: string;
  recruiterId?: string;
}

/** A stored, scored message as the worker keeps it. */
function record(row: Row): MessageRecord {
  serial += 1;
  const message: IncomingMessage = {
    site: 'gmail',
    siteMessageId: `m${serial}`,
    threadKey: `gmail:t${serial}`,
    sender: {
      name: row.name ?? `Recruiter ${serial}`,
      email: `r${serial}@agency${serial}.example`,
      ...(row.company ? { company: row.company } : {}),
      ...(row.headline ? { headline: row.headline } : {}),
    },
    subject: row.subject === undefined ? `Subject ${serial}` : row.subject,
    body: row.body ?? 'Hello Katrin, a short note about an opening.',
    sentAt: new Date(NOW - row.daysAgo * DAY).toISOString(),
    isOwn: false,
    recipientCount: 1,
  };
  return {
    ...newRecord(message, `gmail:m${serial}`, NOW),
    label: row.label,
    score: row.label === 'targeted' ? 80 : row.label === 'unsure' ? 50 : 20,
    reasons: ['first', 'second', 'third', 'fourth'],
    state: row.state ?? 'awaiting',
    ...(row.recruiterId ? { recruiterId: row.recruiterId } : {}),
  };
}

async function store(...rows: Row[]): Promise<MessageRecord[]> {
  const records = rows.map(record);
  await db.messages.bulkPut(records);
  return records;
}

const names = (records: { record: MessageRecord }[]): string[] => records.map((r) => r.record.sender.name);

beforeEach(() => {
  db = createTestDb();
});
afterEach(() => db.close());

describe('role and company are read when a message is stored', () => {
  it('takes the role of the subject, else the first the body names before the signature, past the recruiter\'s own title', () => {
    expect(roleOf('Hi Katrin,\n\nwe are looking for a Senior Frontend Engineer to join our team in Berlin.\n\nBest,\nJo', null)).toBe('Senior Frontend Engineer');
    expect(roleOf('Hi Katrin, I am a recruiter at Acme. We need a Staff Frontend Engineer.', null)).toBe('Staff Frontend Engineer');
    expect(roleOf('Hi Katrin, a Backend Developer role might suit you.', 'Staff Data Engineer at Acme')).toBe('Staff Data Engineer');
    expect(roleOf('Hi Katrin, do you have a minute this week?', null)).toBeUndefined();
  });

  it('takes the company the sender gave, else the one their headline names', () => {
    expect(companyOf({ name: 'Jo', company: 'Kestrel Search' })).toBe('Kestrel Search');
    expect(companyOf({ name: 'Jo', headline: 'Technical Recruiter at Parcelo | Hiring' })).toBe('Parcelo');
    expect(companyOf({ name: 'Jo' })).toBeUndefined();
  });

  it('stores both on the record, and none for the candidate\'s own messages', () => {
    const stored = record({ label: 'targeted', daysAgo: 1, headline: 'Talent Partner at Quokka Docs', body: 'We are hiring a Frontend Developer for our docs platform.' });
    expect(stored).toMatchObject({ company: 'Quokka Docs', role: 'Frontend Developer' });
    const own = newRecord({ ...stored, sentAt: new Date(NOW).toISOString(), isOwn: true, sender: { name: 'Katrin', company: 'Quellwerk' } }, 'gmail:own', NOW);
    expect(own.role).toBeUndefined();
    expect(own.company).toBeUndefined();
  });
});

describe('triagePage', () => {
  it('lists targeted, unsure and spam messages awaiting a reply, newest first in each section', async () => {
    await store(
      { label: 'targeted', daysAgo: 4, name: 'Older Targeted' },
      { label: 'targeted', daysAgo: 1, name: 'Newer Targeted' },
      { label: 'targeted', daysAgo: 2, name: 'Answered Targeted', state: 'answered' },
      { label: 'targeted', daysAgo: 3, name: 'Dismissed Targeted', state: 'dismissed' },
      { label: 'unsure', daysAgo: 5, name: 'Unsure One' },
      { label: 'spam', daysAgo: 6, name: 'Spam Old' },
      { label: 'spam', daysAgo: 0, name: 'Spam New' },
      { label: 'other', daysAgo: 0, name: 'A Newsletter' },
    );
    const page = await triagePage(db, 10);
    expect(names(page.targeted)).toEqual(['Newer Targeted', 'Older Targeted']);
    expect(names(page.unsure)).toEqual(['Unsure One']);
    expect(names(page.spam)).toEqual(['Spam New', 'Spam Old']);
    expect(await triageCounts(db)).toEqual({ awaiting: 2, unsure: 1, spam: 2 });
    expect(await awaitingCount(db)).toBe(2);
  });

  it('pages each section on its own: the limit is per section, the counts cover everything', async () => {
    await store(...Array.from({ length: 7 }, (_, i) => ({ label: 'targeted' as const, daysAgo: i, name: `T${i}` })));
    await store(...Array.from({ length: 4 }, (_, i) => ({ label: 'spam' as const, daysAgo: i, name: `S${i}` })));
    const first = await triagePage(db, 3);
    expect(names(first.targeted)).toEqual(['T0', 'T1', 'T2']);
    expect(names(first.spam)).toEqual(['S0', 'S1', 'S2']);
    const more = await triagePage(db, 6);
    expect(names(more.targeted)).toEqual(['T0', 'T1', 'T2', 'T3', 'T4', 'T5']);
    expect(await triageCounts(db)).toEqual({ awaiting: 7, unsure: 0, spam: 4 });
  });

  it('searches sender name, company, subject and role, case- and accent-insensitively, every word', async () => {
    await store(
      { label: 'targeted', daysAgo: 1, name: 'Mehmet Aydın', company: 'Solarkiez', subject: 'Hello' },
      { label: 'targeted', daysAgo: 2, name: 'Jonas Reiter', headline: 'Recruiter at Parcelo', subject: 'Quick question' },
      { label: 'unsure', daysAgo: 3, name: 'Lena Müller', subject: 'Frontend role in Hamburg' },
      { label: 'spam', daysAgo: 4, name: 'Talent Team', body: 'We are hiring a Kotlin Developer, apply now.', subject: null },
      { label: 'spam', daysAgo: 5, name: 'Other Team', body: 'Nothing about a role at all.', subject: null },
    );
    expect(names((await triagePage(db, 10, 'SOLARKIEZ')).targeted)).toEqual(['Mehmet Aydın']);
    expect(names((await triagePage(db, 10, 'parcelo')).targeted)).toEqual(['Jonas Reiter']);
    expect(names((await triagePage(db, 10, 'muller')).unsure)).toEqual(['Lena Müller']);
    expect(names((await triagePage(db, 10, 'frontend hamburg')).unsure)).toEqual(['Lena Müller']);
    expect(names((await triagePage(db, 10, 'kotlin developer')).spam)).toEqual(['Talent Team']);
    const none = await triagePage(db, 10, 'nobody-matches-this');
    expect([none.targeted, none.unsure, none.spam].flat()).toEqual([]);
    // The body is not searched: "apply" appears only there.
    expect((await triagePage(db, 10, 'apply')).spam).toEqual([]);
  });

  it('finds the same rows through the search index as by reading the sections, for rare and common words', async () => {
    await store(
      { label: 'targeted', daysAgo: 1, name: 'Oliver Brandt', company: 'Kestrel Search' },
      { label: 'targeted', daysAgo: 2, name: 'Olivia Kestrel', company: 'Nordwind' },
      { label: 'spam', daysAgo: 3, name: 'Team Kestrel', company: 'Kestrel Search' },
      { label: 'unsure', daysAgo: 4, name: 'Jo Winter', company: 'T-Mobile' },
    );
    for (const query of ['kestrel', 'oliv kestrel', 'KESTREL search', 't-mobile', 'mobile', '!!']) {
      const indexed = await triagePage(db, 10, query);
      // With no candidates allowed, every search reads the sections' ranges instead.
      const scanned = await triagePage(db, 10, query, 0);
      for (const section of ['targeted', 'unsure', 'spam'] as const) expect(names(indexed[section]), `${query} ${section}`).toEqual(names(scanned[section]));
    }
    expect(names((await triagePage(db, 10, 'oliv kestrel')).targeted)).toEqual(['Oliver Brandt', 'Olivia Kestrel']);
    expect(names((await triagePage(db, 10, 't-mobile')).unsure)).toEqual(['Jo Winter']);
  });

  it('stops a search at the limit, newest first', async () => {
    await store(...Array.from({ length: 5 }, (_, i) => ({ label: 'targeted' as const, daysAgo: i, name: `Kestrel ${i}` })));
    await store({ label: 'targeted', daysAgo: 0.5, name: 'Someone Else' });
    expect(names((await triagePage(db, 2, 'kestrel')).targeted)).toEqual(['Kestrel 0', 'Kestrel 1']);
  });

  it('brings each row\'s recruiter, read once for all rows', async () => {
    await db.recruiters.add({ id: 'r1', displayName: 'Oliver Brandt', identities: ['email:o@k.example'], trust: 'trusted', firstSeenAt: NOW, lastContactAt: NOW, messageCount: 2 });
    await store({ label: 'targeted', daysAgo: 1, recruiterId: 'r1' }, { label: 'spam', daysAgo: 1, recruiterId: 'gone' }, { label: 'unsure', daysAgo: 1 });
    const page = await triagePage(db, 10);
    expect(page.targeted[0]!.recruiter?.trust).toBe('trusted');
    expect(page.spam[0]!.recruiter).toBeNull();
    expect(page.unsure[0]!.recruiter).toBeNull();
  });
});

describe('previewText', () => {
  it('keeps short bodies whole on one line and cuts long ones between characters', () => {
    expect(previewText('Hello\n\nKatrin')).toBe('Hello Katrin');
    const long = previewText('😀'.repeat(300));
    expect(Array.from(long)).toHaveLength(140);
    expect(long.endsWith('…')).toBe(true);
  });
});
