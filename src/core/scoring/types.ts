import type { LanguageCode } from '../language';
import type { Label, Sender } from '../message';
import type { Profile } from '../profile';
import type { SiteId } from '../sites';
import type { LearnedState } from './learner';

/** A message as the scorer reads it: what a site adapter extracts, or a corpus line. */
export interface ScorerMessage {
  site: SiteId | 'email';
  sender: Sender;
  subject: string | null;
  body: string;
  /** Epoch ms. */
  sentAt: number;
  threadKey: string | null;
  /** Visible To+Cc count, null where the site shows none. */
  recipientCount: number | null;
  inMail?: boolean;
}

export type TrustState = 'trusted' | 'neutral' | 'muted';

/** An earlier message of the same candidate, as the history keeps it. */
export interface HistoryEntry {
  key: string;
  threadKey: string | null;
  sentAt: number;
  identities: string[];
  agency: string | null;
  fingerprint: string;
  /** The verdict it got (after any correction), null for the candidate's own messages. */
  label: Label | null;
  isOwn: boolean;
  /** Set when the candidate corrected the verdict. */
  corrected?: boolean;
}

/** What the history knows that bears on one message. */
export interface HistoryView {
  /** Earlier messages of the same thread, oldest first. */
  thread: HistoryEntry[];
  /** Earlier messages from the same recruiter (any identity shared). */
  sameSender: HistoryEntry[];
  /** Earlier messages from colleagues at the same agency or company, not the same recruiter. */
  sameAgency: HistoryEntry[];
  /** Earlier messages whose text is a near duplicate. */
  nearDuplicates: HistoryEntry[];
}

export const EMPTY_HISTORY: HistoryView = { thread: [], sameSender: [], sameAgency: [], nearDuplicates: [] };

export interface ScoreInput {
  message: ScorerMessage;
  profile: Profile | null;
  history?: HistoryView;
  learned?: LearnedState | null;
  /** The candidate's standing for this recruiter. */
  trust?: TrustState;
}

/** Which way a piece of evidence pulls. */
export type Pull = 'targeted' | 'spam' | 'other' | 'recruiter';

export interface Evidence {
  /** Stable id, also a feature for the learned model: "greeting.wrong-name". */
  id: string;
  pull: Pull;
  /** How hard it pulls, 0.5 (a hint) to 6 (decisive). */
  weight: number;
  /** A short sentence naming the evidence, for the candidate. */
  reason: string;
}

export interface Verdict {
  label: Label;
  /** 0–100: how well this is a recruiter message worth answering. */
  score: number;
  /** Strongest first. */
  reasons: string[];
  evidence: Evidence[];
  language: LanguageCode | 'und';
  fingerprint: string;
  /** Hashed features, for learning from a correction of this verdict. */
  features: string[];
}
