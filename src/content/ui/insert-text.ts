// Puts a drafted reply into the site's own reply box as if the candidate had typed it, so the
// site's editor state follows (LinkedIn enables Send only after input events). Never sends.

// Blocks an editor uses for a line; an empty one (<p><br></p>) is the box's placeholder line.
const LINE_BLOCKS = new Set(['P', 'DIV']);

interface Target {
  /** The empty line the caret was put into, replaced by the reply on the fallback path. */
  placeholder: HTMLElement | null;
  /** The box already held text and the reply goes after it. */
  atEnd: boolean;
}

/**
 * Types `text` into a contenteditable reply box: focus, caret into its empty first line (or at the
 * end of what is there), then execCommand('insertText'), which fires beforeinput and input as
 * typing does. Where that is refused or changes nothing, inserts paragraphs of text nodes and
 * fires an input event. When the box holds exactly `replacing` (our previous draft, untouched),
 * the new text takes its place instead. True when the box now holds the text.
 */
export async function insertReply(box: HTMLElement, text: string, replacing = ''): Promise<boolean> {
  try {
    if (!box.isConnected || !text) return false;
    const doc = box.ownerDocument;
    box.focus();
    const target = replacing && squash(box.textContent ?? '') === squash(replacing) ? selectAll(box) : placeCaret(box);
    const before = box.textContent ?? '';
    let typed = false;
    try {
      // Deprecated but still the only way to type into a foreign editor with its undo and events.
      typed = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, target.atEnd ? `\n${text}` : text);
    } catch {
      typed = false;
    }
    if (!typed || (box.textContent ?? '') === before) insertLines(box, text, target);
    return containsText(box, text);
  } catch {
    return false;
  }
}

function isEmptyLine(node: Element): node is HTMLElement {
  return LINE_BLOCKS.has(node.tagName) && (node.textContent ?? '').trim() === '' && !node.querySelector('img, table, iframe');
}

/** The box's first element when no text comes before it. */
function firstLine(box: HTMLElement): Element | null {
  for (let node = box.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) return node as Element;
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return null;
  }
  return null;
}

function placeCaret(box: HTMLElement): Target {
  const doc = box.ownerDocument;
  const empty = (box.textContent ?? '').trim() === '';
  const first = firstLine(box);
  // An empty first line: LinkedIn's <p><br></p>, Gmail's blank line above the signature.
  const placeholder = first && isEmptyLine(first) ? first : null;
  const atEnd = !empty && !placeholder;
  const selection = doc.getSelection();
  if (selection) {
    const range = doc.createRange();
    if (placeholder) {
      range.setStart(placeholder, 0);
      range.collapse(true);
    } else {
      range.selectNodeContents(box);
      range.collapse(!atEnd);
    }
    selection.removeAllRanges();
    selection.addRange(range);
  }
  return { placeholder, atEnd };
}

/** Selects everything in the box, so typing replaces it. */
function selectAll(box: HTMLElement): Target {
  const selection = box.ownerDocument.getSelection();
  if (selection) {
    const range = box.ownerDocument.createRange();
    range.selectNodeContents(box);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  return { placeholder: null, atEnd: false };
}

function insertLines(box: HTMLElement, text: string, target: Target): void {
  const doc = box.ownerDocument;
  const tag = target.placeholder?.tagName === 'DIV' ? 'div' : 'p';
  const lines = text.split(/\r\n|\r|\n/);
  const blocks = lines.map((line) => {
    const block = doc.createElement(tag);
    // An empty line still needs a <br> to take up a line in an editor.
    block.append(line ? doc.createTextNode(line) : doc.createElement('br'));
    return block;
  });
  if (target.placeholder) target.placeholder.replaceWith(...blocks);
  else if (!target.atEnd) box.replaceChildren(...blocks);
  else box.append(...blocks);

  const last = blocks.at(-1);
  const selection = doc.getSelection();
  if (last && selection) {
    const range = doc.createRange();
    range.selectNodeContents(last);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

/** Whether the box's text holds `text`, ignoring how the editor laid out whitespace and lines. */
function containsText(box: HTMLElement, text: string): boolean {
  return squash(box.textContent ?? '').includes(squash(text));
}

const squash = (value: string): string => value.replace(/\s+/g, '');

/** Copies text to the clipboard: the async Clipboard API, else a hidden textarea and copy. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no user activation, no focus): try the old way.
  }
  try {
    return legacyCopy(text);
  } catch {
    return false;
  }
}

function legacyCopy(text: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false;
  const doc = document;
  const active = doc.activeElement;
  const selection = doc.getSelection();
  const saved = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.tabIndex = -1;
  area.setAttribute('aria-hidden', 'true');
  for (const [name, value] of [
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['width', '1px'],
    ['height', '1px'],
    ['opacity', '0'],
    ['pointer-events', 'none'],
  ] as const) {
    area.style.setProperty(name, value, 'important');
  }
  (doc.body ?? doc.documentElement).append(area);
  let copied = false;
  try {
    area.focus({ preventScroll: true });
    area.select();
    copied = doc.execCommand('copy');
  } finally {
    area.remove();
    // Give the page back its focus and selection, e.g. the caret in the reply box.
    if (active && typeof (active as HTMLElement).focus === 'function') (active as HTMLElement).focus({ preventScroll: true });
    if (saved && selection) {
      selection.removeAllRanges();
      selection.addRange(saved);
    }
  }
  return copied;
}
