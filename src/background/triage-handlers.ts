import type { Label } from '../core/message';
import { recruiterIdentities } from '../core/recruiter';
import type { RecruiterAllyDb } from '../db/database';
import type { MessageState, RecruiterRecord, TrustState } from '../db/records';
import { previewText, rowReasons, triageCounts, triagePage, type TriageRow } from '../db/repositories/triage';
import { HandlerError, type Handlers } from '../messaging/dispatch';
import type { RecruiterInput, TriageItem } from '../messaging/protocol';
import { deliverReply, type TabsApi } from './deliver';
import { setRecruiterTrust } from './scoring';
import { syncedDataChanged } from './sync-hooks';
import { refreshToolbarBadge, type BadgeAction } from './toolbar-badge';
import { checkDeliver, checkRecruiterInput, checkSetState, checkTriage, fieldsOf, pageSize } from './validate';

export type TriageHandlers = Pick<Handlers, 'messages/triage' | 'messages/set-state' | 'recruiters/add' | 'replies/deliver'>;

/** Most rows one section of the triage list answers at a time. */
const MAX_SECTION = 200;

/** Browser APIs the handlers use; tests pass their own, the worker leaves them to the defaults. */
export interface TriageApis {
  tabs?: TabsApi | null;
  action?: BadgeAction | null;
}

function itemOf({ record, recruiter }: TriageRow): TriageItem {
  return {
    key: record.key,
    site: record.site,
    threadKey: record.threadKey,
    threadUrl: record.threadUrl ?? null,
    sender: record.sender,
    // Rows stored before role and company were kept show the company the sender gave, no guess.
    company: record.company ?? record.sender.company ?? null,
    role: record.role ?? null,
    subject: record.subject,
    preview: previewText(record.body),
    receivedAt: record.receivedAt,
    label: record.label as Label,
    score: record.score ?? 0,
    state: record.state,
    reasons: rowReasons(record.reasons),
    recruiterId: recruiter?.id ?? null,
    trust: recruiter?.trust ?? null,
  };
}

/** Trimmed text, or undefined for a missing or blank field. */
function given(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

/**
 * A recruiter the candidate names by hand, filed under the identities a message of theirs would
 * show, so their next message on LinkedIn or by e-mail lands on this record. One already known by
 * any of those identities is completed instead of doubled.
 */
async function addRecruiter(db: RecruiterAllyDb, input: RecruiterInput, now: number): Promise<RecruiterRecord> {
  const name = input.name.trim();
  const company = given(input.company);
  const note = given(input.note);
  const trust: TrustState = input.trust ?? 'trusted';
  const sender = {
    name,
    ...(company === undefined ? {} : { company }),
    ...(given(input.email) === undefined ? {} : { email: given(input.email)! }),
    ...(given(input.profileUrl) === undefined ? {} : { profileUrl: given(input.profileUrl)! }),
  };
  const identities = recruiterIdentities(sender);
  if (!identities.length) {
    throw new HandlerError(
      'bad-request',
      'A recruiter needs a LinkedIn profile address, an e-mail address, or a full name with a company, so their messages can be recognised.',
    );
  }
  const record = await db.transaction('rw', db.recruiters, async () => {
    const found = await db.recruiters.where('identities').anyOf(identities).distinct().toArray();
    const known = found.toSorted((a, b) => a.firstSeenAt - b.firstSeenAt || a.id.localeCompare(b.id))[0];
    const next: RecruiterRecord = known
      ? {
          ...known,
          identities: [...new Set([...known.identities, ...identities])],
          ...(known.company === undefined && company !== undefined ? { company } : {}),
        }
      : {
          id: crypto.randomUUID(),
          displayName: name,
          ...(company === undefined ? {} : { company }),
          identities,
          trust,
          firstSeenAt: now,
          lastContactAt: now,
          messageCount: 0,
        };
    await db.recruiters.put(next);
    return next;
  });
  // Trust and note go through the same path as the popup's trust buttons: their messages are rescored.
  const { recruiter } = await setRecruiterTrust(db, record.id, trust, note);
  return recruiter;
}

/** The popup's triage list, message states, recruiters added by hand and reply delivery to open tabs. */
export function createTriageHandlers(db: RecruiterAllyDb, now: () => number, apis: TriageApis = {}): TriageHandlers {
  const refresh = async (): Promise<void> => {
    await refreshToolbarBadge(db, ...(apis.action === undefined ? [] : [apis.action]));
  };

  return {
    async 'messages/triage'(payload) {
      const problems = checkTriage(payload);
      if (problems.length) throw new HandlerError('bad-request', 'The triage list can be searched only with a short text.', problems);
      const query = fieldsOf(payload).query as string | undefined;
      const [page, counts] = await Promise.all([triagePage(db, pageSize(payload, MAX_SECTION), query), triageCounts(db)]);
      return {
        targeted: page.targeted.map(itemOf),
        unsure: page.unsure.map(itemOf),
        spam: page.spam.map(itemOf),
        counts,
      };
    },

    async 'messages/set-state'(payload) {
      const problems = checkSetState(payload);
      if (problems.length) throw new HandlerError('bad-request', 'Setting a state needs the key of a stored message and awaiting, answered or dismissed.', problems);
      const { key } = payload;
      const state: MessageState = payload.state;
      await db.transaction('rw', db.messages, async () => {
        const record = await db.messages.get(key);
        if (!record) throw new HandlerError('bad-request', 'No stored message has this key.');
        if (record.isOwn) throw new HandlerError('bad-request', 'Your own messages wait for no reply: their state stays answered.');
        if (record.state !== state) await db.messages.update(key, { state });
      });
      await refresh();
      return { key, state, counts: await triageCounts(db) };
    },

    async 'recruiters/add'(payload) {
      const problems = checkRecruiterInput(payload);
      if (problems.length) throw new HandlerError('bad-request', 'The recruiter has problems.', problems);
      // Its trust is set through setRecruiterTrust, which rescores and refreshes the badge.
      const recruiter = await addRecruiter(db, payload.recruiter, now());
      syncedDataChanged();
      return { recruiter };
    },

    async 'replies/deliver'(payload) {
      const problems = checkDeliver(payload);
      if (problems.length) throw new HandlerError('bad-request', 'Delivering a reply needs the key of a stored message and the text.', problems);
      return deliverReply(db, payload.key, payload.text, ...(apis.tabs === undefined ? [] : [apis.tabs]));
    },
  };
}
