import type { ReplyKind, TemplateLanguage } from '../../core/replies/drafts';
import type { ContactRecord } from '../../db/records';
import type { ReplyOptions } from '../../messaging/protocol';
import { t } from '../../i18n/t';

// The panel that opens from a badge: why the message got its verdict, the reply actions (with a
// chooser for how to decline and whom to refer, and the reply's language), trust or mute, and
// corrections. Plain DOM, text nodes only: reasons quote untrusted message text. Every string
// comes from _locales (src/i18n/content.ts), so none of them weighs on the content script.

export type { ReplyKind, ReplyOptions };

export type VerdictLabel = 'targeted' | 'unsure' | 'spam' | 'other';
export type Trust = 'trusted' | 'neutral' | 'muted';
export type CorrectionLabel = 'targeted' | 'spam' | 'other';
export type Contact = Pick<ContactRecord, 'id' | 'name' | 'role'>;

export interface BadgeVerdict {
  label: VerdictLabel;
  score: number;
  reasons: string[];
  recruiterName?: string;
  /** null: no recruiter is known for the message, so trust and mute are not offered. */
  recruiterId?: string | null;
  trust?: Trust;
}

export interface ReplyResult {
  ok: boolean;
  /** Shown in the panel's live region. */
  message: string;
  /** The language the reply was written in. */
  language?: TemplateLanguage;
}

export interface BadgeActions {
  /** The orchestrator drafts and inserts the reply. */
  reply(kind: ReplyKind, options: ReplyOptions): Promise<ReplyResult>;
  /** The new verdict to show, or null when the correction could not be saved. */
  correct(label: CorrectionLabel): Promise<BadgeVerdict | null>;
  setTrust(trust: Trust): Promise<BadgeVerdict | null>;
  /** The candidate's referral contacts, or null when they could not be read. */
  contacts(): Promise<Contact[] | null>;
  /** Sets the message aside without a reply; false when that could not be saved. */
  dismiss(): Promise<boolean>;
}

const LABEL_KEYS: Record<VerdictLabel, string> = { targeted: 'labelTargeted', unsure: 'labelUnsure', spam: 'labelSpam', other: 'labelOther' };

/** The verdict in words, in the browser's language. */
export const labelWord = (label: VerdictLabel): string => t(LABEL_KEYS[label] ?? LABEL_KEYS.unsure);

export const REPLY_BUTTONS: readonly (readonly [ReplyKind, string])[] = [
  ['decline', 'panel_decline'],
  ['refer', 'panel_refer'],
  ['keep-in-touch', 'panel_keep'],
  ['ask-details', 'panel_ask'],
  ['interested', 'panel_interested'],
];

export const CORRECTION_LABELS: readonly CorrectionLabel[] = ['targeted', 'spam', 'other'];

/** Reasons for a decline that keeps the door open; 'do-not-contact' is the firm one. */
export const DOOR_REASONS = [
  ['not-looking', 'panel_r_not_looking'],
  ['role', 'panel_r_role'],
  ['pay', 'panel_r_pay'],
  ['location', 'panel_r_location'],
  ['timing', 'panel_r_timing'],
] as const;

/** Each language under its own name, as language pickers show them. */
export const LANGUAGES: readonly (readonly [TemplateLanguage, string])[] = [
  ['en', 'English'],
  ['es', 'Español'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
  ['pt', 'Português'],
];

// Reasons are the scorer's sentences; a hostile message could still make one long, and a panel
// is no place for more than a handful.
const MAX_REASONS = 8;
const MAX_REASON_CHARS = 300;

/** A whole score from 0 to 100, whatever arrives. */
export function displayScore(score: number): number {
  return Number.isFinite(score) ? Math.min(100, Math.max(0, Math.round(score))) : 0;
}

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
  /** Set when the panel is taller than the room on either side and must scroll. */
  maxHeight: number | null;
}

const GAP = 4;
const MARGIN = 8;

/**
 * Where the panel goes: below the badge, above it when there is no room below but room above,
 * otherwise on the side with more room, capped in height; always inside the viewport.
 */
export function placePanel(badge: Rect, panel: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = viewport.height - badge.bottom - GAP - MARGIN;
  const above = badge.top - GAP - MARGIN;
  let side: Placement['side'] = 'below';
  if (panel.height > below && (panel.height <= above || above > below)) side = 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(panel.height, room);
  const maxHeight = panel.height > room ? Math.max(room, 0) : null;
  let top = side === 'below' ? badge.bottom + GAP : badge.top - GAP - height;
  top = clamp(top, MARGIN, viewport.height - MARGIN - height);
  const left = clamp(badge.left, MARGIN, viewport.width - MARGIN - panel.width);
  return { top: Math.round(top), left: Math.round(left), side, maxHeight };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}


export interface PanelView {
  element: HTMLElement;
  render(verdict: BadgeVerdict): void;
  announce(message: string): void;
}

export interface PanelHooks {
  /** A correction or trust change brought a new verdict: the badge re-renders with it. */
  onVerdict(verdict: BadgeVerdict): void;
  /** The panel's Close button. */
  onClose(): void;
  /** The panel's content changed size (a status message, a chooser): the badge places it again. */
  onResize(): void;
}

let panelCount = 0;

/** Builds the panel's DOM once; render() refills the parts a new verdict changes. */
export function createPanelView(doc: Document, actions: BadgeActions, hooks: PanelHooks): PanelView {
  const id = `ra-panel-${++panelCount}`;
  let ids = 0;
  const text = (value: string): Text => doc.createTextNode(value);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, content?: string): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (content != null) node.append(text(content));
    return node;
  };
  const withId = <E extends HTMLElement>(node: E): E => {
    node.id = `${id}-${++ids}`;
    return node;
  };
  const say = (node: HTMLElement, value: string): void => node.replaceChildren(text(value));

  const panel = el('div', 'panel');
  panel.id = id;
  panel.setAttribute('role', 'dialog');
  panel.tabIndex = -1;
  panel.hidden = true;

  const head = el('div', 'head');
  const dot = el('span', 'dot');
  dot.setAttribute('aria-hidden', 'true');
  const title = el('span', 'title');
  const who = el('span', 'who');
  head.append(dot, title, who);

  const reasonsCaption = withId(el('span', 'caption', t('panel_why')));
  const reasons = withId(el('ul', 'reasons'));
  reasons.setAttribute('aria-labelledby', reasonsCaption.id);
  const noReasons = withId(el('p', 'empty', t('panel_no_reasons')));

  const status = el('p', 'status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('aria-atomic', 'true');

  let busy = false;
  const setBusy = (value: boolean): void => {
    busy = value;
    panel.setAttribute('aria-busy', String(value));
    for (const control of panel.querySelectorAll('.row button, .choice, select')) {
      if (value) control.setAttribute('aria-disabled', 'true');
      else control.removeAttribute('aria-disabled');
    }
  };
  const announce = (message: string): void => {
    // Replacing the text node (not appending) lets screen readers announce a repeated message too.
    if (message) say(status, message);
    else status.replaceChildren();
    hooks.onResize();
  };
  // aria-disabled instead of disabled keeps focus on the button while the action runs.
  const run = async (work: () => Promise<string>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    announce(t('panel_working'));
    try {
      announce(await work());
    } catch {
      announce(t('panel_failed'));
    } finally {
      setBusy(false);
    }
  };
  // onClick returns a promise for work that runs as an action (busy state, status message), nothing for a toggle.
  const button = (label: string, action: string, onClick: () => Promise<string> | void, className?: string): HTMLButtonElement => {
    const node = el('button', className, label);
    node.type = 'button';
    node.dataset.action = action;
    node.addEventListener('click', (event) => {
      event.preventDefault();
      // While an action runs nothing else starts; Close always works.
      if (busy && action !== 'close') return;
      const result = onClick();
      if (result) run(async () => result).catch(() => undefined);
    });
    return node;
  };
  const group = (caption: string): { wrap: HTMLElement; row: HTMLElement } => {
    const wrap = el('div', 'group');
    const label = withId(el('span', 'caption', caption));
    const row = el('div', 'row');
    row.setAttribute('role', 'group');
    row.setAttribute('aria-labelledby', label.id);
    wrap.append(label, row);
    return { wrap, row };
  };
  /** A disclosure: `opener` shows and hides `part`, and reports its state to assistive technology. */
  const disclose = (opener: HTMLButtonElement, part: HTMLElement, open: boolean): void => {
    part.hidden = !open;
    opener.setAttribute('aria-controls', part.id);
    opener.setAttribute('aria-expanded', String(open));
    hooks.onResize();
  };
  const focusFirst = (part: HTMLElement): void => part.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });

  // The language: the message's own by default, or the candidate's pick; the last reply is
  // drafted again when it changes, so the box never holds two replies.
  let last: { kind: ReplyKind; options: ReplyOptions } | null = null;
  const languageLabel = withId(el('label', 'caption', t('panel_language')));
  const language = withId(el('select', 'language'));
  languageLabel.htmlFor = language.id;
  language.dataset.action = 'language';
  const auto = el('option', undefined, t('panel_lang_auto'));
  auto.value = '';
  language.append(auto, ...LANGUAGES.map(([code, name]) => Object.assign(el('option', undefined, name), { value: code, lang: code })));
  language.addEventListener('change', () => {
    if (last && !busy) void run(() => draft(last!.kind, last!.options));
  });
  const languageRow = el('div', 'lang');
  languageRow.append(languageLabel, language);

  async function draft(kind: ReplyKind, options: ReplyOptions): Promise<string> {
    last = { kind, options };
    const chosen = language.value as TemplateLanguage | '';
    const result = await actions.reply(kind, chosen ? { ...options, language: chosen } : options);
    if (result?.language && !chosen) language.value = result.language;
    return result?.message || t(result?.ok ? 'panel_inserted' : 'panel_not_inserted');
  }

  const replies = group(t('panel_reply'));
  const declineButton = button(t('panel_decline'), 'reply:decline', () => {
    disclose(declineButton, declineChooser, declineChooser.hidden !== false);
    disclose(referButton, referChooser, false);
    if (!declineChooser.hidden) focusFirst(declineChooser);
  });
  const referButton = button(t('panel_refer'), 'reply:refer', () => {
    disclose(declineButton, declineChooser, false);
    if (!referChooser.hidden) return disclose(referButton, referChooser, false);
    return showContacts();
  });
  replies.row.append(
    declineButton,
    referButton,
    ...REPLY_BUTTONS.slice(2).map(([kind, key]) => button(t(key), `reply:${kind}`, () => draft(kind, {}))),
  );

  // How to decline: three choices, each saying what it does.
  const declineChooser = withId(el('div', 'sub'));
  const howCaption = withId(el('span', 'caption', t('panel_how')));
  declineChooser.setAttribute('role', 'group');
  declineChooser.setAttribute('aria-labelledby', howCaption.id);
  const choice = (key: string, action: string, onClick: () => Promise<string> | void): HTMLElement => {
    const hint = withId(el('span', 'hint', t(`${key}_hint`)));
    const node = button(t(key), action, onClick, 'choice');
    node.setAttribute('aria-describedby', hint.id);
    const wrap = el('div', 'opt');
    wrap.append(node, hint);
    return wrap;
  };
  const doorReasons = group(t('panel_reason'));
  withId(doorReasons.wrap);
  doorReasons.row.append(
    ...DOOR_REASONS.map(([reason, key]) => button(t(key), `decline:${reason}`, () => draft('decline', { declineReason: reason }))),
  );
  const doorChoice = choice('panel_door', 'decline:door', () => {
    disclose(doorChoice.firstChild as HTMLButtonElement, doorReasons.wrap, doorReasons.wrap.hidden !== false);
    if (!doorReasons.wrap.hidden) focusFirst(doorReasons.wrap);
  });
  const quietChoice = choice('panel_quiet', 'decline:mute', () => muteQuietly());
  declineChooser.append(
    howCaption,
    doorChoice,
    doorReasons.wrap,
    choice('panel_firm', 'decline:do-not-contact', () => draft('decline', { declineReason: 'do-not-contact' })),
    quietChoice,
  );
  disclose(declineButton, declineChooser, false);
  disclose(doorChoice.firstChild as HTMLButtonElement, doorReasons.wrap, false);

  // Whom to refer: the candidate's referral contacts, read when the chooser opens.
  const referChooser = withId(el('div', 'sub'));
  const referList = group(t('panel_who'));
  const noContacts = el('p', 'empty', t('panel_no_contacts'));
  referChooser.append(referList.wrap, noContacts);
  disclose(referButton, referChooser, false);

  async function showContacts(): Promise<string> {
    const contacts = await actions.contacts();
    if (!contacts) return t('panel_failed');
    referList.row.replaceChildren(
      ...contacts.map((contact) =>
        button(contact.role ? `${contact.name} (${contact.role})` : contact.name, `refer:${contact.id}`, () => draft('refer', { contactId: contact.id })),
      ),
    );
    referList.wrap.hidden = contacts.length === 0;
    noContacts.hidden = contacts.length > 0;
    disclose(referButton, referChooser, true);
    if (contacts.length) focusFirst(referChooser);
    return '';
  }

  async function muteQuietly(): Promise<string> {
    const verdict = await actions.setTrust('muted');
    if (!verdict) return t('panel_not_saved');
    // The mute is saved: show it even if setting the message aside fails next.
    hooks.onVerdict(verdict);
    return (await actions.dismiss()) ? t('panel_quiet_done') : t('panel_not_saved');
  }

  const recruiter = group(t('panel_recruiter'));
  const trustState = el('p', 'trust-state');
  recruiter.wrap.insertBefore(trustState, recruiter.row);
  const trustButton = button('', 'trust', () => changeTrust(current.trust === 'trusted' ? 'neutral' : 'trusted'));
  const muteButton = button('', 'mute', () => changeTrust(current.trust === 'muted' ? 'neutral' : 'muted'));
  recruiter.row.append(trustButton, muteButton);

  const corrections = group(t('panel_this_is'));
  const correctionButtons = CORRECTION_LABELS.map((label) =>
    button(labelWord(label), `correct:${label}`, async () => {
      const verdict = await actions.correct(label);
      if (!verdict) return t('panel_not_saved');
      hooks.onVerdict(verdict);
      return t('panel_marked', labelWord(label));
    }),
  );
  corrections.row.append(...correctionButtons);

  const foot = el('div', 'foot');
  const close = button(t('panel_close'), 'close', () => hooks.onClose(), 'close');
  foot.append(close);

  panel.append(head, reasonsCaption, reasons, noReasons, replies.wrap, declineChooser, referChooser, languageRow, recruiter.wrap, corrections.wrap, status, foot);

  let current: BadgeVerdict = { label: 'unsure', score: 0, reasons: [] };

  async function changeTrust(trust: Trust): Promise<string> {
    const verdict = await actions.setTrust(trust);
    if (!verdict) return t('panel_not_saved');
    hooks.onVerdict(verdict);
    return t(`panel_${trust}_done`);
  }

  function render(verdict: BadgeVerdict): void {
    current = verdict;
    const word = labelWord(verdict.label);
    const score = displayScore(verdict.score);
    panel.dataset.label = verdict.label;
    panel.setAttribute('aria-label', t('panel_name', word, score));
    say(title, `${word} ${score}`);
    const name = typeof verdict.recruiterName === 'string' ? verdict.recruiterName.trim().slice(0, 120) : '';
    say(who, name);
    who.hidden = !name;

    const items = (Array.isArray(verdict.reasons) ? verdict.reasons : [])
      .filter((reason): reason is string => typeof reason === 'string' && reason.trim() !== '')
      .slice(0, MAX_REASONS)
      .map((reason) => el('li', undefined, reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS - 1)}…` : reason));
    reasons.replaceChildren(...items);
    reasons.hidden = items.length === 0;
    noReasons.hidden = items.length > 0;
    panel.setAttribute('aria-describedby', items.length ? reasons.id : noReasons.id);

    const trust = verdict.trust ?? 'neutral';
    const known = verdict.recruiterId !== null;
    recruiter.wrap.hidden = !known;
    // Muting needs a recruiter to mute.
    quietChoice.hidden = !known;
    trustState.hidden = trust === 'neutral';
    say(trustState, trust === 'neutral' ? '' : t(`panel_${trust}`));
    say(trustButton, t(trust === 'trusted' ? 'panel_neutral' : 'panel_trust'));
    say(muteButton, t(trust === 'muted' ? 'panel_neutral' : 'panel_mute'));

    CORRECTION_LABELS.forEach((label, index) => {
      correctionButtons[index]?.setAttribute('aria-pressed', String(label === verdict.label));
    });
  }

  return { element: panel, render, announce };
}
