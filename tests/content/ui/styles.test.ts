// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyStyles, BADGE_CSS, detectScheme, luminance, parseColor } from '../../../src/content/ui/styles';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Computed styles as a page would report them, per element. */
function fakeStyles(styles: Map<Element, Partial<CSSStyleDeclaration>>, fallback: Partial<CSSStyleDeclaration> = {}): void {
  vi.spyOn(window, 'getComputedStyle').mockImplementation(
    (element: Element) => ({ backgroundColor: 'rgba(0, 0, 0, 0)', color: '', colorScheme: 'normal', ...fallback, ...styles.get(element) }) as CSSStyleDeclaration,
  );
}

function fakeSystem(dark: boolean): void {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({ matches: dark && query.includes('dark'), media: query }) as MediaQueryList);
}

function nested(): { outer: HTMLElement; anchor: HTMLElement } {
  const outer = document.createElement('div');
  const anchor = document.createElement('span');
  outer.append(anchor);
  document.body.append(outer);
  return { outer, anchor };
}

describe('parseColor and luminance', () => {
  it('reads the forms getComputedStyle returns', () => {
    expect(parseColor('rgb(255, 255, 255)')).toEqual({ r: 1, g: 1, b: 1, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgb(32 33 36 / 50%)')?.a).toBe(0.5);
    expect(parseColor('color(srgb 0.1 0.2 0.3 / 0.9)')).toEqual({ r: 0.1, g: 0.2, b: 0.3, a: 0.9 });
    expect(parseColor('transparent')?.a).toBe(0);
    expect(parseColor('oklch(0.3 0.1 200)')).toBeNull();
    expect(parseColor('')).toBeNull();
  });

  it('gives white 1 and black 0', () => {
    expect(luminance({ r: 1, g: 1, b: 1, a: 1 })).toBeCloseTo(1);
    expect(luminance({ r: 0, g: 0, b: 0, a: 1 })).toBe(0);
  });
});

describe('detectScheme', () => {
  it('follows the first opaque background behind the anchor', () => {
    const { outer, anchor } = nested();
    fakeStyles(new Map([[outer, { backgroundColor: 'rgb(32, 33, 36)' }]]));
    fakeSystem(false);
    expect(detectScheme(anchor)).toBe('dark');
    fakeStyles(new Map([[outer, { backgroundColor: 'rgb(255, 255, 255)' }]]), { colorScheme: 'dark' });
    fakeSystem(true);
    expect(detectScheme(anchor)).toBe('light');
  });

  it('skips translucent backgrounds', () => {
    const { outer, anchor } = nested();
    fakeStyles(new Map<Element, Partial<CSSStyleDeclaration>>([
      [anchor, { backgroundColor: 'rgba(255, 255, 255, 0.1)' }],
      [outer, { backgroundColor: 'rgb(20, 20, 20)' }],
    ]));
    expect(detectScheme(anchor)).toBe('dark');
  });

  it('takes a page that declares only dark or only light at its word', () => {
    const { anchor } = nested();
    fakeSystem(false);
    fakeStyles(new Map([[document.documentElement, { colorScheme: 'dark' }]]));
    expect(detectScheme(anchor)).toBe('dark');
    fakeSystem(true);
    fakeStyles(new Map([[document.documentElement, { colorScheme: 'only light' }]]));
    expect(detectScheme(anchor)).toBe('light');
  });

  it('reads light text as a dark page', () => {
    const { anchor } = nested();
    fakeSystem(false);
    fakeStyles(new Map([[anchor, { color: 'rgb(232, 234, 237)' }]]));
    expect(detectScheme(anchor)).toBe('dark');
  });

  it('follows the system only when the page lets it', () => {
    const { anchor } = nested();
    fakeSystem(true);
    fakeStyles(new Map([[document.documentElement, { colorScheme: 'light dark' }]]));
    expect(detectScheme(anchor)).toBe('dark');
    // A page that declares nothing paints a white canvas whatever the system prefers.
    fakeStyles(new Map([[document.documentElement, { colorScheme: 'normal' }]]));
    expect(detectScheme(anchor)).toBe('light');
    fakeSystem(false);
    fakeStyles(new Map([[document.documentElement, { colorScheme: 'light dark' }]]));
    expect(detectScheme(anchor)).toBe('light');
  });

  it('falls back to light when styles cannot be read', () => {
    const { anchor } = nested();
    vi.spyOn(window, 'getComputedStyle').mockImplementation(() => {
      throw new Error('detached');
    });
    expect(detectScheme(anchor)).toBe('light');
  });
});

describe('applyStyles', () => {
  it('adopts one constructed sheet shared by every badge of the document', () => {
    const a = document.createElement('span').attachShadow({ mode: 'open' });
    const b = document.createElement('span').attachShadow({ mode: 'open' });
    applyStyles(a);
    applyStyles(b);
    expect(a.adoptedStyleSheets).toHaveLength(1);
    expect(a.adoptedStyleSheets[0]).toBe(b.adoptedStyleSheets[0]);
    expect(a.querySelector('style')).toBeNull();
  });

  it('falls back to a <style> element filled with textContent where adoption is refused', () => {
    const root = document.createElement('span').attachShadow({ mode: 'open' });
    Object.defineProperty(root, 'adoptedStyleSheets', {
      get: () => [],
      set: () => {
        throw new TypeError('Sharing constructed stylesheets in multiple documents is not allowed');
      },
    });
    applyStyles(root);
    const style = root.querySelector('style');
    expect(style?.textContent).toBe(BADGE_CSS);
  });

  it('colours each label and both schemes, with a system font at 12px', () => {
    for (const text of ['[data-label="targeted"]', '[data-label="unsure"]', '[data-label="spam"]', '[data-scheme="dark"]', 'system-ui', '12px', 'z-index:2147483647']) {
      expect(BADGE_CSS).toContain(text);
    }
  });
});
