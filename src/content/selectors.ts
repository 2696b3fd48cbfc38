import type { SelectorEntry } from './site-adapter';

/** The first element the entry's selectors find, trying fallbacks in order. */
export function queryEntry(scope: ParentNode, entry: SelectorEntry): HTMLElement | null {
  for (const css of entry.css) {
    const found = scope.querySelector<HTMLElement>(css);
    if (found) return found;
  }
  return null;
}

/** Every element the first matching selector of the entry finds. */
export function queryAllEntry(scope: ParentNode, entry: SelectorEntry): HTMLElement[] {
  for (const css of entry.css) {
    const found = scope.querySelectorAll<HTMLElement>(css);
    if (found.length) return [...found];
  }
  return [];
}

/** The nearest ancestor (or the element itself) that the entry's selectors find, trying fallbacks in order. */
export function closestEntry(element: Element, entry: SelectorEntry): HTMLElement | null {
  for (const css of entry.css) {
    const found = element.closest<HTMLElement>(css);
    if (found) return found;
  }
  return null;
}

/** Whether `element` itself matches the entry (for subtrees a mutation added). */
export function matchesEntry(element: Element, entry: SelectorEntry): boolean {
  return entry.css.some((css) => element.matches(css));
}

/** Elements matching the entry within `scope`, including `scope` itself when it matches. */
export function findWithin(scope: ParentNode, entry: SelectorEntry): HTMLElement[] {
  const found = queryAllEntry(scope, entry);
  if (scope instanceof HTMLElement && matchesEntry(scope, entry) && !found.includes(scope)) found.unshift(scope);
  return found;
}

/** Visible text of an element, whitespace folded, without hidden helper text. */
export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'SECTION', 'ARTICLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * The text of a message body with its line breaks, as a reader sees it: blocks and <br> start new
 * lines, scripts and styles are skipped, `skip` drops parts like quoted earlier mail. Bounded by
 * `maxChars` so a hostile 5 MB message costs no more than its first part.
 */
export function blockText(
  root: Element,
  skip?: (element: Element) => boolean,
  maxChars = 100_000,
  /** Newlines in text are line breaks, as under `white-space: pre-line` (LinkedIn's message bodies). */
  preLine = false,
): string {
  const parts: string[] = [];
  let length = 0;
  // Iterative, so a hostile page nested ten thousand levels deep cannot overflow the stack.
  const stack: (Node | '\n')[] = [root];
  while (stack.length && length < maxChars) {
    const node = stack.pop()!;
    if (node === '\n') {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      // Cut to the remaining budget first: one 5 MB text node costs only what is kept.
      const raw = (node.nodeValue ?? '').slice(0, maxChars - length + 1);
      const text = preLine ? raw.replace(/\r\n?/g, '\n').replace(/[ \t\f\u00a0]+/g, ' ') : raw.replace(/[ \t\r\n\f]+/g, ' ');
      parts.push(text);
      length += text.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (SKIP.has(element.tagName) || skip?.(element)) continue;
    if (element.tagName === 'BR') {
      parts.push('\n');
      continue;
    }
    const block = BLOCKS.has(element.tagName) && element !== root;
    if (block) {
      parts.push('\n');
      stack.push('\n');
    }
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, maxChars);
}
