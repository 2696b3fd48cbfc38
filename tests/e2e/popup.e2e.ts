import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KATRIN } from '../fixtures/profiles';
import { describeViolations, seriousViolations } from './axe';
import { launchExtension, openFixture, openPopup, saveProfile, type Extension } from './harness';

const BOX = 'div.msg-form__contenteditable';
const ACTIVE = '[role="option"][aria-selected="true"]';

let extension: Extension;
let thread: Page;

beforeAll(async () => {
  extension = await launchExtension();
  await saveProfile(extension, KATRIN);
  // The LinkedIn fixture stores Ines's thread and the other conversations' previews; it stays open,
  // so a reply delivered from the popup has a reply box to land in.
  thread = await openFixture(extension, 'linkedinMessaging');
  await thread.waitForFunction(() => document.querySelectorAll('[data-recruiter-ally]').length >= 10, undefined, { timeout: 15_000 });
  await thread.waitForTimeout(300);
});
afterAll(async () => {
  await extension?.close();
});

/** The popup with its list drawn, and any script error it raises collected. */
async function popupWithList(): Promise<{ popup: Page; errors: string[] }> {
  const popup = await openPopup(extension);
  const errors: string[] = [];
  popup.on('pageerror', (error) => errors.push(error.message));
  await popup.locator('[role="listbox"]').first().waitFor();
  return { popup, errors };
}

const activeSender = (popup: Page) => popup.locator(`${ACTIVE} .sender`).innerText();

describe('the popup triage list', () => {
  it('lists targeted messages first with how long they wait, and folds spam away', async () => {
    const { popup, errors } = await popupWithList();
    const headings = await popup.locator('.triage h2').allTextContents();
    expect(headings[0]).toMatch(/^Targeted, awaiting your reply \(\d+\)$/);
    const first = popup.locator('[role="option"]').first();
    expect(await first.locator('.sender').innerText()).toBe('Ines Kowalczyk');
    expect(await first.locator('.age').innerText()).toMatch(/^waiting \d+ (min|h|days?)$/);
    expect(await first.locator('.chip').innerText()).toMatch(/^Targeted · \d+$/);
    expect(await first.locator('.reason').count()).toBeGreaterThan(0);

    // Spam is folded: no spam rows until the candidate asks for them.
    const fold = popup.getByRole('button', { name: /^Show spam \(\d+\)$/ });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await popup.locator('[data-section="spam"]').count()).toBe(0);
    await fold.click();
    await popup.locator('[data-section="spam"] [role="option"]').first().waitFor();
    expect(await popup.getByRole('button', { name: 'Hide spam' }).getAttribute('aria-expanded')).toBe('true');
    // Spam comes after every other section.
    expect((await popup.locator('.triage h2').allTextContents()).at(-1)).toMatch(/^Spam \(\d+\)$/);
    expect(errors).toEqual([]);
    await popup.close();
  });

  it('moves with j and k and trusts the active recruiter with t', async () => {
    const { popup } = await popupWithList();
    const names = await popup.locator('[role="option"] .sender').allInnerTexts();
    expect(names.length).toBeGreaterThan(1);
    expect(await activeSender(popup)).toBe(names[0]);

    await popup.keyboard.press('j');
    expect(await activeSender(popup)).toBe(names[1]);
    // Focus is on the listbox that holds the active row, which points to it.
    const focused = await popup.evaluate(() => ({
      role: document.activeElement?.getAttribute('role'),
      active: document.activeElement?.getAttribute('aria-activedescendant'),
    }));
    expect(focused.role).toBe('listbox');
    expect(focused.active).toBe(await popup.locator(ACTIVE).getAttribute('id'));
    await popup.keyboard.press('k');
    expect(await activeSender(popup)).toBe(names[0]);

    await popup.keyboard.press('t');
    await expect.poll(() => popup.getByRole('status').innerText()).toBe(`${names[0]} is trusted: their messages are never spam.`);
    await expect.poll(() => popup.locator(`${ACTIVE} .trust`).innerText()).toContain('trusted');
    expect(await popup.getByRole('button', { name: /^Trust recruiter/ }).getAttribute('aria-pressed')).toBe('true');
    await popup.close();
  });

  it('focuses the search box with / and filters the list as the candidate types', async () => {
    const { popup } = await popupWithList();
    const before = await popup.locator('[role="option"]').count();
    await popup.keyboard.press('/');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('search');
    await popup.keyboard.type('paula');
    // Letters typed into the box are text, not commands: the chooser did not open for "a".
    expect(await popup.locator('dialog').count()).toBe(0);
    await expect.poll(() => popup.locator('[role="option"] .sender').allInnerTexts()).toEqual(['Paula Richter']);
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.locator('[role="option"]').count()).toBe(before);
    await popup.close();
  });

  it('opens the decline chooser with d: three ways, each saying what it does', async () => {
    const { popup } = await popupWithList();
    await popup.keyboard.press('d');
    const dialog = popup.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe('Decline: Ines Kowalczyk');
    const ways = dialog.getByRole('group', { name: 'How to decline' });
    const door = ways.getByRole('radio', { name: 'Keep the door open' });
    const close = ways.getByRole('radio', { name: 'Close it for this kind of role' });
    const mute = ways.getByRole('radio', { name: 'Mute without replying' });
    expect(await door.isChecked()).toBe(true);
    // Each way's explanation is its accessible description, read out with it.
    expect(await door.getAttribute('aria-describedby')).toBeTruthy();
    await expect.poll(() => door.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent)).toMatch(/friendly no for now/);
    expect(await close.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent)).toMatch(/not to contact you again/);
    expect(await mute.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent)).toMatch(/Sends nothing/);
    // The reasons for keeping the door open, and a draft in the message's language.
    expect(await dialog.getByLabel('Reason').locator('option').allInnerTexts()).toEqual([
      'Not looking right now',
      'The role does not fit',
      'The pay does not fit',
      'The location or workplace does not fit',
      'The timing is wrong',
    ]);
    await expect.poll(() => dialog.getByLabel('Reply text').inputValue(), { timeout: 5000 }).toMatch(/Ines/);
    expect(await dialog.getByLabel('Reply language').inputValue()).toBe('en');
    // Muting sends nothing: the text box goes, the button says what it does.
    await mute.check();
    expect(await dialog.getByLabel('Reply text').count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Mute and set aside' }).isVisible()).toBe(true);

    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.locator('dialog').count()).toBe(0);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    await popup.close();
  });

  it("puts a reply chosen in the popup into the open LinkedIn thread's reply box, sending nothing", async () => {
    const { popup } = await popupWithList();
    expect(await activeSender(popup)).toBe('Ines Kowalczyk');
    await popup.keyboard.press('i');
    const dialog = popup.getByRole('dialog');
    const text = dialog.getByLabel('Reply text');
    await expect.poll(() => text.inputValue(), { timeout: 5000 }).toMatch(/Ines/);
    // The candidate edits the draft before inserting it.
    await text.press('End');
    await text.pressSequentially(' Talk soon!');
    const reply = await text.inputValue();
    await dialog.getByRole('button', { name: 'Insert reply' }).click();
    await expect.poll(() => popup.getByRole('status').innerText(), { timeout: 5000 }).toBe(
      'The reply is in the reply box of the open thread. Check it and send it yourself.',
    );
    await expect.poll(() => thread.locator(BOX).innerText(), { timeout: 5000 }).toContain('Talk soon!');
    const inBox = (await thread.locator(BOX).innerText()).replace(/\s+/g, ' ').trim();
    expect(inBox).toBe(reply.replace(/\s+/g, ' ').trim());
    // Nothing was sent: the thread still ends with Ines's message.
    expect(await thread.locator('li.msg-s-message-list__event').count()).toBe(4);
    await popup.close();
  });

  it('has no serious or critical accessibility violations, in light and dark, list and chooser', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { popup } = await popupWithList();
      await popup.emulateMedia({ colorScheme });
      await popup.getByRole('button', { name: /^Show spam/ }).click();
      await popup.locator('[data-section="spam"]').waitFor();
      const list = await seriousViolations(popup);
      expect(list, `${colorScheme} list:\n${describeViolations(list)}`).toEqual([]);

      await popup.keyboard.press('j');
      await popup.keyboard.press('d');
      await popup.getByRole('dialog').waitFor();
      const chooser = await seriousViolations(popup);
      expect(chooser, `${colorScheme} chooser:\n${describeViolations(chooser)}`).toEqual([]);
      await popup.close();
    }
  });
});

describe('the context-menu score view', () => {
  it('says how to score text when none was scored yet, without accessibility violations', async () => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.id}/src/popup/index.html?view=score`);
    await page.locator('.empty, .load-error').first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Scored text');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const found = await seriousViolations(page);
      expect(found, `${colorScheme}:\n${describeViolations(found)}`).toEqual([]);
    }
    await page.close();
  });
});
