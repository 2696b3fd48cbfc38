// Styles of the in-page badge and panel, kept inside their shadow root so the site's CSS cannot
// reach in and ours cannot leak out. Colours come in a light and a dark set; which one applies is
// decided from the page itself (see detectScheme), written as data-scheme on the shadow container.
// One rule per line and no spaces: the stylesheet ships inside the content script, whose size counts.

export type Scheme = 'light' | 'dark';

export const BADGE_CSS = `
.ra{--ra-bg:#fff;--ra-fg:#1f2328;--ra-muted:#59636e;--ra-border:#d1d9e0;--ra-button-bg:#f6f8fa;--ra-button-hover:#eaeef2;--ra-focus:#0969da;--ra-shadow:0 6px 20px rgba(31,35,40,0.18);--ra-targeted:#1a7f37;--ra-targeted-bg:#dafbe1;--ra-unsure:#9a6700;--ra-unsure-bg:#fff8c5;--ra-spam:#cf222e;--ra-spam-bg:#ffebe9;color-scheme:light;font:12px/1.35 system-ui,sans-serif;color:var(--ra-fg);text-align:start;white-space:normal}
.ra[data-scheme="dark"]{--ra-bg:#1f242b;--ra-fg:#e6edf3;--ra-muted:#9198a1;--ra-border:#3d444d;--ra-button-bg:#2a313a;--ra-button-hover:#353d47;--ra-focus:#4493f8;--ra-shadow:0 6px 20px rgba(0,0,0,0.55);--ra-targeted:#3fb950;--ra-targeted-bg:#12261e;--ra-unsure:#d29922;--ra-unsure-bg:#2b2111;--ra-spam:#f85149;--ra-spam-bg:#2d1517;color-scheme:dark}
[data-label="targeted"]{--ra-tone:var(--ra-targeted);--ra-tone-bg:var(--ra-targeted-bg)}
[data-label="unsure"]{--ra-tone:var(--ra-unsure);--ra-tone-bg:var(--ra-unsure-bg)}
[data-label="spam"]{--ra-tone:var(--ra-spam);--ra-tone-bg:var(--ra-spam-bg)}
[hidden]{display:none !important}
button{font:inherit;color:inherit;margin:0;cursor:pointer}
button:focus-visible,select:focus-visible,.panel:focus-visible{outline:2px solid var(--ra-focus);outline-offset:1px}
.badge{display:inline-flex;align-items:center;gap:4px;box-sizing:border-box;margin:0 4px;padding:0 6px;height:18px;border:1px solid var(--ra-tone,var(--ra-border));border-radius:9px;background:var(--ra-tone-bg,var(--ra-button-bg));font-size:12px;font-weight:600;line-height:16px;white-space:nowrap;vertical-align:middle}
.dot{display:inline-block;flex:none;width:8px;height:8px;border-radius:50%;background:var(--ra-tone,var(--ra-muted))}
.panel{position:fixed;inset:auto;top:0;left:0;z-index:2147483647;box-sizing:border-box;width:300px;max-width:calc(100vw - 16px);max-height:calc(100vh - 16px);overflow:auto;margin:0;padding:10px 12px;border:1px solid var(--ra-border);border-radius:8px;background:var(--ra-bg);color:var(--ra-fg);box-shadow:var(--ra-shadow);font-weight:400}
.head{display:flex;align-items:center;gap:6px;margin:0 0 6px;font-weight:600}
.who{color:var(--ra-muted);font-weight:400;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.caption{display:block;margin:8px 0 4px;color:var(--ra-muted);font-size:11px;font-weight:600}
.reasons{margin:0;padding:0 0 0 18px;overflow-wrap:anywhere}
.reasons li{margin:0 0 2px}
.empty{margin:0;color:var(--ra-muted)}
.row{display:flex;flex-wrap:wrap;gap:4px}
.row button,.choice,.close,select{padding:3px 8px;border:1px solid var(--ra-border);border-radius:6px;background:var(--ra-button-bg)}
.row button:hover,.choice:hover,.close:hover{background:var(--ra-button-hover)}
select{font:inherit;color:inherit;padding:2px 4px}
.sub{margin:6px 0 0;padding:0 8px 6px;border:1px solid var(--ra-border);border-radius:6px}
.opt{margin:6px 0 0}
.choice{display:block;width:100%;text-align:start;font-weight:600}
.hint{display:block;margin:2px 0 0;color:var(--ra-muted)}
.lang{display:flex;align-items:center;gap:6px;margin:8px 0 0}
.lang .caption{margin:0}
.row button[aria-pressed="true"]{border-color:var(--ra-fg);font-weight:600}
[aria-disabled="true"]{opacity:0.6;cursor:progress}
.trust-state{margin:0 0 4px;color:var(--ra-muted)}
.status{margin:8px 0 0;min-height:1em;overflow-wrap:anywhere}
.status:empty{margin:0;min-height:0}
.foot{display:flex;justify-content:flex-end;margin:8px 0 0}
@media (forced-colors:active){.dot{forced-color-adjust:none}.badge,.panel,.row button,.choice,.close,select,.sub{border-color:CanvasText}}
`;

const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Puts the styles into the shadow root: one constructed stylesheet shared by every badge of the
 * document where the browser lets a content script adopt it (Firefox content scripts may not), a
 * <style> element otherwise. Constructed sheets also sidestep the page's style-src CSP.
 */
export function applyStyles(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  try {
    const View = doc.defaultView;
    if (View && 'adoptedStyleSheets' in root && typeof View.CSSStyleSheet === 'function') {
      let sheet = sheets.get(doc);
      if (!sheet) {
        sheet = new View.CSSStyleSheet();
        sheet.replaceSync(BADGE_CSS);
        sheets.set(doc, sheet);
      }
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  root.prepend(style);
}

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses the colours getComputedStyle returns: rgb()/rgba() and color(srgb …); null otherwise. */
export function parseColor(value: string): Rgba | null {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  let match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(text);
  if (match) {
    return { r: Number(match[1]) / 255, g: Number(match[2]) / 255, b: Number(match[3]) / 255, a: alpha(match[4]) };
  }
  match = /^color\(\s*srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*(?:\/\s*([\d.]+%?)\s*)?\)$/.exec(text);
  if (match) return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha(match[4]) };
  return null;
}

function alpha(text: string | undefined): number {
  if (text == null) return 1;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(color: Rgba): number {
  const channel = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b);
}

// Enough to climb from a message header to <html> on all three sites; bounds the style lookups.
const MAX_ANCESTORS = 40;

/**
 * Light or dark, as the page around `anchor` looks: the first opaque background behind it, then
 * the page's declared color-scheme, then its text colour, then the system preference (only when
 * the page may follow it: a page declaring nothing paints a white canvas whatever the system says).
 */
export function detectScheme(anchor: Element): Scheme {
  try {
    const doc = anchor.ownerDocument;
    const view = doc.defaultView;
    if (!view) return 'light';
    let element: Element | null = anchor;
    for (let depth = 0; element && depth < MAX_ANCESTORS; depth++) {
      const background = parseColor(view.getComputedStyle(element).backgroundColor || '');
      if (background && background.a >= 0.5) return luminance(background) < 0.4 ? 'dark' : 'light';
      element = element.parentElement;
    }
    const declared = (view.getComputedStyle(doc.documentElement).colorScheme || '').toLowerCase();
    const light = declared.includes('light');
    const dark = declared.includes('dark');
    if (dark && !light) return 'dark';
    if (light && !dark) return 'light';
    const text = parseColor(view.getComputedStyle(anchor).color || '');
    if (text && text.a >= 0.5) {
      const l = luminance(text);
      if (l > 0.6) return 'dark';
      if (l < 0.2) return 'light';
    }
    if (declared === 'normal') return 'light';
    return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}
