import type { Transaction } from 'dexie';
import type { MessageRecord } from '../records';
import { triageFieldsOf } from '../repositories/messages';
import type { Migration } from './types';

export const triageSearch: Migration = {
  version: 3,
  description: 'Messages keep their role, company and search words, so the triage list reads no text and searches by index',
  stores: {
    // search is multi-entry: one prefix lookup finds the messages a word of the popup's search names.
    messages: '&key, threadKey, recruiterId, receivedAt, [label+state+receivedAt], *bands, agency, *search',
  },
  upgrade,
};

async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table('messages')
    .toCollection()
    .modify((row: MessageRecord) => {
      Object.assign(row, triageFieldsOf(row));
    });
}
