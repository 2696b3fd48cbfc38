import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openFixture, openOptions, openPopup, type Extension } from './harness';

let extension: Extension;

beforeAll(async () => {
  extension = await launchExtension();
});
afterAll(async () => {
  await extension?.close();
});

describe('popup', () => {
  it('renders the triage area and every site, with nothing stored yet', async () => {
    const popup = await openPopup(extension);
    const errors: string[] = [];
    popup.on('pageerror', (error) => errors.push(error.message));
    await expect(popup.getByRole('heading', { name: 'Recruiter Ally' }).isVisible()).resolves.toBe(true);
    await popup.locator('.empty').waitFor();
    expect(await popup.locator('.empty').innerText()).toContain('No recruiter messages yet');
    await popup.locator('.sites li').first().waitFor();
    expect(await popup.locator('.sites .site-name').allInnerTexts()).toEqual(['LinkedIn', 'Gmail', 'Outlook']);
    expect(errors).toEqual([]);
    await popup.close();
  });
});

describe('options page', () => {
  it('saves the profile on the device and shows it again after a reload', async () => {
    const options = await openOptions(extension);
    await options.getByRole('heading', { name: 'Your profile' }).waitFor();
    await options.getByLabel('Your name').fill('Katrin Vogelsang');
    await options.getByLabel('Current employer').fill('Quellwerk Energy');
    await options.getByLabel('Skills').fill('TypeScript, React, Accessibility (WCAG)');
    await options.getByLabel('Places').fill('Berlin, Germany; Remote EU');
    await options.getByLabel('Seniority').selectOption('senior');
    await options.getByLabel('Remote', { exact: true }).check();
    await options.getByLabel('Lowest base salary').fill('80 000');
    await options.getByLabel('Currency').fill('eur');
    await options.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => options.locator('#profile').getByRole('status').innerText()).toBe('Profile saved on this device.');

    await options.reload();
    await expect(options.getByLabel('Your name').inputValue()).resolves.toBe('Katrin Vogelsang');
    // Lists come back one item per line.
    await expect(options.getByLabel('Skills').inputValue()).resolves.toBe('TypeScript\nReact\nAccessibility (WCAG)');
    await expect(options.getByLabel('Places').inputValue()).resolves.toBe('Berlin, Germany\nRemote EU');
    await expect(options.getByLabel('Seniority').inputValue()).resolves.toBe('senior');
    await expect(options.getByLabel('Remote', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(options.getByLabel('Lowest base salary').inputValue()).resolves.toBe('80000');
    await expect(options.getByLabel('Currency').inputValue()).resolves.toBe('EUR');
    await options.close();
  });

  it('refuses a bad profile, says what is wrong and keeps the saved one', async () => {
    const options = await openOptions(extension);
    await options.getByLabel('Your name').waitFor();
    await options.getByLabel('Currency').fill('euros');
    await options.getByRole('button', { name: 'Save profile' }).click();
    const alert = options.locator('#profile').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('"currency" must be a three-letter currency code');
    await options.reload();
    await expect(options.getByLabel('Currency').inputValue()).resolves.toBe('EUR');
    await options.close();
  });

  it('turns a site off: the popup says so and the site stops being active', async () => {
    const options = await openOptions(extension);
    const gmail = options.getByLabel('Work on Gmail');
    await gmail.waitFor();
    await gmail.uncheck();
    await expect(gmail.isChecked()).resolves.toBe(false);

    const page = await openFixture(extension, 'gmailInbox');
    await page.waitForTimeout(300);
    const popup = await openPopup(extension);
    const state = popup.locator('.sites li[data-site="gmail"] .site-state');
    await state.waitFor();
    expect(await state.innerText()).toBe('Off');
    await Promise.all([popup.close(), page.close(), options.close()]);
  });
});
