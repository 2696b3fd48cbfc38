import type { ReplyKind } from '../core/replies/drafts';

/** What a key press asks the triage list to do. */
export type KeyCommand =
  | { type: 'move'; by: number }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'open' }
  | { type: 'reply'; kind: ReplyKind }
  | { type: 'trust' }
  | { type: 'mute' }
  | { type: 'search' }
  | { type: 'escape' };

/**
 * Where focus was when the key went down: in a text field (typing: only Escape counts), on another
 * control such as a button (its own Enter and Space stay its own), or elsewhere (the list).
 */
export type FocusKind = 'text' | 'control' | 'other';

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  focus: FocusKind;
}

const LETTERS: Record<string, KeyCommand> = {
  j: { type: 'move', by: 1 },
  k: { type: 'move', by: -1 },
  d: { type: 'reply', kind: 'decline' },
  r: { type: 'reply', kind: 'refer' },
  i: { type: 'reply', kind: 'keep-in-touch' },
  a: { type: 'reply', kind: 'ask-details' },
  t: { type: 'trust' },
  m: { type: 'mute' },
  '/': { type: 'search' },
};

/** The command for a key press, or null when the key is not ours there (the browser keeps it). */
export function commandForKey(input: KeyInput): KeyCommand | null {
  if (input.key === 'Escape') return { type: 'escape' };
  if (input.focus === 'text') return null;
  // Shortcuts of the browser and the system stay theirs.
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  const letter = LETTERS[input.key];
  if (letter) return letter;
  if (input.focus === 'control') return null;
  switch (input.key) {
    case 'ArrowDown':
      return { type: 'move', by: 1 };
    case 'ArrowUp':
      return { type: 'move', by: -1 };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
      return { type: 'open' };
    default:
      return null;
  }
}

/** The row the cursor lands on: within the list, never wrapping (the ends are where the candidate expects them). */
export function moveCursor(cursor: number, command: KeyCommand, count: number): number {
  if (count <= 0) return 0;
  const last = count - 1;
  switch (command.type) {
    case 'move':
      return Math.min(last, Math.max(0, cursor + command.by));
    case 'first':
      return 0;
    case 'last':
      return last;
    default:
      return Math.min(last, Math.max(0, cursor));
  }
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password', 'date', 'datetime-local', 'month', 'time', 'week']);

/** Classifies the element holding focus for commandForKey. */
export function focusKindOf(element: Element | null): FocusKind {
  if (!element) return 'other';
  const tag = element.tagName.toLowerCase();
  // A select types ahead on letters, so it counts as a text field.
  if (tag === 'textarea' || tag === 'select') return 'text';
  if (tag === 'input') return TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? 'text').toLowerCase()) ? 'text' : 'control';
  if ((element as HTMLElement).isContentEditable || element.getAttribute('contenteditable') === 'true') return 'text';
  if (tag === 'button' || tag === 'a' || tag === 'summary') return 'control';
  return 'other';
}
