// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyToClipboard, insertReply } from '../../../src/content/ui/insert-text';

const REPLY = 'Hi Dana,\n\nThank you for thinking of me. I am happy where I am.\n\nBest, Sam';

type Exec = (command: string, showUi?: boolean, value?: string) => boolean;
const doc = document as unknown as { execCommand?: Exec };

beforeEach(() => {
  document.body.replaceChildren();
});

afterEach(() => {
  delete doc.execCommand;
  vi.restoreAllMocks();
});

/** LinkedIn's reply form: an empty box holds <p><br></p>; Send is disabled until input arrives. */
function linkedInForm(): { box: HTMLElement; send: HTMLButtonElement; inputs: InputEvent[] } {
  const form = document.createElement('form');
  form.className = 'msg-form';
  const box = document.createElement('div');
  box.setAttribute('contenteditable', 'true');
  box.setAttribute('role', 'textbox');
  const p = document.createElement('p');
  p.append(document.createElement('br'));
  box.append(p);
  const send = document.createElement('button');
  send.type = 'submit';
  send.disabled = true;
  form.append(box, send);
  document.body.append(form);
  const inputs: InputEvent[] = [];
  box.addEventListener('input', (event) => {
    inputs.push(event as InputEvent);
    send.disabled = (box.textContent ?? '').trim() === '';
  });
  return { box, send, inputs };
}

describe('insertReply, the fallback path (no execCommand)', () => {
  it('replaces its own earlier draft, left untouched, instead of adding a second reply', async () => {
    const { box, inputs } = linkedInForm();
    expect(await insertReply(box, REPLY)).toBe(true);
    const SPANISH = 'Hola Dana:\n\nGracias por pensar en mí.\n\nSaludos, Sam';
    expect(await insertReply(box, SPANISH, REPLY)).toBe(true);
    expect(box.textContent).toBe(SPANISH.replace(/\n/g, ''));
    expect(inputs).toHaveLength(2);
  });

  it('keeps what the candidate typed into the earlier draft and adds the new one after it', async () => {
    const { box } = linkedInForm();
    await insertReply(box, REPLY);
    box.lastElementChild!.append(document.createTextNode(' P.S. Call me.'));
    expect(await insertReply(box, 'Hola Dana', REPLY)).toBe(true);
    expect(box.textContent).toContain('P.S. Call me.');
    expect(box.textContent).toContain('Hola Dana');
  });

  it('fills the empty box with one paragraph a line and fires an input event as typing does', async () => {
    const { box, send, inputs } = linkedInForm();
    const clicked = vi.fn<() => void>();
    send.addEventListener('click', clicked);
    expect(await insertReply(box, REPLY)).toBe(true);
    expect([...box.children].map((child) => [child.tagName, child.textContent])).toEqual([
      ['P', 'Hi Dana,'],
      ['P', ''],
      ['P', 'Thank you for thinking of me. I am happy where I am.'],
      ['P', ''],
      ['P', 'Best, Sam'],
    ]);
    expect(box.children[1]!.firstElementChild?.tagName).toBe('BR');
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.inputType).toBe('insertText');
    expect(inputs[0]!.data).toBe(REPLY);
    expect(inputs[0]!.bubbles).toBe(true);
    expect(send.disabled).toBe(false);
    expect(document.activeElement).toBe(box);
    // It never sends.
    expect(clicked).not.toHaveBeenCalled();
  });

  it('leaves the caret after the reply', async () => {
    const { box } = linkedInForm();
    await insertReply(box, 'One\nTwo');
    const range = document.getSelection()!.getRangeAt(0);
    expect(range.collapsed).toBe(true);
    expect(range.startContainer).toBe(box.lastElementChild);
  });

  it('keeps markup in the reply as literal text', async () => {
    const { box } = linkedInForm();
    expect(await insertReply(box, 'Hello <img src=x onerror=alert(1)> there')).toBe(true);
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toBe('Hello <img src=x onerror=alert(1)> there');
  });

  it("puts the reply into Gmail's blank first line, above the signature, in the editor's own blocks", async () => {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    const blank = document.createElement('div');
    blank.append(document.createElement('br'));
    const signature = document.createElement('div');
    signature.className = 'gmail_signature';
    signature.textContent = '-- Sam Lee, Berlin';
    box.append(blank, signature);
    document.body.append(box);
    expect(await insertReply(box, 'Thanks!\nSam')).toBe(true);
    expect([...box.children].map((child) => [child.tagName, child.textContent])).toEqual([
      ['DIV', 'Thanks!'],
      ['DIV', 'Sam'],
      ['DIV', '-- Sam Lee, Berlin'],
    ]);
  });

  it('adds after text already in the box', async () => {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.append(document.createTextNode('Draft so far'));
    document.body.append(box);
    expect(await insertReply(box, 'More')).toBe(true);
    expect(box.firstChild?.nodeValue).toBe('Draft so far');
    expect(box.lastElementChild?.textContent).toBe('More');
  });

  it('fills a box with no blocks at all', async () => {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.append(document.createElement('br'));
    document.body.append(box);
    expect(await insertReply(box, 'Hello')).toBe(true);
    expect(box.innerHTML).toBe('<p>Hello</p>');
  });

  it('refuses a box that is no longer in the page, and empty text', async () => {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    expect(await insertReply(box, 'Hello')).toBe(false);
    const { box: attached } = linkedInForm();
    expect(await insertReply(attached, '')).toBe(false);
  });
});

describe('insertReply with execCommand', () => {
  it('types through insertText at the caret and adds nothing more', async () => {
    const { box, inputs } = linkedInForm();
    const exec = vi.fn<Exec>((command, _ui, value) => {
      // What a browser does: text at the caret, then beforeinput/input from the editing command.
      const range = document.getSelection()!.getRangeAt(0);
      range.insertNode(document.createTextNode(value ?? ''));
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value ?? null }));
      return command === 'insertText';
    });
    doc.execCommand = exec;
    expect(await insertReply(box, 'Hello Dana')).toBe(true);
    expect(exec).toHaveBeenCalledWith('insertText', false, 'Hello Dana');
    // The caret was inside the placeholder paragraph.
    expect(box.firstElementChild?.tagName).toBe('P');
    expect(box.firstElementChild?.textContent).toBe('Hello Dana');
    expect(inputs).toHaveLength(1);
    expect(box.textContent).toBe('Hello Dana');
  });

  it('falls back when the command is refused, throws or changes nothing', async () => {
    for (const exec of [vi.fn<Exec>(() => false), vi.fn<Exec>(() => true), vi.fn<Exec>(() => { throw new Error('denied'); })]) {
      document.body.replaceChildren();
      const { box, inputs } = linkedInForm();
      doc.execCommand = exec;
      expect(await insertReply(box, 'Hello Dana')).toBe(true);
      expect(box.textContent).toBe('Hello Dana');
      expect(inputs).toHaveLength(1);
    }
  });
});

describe('copyToClipboard', () => {
  it('uses the Clipboard API', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(async () => undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    expect(await copyToClipboard('Hello')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('Hello');
  });

  it('falls back to a hidden textarea and copy, then gives focus back', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: vi.fn<(text: string) => Promise<void>>(async () => Promise.reject(new Error('no activation'))) } as unknown as Clipboard);
    const { box } = linkedInForm();
    box.focus();
    let copied = '';
    doc.execCommand = vi.fn<Exec>((command) => {
      const area = document.activeElement as HTMLTextAreaElement;
      copied = area.value;
      return command === 'copy';
    });
    expect(await copyToClipboard('Hello')).toBe(true);
    expect(copied).toBe('Hello');
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(box);
  });

  it('says false when nothing can copy', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    expect(await copyToClipboard('Hello')).toBe(false);
  });
});
