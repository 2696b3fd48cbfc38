// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BADGE_HOST_ATTRIBUTE, mountBadge, type BadgeActions, type BadgeHandle, type BadgeVerdict } from '../../../src/content/ui/badge';
import { COMMON } from '../../../src/i18n/common';
import { CONTENT } from '../../../src/i18n/content';
import { useFallbackMessages } from '../../../src/i18n/t';

// Outside the extension t() reads the English tables.
beforeAll(() => useFallbackMessages({ ...COMMON, ...CONTENT }));

// The badge's shadow root is closed; the tests keep the roots the code creates to look inside.
const roots = new Map<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;

beforeEach(() => {
  roots.clear();
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    roots.set(this, root);
    return root;
  });
  document.body.replaceChildren();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const TARGETED: BadgeVerdict = {
  label: 'targeted',
  score: 86,
  reasons: ['Names your employer Quellwerk Energy', 'The role fits your skills: TypeScript, Rust'],
  recruiterName: 'Dana Whitfield',
  recruiterId: 'r-1',
  trust: 'neutral',
};

function fakeActions(overrides: Partial<BadgeActions> = {}): BadgeActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    reply: vi.fn<BadgeActions['reply']>(async (kind) => {
      calls.push(`reply:${kind}`);
      return { ok: true, message: 'Reply inserted: review it and press Send' };
    }),
    correct: vi.fn<BadgeActions['correct']>(async (label) => {
      calls.push(`correct:${label}`);
      return { ...TARGETED, label, score: label === 'spam' ? 12 : 90 };
    }),
    setTrust: vi.fn<BadgeActions['setTrust']>(async (trust) => {
      calls.push(`trust:${trust}`);
      return { ...TARGETED, trust };
    }),
    contacts: vi.fn<BadgeActions['contacts']>(async () => []),
    dismiss: vi.fn<BadgeActions['dismiss']>(async () => true),
    ...overrides,
  };
}

interface Mounted {
  handle: BadgeHandle;
  anchor: HTMLElement;
  root: ShadowRoot;
  button: HTMLButtonElement;
  panel: HTMLElement;
  status: HTMLElement;
  action(name: string): HTMLButtonElement;
}

function mount(verdict: BadgeVerdict = TARGETED, actions: BadgeActions = fakeActions(), placement?: 'after' | 'append'): Mounted {
  const row = document.createElement('div');
  const anchor = document.createElement('span');
  anchor.textContent = 'Dana Whitfield';
  const after = document.createElement('button');
  after.textContent = 'Page button after the badge';
  row.append(anchor, after);
  document.body.append(row);
  const handle = mountBadge(anchor, verdict, actions, placement ? { placement } : undefined);
  const root = roots.get(handle.host);
  if (!root) throw new Error('no shadow root');
  const button = root.querySelector<HTMLButtonElement>('button.badge')!;
  const panel = root.querySelector<HTMLElement>('[role="dialog"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const action = (name: string): HTMLButtonElement => {
    const found = root.querySelector<HTMLButtonElement>(`button[data-action="${name}"]`);
    if (!found) throw new Error(`no button ${name}`);
    return found;
  };
  return { handle, anchor, root, button, panel, status, action };
}

const key = (target: EventTarget, type: string, init: KeyboardEventInit): KeyboardEvent => {
  const event = new KeyboardEvent(type, { bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};
const pointerClick = (target: HTMLElement): void => {
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 }));
};
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const isOpen = (panel: HTMLElement): boolean => !panel.hidden;

describe('badge', () => {
  it('shows the label in words, the score and an accessible name in a closed shadow root', () => {
    const { handle, anchor, button } = mount();
    expect(handle.host.tagName).toBe('SPAN');
    expect(anchor.nextSibling).toBe(handle.host);
    expect(handle.host.hasAttribute(BADGE_HOST_ATTRIBUTE)).toBe(true);
    expect(handle.host.shadowRoot).toBeNull();
    expect(button.textContent).toBe('Targeted 86');
    expect(button.getAttribute('aria-label')).toBe('Recruiter Ally: Targeted, score 86. Show reasons');
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.dataset.label).toBe('targeted');
    expect(button.querySelector('.dot')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('names unsure and spam and keeps the score a whole number from 0 to 100', () => {
    expect(mount({ label: 'unsure', score: 51.6, reasons: [] }).button.textContent).toBe('Unsure 52');
    const spam = mount({ label: 'spam', score: -3, reasons: [] });
    expect(spam.button.textContent).toBe('Spam 0');
    expect(spam.button.getAttribute('aria-label')).toBe('Recruiter Ally: Spam, score 0. Show reasons');
    expect(mount({ label: 'targeted', score: 140, reasons: [] }).button.textContent).toBe('Targeted 100');
    expect(mount({ label: 'targeted', score: Number.NaN, reasons: [] }).button.textContent).toBe('Targeted 0');
  });

  it('can go inside the anchor instead of after it', () => {
    const { handle, anchor } = mount(TARGETED, fakeActions(), 'append');
    expect(handle.host.parentElement).toBe(anchor);
    expect(anchor.lastChild).toBe(handle.host);
  });

  it('renders nothing visible for a verdict of other, and appears when updated to a recruiter verdict', () => {
    const { handle, button } = mount({ label: 'other', score: 5, reasons: ['A job alert'] });
    expect(handle.host.style.getPropertyValue('display')).toBe('none');
    expect(button.hidden).toBe(true);
    handle.open();
    expect(roots.get(handle.host)!.querySelector<HTMLElement>('[role="dialog"]')!.hidden).toBe(true);
    handle.update(TARGETED);
    expect(handle.host.style.getPropertyValue('display')).toBe('inline');
    expect(button.hidden).toBe(false);
    expect(button.textContent).toBe('Targeted 86');
  });

  it('writes the scheme it detected on the shadow container and puts its styles in the shadow root', () => {
    const { root } = mount();
    const container = root.querySelector<HTMLElement>('.ra')!;
    expect(['light', 'dark']).toContain(container.dataset.scheme);
    expect(root.adoptedStyleSheets.length + root.querySelectorAll('style').length).toBeGreaterThan(0);
  });
});

describe('panel opening and closing', () => {
  it('opens on click as a dialog below the badge and closes on a second click', () => {
    const { button, panel } = mount();
    expect(isOpen(panel)).toBe(false);
    pointerClick(button);
    expect(isOpen(panel)).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.getAttribute('aria-label')).toBe('Recruiter Ally: Targeted, score 86');
    expect(panel.style.position === '' || panel.style.position === 'fixed').toBe(true);
    expect(panel.style.top).toMatch(/px$/);
    pointerClick(button);
    expect(isOpen(panel)).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens with Enter, moves focus into the panel, and Escape closes it and returns focus to the badge', () => {
    const { handle, root, button, panel } = mount();
    button.focus();
    // Keyboard focus alone shows the panel as a preview without moving focus.
    expect(isOpen(panel)).toBe(true);
    expect(root.activeElement).toBe(button);
    const enter = key(button, 'keydown', { key: 'Enter' });
    expect(enter.defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(panel);
    expect(document.activeElement).toBe(handle.host);
    key(panel, 'keydown', { key: 'Escape' });
    expect(isOpen(panel)).toBe(false);
    expect(root.activeElement).toBe(button);
    // Returning focus does not reopen the preview.
    expect(isOpen(panel)).toBe(false);
  });

  it('closes with Escape from inside the decline chooser and gives focus back to the badge', () => {
    const { root, button, panel, action } = mount();
    key(button, 'keydown', { key: 'Enter' });
    action('reply:decline').click();
    expect(root.activeElement).toBe(action('decline:door'));
    const escape = key(action('decline:door'), 'keydown', { key: 'Escape' });
    expect(escape.defaultPrevented).toBe(true);
    expect(isOpen(panel)).toBe(false);
    expect(root.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens with Space and ignores the click the browser echoes for it', () => {
    const { root, button, panel } = mount();
    pointerClick(button);
    pointerClick(button);
    expect(isOpen(panel)).toBe(false);
    key(button, 'keydown', { key: ' ' });
    expect(isOpen(panel)).toBe(true);
    expect(root.activeElement).toBe(panel);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 0 }));
    expect(isOpen(panel)).toBe(true);
  });

  it('moves focus into the panel when a screen reader activates the badge (a click without a pointer)', () => {
    const { root, button, panel } = mount();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 0 }));
    expect(isOpen(panel)).toBe(true);
    expect(root.activeElement).toBe(panel);
  });

  it('closes a focus preview when the reader tabs on past the badge', () => {
    const { button, panel } = mount();
    button.focus();
    expect(isOpen(panel)).toBe(true);
    key(button, 'keydown', { key: 'Tab' });
    expect(isOpen(panel)).toBe(false);
  });

  it('does not preview on focus that comes from a pointer press', () => {
    const { button, panel } = mount();
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    button.focus();
    expect(isOpen(panel)).toBe(false);
  });

  it('closes on a click outside, not on a click inside', () => {
    const { button, panel, action } = mount();
    pointerClick(button);
    action('correct:spam').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(isOpen(panel)).toBe(true);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(isOpen(panel)).toBe(false);
  });

  it('closes when focus leaves for the page and via its Close button', () => {
    const { root, button, panel, action } = mount();
    key(button, 'keydown', { key: 'Enter' });
    action('reply:decline').focus();
    expect(isOpen(panel)).toBe(true);
    (document.querySelector('div > button') as HTMLButtonElement).focus();
    expect(isOpen(panel)).toBe(false);

    key(button, 'keydown', { key: 'Enter' });
    action('close').click();
    expect(isOpen(panel)).toBe(false);
    expect(root.activeElement).toBe(button);
  });

  it('keeps the tab order in the visual order: replies, language, recruiter, corrections, close', () => {
    const { handle, panel } = mount();
    handle.open();
    const order = [...panel.querySelectorAll('button, select')].filter((c) => !c.closest('[hidden]')).map((c) => (c.tagName === 'SELECT' ? 'language' : c.textContent));
    expect(order).toEqual([
      'Decline',
      'Refer someone',
      'Keep in touch',
      'Ask for details',
      'Interested',
      'language',
      'Trust recruiter',
      'Mute recruiter',
      'Targeted',
      'Spam',
      'Not a recruiter',
      'Close',
    ]);
    expect([...panel.querySelectorAll('[tabindex]')].filter((el) => (el as HTMLElement).tabIndex > 0)).toEqual([]);
  });

  it('open() and close() work from the outside', () => {
    const { handle, panel } = mount();
    handle.open();
    expect(isOpen(panel)).toBe(true);
    handle.close();
    expect(isOpen(panel)).toBe(false);
  });

  it('places the panel below the badge within the viewport and flips it above near the bottom', () => {
    const { button, panel, handle } = mount();
    const rect = (top: number, left: number, width: number, height: number): DOMRect =>
      ({ top, left, width, height, bottom: top + height, right: left + width, x: left, y: top, toJSON: () => ({}) }) as DOMRect;
    const badgeRect = vi.spyOn(button, 'getBoundingClientRect').mockReturnValue(rect(100, 980, 80, 18));
    vi.spyOn(panel, 'getBoundingClientRect').mockReturnValue(rect(0, 0, 300, 200));
    handle.open();
    expect(panel.style.top).toBe('122px');
    expect(panel.style.left).toBe(`${window.innerWidth - 8 - 300}px`);
    expect(panel.dataset.side).toBe('below');
    handle.close();
    badgeRect.mockReturnValue(rect(window.innerHeight - 40, 20, 80, 18));
    handle.open();
    expect(panel.dataset.side).toBe('above');
    expect(panel.style.top).toBe(`${window.innerHeight - 40 - 4 - 200}px`);
    expect(panel.style.left).toBe('20px');
  });

  it('uses the top layer where the browser has popovers', () => {
    const show = vi.fn<() => void>();
    const hide = vi.fn<() => void>();
    Object.assign(HTMLElement.prototype, { showPopover: show, hidePopover: hide });
    try {
      const { handle, panel } = mount();
      handle.open();
      expect(panel.getAttribute('popover')).toBe('manual');
      expect(show).toHaveBeenCalledTimes(1);
      handle.close();
      expect(hide).toHaveBeenCalledTimes(1);
    } finally {
      const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
      delete proto.showPopover;
      delete proto.hidePopover;
    }
  });
});

describe('panel content and actions', () => {
  it('shows reasons as text, never as markup', () => {
    const hostile = 'Says <img src=x onerror=alert(1)> about you';
    const { root, panel } = mount({ ...TARGETED, reasons: [hostile, 'Second reason'] });
    const items = [...panel.querySelectorAll('ul li')].map((li) => li.textContent);
    expect(items).toEqual([hostile, 'Second reason']);
    expect(root.querySelector('img')).toBeNull();
    expect(panel.getAttribute('aria-describedby')).toBe(panel.querySelector('ul')!.id);
    expect(panel.textContent).toContain('Dana Whitfield');
  });

  it('says so when there are no reasons', () => {
    const { panel } = mount({ label: 'unsure', score: 50, reasons: [] });
    expect(panel.querySelector('ul')!.hidden).toBe(true);
    expect(panel.textContent).toContain('No reasons recorded.');
  });

  it('runs a reply action and shows its message in a polite live region', async () => {
    const actions = fakeActions();
    const { button, status, action } = mount(TARGETED, actions);
    pointerClick(button);
    expect(status.getAttribute('aria-live')).toBe('polite');
    for (const kind of ['keep-in-touch', 'ask-details', 'interested'] as const) {
      action(`reply:${kind}`).click();
      await settle();
      expect(actions.reply).toHaveBeenLastCalledWith(kind, {});
    }
    expect(status.textContent).toBe('Reply inserted: review it and press Send');
  });

  it('shows the fallback message and ignores clicks while an action runs', async () => {
    let finish: (value: { ok: boolean; message: string }) => void = () => undefined;
    const reply = vi.fn<BadgeActions['reply']>(
      () =>
        new Promise<{ ok: boolean; message: string }>((resolve) => {
          finish = resolve;
        }),
    );
    const { button, status, action, panel } = mount(TARGETED, fakeActions({ reply }));
    pointerClick(button);
    action('reply:keep-in-touch').click();
    action('reply:interested').click();
    expect(reply).toHaveBeenCalledTimes(1);
    expect(panel.getAttribute('aria-busy')).toBe('true');
    expect(action('reply:refer').getAttribute('aria-disabled')).toBe('true');
    finish({ ok: false, message: 'No reply box found: the reply is on your clipboard' });
    await settle();
    expect(status.textContent).toBe('No reply box found: the reply is on your clipboard');
    expect(action('reply:refer').hasAttribute('aria-disabled')).toBe(false);
  });

  it('reports a failed action instead of throwing', async () => {
    const { button, status, action } = mount(TARGETED, fakeActions({ reply: vi.fn<BadgeActions['reply']>(async () => Promise.reject(new Error('worker gone'))) }));
    pointerClick(button);
    action('reply:interested').click();
    await settle();
    expect(status.textContent).toMatch(/went wrong/);
  });

  it('applies a correction and re-renders with the verdict it returns', async () => {
    const actions = fakeActions();
    const { button, status, action } = mount(TARGETED, actions);
    pointerClick(button);
    expect(action('correct:targeted').getAttribute('aria-pressed')).toBe('true');
    action('correct:spam').click();
    await settle();
    expect(actions.correct).toHaveBeenCalledWith('spam');
    expect(button.textContent).toBe('Spam 12');
    expect(button.dataset.label).toBe('spam');
    expect(action('correct:spam').getAttribute('aria-pressed')).toBe('true');
    expect(action('correct:targeted').getAttribute('aria-pressed')).toBe('false');
    expect(status.textContent).toMatch(/Marked as Spam/);
  });

  it('hides the badge when corrected to not a recruiter', async () => {
    const { handle, button, panel, action } = mount();
    pointerClick(button);
    action('correct:other').click();
    await settle();
    expect(isOpen(panel)).toBe(false);
    expect(handle.host.style.getPropertyValue('display')).toBe('none');
  });

  it('says when a correction could not be saved', async () => {
    const { button, status, action } = mount(TARGETED, fakeActions({ correct: vi.fn<BadgeActions['correct']>(async () => null) }));
    pointerClick(button);
    action('correct:spam').click();
    await settle();
    expect(button.textContent).toBe('Targeted 86');
    expect(status.textContent).toMatch(/Could not save/);
  });

  it('trusts and mutes a recruiter, offering Neutral once set', async () => {
    const actions = fakeActions();
    const { button, panel, action } = mount(TARGETED, actions);
    pointerClick(button);
    action('trust').click();
    await settle();
    expect(actions.setTrust).toHaveBeenLastCalledWith('trusted');
    expect(action('trust').textContent).toBe('Neutral');
    expect(panel.textContent).toContain('You trust this recruiter.');
    action('trust').click();
    await settle();
    expect(actions.setTrust).toHaveBeenLastCalledWith('neutral');
    expect(action('trust').textContent).toBe('Trust recruiter');
    action('mute').click();
    await settle();
    expect(actions.setTrust).toHaveBeenLastCalledWith('muted');
    expect(action('mute').textContent).toBe('Neutral');
    expect(action('trust').textContent).toBe('Trust recruiter');
  });

  it('offers no trust or mute when no recruiter is known', () => {
    const { action } = mount({ ...TARGETED, recruiterId: null });
    expect(action('trust').closest('.group')!.hasAttribute('hidden')).toBe(true);
  });

  it('update() re-renders the badge and the open panel and keeps focus where it was', () => {
    const { handle, root, button, panel, action } = mount();
    key(button, 'keydown', { key: 'Enter' });
    action('mute').focus();
    handle.update({ label: 'spam', score: 9, reasons: ['Unfilled template field {FirstName}'], recruiterId: 'r-1', trust: 'muted' });
    expect(button.textContent).toBe('Spam 9');
    expect(panel.getAttribute('aria-label')).toBe('Recruiter Ally: Spam, score 9');
    expect([...panel.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Unfilled template field {FirstName}']);
    expect(action('mute').textContent).toBe('Neutral');
    expect(root.activeElement).toBe(action('mute'));
    expect(isOpen(panel)).toBe(true);
  });
});

describe('key isolation', () => {
  it('keeps keys typed inside the badge away from the page, without cancelling them', () => {
    const { button, panel, action } = mount();
    const heard: string[] = [];
    for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'focusin', 'focusout']) {
      document.addEventListener(type, () => heard.push(type));
      window.addEventListener(type, () => heard.push(`window:${type}`));
    }
    key(button, 'keydown', { key: 'Enter' });
    const inside = action('reply:decline');
    inside.focus();
    for (const letter of ['j', 'k', 'r', 'e', '#']) {
      const down = key(inside, 'keydown', { key: letter });
      expect(down.defaultPrevented).toBe(false);
      key(inside, 'keypress', { key: letter });
      key(inside, 'keyup', { key: letter });
    }
    inside.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, composed: true, data: 'j' }));
    inside.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'j' }));
    expect(heard).toEqual([]);
    // Our own handlers still hear them.
    key(panel, 'keydown', { key: 'Escape' });
    expect(isOpen(panel)).toBe(false);
    expect(heard).toEqual([]);
  });

  it('keeps clicks on the badge from reaching a clickable row around it', () => {
    const { anchor, button } = mount();
    const rowClick = vi.fn<() => void>();
    anchor.parentElement!.addEventListener('click', rowClick);
    pointerClick(button);
    expect(rowClick).not.toHaveBeenCalled();
  });
});

describe('remove', () => {
  it('takes the host out of the page and stops listening to the document', () => {
    const { handle, panel } = mount();
    handle.open();
    const removed = vi.spyOn(document, 'removeEventListener');
    handle.remove();
    expect(handle.host.isConnected).toBe(false);
    expect(document.querySelector(`[${BADGE_HOST_ATTRIBUTE}]`)).toBeNull();
    expect(removed.mock.calls.map((call) => call[0])).toEqual(expect.arrayContaining(['pointerdown', 'keydown']));
    expect(isOpen(panel)).toBe(false);
    // Later calls are harmless.
    handle.update(TARGETED);
    handle.open();
    expect(isOpen(panel)).toBe(false);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  });

  it('closes and forgets its listeners when the site removes the message under it', () => {
    const { handle, anchor, panel } = mount();
    handle.open();
    anchor.parentElement!.remove();
    window.dispatchEvent(new Event('resize'));
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(isOpen(panel)).toBe(false);
  });
});

describe('never throws into the page', () => {
  it('returns an inert handle when the shadow root cannot be made', () => {
    vi.mocked(Element.prototype.attachShadow).mockImplementation(() => {
      throw new Error('not supported');
    });
    const anchor = document.createElement('span');
    document.body.append(anchor);
    const handle = mountBadge(anchor, TARGETED, fakeActions());
    expect(handle.host.isConnected).toBe(false);
    expect(() => {
      handle.open();
      handle.update(TARGETED);
      handle.close();
      handle.remove();
    }).not.toThrow();
  });
});
