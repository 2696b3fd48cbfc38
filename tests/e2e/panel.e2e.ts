import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KATRIN } from '../fixtures/profiles';
import { launchExtension, openFixture, saveProfile, type Extension } from './harness';

// The badge's panel lives in a closed shadow root, which page selectors cannot enter. These tests
// read it through the DevTools protocol (DOM.getDocument with pierce reaches closed roots) and act
// on it as a person would: real mouse clicks at the controls' boxes and real key presses.

const BADGE = '[data-recruiter-ally-ui]';
const BOX = 'div.msg-form__contenteditable';

interface DomNode {
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

interface Control {
  backendNodeId: number;
  tag: string;
  text: string;
}

function attribute(node: DomNode, name: string): string | null {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1] ?? '';
  return null;
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The panel that is open now (no hidden attribute), anywhere in the page's shadow roots. */
function findOpenPanel(node: DomNode): DomNode | null {
  if (node.nodeType === 1 && attribute(node, 'role') === 'dialog' && attribute(node, 'class') === 'panel' && attribute(node, 'hidden') === null) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findOpenPanel(child);
    if (found) return found;
  }
  return null;
}

/** Every control of the open panel by its data-action, with its text, shown or hidden. */
async function panelControls(cdp: CDPSession): Promise<{ controls: Map<string, Control>; text: string; label: string }> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const panel = findOpenPanel(root);
  if (!panel) throw new Error('No open panel in the page.');
  const controls = new Map<string, Control>();
  const walk = (node: DomNode): void => {
    const action = node.nodeType === 1 ? attribute(node, 'data-action') : null;
    if (action) controls.set(action, { backendNodeId: node.backendNodeId, tag: node.nodeName, text: textOf(node) });
    for (const child of node.children ?? []) walk(child);
  };
  walk(panel);
  return { controls, text: textOf(panel), label: attribute(panel, 'aria-label') ?? '' };
}

async function control(cdp: CDPSession, action: string): Promise<Control> {
  const found = (await panelControls(cdp)).controls.get(action);
  if (!found) throw new Error(`The open panel has no control "${action}".`);
  return found;
}

/** A real mouse click in the middle of a panel control. */
async function click(page: Page, cdp: CDPSession, action: string): Promise<void> {
  const { backendNodeId } = await control(cdp, action);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** What the element behind `backendNodeId` answers to `fn` (run on the element in its world). */
async function read<T>(cdp: CDPSession, backendNodeId: number, fn: string): Promise<T> {
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
  const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true })) as {
    result: { value: T };
  };
  return result.value;
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[data-recruiter-ally]').length >= 10, undefined, { timeout: 15_000 });
  await page.waitForTimeout(300);
}

async function openLastThreadPanel(extension: Extension): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await openFixture(extension, 'linkedinMessaging');
  await settled(page);
  await page.locator(`.msg-s-message-list-content ${BADGE}`).last().click();
  const cdp = await extension.context.newCDPSession(page);
  await cdp.send('DOM.enable');
  return { page, cdp };
}

describe('the panel in a LinkedIn thread', () => {
  let extension: Extension;
  beforeAll(async () => {
    extension = await launchExtension();
    await saveProfile(extension, KATRIN);
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('declines about the pay, then in Spanish: the box holds one Spanish decline about pay and Send is enabled', async () => {
    const { page, cdp } = await openLastThreadPanel(extension);
    const send = page.locator('button.msg-form__send-button');
    expect(await send.isDisabled()).toBe(true);

    await click(page, cdp, 'reply:decline');
    const { controls, text } = await panelControls(cdp);
    expect(controls.get('decline:door')?.text).toBe('Keep the door open');
    expect(controls.get('decline:do-not-contact')?.text).toBe('Close it for this kind of role');
    expect(controls.get('decline:mute')?.text).toBe('Mute the recruiter without replying');
    expect(text).toContain('A firm no: please do not contact me about such roles.');

    await click(page, cdp, 'decline:door');
    expect((await control(cdp, 'decline:pay')).text).toBe('The pay');
    await click(page, cdp, 'decline:pay');
    await page.waitForFunction((box) => (document.querySelector(box)?.textContent ?? '').length > 20, BOX);
    const english = await page.locator(BOX).innerText();
    const englishText = (await page.locator(BOX).textContent()) ?? '';

    // The language picker: focused, then changed with the arrow keys as a keyboard user would.
    const picker = await control(cdp, 'language');
    expect(picker.tag).toBe('SELECT');
    await cdp.send('DOM.focus', { backendNodeId: picker.backendNodeId });
    for (let i = 0; i < 6 && (await read<string>(cdp, picker.backendNodeId, 'function () { return this.value; }')) !== 'es'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await read<string>(cdp, picker.backendNodeId, 'function () { return this.value; }')).toBe('es');
    await page.waitForFunction(([box, before]) => (document.querySelector(box)?.textContent ?? '') !== before, [BOX, englishText] as const);
    await page.waitForTimeout(200);
    const spanish = await page.locator(BOX).innerText();
    expect(spanish).not.toBe(english);
    // Spanish, about pay, and the English draft replaced rather than kept above it.
    expect(spanish).toMatch(/Hola|Gracias/);
    expect(spanish).toMatch(/salari|remuneraci|sueldo/i);
    expect(spanish).not.toContain(english.split('\n')[0]!);
    expect(await send.isEnabled()).toBe(true);
    // Nothing was sent: the thread still ends with the recruiter's message.
    expect(await page.locator('li.msg-s-message-list__event').count()).toBe(4);
    await cdp.detach();
    await page.close();
  });

  it('mutes without replying: nothing goes into the box', async () => {
    const { page, cdp } = await openLastThreadPanel(extension);
    await click(page, cdp, 'reply:decline');
    await click(page, cdp, 'decline:mute');
    await expect.poll(async () => (await panelControls(cdp)).text, { timeout: 5000 }).toMatch(/Nothing was written|Could not save/);
    expect((await panelControls(cdp)).text).toContain('Recruiter muted and the message set aside. Nothing was written.');
    expect((await page.locator(BOX).textContent())?.trim()).toBe('');
    await cdp.detach();
    await page.close();
  });
});

describe('the panel in German', () => {
  let extension: Extension;
  beforeAll(async () => {
    extension = await launchExtension({ args: ['--lang=de'] });
    await saveProfile(extension, KATRIN);
  });
  afterAll(async () => {
    await extension?.close();
  });

  it("takes its labels from the extension's _locales in the browser's language", async () => {
    const { page, cdp } = await openLastThreadPanel(extension);
    await click(page, cdp, 'reply:decline');
    const { controls, label } = await panelControls(cdp);
    expect(controls.get('reply:decline')?.text).toBe('Absagen');
    expect(controls.get('reply:keep-in-touch')?.text).toBe('In Kontakt bleiben');
    expect(controls.get('decline:door')?.text).toBe('Die Tür offen lassen');
    expect(controls.get('close')?.text).toBe('Schließen');
    expect(label).toMatch(/^Recruiter Ally: .+, Punktzahl \d+$/);
    await cdp.detach();
    await page.close();
  });
});
