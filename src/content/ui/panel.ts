import type { ReplyKind } from '../../core/replies/drafts';

// The panel that opens from a badge: why the message got its verdict, the reply actions, trust or
// mute, and corrections. Plain DOM, text nodes only: reasons quote untrusted message text.

export type { ReplyKind };

export type VerdictLabel = 'targeted' | 'unsure' | 'spam' | 'other';
export type Trust = 'trusted' | 'neutral' | 'muted';
export type CorrectionLabel = 'targeted' | 'spam' | 'other';

export interface BadgeVerdict {
  label: VerdictLabel;
  score: number;
  reasons: string[];
  recruiterName?: string;
  /** null: no recruiter is known for the message, so trust and mute are not offered. */
  recruiterId?: string | null;
  trust?: Trust;
}

export interface BadgeActions {
  /** The orchestrator drafts and inserts the reply; `message` is shown in the panel's live region. */
  reply(kind: ReplyKind): Promise<{ ok: boolean; message: string }>;
  /** The new verdict to show, or null when the correction could not be saved. */
  correct(label: CorrectionLabel): Promise<BadgeVerdict | null>;
  setTrust(trust: Trust): Promise<BadgeVerdict | null>;
}

export const LABEL_WORDS: Record<VerdictLabel, string> = {
  targeted: 'Targeted',
  unsure: 'Unsure',
  spam: 'Spam',
  other: 'Not a recruiter',
};

export const REPLY_BUTTONS: readonly (readonly [ReplyKind, string])[] = [
  ['decline', 'Decline'],
  ['refer', 'Refer someone'],
  ['keep-in-touch', 'Keep in touch'],
  ['ask-details', 'Ask for details'],
  ['interested', 'Interested'],
];

export const CORRECTION_BUTTONS: readonly (readonly [CorrectionLabel, string])[] = [
  ['targeted', 'Targeted'],
  ['spam', 'Spam'],
  ['other', 'Not a recruiter'],
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
  /** The panel's content changed size (a status message): the badge places it again. */
  onResize(): void;
}

let panelCount = 0;

/** Builds the panel's DOM once; render() refills the parts a new verdict changes. */
export function createPanelView(doc: Document, actions: BadgeActions, hooks: PanelHooks): PanelView {
  const id = `ra-panel-${++panelCount}`;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.append(doc.createTextNode(text));
    return node;
  };

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

  const reasonsCaption = el('span', 'caption', 'Why');
  reasonsCaption.id = `${id}-why`;
  const reasons = el('ul', 'reasons');
  reasons.id = `${id}-reasons`;
  reasons.setAttribute('aria-labelledby', reasonsCaption.id);
  const noReasons = el('p', 'empty', 'No reasons recorded.');
  noReasons.id = `${id}-none`;

  const status = el('p', 'status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('aria-atomic', 'true');

  let busy = false;
  const buttons: HTMLButtonElement[] = [];
  const setBusy = (value: boolean): void => {
    busy = value;
    panel.setAttribute('aria-busy', String(value));
    for (const button of buttons) {
      if (value) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
    }
  };
  const announce = (message: string): void => {
    // Replacing the text node (not appending) lets screen readers announce a repeated message too.
    if (message) status.replaceChildren(doc.createTextNode(message));
    else status.replaceChildren();
    hooks.onResize();
  };
  // aria-disabled instead of disabled keeps focus on the button while the action runs.
  const run = async (work: () => Promise<string>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    announce('Working…');
    try {
      announce(await work());
    } catch {
      announce('Something went wrong: please try again.');
    } finally {
      setBusy(false);
    }
  };
  const button = (text: string, action: string, onClick: () => Promise<string>): HTMLButtonElement => {
    const node = el('button', undefined, text);
    node.type = 'button';
    node.dataset.action = action;
    node.addEventListener('click', (event) => {
      event.preventDefault();
      run(onClick).catch(() => undefined);
    });
    buttons.push(node);
    return node;
  };
  const group = (caption: string, key: string): { wrap: HTMLElement; row: HTMLElement } => {
    const wrap = el('div', 'group');
    const label = el('span', 'caption', caption);
    label.id = `${id}-${key}`;
    const row = el('div', 'row');
    row.setAttribute('role', 'group');
    row.setAttribute('aria-labelledby', label.id);
    wrap.append(label, row);
    return { wrap, row };
  };

  const replies = group('Reply', 'reply');
  for (const [kind, text] of REPLY_BUTTONS) {
    replies.row.append(
      button(text, `reply:${kind}`, async () => {
        const result = await actions.reply(kind);
        return typeof result?.message === 'string' && result.message ? result.message : result?.ok ? 'Reply inserted: review it and press Send.' : 'Could not insert the reply.';
      }),
    );
  }

  const recruiter = group('Recruiter', 'recruiter');
  const trustState = el('p', 'trust-state');
  recruiter.wrap.insertBefore(trustState, recruiter.row);
  const trustButton = button('Trust recruiter', 'trust', () => changeTrust(current.trust === 'trusted' ? 'neutral' : 'trusted'));
  const muteButton = button('Mute recruiter', 'mute', () => changeTrust(current.trust === 'muted' ? 'neutral' : 'muted'));
  recruiter.row.append(trustButton, muteButton);

  const corrections = group('This is:', 'correct');
  const correctionButtons = CORRECTION_BUTTONS.map(([label, text]) =>
    button(text, `correct:${label}`, async () => {
      const verdict = await actions.correct(label);
      if (!verdict) return 'Could not save the correction: please try again.';
      hooks.onVerdict(verdict);
      return `Marked as ${LABEL_WORDS[label]}. Recruiter Ally will learn from this.`;
    }),
  );
  corrections.row.append(...correctionButtons);

  const foot = el('div', 'foot');
  const close = el('button', 'close', 'Close');
  close.type = 'button';
  close.dataset.action = 'close';
  close.addEventListener('click', (event) => {
    event.preventDefault();
    hooks.onClose();
  });
  foot.append(close);

  panel.append(head, reasonsCaption, reasons, noReasons, replies.wrap, recruiter.wrap, corrections.wrap, status, foot);

  let current: BadgeVerdict = { label: 'unsure', score: 0, reasons: [] };

  async function changeTrust(trust: Trust): Promise<string> {
    const verdict = await actions.setTrust(trust);
    if (!verdict) return 'Could not save: please try again.';
    hooks.onVerdict(verdict);
    if (trust === 'trusted') return 'You trust this recruiter: their messages are never marked as spam.';
    if (trust === 'muted') return 'Recruiter muted: their messages are never marked as targeted.';
    return 'Recruiter set back to neutral.';
  }

  function render(verdict: BadgeVerdict): void {
    current = verdict;
    const word = LABEL_WORDS[verdict.label] ?? LABEL_WORDS.unsure;
    const score = displayScore(verdict.score);
    panel.dataset.label = verdict.label;
    panel.setAttribute('aria-label', `Recruiter Ally: ${word.toLowerCase()}, score ${score}`);
    title.replaceChildren(doc.createTextNode(`${word} ${score}`));
    const name = typeof verdict.recruiterName === 'string' ? verdict.recruiterName.trim().slice(0, 120) : '';
    who.replaceChildren(doc.createTextNode(name));
    who.hidden = !name;

    const items = (Array.isArray(verdict.reasons) ? verdict.reasons : [])
      .filter((reason): reason is string => typeof reason === 'string' && reason.trim() !== '')
      .slice(0, MAX_REASONS)
      .map((reason) => {
        const text = reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS - 1)}…` : reason;
        return el('li', undefined, text);
      });
    reasons.replaceChildren(...items);
    reasons.hidden = items.length === 0;
    noReasons.hidden = items.length > 0;
    panel.setAttribute('aria-describedby', items.length ? reasons.id : noReasons.id);

    const trust = verdict.trust ?? 'neutral';
    recruiter.wrap.hidden = verdict.recruiterId === null;
    trustState.hidden = trust === 'neutral';
    trustState.replaceChildren(doc.createTextNode(trust === 'trusted' ? 'You trust this recruiter.' : trust === 'muted' ? 'You muted this recruiter.' : ''));
    trustButton.replaceChildren(doc.createTextNode(trust === 'trusted' ? 'Neutral' : 'Trust recruiter'));
    muteButton.replaceChildren(doc.createTextNode(trust === 'muted' ? 'Neutral' : 'Mute recruiter'));

    CORRECTION_BUTTONS.forEach(([label], index) => {
      correctionButtons[index]?.setAttribute('aria-pressed', String(label === verdict.label));
    });
  }

  return {
    element: panel,
    render,
    announce,
  };
}
