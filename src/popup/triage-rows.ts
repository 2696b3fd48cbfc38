import { SITE_NAMES } from '../core/sites';
import type { ResponseOf, TriageItem, TriageSection } from '../messaging/protocol';

export type TriageData = ResponseOf<'messages/triage'>;

/** One row of the list as shown: the item and the section it sits in. */
export interface TriageRow {
  item: TriageItem;
  section: TriageSection;
}

/** Targeted (awaiting a reply) first, then unsure, then spam: the order the candidate works through. */
export const SECTION_ORDER: readonly TriageSection[] = ['targeted', 'unsure', 'spam'];

/** Lower case without accents, so "Muller" finds "Müller" and "recrutement" finds "Recrutement". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every word of the query must appear somewhere in the row's sender, company, role, subject, text, reasons or site. */
export function matchesQuery(item: TriageItem, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = foldText(
    [
      item.sender.name,
      item.sender.email,
      item.sender.headline,
      item.sender.company,
      item.company,
      item.role,
      item.subject,
      item.preview,
      SITE_NAMES[item.site],
      ...item.reasons,
    ]
      .filter((part): part is string => typeof part === 'string')
      .join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

/** The sections' items after the search filter, in the worker's order (newest first in each). */
export function filterSections(data: TriageData, query: string): Record<TriageSection, TriageItem[]> {
  return {
    targeted: data.targeted.filter((item) => matchesQuery(item, query)),
    unsure: data.unsure.filter((item) => matchesQuery(item, query)),
    spam: data.spam.filter((item) => matchesQuery(item, query)),
  };
}

/** The rows j/k walk through, in display order; spam only while its section is unfolded. */
export function visibleRows(sections: Record<TriageSection, TriageItem[]>, spamOpen: boolean): TriageRow[] {
  const rows: TriageRow[] = [];
  for (const section of SECTION_ORDER) {
    if (section === 'spam' && !spamOpen) continue;
    for (const item of sections[section]) rows.push({ item, section });
  }
  return rows;
}

/** True when the worker holds more rows than it sent for the current limit. */
export function hasMore(data: TriageData): boolean {
  return data.targeted.length < data.counts.awaiting || data.unsure.length < data.counts.unsure || data.spam.length < data.counts.spam;
}

/** After the list changed, where the cursor goes: the same message if it is still listed, else the same place. */
export function keepCursor(rows: TriageRow[], previousKey: string | null, previousIndex: number): number {
  if (!rows.length) return 0;
  if (previousKey !== null) {
    const at = rows.findIndex((row) => row.item.key === previousKey);
    if (at !== -1) return at;
  }
  return Math.min(Math.max(0, previousIndex), rows.length - 1);
}
