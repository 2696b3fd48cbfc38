// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPanelView, displayScore, placePanel, REPLY_BUTTONS, type BadgeActions, type BadgeVerdict, type PanelHooks } from '../../../src/content/ui/panel';
import { COMMON } from '../../../src/i18n/common';
import { CONTENT } from '../../../src/i18n/content';
import { t, useFallbackMessages } from '../../../src/i18n/t';

// Outside the extension t() reads the English tables.
beforeAll(() => useFallbackMessages({ ...COMMON, ...CONTENT }));

const hooks = (): PanelHooks => ({ onVerdict: vi.fn<PanelHooks['onVerdict']>(), onClose: vi.fn<PanelHooks['onClose']>(), onResize: vi.fn<PanelHooks['onResize']>() });

const viewport = { width: 1000, height: 800 };
const badge = (top: number, left: number) => ({ top, left, bottom: top + 18, right: left + 80 });

describe('placePanel', () => {
  it('puts the panel just below the badge, aligned with its left edge', () => {
    expect(placePanel(badge(100, 200), { width: 300, height: 250 }, viewport)).toEqual({ top: 122, left: 200, side: 'below', maxHeight: null });
  });

  it('flips above the badge when there is no room below', () => {
    expect(placePanel(badge(700, 200), { width: 300, height: 250 }, viewport)).toEqual({ top: 446, left: 200, side: 'above', maxHeight: null });
  });

  it('keeps the panel inside the viewport sideways', () => {
    expect(placePanel(badge(100, 950), { width: 300, height: 100 }, viewport).left).toBe(692);
    expect(placePanel(badge(100, -40), { width: 300, height: 100 }, viewport).left).toBe(8);
  });

  it('caps a panel taller than either side on the side with more room', () => {
    const below = placePanel(badge(100, 0), { width: 300, height: 900 }, viewport);
    expect(below.side).toBe('below');
    expect(below.maxHeight).toBe(800 - 118 - 4 - 8);
    expect(below.top + (below.maxHeight ?? 0)).toBeLessThanOrEqual(800 - 8);
    const above = placePanel(badge(600, 0), { width: 300, height: 900 }, viewport);
    expect(above.side).toBe('above');
    expect(above.maxHeight).toBe(600 - 4 - 8);
    expect(above.top).toBe(8);
  });

  it('stays on screen for a badge scrolled partly out of view', () => {
    const place = placePanel(badge(-10, 100), { width: 300, height: 200 }, viewport);
    expect(place.top).toBeGreaterThanOrEqual(8);
  });
});

describe('displayScore', () => {
  it.each([
    [86, 86],
    [85.5, 86],
    [-1, 0],
    [101, 100],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])('%s shows as %s', (score, shown) => {
    expect(displayScore(score)).toBe(shown);
  });
});

describe('createPanelView', () => {
  const actions: BadgeActions = {
    reply: vi.fn<BadgeActions['reply']>(async () => ({ ok: true, message: '' })),
    correct: vi.fn<BadgeActions['correct']>(async () => null),
    setTrust: vi.fn<BadgeActions['setTrust']>(async () => null),
    contacts: vi.fn<BadgeActions['contacts']>(async () => []),
    dismiss: vi.fn<BadgeActions['dismiss']>(async () => true),
  };

  it('offers the five replies in the order of the issue', () => {
    expect(REPLY_BUTTONS.map(([, key]) => t(key))).toEqual(['Decline', 'Refer someone', 'Keep in touch', 'Ask for details', 'Interested']);
  });

  it('limits and shortens hostile reason lists and skips what is not text', () => {
    const view = createPanelView(document, actions, hooks());
    const reasons = Array.from({ length: 20 }, (_, i) => `Reason ${i}`);
    reasons[0] = 'x'.repeat(10_000);
    view.render({ label: 'spam', score: 3, reasons: [42 as unknown as string, '  ', ...reasons] });
    const items = [...view.element.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(8);
    expect(items[0]!.length).toBeLessThanOrEqual(300);
    expect(items[0]!.endsWith('…')).toBe(true);
    expect(items[1]).toBe('Reason 1');
  });

  it('says the reply went in when the orchestrator gives no message', async () => {
    const panelHooks = hooks();
    const view = createPanelView(document, actions, panelHooks);
    view.render({ label: 'targeted', score: 90, reasons: [] });
    document.body.append(view.element);
    view.element.querySelector<HTMLButtonElement>('[data-action="reply:interested"]')!.click();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(view.element.querySelector('[role="status"]')!.textContent).toBe('Reply inserted: review it and press Send.');
    // A status line makes the panel taller: the badge places it again.
    expect(panelHooks.onResize).toHaveBeenCalled();
  });

  it('gives a dialog name and groups with visible captions', () => {
    const view = createPanelView(document, actions, hooks());
    view.render({ label: 'unsure', score: 48, reasons: ['Too little to go on'] });
    expect(view.element.getAttribute('role')).toBe('dialog');
    expect(view.element.getAttribute('aria-label')).toBe('Recruiter Ally: Unsure, score 48');
    const groups = [...view.element.querySelectorAll('[role="group"]')];
    const names = groups.map((group) => view.element.querySelector(`#${group.getAttribute('aria-labelledby')}`)?.textContent);
    expect(names).toEqual(['Reply', 'How do you want to decline?', 'Reason to give', 'Whom to refer', 'Recruiter', 'This is:']);
  });
});

const VERDICT: BadgeVerdict = { label: 'targeted', score: 88, reasons: ['Names your employer'], recruiterName: 'Dana', recruiterId: 'r-1', trust: 'neutral' };

/** A panel in the document with fake actions that record what the panel asked for. */
function openPanel(overrides: Partial<BadgeActions> = {}, verdict: BadgeVerdict = VERDICT) {
  const actions = {
    reply: vi.fn<BadgeActions['reply']>(async (_kind, options) => ({ ok: true, message: 'Reply inserted: review it and press Send.', language: options.language ?? 'en' })),
    correct: vi.fn<BadgeActions['correct']>(async () => null),
    setTrust: vi.fn<BadgeActions['setTrust']>(async (trust) => ({ ...VERDICT, trust })),
    contacts: vi.fn<BadgeActions['contacts']>(async () => [
      { id: 'c-1', name: 'Lena Vogt', role: 'Platform engineer' },
      { id: 'c-2', name: 'Omar Haddad' },
    ]),
    dismiss: vi.fn<BadgeActions['dismiss']>(async () => true),
    ...overrides,
  };
  const panelHooks = hooks();
  const view = createPanelView(document, actions, panelHooks);
  view.render(verdict);
  view.element.hidden = false;
  document.body.replaceChildren(view.element);
  const el = view.element;
  const action = (name: string): HTMLButtonElement => {
    const found = el.querySelector<HTMLButtonElement>(`[data-action="${name}"]`);
    if (!found) throw new Error(`no control ${name}`);
    return found;
  };
  const shown = (node: Element): boolean => !node.closest('[hidden]');
  const status = (): string => el.querySelector('[role="status"]')!.textContent ?? '';
  const language = el.querySelector<HTMLSelectElement>('select')!;
  return { actions, hooks: panelHooks, el, action, shown, status, language };
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 8; i++) await Promise.resolve();
};

describe('decline chooser', () => {
  it('shows three choices, each saying what it does, and moves focus to the first', () => {
    const { el, action, shown, actions } = openPanel();
    const decline = action('reply:decline');
    expect(decline.getAttribute('aria-expanded')).toBe('false');
    expect(shown(action('decline:door'))).toBe(false);
    decline.click();
    expect(decline.getAttribute('aria-expanded')).toBe('true');
    const chooser = el.querySelector(`#${decline.getAttribute('aria-controls')}`)!;
    expect(chooser.getAttribute('role')).toBe('group');
    const choices = [...chooser.querySelectorAll<HTMLButtonElement>('button.choice')].filter(shown);
    const explained = choices.map((choice) => [choice.textContent, el.querySelector(`#${choice.getAttribute('aria-describedby')}`)?.textContent]);
    expect(explained).toEqual([
      ['Keep the door open', 'A polite no that leaves room for later: pick the reason to give.'],
      ['Close it for this kind of role', 'A firm no: please do not contact me about such roles.'],
      ['Mute the recruiter without replying', 'Nothing is written; the message is set aside and their messages are never marked as targeted.'],
    ]);
    expect(document.activeElement).toBe(choices[0]);
    // Opening the chooser writes nothing yet.
    expect(actions.reply).not.toHaveBeenCalled();
    decline.click();
    expect(shown(action('decline:door'))).toBe(false);
  });

  it('keeps the door open with the reason the candidate picks', async () => {
    const { action, shown, actions, status } = openPanel();
    action('reply:decline').click();
    const reasons = ['not-looking', 'role', 'pay', 'location', 'timing'];
    expect(reasons.some((reason) => shown(action(`decline:${reason}`)))).toBe(false);
    action('decline:door').click();
    expect(action('decline:door').getAttribute('aria-expanded')).toBe('true');
    expect(reasons.map((reason) => [shown(action(`decline:${reason}`)), action(`decline:${reason}`).textContent])).toEqual([
      [true, 'Not looking now'],
      [true, 'The role'],
      [true, 'The pay'],
      [true, 'The location or workplace'],
      [true, 'The timing'],
    ]);
    expect(document.activeElement).toBe(action('decline:not-looking'));
    action('decline:pay').click();
    await settle();
    expect(actions.reply).toHaveBeenCalledTimes(1);
    expect(actions.reply).toHaveBeenLastCalledWith('decline', { declineReason: 'pay' });
    expect(status()).toBe('Reply inserted: review it and press Send.');
  });

  it('closes it for this kind of role with the firm do-not-contact decline', async () => {
    const { action, actions } = openPanel();
    action('reply:decline').click();
    action('decline:do-not-contact').click();
    await settle();
    expect(actions.reply).toHaveBeenLastCalledWith('decline', { declineReason: 'do-not-contact' });
  });

  it('mutes the recruiter and sets the message aside without writing anything', async () => {
    const { action, actions, hooks: panelHooks, status } = openPanel();
    action('reply:decline').click();
    action('decline:mute').click();
    await settle();
    expect(actions.setTrust).toHaveBeenCalledWith('muted');
    expect(actions.dismiss).toHaveBeenCalledTimes(1);
    expect(actions.reply).not.toHaveBeenCalled();
    expect(panelHooks.onVerdict).toHaveBeenCalledWith(expect.objectContaining({ trust: 'muted' }));
    expect(status()).toBe('Recruiter muted and the message set aside. Nothing was written.');
  });

  it('says so when the message could not be set aside', async () => {
    const { action, status, hooks: panelHooks } = openPanel({ dismiss: vi.fn<BadgeActions['dismiss']>(async () => false) });
    action('reply:decline').click();
    action('decline:mute').click();
    await settle();
    expect(status()).toBe('Could not save: please try again.');
    // The mute itself was saved, so the badge shows it.
    expect(panelHooks.onVerdict).toHaveBeenCalledWith(expect.objectContaining({ trust: 'muted' }));
  });

  it('offers no muting when no recruiter is known', () => {
    const { action, shown } = openPanel({}, { ...VERDICT, recruiterId: null });
    action('reply:decline').click();
    expect(shown(action('decline:door'))).toBe(true);
    expect(shown(action('decline:mute'))).toBe(false);
  });
});

describe('reply language', () => {
  it("follows the message's language, then re-drafts the last reply in the language picked", async () => {
    const { action, actions, language } = openPanel();
    expect(language.value).toBe('');
    expect([...language.options].map((o) => o.value)).toEqual(['', 'en', 'es', 'fr', 'de', 'pt']);
    expect(language.labels?.[0]?.textContent ?? document.querySelector(`label[for="${language.id}"]`)?.textContent).toBe('Reply in');
    action('reply:decline').click();
    action('decline:door').click();
    action('decline:pay').click();
    await settle();
    // The worker chose the message's language: the picker shows it.
    expect(actions.reply).toHaveBeenLastCalledWith('decline', { declineReason: 'pay' });
    expect(language.value).toBe('en');
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    await settle();
    expect(actions.reply).toHaveBeenCalledTimes(2);
    expect(actions.reply).toHaveBeenLastCalledWith('decline', { declineReason: 'pay', language: 'es' });
  });

  it('writes the next reply in a language picked before any reply', async () => {
    const { action, actions, language } = openPanel();
    language.value = 'de';
    language.dispatchEvent(new Event('change'));
    await settle();
    expect(actions.reply).not.toHaveBeenCalled();
    action('reply:interested').click();
    await settle();
    expect(actions.reply).toHaveBeenLastCalledWith('interested', { language: 'de' });
  });
});

describe('refer chooser', () => {
  it('lists the referral contacts and names the one picked', async () => {
    const { action, actions, el, shown } = openPanel();
    const refer = action('reply:refer');
    refer.click();
    await settle();
    expect(actions.contacts).toHaveBeenCalledTimes(1);
    expect(refer.getAttribute('aria-expanded')).toBe('true');
    const contacts = [...el.querySelectorAll<HTMLButtonElement>('[data-action^="refer:"]')].filter(shown);
    expect(contacts.map((b) => b.textContent)).toEqual(['Lena Vogt (Platform engineer)', 'Omar Haddad']);
    expect(document.activeElement).toBe(contacts[0]);
    action('refer:c-2').click();
    await settle();
    expect(actions.reply).toHaveBeenLastCalledWith('refer', { contactId: 'c-2' });
  });

  it('sends the candidate to the options page when there is no contact, and writes nothing', async () => {
    const { action, actions, el, shown } = openPanel({ contacts: vi.fn<BadgeActions['contacts']>(async () => []) });
    action('reply:refer').click();
    await settle();
    const note = [...el.querySelectorAll('p')].find((p) => shown(p) && p.textContent?.includes('options page'));
    expect(note?.textContent).toBe('No referral contacts yet: add one in the Recruiter Ally options page.');
    expect(actions.reply).not.toHaveBeenCalled();
  });

  it('says so when the contacts could not be read', async () => {
    const { action, status, actions } = openPanel({ contacts: vi.fn<BadgeActions['contacts']>(async () => null) });
    action('reply:refer').click();
    await settle();
    expect(status()).toBe('Something went wrong: please try again.');
    expect(action('reply:refer').getAttribute('aria-expanded')).toBe('false');
    expect(actions.reply).not.toHaveBeenCalled();
  });
});

describe('panel strings', () => {
  afterEach(() => {
    delete (globalThis as { chrome?: unknown }).chrome;
  });

  it("come from the extension's _locales in the browser's language", () => {
    (globalThis as { chrome?: unknown }).chrome = {
      i18n: { getMessage: (key: string) => ({ ...COMMON, ...CONTENT } as Record<string, { de: string }>)[key]?.de ?? '' },
    };
    const { action, el } = openPanel();
    expect(action('reply:decline').textContent).toBe('Absagen');
    expect(action('decline:door').textContent).toBe('Die Tür offen lassen');
    expect(action('close').textContent).toBe('Schließen');
    expect(el.getAttribute('aria-label')).toBe('Recruiter Ally: Gezielt, Punktzahl 88');
  });
});
