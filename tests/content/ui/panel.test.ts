// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createPanelView, displayScore, placePanel, REPLY_BUTTONS, type BadgeActions, type PanelHooks } from '../../../src/content/ui/panel';

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
  };

  it('offers the five replies in the order of the issue', () => {
    expect(REPLY_BUTTONS.map(([, text]) => text)).toEqual(['Decline', 'Refer someone', 'Keep in touch', 'Ask for details', 'Interested']);
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
    expect(view.element.getAttribute('aria-label')).toBe('Recruiter Ally: unsure, score 48');
    const groups = [...view.element.querySelectorAll('[role="group"]')];
    const names = groups.map((group) => view.element.querySelector(`#${group.getAttribute('aria-labelledby')}`)?.textContent);
    expect(names).toEqual(['Reply', 'Recruiter', 'This is:']);
  });
});
