import { t } from '../../i18n/t';
import { createPanelView, displayScore, labelWord, placePanel, type BadgeActions, type BadgeVerdict, type PanelView } from './panel';
import { applyStyles, detectScheme } from './styles';

// The badge next to a recruiter message: a closed shadow root holding a button and its panel.
// Nothing the site's CSS or scripts do reaches inside, and no key typed inside reaches the site.

export type { BadgeActions, BadgeVerdict, Contact, CorrectionLabel, ReplyKind, ReplyOptions, ReplyResult, Trust, VerdictLabel } from './panel';
export { placePanel } from './panel';

/** Marks the badge's own host element, so the orchestrator can skip it when watching mutations. */
export const BADGE_HOST_ATTRIBUTE = 'data-recruiter-ally-ui';

export interface BadgeHandle {
  host: HTMLElement;
  update(verdict: BadgeVerdict): void;
  remove(): void;
  open(): void;
  close(): void;
}

export interface BadgeOptions {
  /** 'after': the host becomes the anchor's next sibling (default); 'append': its last child. */
  placement?: 'after' | 'append';
}

// Gmail acts on single keys and LinkedIn on focus moves; events from inside the badge stop at the
// host (bubble phase, after our own handlers ran; never preventDefault, so typing still works).
// Pointer events stop too: a badge inside a clickable list row must not open the conversation.
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'focusin',
  'focusout',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
] as const;

type OpenedBy = 'pointer' | 'preview' | 'keyboard' | 'api';
type FocusAfterClose = 'button' | 'if-inside' | 'none';

// A click that follows our own Enter/Space handling within this time is the browser's echo of it.
const KEY_ECHO_MS = 500;

export function mountBadge(anchor: HTMLElement, verdict: BadgeVerdict, actions: BadgeActions, options: BadgeOptions = {}): BadgeHandle {
  const doc = anchor.ownerDocument;
  const host = doc.createElement('span');
  try {
    return mount(anchor, host, verdict, actions, options);
  } catch {
    // Never throw into the page: an inert handle, and no trace left behind.
    host.remove();
    const noop = (): void => undefined;
    return { host, update: noop, remove: noop, open: noop, close: noop };
  }
}

function guard<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    try {
      handler(event);
    } catch {
      // A handler failing must not surface in the page's console or break its own handlers.
    }
  };
}

function mount(anchor: HTMLElement, host: HTMLElement, initial: BadgeVerdict, actions: BadgeActions, options: BadgeOptions): BadgeHandle {
  const doc = anchor.ownerDocument;
  const win = doc.defaultView;
  host.setAttribute(BADGE_HOST_ATTRIBUTE, '');
  // Inline and !important: the page's own rules for `span` must not size, hide or move the host.
  host.style.setProperty('all', 'initial', 'important');
  setHostVisible(host, initial.label !== 'other');

  const root = host.attachShadow({ mode: 'closed' });
  applyStyles(root);
  const container = doc.createElement('span');
  container.className = 'ra';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'badge';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  const dot = doc.createElement('span');
  dot.className = 'dot';
  dot.setAttribute('aria-hidden', 'true');
  const text = doc.createElement('span');
  text.className = 'text';
  button.append(dot, text);

  let verdict = initial;
  let isOpen = false;
  let openedBy: OpenedBy = 'api';
  let pointerPending = false;
  let quietFocus = false;
  let keyHandledAt = -Infinity;
  let frame = 0;
  let removed = false;

  const panel: PanelView = createPanelView(doc, actions, {
    onVerdict: (next) => update(next),
    onClose: () => closePanel('button'),
    onResize: () => schedulePosition(),
  });
  button.setAttribute('aria-controls', panel.element.id);
  container.append(button, panel.element);
  root.append(container);

  const stop = (event: Event): void => event.stopPropagation();
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, stop);

  function render(): void {
    const word = labelWord(verdict.label);
    const score = displayScore(verdict.score);
    const visible = verdict.label !== 'other';
    setHostVisible(host, visible);
    button.hidden = !visible;
    button.dataset.label = verdict.label;
    button.setAttribute('aria-label', t('panel_badge', word, score));
    text.replaceChildren(doc.createTextNode(`${word} ${score}`));
    container.dataset.scheme = detectScheme(host.parentElement ?? anchor);
    panel.render(verdict);
  }

  function focusButton(): void {
    if (button.hidden || !host.isConnected) return;
    // Our own focus move must not reopen the panel as a keyboard-focus preview.
    quietFocus = true;
    try {
      button.focus({ preventScroll: true });
    } finally {
      quietFocus = false;
    }
  }

  function focusInPanel(): boolean {
    const active = root.activeElement;
    return active != null && panel.element.contains(active);
  }

  function openPanel(by: OpenedBy): void {
    if (removed || verdict.label === 'other' || !host.isConnected) return;
    if (!isOpen) {
      isOpen = true;
      openedBy = by;
      panel.element.hidden = false;
      showInTopLayer(panel.element);
      button.setAttribute('aria-expanded', 'true');
      listen(true);
      position();
    } else if (openedBy !== 'keyboard') {
      openedBy = by;
    }
    if (by === 'keyboard') panel.element.focus({ preventScroll: true });
  }

  function closePanel(focus: FocusAfterClose): void {
    if (!isOpen) return;
    const wasInside = focusInPanel();
    isOpen = false;
    listen(false);
    hideFromTopLayer(panel.element);
    panel.element.hidden = true;
    panel.announce('');
    button.setAttribute('aria-expanded', 'false');
    if (focus === 'button' || (focus === 'if-inside' && wasInside)) focusButton();
  }

  function update(next: BadgeVerdict): void {
    if (removed) return;
    verdict = next;
    render();
    if (next.label === 'other') closePanel('none');
    else schedulePosition();
  }

  function position(): void {
    if (!isOpen || !win) return;
    if (!host.isConnected) {
      // The site re-rendered the message away; drop our document listeners with it.
      closePanel('none');
      return;
    }
    const viewport = {
      width: Math.min(win.innerWidth, doc.documentElement.clientWidth || win.innerWidth),
      height: Math.min(win.innerHeight, doc.documentElement.clientHeight || win.innerHeight),
    };
    const badge = button.getBoundingClientRect();
    if (badge.bottom < 0 || badge.top > viewport.height) {
      closePanel('if-inside');
      return;
    }
    const style = panel.element.style;
    style.maxHeight = '';
    const size = panel.element.getBoundingClientRect();
    const place = placePanel(badge, { width: size.width || 300, height: size.height }, viewport);
    style.top = `${place.top}px`;
    style.left = `${place.left}px`;
    if (place.maxHeight != null) style.maxHeight = `${place.maxHeight}px`;
    panel.element.dataset.side = place.side;
  }

  function schedulePosition(): void {
    if (!isOpen || frame || !win) return;
    if (typeof win.requestAnimationFrame !== 'function') {
      position();
      return;
    }
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      try {
        position();
      } catch {
        // Keep the last position.
      }
    });
  }

  const onOutsidePointer = guard((event: Event) => {
    if (!event.composedPath().includes(host)) closePanel('none');
  });
  const onDocumentKey = guard((event: KeyboardEvent) => {
    // Escape pressed while focus is on the page (a mouse-opened panel in browsers that do not
    // focus clicked buttons); the site still gets the key.
    if (event.key === 'Escape' && !event.composedPath().includes(host)) closePanel('none');
  });
  const onViewportChange = guard(() => schedulePosition());

  function listen(on: boolean): void {
    if (on) {
      doc.addEventListener('pointerdown', onOutsidePointer, true);
      doc.addEventListener('keydown', onDocumentKey, true);
      win?.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
      win?.addEventListener('resize', onViewportChange);
      return;
    }
    doc.removeEventListener('pointerdown', onOutsidePointer, true);
    doc.removeEventListener('keydown', onDocumentKey, true);
    win?.removeEventListener('scroll', onViewportChange, true);
    win?.removeEventListener('resize', onViewportChange);
    if (frame && win) {
      win.cancelAnimationFrame(frame);
      frame = 0;
    }
  }

  button.addEventListener(
    'pointerdown',
    guard(() => {
      // Focus from a pointer press is no keyboard focus: no preview. The flag lives for this task only.
      pointerPending = true;
      win?.setTimeout(() => {
        pointerPending = false;
      }, 0);
    }),
  );
  button.addEventListener(
    'focus',
    guard(() => {
      if (quietFocus || pointerPending || isOpen) return;
      openPanel('preview');
    }),
  );
  button.addEventListener(
    'click',
    guard((event: MouseEvent) => {
      const keyboard = event.detail === 0;
      if (keyboard && Date.now() - keyHandledAt < KEY_ECHO_MS) return;
      pointerPending = false;
      if (isOpen) {
        if (keyboard && openedBy !== 'keyboard') openPanel('keyboard');
        else closePanel('if-inside');
        return;
      }
      // detail 0: activated without a pointer (keyboard, screen reader): move focus into the panel.
      openPanel(keyboard ? 'keyboard' : 'pointer');
      if (!keyboard && root.activeElement !== button) focusButton();
    }),
  );
  button.addEventListener(
    'keydown',
    guard((event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
        // Handled here, so the browser's synthetic click must not toggle again.
        event.preventDefault();
        keyHandledAt = Date.now();
        if (isOpen && openedBy === 'keyboard') closePanel('button');
        else openPanel('keyboard');
      } else if (event.key === 'ArrowDown' && !event.altKey) {
        event.preventDefault();
        openPanel('keyboard');
      } else if (event.key === 'Tab' && isOpen && openedBy === 'preview') {
        // Tabbing past a badge shows its reasons without making the reader walk through ten buttons.
        closePanel('none');
      }
    }),
  );
  root.addEventListener(
    'keydown',
    guard((event: Event) => {
      if ((event as KeyboardEvent).key === 'Escape' && isOpen) {
        event.preventDefault();
        closePanel('button');
      }
    }),
  );
  root.addEventListener(
    'focusin',
    guard((event: Event) => {
      const target = event.target;
      if (isOpen && isNode(target) && panel.element.contains(target)) openedBy = 'keyboard';
    }),
  );
  root.addEventListener(
    'focusout',
    guard((event: Event) => {
      if (!isOpen || panel.element.getAttribute('aria-busy') === 'true') return;
      // Retargeted: focus moving into the page shows as a page element, never as ours.
      const next = (event as FocusEvent).relatedTarget;
      if (isNode(next) && next !== host && !root.contains(next)) closePanel('none');
    }),
  );

  // Never inside a link or button of the site: a click on the badge would follow or press it.
  const interactive = anchor.closest('a[href], button, [role="button"], [role="link"]');
  const target = interactive instanceof HTMLElement ? interactive : anchor;
  if (options.placement === 'append' && target === anchor) anchor.append(host);
  else if (target.parentNode) target.after(host);
  else anchor.append(host);
  render();

  return {
    host,
    update: (next) => {
      try {
        update(next);
      } catch {
        // Keep the previous rendering.
      }
    },
    remove: () => {
      try {
        closePanel('if-inside');
      } catch {
        // Removing must still happen.
      }
      removed = true;
      host.remove();
    },
    open: () => {
      try {
        openPanel('api');
      } catch {
        // Stay closed.
      }
    },
    close: () => {
      try {
        closePanel('if-inside');
      } catch {
        // Already as closed as it can be.
      }
    },
  };
}

// Not instanceof: in a Firefox content script the page's nodes come from another global.
function isNode(value: unknown): value is Node {
  return value != null && typeof (value as Node).nodeType === 'number';
}

function setHostVisible(host: HTMLElement, visible: boolean): void {
  host.style.setProperty('display', visible ? 'inline' : 'none', 'important');
}

// The top layer (popover) escapes the site's stacking contexts, transforms and overflow clipping;
// where it is missing, position: fixed with the highest z-index is the best there is.
function showInTopLayer(element: HTMLElement): void {
  if (typeof element.showPopover !== 'function') return;
  try {
    if (!element.hasAttribute('popover')) element.setAttribute('popover', 'manual');
    element.showPopover();
  } catch {
    // Already shown, or not connected: the fixed position still applies.
  }
}

function hideFromTopLayer(element: HTMLElement): void {
  if (typeof element.hidePopover !== 'function' || !element.hasAttribute('popover')) return;
  try {
    element.hidePopover();
  } catch {
    // Not shown.
  }
}
