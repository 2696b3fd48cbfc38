import type { LanguageCode } from '../core/language';
import type { Label, Sender } from '../core/message';
import type { Profile } from '../core/profile';
import type { LearnedState } from '../core/scoring/learner';
import type { SiteHealth, SiteId } from '../core/sites';
import type { SyncBase } from '../core/sync/snapshot';
import type { AdhocVerdict } from '../messaging/protocol';

/** Until the scorer has seen a message it carries no verdict. */
export type StoredLabel = Label | 'unscored';

/** Where a message stands for the candidate: waiting for an answer, answered, or set aside. */
export type MessageState = 'awaiting' | 'answered' | 'dismissed';

export interface MessageRecord {
  /** `${site}:${siteMessageId}`: stable across visits, so a message is stored once. */
  key: string;
  site: SiteId;
  siteMessageId: string;
  threadKey: string;
  /** Set once recruiter identity is resolved; unindexed while absent. */
  recruiterId?: string;
  sender: Sender;
  subject: string | null;
  body: string;
  /** Epoch ms the site shows for the message. */
  receivedAt: number;
  /** Epoch ms the extension first stored it. */
  firstSeenAt: number;
  isOwn: boolean;
  inMail?: boolean;
  recipientCount: number | null;
  /** From a list row's preview; the full message, once read, replaces it. */
  isPreview?: boolean;
  /** The address that opens the thread in the site (https only, one of the supported hosts). */
  threadUrl?: string;
  /** The role the message offers, read once when it is stored so the triage list does no text analysis. */
  role?: string;
  /** The sender's company or agency as shown (sender field, else their headline), read when stored. */
  company?: string;
  /** Folded words of sender name, company, subject and role, multi-entry indexed for the triage search. */
  search?: string[];
  label: StoredLabel;
  /** 0–100, null until scored. */
  score: number | null;
  /** Reasons behind the verdict, strongest first. */
  reasons: string[];
  state: MessageState;
  /** SimHash of the body (core/scoring/fingerprint.ts), to find near duplicates. */
  fingerprint: string;
  /** Band keys of the fingerprint, multi-entry indexed: one equal band finds every near-duplicate candidate. */
  bands: string[];
  /** The sender's agency or company key, indexed; null when there is none. */
  agency: string | null;
  /** The sender's identities as this message shows them (the recruiter record merges them all). */
  identities: string[];
  language: LanguageCode | 'und';
  /** True while a correction of the candidate stands for this message: rescoring leaves it alone. */
  corrected?: boolean;
}

export type TrustState = 'trusted' | 'neutral' | 'muted';

export interface RecruiterRecord {
  id: string;
  displayName: string;
  company?: string;
  /** Every way we know them (core/recruiter.ts): `li:<profile slug>`, `email:<address>`, `name:<name>|<company>`. */
  identities: string[];
  trust: TrustState;
  note?: string;
  firstSeenAt: number;
  lastContactAt: number;
  messageCount: number;
}

export type ReplyKind = 'decline' | 'refer' | 'keep-in-touch' | 'ask-details' | 'interested';

export interface TemplateRecord {
  /** `${kind}:${variant}:${language}` */
  id: string;
  kind: ReplyKind;
  /** The decline reason for decline templates, 'default' for the other kinds. */
  variant?: string;
  /** ISO 639-1 code. */
  language: string;
  name: string;
  body: string;
  builtIn: boolean;
  updatedAt: number;
}

export interface ContactRecord {
  id: string;
  name: string;
  role?: string;
  link?: string;
  note?: string;
  createdAt: number;
}

export interface CorrectionRecord {
  id?: number;
  messageKey: string;
  from: StoredLabel;
  to: Label;
  createdAt: number;
  /** Set when the candidate undoes the correction; the row is kept. */
  undoneAt?: number;
  /** What the learner saw when the correction was made, so undo can replay the others exactly. */
  features: string[];
  ruleLogits: [number, number, number];
  /** Fingerprint of the corrected message: near copies follow the correction. */
  fingerprint: string;
}

export interface ProfileRecord extends Profile {
  /** Always "me": one candidate per browser profile. */
  id: 'me';
  updatedAt: number;
}

export interface SiteSeen {
  lastSeenAt: number;
  view: string;
  health: SiteHealth;
}

/** Every setting has a known key and value type. */
export interface SettingValues {
  'sites.enabled': Record<SiteId, boolean>;
  'sites.seen': Partial<Record<SiteId, SiteSeen>>;
  /** What the corrections taught the scorer; rebuilt from the corrections on undo. */
  'learner.state': LearnedState;
  /** The candidate opted in to storage.sync (off until they do; off again after a wipe). */
  'sync.enabled': boolean;
  /**
   * When the latest local edit not pushed yet was made (0: none). A push cut short by the worker
   * stopping is made at the next start; a time, so an edit made during a push is not marked done.
   */
  'sync.dirty': number;
  'sync.state': SyncState;
  /** The last text scored from the context menu, for the popup window that shows it. */
  'adhoc.last': AdhocVerdict | null;
}

/** Settings of this device only: never in a backup, and kept by a replacing import. */
export type DeviceSettingKey = 'sync.enabled' | 'sync.dirty' | 'sync.state' | 'adhoc.last';

export interface SyncState {
  lastPushedAt: number | null;
  lastPulledAt: number | null;
  /** A sentence for the candidate when the last sync failed. */
  error: string | null;
  /** Checksum of the snapshot last pushed or pulled: our own change coming back is not merged again. */
  checksum: string | null;
  base: SyncBase;
}
export type SettingKey = keyof SettingValues;

export interface SettingRecord<K extends SettingKey = SettingKey> {
  key: K;
  value: SettingValues[K];
}
