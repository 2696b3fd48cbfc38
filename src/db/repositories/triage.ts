/**
 * The popup's triage list: per section one range of the [label+state+receivedAt] index, newest
 * first, read only as far as the page needs. Role and company were stored with the message, so
 * nothing here analyses text; a search filters the same ranges instead of the whole table.
 */
import Dexie from 'dexie';
import type { Label } from '../../core/message';
import { fold } from '../../core/text';
import type { RecruiterAllyDb } from '../database';
import type { MessageRecord, MessageState, RecruiterRecord } from '../records';

export const TRIAGE_SECTIONS = ['targeted', 'unsure', 'spam'] as const;
export type TriageSectionName = (typeof TRIAGE_SECTIONS)[number];

/** A section lists the messages of its label still waiting for the candidate. */
const LISTED_STATE: MessageState = 'awaiting';
/** Characters of a body shown in a row. */
const PREVIEW_CHARS = 140;
/** Reasons shown in a row. */
const ROW_REASONS = 3;

export interface TriageRow {
  record: MessageRecord;
  recruiter: RecruiterRecord | null;
}

export interface TriagePage {
  targeted: TriageRow[];
  unsure: TriageRow[];
  spam: TriageRow[];
}

export interface TriageCountsRecord {
  awaiting: number;
  unsure: number;
  spam: number;
}

function section(db: RecruiterAllyDb, label: Label) {
  return db.messages
    .where('[label+state+receivedAt]')
    .between([label, LISTED_STATE, Dexie.minKey], [label, LISTED_STATE, Dexie.maxKey]);
}

/** Lower case and without accents, so "muller" finds "Müller" and "aydin" finds "Aydın". */
export function foldForSearch(text: string): string {
  return fold(text);
}

/** The searched text of a message: sender's name, company, subject and role. */
function searchedText(record: Pick<MessageRecord, 'sender' | 'company' | 'subject' | 'role'>): string {
  return foldForSearch([record.sender.name, record.company ?? record.sender.company ?? '', record.subject ?? '', record.role ?? ''].join('\n'));
}

/** Most words one message adds to the search index. */
const MAX_SEARCH_WORDS = 60;
/** A search whose words match more messages than this reads the sections' index ranges instead. */
const MAX_CANDIDATES = 2_000;

/** Letters-and-digits runs of a folded text. */
function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The words a message is found by (the multi-entry `search` index): every word of the searched
 * text once, none for the candidate's own messages, which the triage list never shows.
 */
export function searchWordsOf(record: Pick<MessageRecord, 'sender' | 'company' | 'subject' | 'role' | 'isOwn'>): string[] {
  if (record.isOwn) return [];
  return [...new Set(wordsOf(searchedText(record)))].slice(0, MAX_SEARCH_WORDS);
}

/** True when the query's every word is in the sender's name, the company, the subject or the role. */
export function matchesQuery(record: MessageRecord, words: readonly string[]): boolean {
  const haystack = searchedText(record);
  return words.every((word) => haystack.includes(word));
}

export function queryWords(query: string | undefined): string[] {
  return query ? foldForSearch(query).split(/\s+/).filter(Boolean) : [];
}

/** Query words looked up in the index to find the rarest one. */
const MAX_LOOKUP_WORDS = 4;

/**
 * Messages a search may find, by the index: those with a word starting with the query's rarest
 * word (counted on the index alone). Null when even that would hand back too many to read, or the
 * query has no letter or digit.
 */
async function searchCandidates(db: RecruiterAllyDb, words: readonly string[], maxCandidates: number): Promise<MessageRecord[] | null> {
  const tokens = [...new Set(words.flatMap(wordsOf))].toSorted((a, b) => b.length - a.length).slice(0, MAX_LOOKUP_WORDS);
  if (!tokens.length) return null;
  const counts = await Promise.all(tokens.map((token) => db.messages.where('search').startsWith(token).count()));
  const rarest = tokens[counts.indexOf(Math.min(...counts))]!;
  if (Math.min(...counts) > maxCandidates) return null;
  const keys = [...new Set(await db.messages.where('search').startsWith(rarest).primaryKeys())];
  return (await db.messages.bulkGet(keys)).filter((m): m is MessageRecord => m !== undefined);
}

/**
 * Up to `limit` messages of each section, newest first. Without a query each section reads exactly
 * `limit` rows of its index range; with one, the `search` index gives the few candidates, or for a
 * very common word the sections' ranges are filtered until `limit` rows match.
 */
export async function triagePage(db: RecruiterAllyDb, limit: number, query?: string, maxCandidates = MAX_CANDIDATES): Promise<TriagePage> {
  const words = queryWords(query);
  const candidates = words.length ? await searchCandidates(db, words, maxCandidates) : null;
  const [targeted, unsure, spam] = await Promise.all(
    TRIAGE_SECTIONS.map(async (label) => {
      if (candidates) {
        return candidates
          .filter((m) => m.label === label && m.state === LISTED_STATE && matchesQuery(m, words))
          .toSorted((a, b) => b.receivedAt - a.receivedAt || b.key.localeCompare(a.key))
          .slice(0, limit);
      }
      const range = section(db, label).reverse();
      return (words.length ? range.filter((m) => matchesQuery(m, words)) : range).limit(limit).toArray();
    }),
  );
  const ids = [...new Set([...targeted!, ...unsure!, ...spam!].flatMap((m) => (m.recruiterId === undefined ? [] : [m.recruiterId])))];
  const recruiters = new Map<string, RecruiterRecord>();
  for (const recruiter of await db.recruiters.bulkGet(ids)) if (recruiter) recruiters.set(recruiter.id, recruiter);
  const rows = (records: MessageRecord[]): TriageRow[] =>
    records.map((record) => ({ record, recruiter: record.recruiterId === undefined ? null : (recruiters.get(record.recruiterId) ?? null) }));
  return { targeted: rows(targeted!), unsure: rows(unsure!), spam: rows(spam!) };
}

/** How many messages of each section wait, counted on the index alone. */
export async function triageCounts(db: RecruiterAllyDb): Promise<TriageCountsRecord> {
  const [awaiting, unsure, spam] = await Promise.all(TRIAGE_SECTIONS.map((label) => section(db, label).count()));
  return { awaiting: awaiting!, unsure: unsure!, spam: spam! };
}

/** Targeted messages awaiting a reply: the toolbar badge's number. */
export async function awaitingCount(db: RecruiterAllyDb): Promise<number> {
  return section(db, 'targeted').count();
}

/** The first words of a body, cut between whole characters. */
export function previewText(body: string): string {
  const head = Array.from(body.slice(0, PREVIEW_CHARS * 4).replace(/\s+/g, ' ').trim());
  return head.length > PREVIEW_CHARS ? `${head.slice(0, PREVIEW_CHARS - 1).join('')}…` : head.join('');
}

export function rowReasons(reasons: readonly string[]): string[] {
  return reasons.slice(0, ROW_REASONS);
}
