import { validateProfile } from '../core/profile';
import { SITE_IDS, isSiteHealth, isSiteId, type SiteStatus } from '../core/sites';
import type { RecruiterAllyDb } from '../db/database';
import type { CorrectionRecord, MessageRecord, TrustState } from '../db/records';
import { countCorrections, listCorrections } from '../db/repositories/corrections';
import { countMessages, recentMessages } from '../db/repositories/messages';
import { loadProfile, storeProfile } from '../db/repositories/profile';
import { countRecruiters, listRecruiters } from '../db/repositories/recruiters';
import { enabledSites, getSetting, recordSiteSeen, setSetting } from '../db/repositories/settings';
import { HandlerError, type Handlers } from '../messaging/dispatch';
import type { CorrectionSummary, MessageSummary } from '../messaging/protocol';
import { createDataHandlers } from './data-handlers';
import { syncedDataChanged } from './sync-hooks';
import { createReplyHandlers } from './reply-handlers';
import { createTriageHandlers } from './triage-handlers';
import { correctMessage, saveAndScore, setRecruiterTrust, undoMessageCorrection } from './scoring';
import {
  checkCorrection,
  checkIncoming,
  checkRecruiterList,
  checkSetTrust,
  checkUndo,
  fieldsOf,
  pageSize,
} from './validate';

const PREVIEW_CHARS = 140;
const MAX_PAGE = 500;

export interface WorkerHooks {
  /** Called after the sites' on/off state changed, so content scripts can follow without asking. */
  sitesChanged?: (enabled: Record<string, boolean>) => Promise<void> | void;
  now?: () => number;
}

export function createHandlers(db: RecruiterAllyDb, hooks: WorkerHooks = {}): Handlers {
  const now = hooks.now ?? Date.now;

  async function siteStatuses(): Promise<SiteStatus[]> {
    const [enabled, seen] = await Promise.all([enabledSites(db), getSetting(db, 'sites.seen')]);
    return SITE_IDS.map((site) => ({
      site,
      enabled: enabled[site],
      lastSeenAt: seen[site]?.lastSeenAt ?? null,
      view: seen[site]?.view ?? null,
      health: seen[site]?.health ?? null,
    }));
  }

  return {
    // Each area's handlers live in a file of its own; spread here so the compiler still checks the whole map.
    ...createReplyHandlers(db, now),
    ...createTriageHandlers(db, now),
    ...createDataHandlers(db, now),

    async 'site/hello'({ site, view, health }) {
      if (!isSiteId(site) || typeof view !== 'string' || !view || view.length > 40 || !isSiteHealth(health)) {
        throw new HandlerError('bad-request', 'A site report needs a known site, a view name and a health state.');
      }
      await recordSiteSeen(db, site, { lastSeenAt: now(), view, health });
      const enabled = await enabledSites(db);
      return { enabled: enabled[site] };
    },

    async 'messages/save'({ messages }) {
      const problems = checkIncoming(messages);
      if (problems.length) throw new HandlerError('bad-request', 'Some messages are malformed.', problems);
      return { saved: await saveAndScore(db, messages, now()) };
    },

    async 'messages/correct'(payload) {
      const problems = checkCorrection(payload);
      if (problems.length) throw new HandlerError('bad-request', 'A correction needs the key of a stored message and a label.', problems);
      return correctMessage(db, payload.key, payload.label, now());
    },

    async 'corrections/undo'(payload) {
      const problems = checkUndo(payload);
      if (problems.length) throw new HandlerError('bad-request', 'Undoing needs the id of a correction.', problems);
      return undoMessageCorrection(db, payload.id, now());
    },

    async 'corrections/list'(payload) {
      const [records, total] = await Promise.all([listCorrections(db, pageSize(payload, MAX_PAGE)), countCorrections(db)]);
      return { corrections: records.map(summariseCorrection), total };
    },

    async 'recruiters/set-trust'(payload) {
      const problems = checkSetTrust(payload);
      if (problems.length) throw new HandlerError('bad-request', 'Setting trust needs a recruiter id and trusted, neutral or muted.', problems);
      const outcome = await setRecruiterTrust(db, payload.recruiterId, payload.trust, payload.note);
      syncedDataChanged();
      return outcome;
    },

    async 'recruiters/list'(payload) {
      const problems = checkRecruiterList(payload);
      if (problems.length) throw new HandlerError('bad-request', 'The recruiter list can be narrowed only to trusted, neutral or muted.', problems);
      // Read through fieldsOf: a list request may come with no payload object at all.
      const trust = fieldsOf(payload).trust as TrustState | undefined;
      const [recruiters, total] = await Promise.all([
        listRecruiters(db, { limit: pageSize(payload, MAX_PAGE), ...(trust === undefined ? {} : { trust }) }),
        countRecruiters(db, trust),
      ]);
      return { recruiters, total };
    },

    async 'messages/recent'({ limit }) {
      const page = Math.max(1, Math.min(MAX_PAGE, Math.floor(limit) || 1));
      const [records, total] = await Promise.all([recentMessages(db, page), countMessages(db)]);
      return { messages: records.map(summarise), total };
    },

    'sites/status': () => siteStatuses().then((sites) => ({ sites })),

    async 'sites/set-enabled'({ site, enabled }) {
      if (!isSiteId(site) || typeof enabled !== 'boolean') {
        throw new HandlerError('bad-request', 'Turning a site on or off needs a known site and true or false.');
      }
      const current = await enabledSites(db);
      current[site] = enabled;
      await setSetting(db, 'sites.enabled', current);
      try {
        await hooks.sitesChanged?.(current);
      } catch (error) {
        // The setting is saved; open pages follow at their next report instead of at once.
        console.warn('Recruiter Ally: could not tell open pages about the site change', error);
      }
      return { sites: await siteStatuses() };
    },

    async 'profile/get'() {
      return { profile: await loadProfile(db) };
    },

    async 'profile/save'({ profile }) {
      const checked = validateProfile(profile);
      if (!checked.ok) throw new HandlerError('bad-request', 'The profile has problems.', checked.errors);
      const savedAt = await storeProfile(db, checked.value, now());
      syncedDataChanged();
      return { profile: checked.value, savedAt };
    },
  };
}

/** The first words of a body, cut between whole characters (never inside an emoji). */
function previewOf(body: string): string {
  // Only the head matters: a hostile 5 MB body is never split into characters whole.
  const head = Array.from(body.slice(0, PREVIEW_CHARS * 4).replace(/\s+/g, ' ').trim());
  return head.length > PREVIEW_CHARS ? `${head.slice(0, PREVIEW_CHARS - 1).join('')}…` : head.join('');
}

function summariseCorrection(record: CorrectionRecord): CorrectionSummary {
  return {
    id: record.id!,
    messageKey: record.messageKey,
    from: record.from,
    to: record.to,
    createdAt: record.createdAt,
    undoneAt: record.undoneAt ?? null,
  };
}

function summarise(record: MessageRecord): MessageSummary {
  return {
    key: record.key,
    site: record.site,
    sender: record.sender,
    subject: record.subject,
    preview: previewOf(record.body),
    receivedAt: record.receivedAt,
    label: record.label,
    score: record.score,
    state: record.state,
  };
}
