import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe';
import { launchExtension, openFixture, openOptions, type Extension } from './harness';

/** Asks the worker from an extension page, as the page itself does. */
async function ask<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(
    (envelope) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(envelope),
    { channel: 'recruiter-ally/1', type, payload },
  )) as { ok: boolean; value?: T; error?: unknown };
  if (!reply.ok) throw new Error(`${type} failed: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

/** Everything stored, without the moment of the export. */
async function everything(page: Page): Promise<unknown> {
  const { backup } = await ask<{ backup: { exportedAt?: string } }>(page, 'data/export', {});
  const { exportedAt: _, ...rest } = backup;
  return rest;
}

const MARA = {
  name: 'Mara Köhler',
  headline: 'Senior Frontend Engineer at Lindwurm Mobility',
  currentCompany: 'Lindwurm Mobility',
  pastCompanies: ['Sternfeld Bank'],
  education: ['TU Dresden'],
  titles: ['Frontend Engineer', 'UI Engineer'],
  skills: ['TypeScript', 'React', 'Accessibility'],
  seniority: 'senior',
  locations: ['Berlin, Germany'],
  workplace: ['remote', 'hybrid'],
  minSalary: 85000,
  currency: 'EUR',
  languages: ['de', 'en'],
  avoid: ['crypto', 'relocation'],
};

describe('the profile survives a browser restart', () => {
  let dir: string;
  let extension: Extension | undefined;
  afterAll(async () => {
    await extension?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows every field as saved after the browser was closed and started again', async () => {
    dir = await mkdtemp(join(tmpdir(), 'recruiter-ally-restart-'));
    extension = await launchExtension({ userDataDir: dir });
    let options = await openOptions(extension);
    await options.getByLabel('Your name').fill('Katrin Vogelsang');
    await options.getByLabel('Headline').fill('Frontend developer · design systems');
    await options.getByLabel('Past employers').fill('Sternfeld Bank\nAcme, Inc.');
    await options.getByLabel('Education').fill('HTW Berlin, B.Sc. Applied Computer Science');
    await options.getByLabel('Job titles you want').fill('Frontend Engineer\nUI Engineer');
    await options.getByLabel('Skills').fill('TypeScript, React');
    await options.getByLabel('Places').fill('Berlin, Germany');
    await options.getByLabel('Seniority').selectOption('senior');
    await options.getByLabel('Hybrid', { exact: true }).check();
    await options.getByLabel('Lowest base salary').fill('6500');
    await options.getByLabel('Currency').fill('eur');
    await options.getByLabel('Period').selectOption('month');
    await options.getByLabel('Languages you work in').fill('de\nen');
    await options.getByLabel('Deal-breakers').fill('crypto, contract');
    await options.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => options.locator('#profile').getByRole('status').innerText()).toBe('Profile saved on this device.');
    const before = await ask<{ profile: unknown }>(options, 'profile/get', {});
    await extension.close();

    extension = await launchExtension({ userDataDir: dir });
    options = await openOptions(extension);
    await expect.poll(() => options.getByLabel('Your name').inputValue()).toBe('Katrin Vogelsang');
    expect(await ask<{ profile: unknown }>(options, 'profile/get', {})).toEqual(before);
    expect(before.profile).toMatchObject({ minSalary: 78000, currency: 'EUR', education: ['HTW Berlin, B.Sc. Applied Computer Science'] });
    await expect(options.getByLabel('Past employers').inputValue()).resolves.toBe('Sternfeld Bank\nAcme, Inc.');
    await expect(options.getByLabel('Skills').inputValue()).resolves.toBe('TypeScript\nReact');
    await expect(options.getByLabel('Deal-breakers').inputValue()).resolves.toBe('crypto\ncontract');
    await expect(options.getByLabel('Hybrid', { exact: true }).isChecked()).resolves.toBe(true);
    // The floor is kept per year: 6,500 a month is 78,000 a year.
    await expect(options.getByLabel('Lowest base salary').inputValue()).resolves.toBe('78000');
    await expect(options.getByLabel('Period').inputValue()).resolves.toBe('year');
  });
});

describe('options page', () => {
  let extension: Extension;
  beforeAll(async () => {
    extension = await launchExtension();
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('imports a profile from a JSON file, and refuses a bad one without changing anything', async () => {
    const options = await openOptions(extension);
    const input = options.getByLabel('Import profile from JSON file');
    await input.setInputFiles({ name: 'profiles.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ 'fe-berlin': MARA })) });
    const section = options.locator('#profile');
    await expect.poll(() => section.getByRole('status').innerText()).toBe('Profile imported from profiles.json and saved.');
    await expect(options.getByLabel('Your name').inputValue()).resolves.toBe('Mara Köhler');
    await expect(options.getByLabel('Job titles you want').inputValue()).resolves.toBe('Frontend Engineer\nUI Engineer');
    expect((await ask<{ profile: unknown }>(options, 'profile/get', {})).profile).toEqual(MARA);

    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ name: 'X', currency: 'euros', minSalary: -1 })) });
    const alert = section.getByRole('alert');
    await alert.waitFor();
    const said = await alert.innerText();
    expect(said).toContain('bad.json was not imported; your profile is unchanged');
    expect(said).toContain('"currency" must be a three-letter currency code');
    expect(said).toContain('"minSalary" must be a number of zero or more.');

    await input.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(MARA).slice(0, 50)) });
    await expect.poll(() => alert.innerText()).toContain('cut.json was not imported');
    expect(await alert.innerText()).toContain('The file is not valid JSON');
    expect((await ask<{ profile: unknown }>(options, 'profile/get', {})).profile).toEqual(MARA);
    await expect(options.getByLabel('Your name').inputValue()).resolves.toBe('Mara Köhler');
    await options.close();
  });

  it('adds a referral contact and lists it', async () => {
    const options = await openOptions(extension);
    const section = options.locator('#contacts');
    await section.getByText('No contacts yet.').waitFor();
    await section.getByLabel('Name', { exact: true }).fill('Lena Brandt');
    await section.getByLabel('Role').fill('Frontend Engineer');
    await section.getByLabel('Link (profile or email)').fill('https://www.linkedin.com/in/lena-brandt');
    await section.getByRole('button', { name: 'Add contact' }).click();
    await expect.poll(() => section.getByRole('status').innerText()).toBe('Lena Brandt is in your contacts.');
    await expect(section.locator('.card').innerText()).resolves.toContain('Lena Brandt · Frontend Engineer');
    const { contacts } = await ask<{ contacts: { name: string; role?: string }[] }>(options, 'contacts/list', {});
    expect(contacts).toMatchObject([{ name: 'Lena Brandt', role: 'Frontend Engineer' }]);

    await options.reload();
    await expect(options.locator('#contacts .card').innerText()).resolves.toContain('Lena Brandt');
    await options.close();
  });

  it('previews a template while it is edited, saves it, and brings back the built-in on reset', async () => {
    const options = await openOptions(extension);
    const section = options.locator('#templates');
    await section.getByLabel('Reply', { exact: true }).selectOption('keep-in-touch');
    await section.getByLabel('Language').selectOption('de');
    const body = section.getByLabel('Template text');
    await expect.poll(() => body.inputValue()).toMatch(/^Hallo \{recruiterFirstName\},/);
    const builtIn = await body.inputValue();
    expect(builtIn).toContain('{recruiterFirstName}');
    await expect.poll(() => section.getByTestId('template-state').innerText()).toBe('Built-in text');
    const preview = section.getByTestId('template-preview');
    await expect(preview.innerText()).resolves.toContain('Hallo Jonas,');

    // A misspelt variable is named while typing, before anything is saved.
    await body.fill('Hallo {recruiterFirstName},\nDanke für {rolle}.');
    await expect.poll(() => section.locator('.warning').innerText()).toContain('{rolle} is not a known variable');
    await body.fill('Hallo {recruiterFirstName},\nDanke für die Nachricht zu {role} bei {company}.\n{myName}');
    await expect.poll(() => preview.innerText()).toBe('Hallo Jonas,\nDanke für die Nachricht zu Senior Frontend-Entwickler bei Parcelo.\nKatrin Vogelsang');
    await expect(section.locator('.warning').count()).resolves.toBe(0);
    await section.getByRole('button', { name: 'Save template' }).click();
    await expect.poll(() => section.getByRole('status').innerText()).toBe('Template saved.');
    await expect.poll(() => section.getByTestId('template-state').innerText()).toBe('Your version');
    const { templates } = await ask<{ templates: { id: string; custom: boolean; body: string }[] }>(options, 'templates/list', {});
    expect(templates.find((v) => v.id === 'keep-in-touch:default:de')).toMatchObject({ custom: true, body: await body.inputValue() });

    await section.getByRole('button', { name: 'Reset to built-in' }).click();
    await expect.poll(() => section.getByRole('status').innerText()).toBe('The built-in text is back.');
    await expect.poll(() => body.inputValue()).toBe(builtIn);
    await expect.poll(() => section.getByTestId('template-state').innerText()).toBe('Built-in text');
    // Nothing of the candidate's own is left to reset.
    await expect(section.getByRole('button', { name: 'Reset all templates' }).isDisabled()).resolves.toBe(true);
    await options.close();
  });

  it('adds a trusted recruiter with a note, known by email and LinkedIn, with the last contact shown', async () => {
    const options = await openOptions(extension);
    const section = options.locator('#recruiters');
    await section.getByLabel('Recruiter’s name').fill('Jonas Reiter');
    await section.getByLabel('Company or agency').fill('Parcelo');
    await section.getByLabel('Email address').fill('jonas.reiter@parcelo.example');
    await section.getByLabel('LinkedIn profile address').fill('https://www.linkedin.com/in/jonas-reiter');
    await section.getByLabel('Note', { exact: true }).fill('Placed me at Lindwurm; honest about pay');
    await section.getByRole('button', { name: 'Add recruiter' }).click();
    await expect.poll(() => section.getByRole('status').innerText()).toBe('Jonas Reiter is on your trusted list.');
    const card = section.locator('.card', { hasText: 'Jonas Reiter' });
    await expect(card.innerText()).resolves.toMatch(/Last contact: .*\d/);
    await expect(card.getByLabel('Note on Jonas Reiter').inputValue()).resolves.toBe('Placed me at Lindwurm; honest about pay');
    const text = await card.innerText();
    expect(text).toContain('Email: jonas.reiter@parcelo.example');
    expect(text).toContain('LinkedIn: jonas-reiter');
    expect(text).toContain('Trusted');

    // A new note, then off the trusted list: it stays among all recruiters, neutral, with its note.
    await card.getByLabel('Note on Jonas Reiter').fill('Call in spring');
    await card.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => section.getByRole('status').innerText()).toBe('Note on Jonas Reiter saved.');
    await section.getByRole('button', { name: 'Remove from trusted list: Jonas Reiter' }).click();
    await expect.poll(() => section.getByRole('status').innerText()).toBe('Jonas Reiter is no longer trusted or muted.');
    await section.getByText('No recruiters here yet.').waitFor();
    await section.getByLabel('Show').selectOption('all');
    await expect(section.locator('.card', { hasText: 'Jonas Reiter' }).getByLabel('Note on Jonas Reiter').inputValue()).resolves.toBe('Call in spring');
    await section.getByRole('button', { name: 'Trust: Jonas Reiter' }).click();
    await expect.poll(() => section.getByRole('status').innerText()).toBe('Jonas Reiter is trusted.');
    await options.close();
  });

  it('gives back exactly what was there after export, wipe and import through the page', async () => {
    // Messages too: the demo inbox fills the store.
    const inbox = await openFixture(extension, 'gmailInbox');
    const options = await openOptions(extension);
    await expect
      .poll(async () => (await ask<{ total: number }>(options, 'messages/recent', { limit: 1 })).total, { timeout: 15_000 })
      .toBeGreaterThan(0);
    await inbox.close();
    const before = await everything(options);
    expect(before).toMatchObject({ tables: { profile: [{ name: 'Mara Köhler' }], contacts: [{ name: 'Lena Brandt' }] } });

    const section = options.locator('#data');
    const [download] = await Promise.all([options.waitForEvent('download'), section.getByRole('button', { name: 'Export everything' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^recruiter-ally-backup-\d{4}-\d\d-\d\d\.json$/);
    const file = await download.path();
    const saved = JSON.parse(await readFile(file, 'utf8')) as { exportedAt: string };
    const { exportedAt: _, ...savedRest } = saved;
    expect(savedRest).toEqual(before);

    await section.getByRole('button', { name: 'Wipe everything…' }).click();
    const dialog = options.getByRole('dialog', { name: 'Wipe everything?' });
    await dialog.waitFor();
    // Cancel first: nothing is deleted.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await everything(options)).toEqual(before);
    await section.getByRole('button', { name: 'Wipe everything…' }).click();
    await dialog.getByRole('button', { name: 'Yes, wipe everything' }).click();
    await expect.poll(() => section.getByRole('status').innerText()).toBe('Everything was wiped.');
    expect((await ask<{ profile: unknown }>(options, 'profile/get', {})).profile).toBeNull();
    await expect.poll(() => options.getByLabel('Your name').inputValue()).toBe('');

    await section.getByLabel('Backup file').setInputFiles(file);
    await section.getByLabel('Replace: everything here becomes the backup').check();
    await section.getByRole('button', { name: 'Import backup' }).click();
    await options.getByRole('dialog', { name: 'Replace everything?' }).getByRole('button', { name: 'Yes, replace everything' }).click();
    await expect.poll(() => section.getByRole('status').innerText()).toMatch(/^Backup restored \(.*profile: 1/);
    expect(await everything(options)).toEqual(before);
    // The other sections show the restored data at once.
    await expect.poll(() => options.getByLabel('Your name').inputValue()).toBe('Mara Köhler');
    await expect(options.locator('#contacts .card').innerText()).resolves.toContain('Lena Brandt');
    await options.close();
  });

  it('refuses a malformed, truncated or foreign backup with a message, and the data stays', async () => {
    const options = await openOptions(extension);
    const before = await everything(options);
    const { backup } = await ask<{ backup: { tables: { profile: { name: unknown }[] } } }>(options, 'data/export', {});
    const broken = structuredClone(backup);
    broken.tables.profile = [{ id: 'me', name: 42, updatedAt: 0 } as unknown as { name: unknown }];
    const section = options.locator('#data');
    const files = [
      { name: 'broken.json', text: JSON.stringify(broken) },
      { name: 'truncated.json', text: JSON.stringify(backup).slice(0, 300) },
      { name: 'foreign.json', text: JSON.stringify({ hello: 'world' }) },
    ];
    for (const [index, { name, text }] of files.entries()) {
      await section.getByLabel('Backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      const replacing = index % 2 === 0;
      await section.getByLabel(replacing ? 'Replace: everything here becomes the backup' : 'Merge: add the backup to what is here').check();
      await section.getByRole('button', { name: 'Import backup' }).click();
      // Replacing asks first; the file is still checked whole before anything is written.
      if (replacing) await options.getByRole('dialog', { name: 'Replace everything?' }).getByRole('button', { name: 'Yes, replace everything' }).click();
      const alert = section.getByRole('alert');
      await expect.poll(() => alert.innerText()).toContain(`${name} was not imported and nothing changed:`);
      // The worker's own sentences say what is wrong, one item each.
      expect(await alert.locator('li').count()).toBeGreaterThan(0);
      expect(await everything(options)).toEqual(before);
    }
    await options.close();
  });

  it('turns sync on and off with its status, and keeps the sections reachable by keyboard', async () => {
    const options = await openOptions(extension);
    const section = options.locator('#sync');
    const toggle = section.getByLabel('Sync my settings between my browsers');
    await toggle.waitFor();
    await expect(section.innerText()).resolves.toContain('Sync is off: everything stays on this device.');
    await toggle.click();
    await expect.poll(() => section.getByRole('status').innerText()).toBe('Sync turned on.');
    expect(await ask<{ enabled: boolean }>(options, 'sync/status', {})).toMatchObject({ enabled: true });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(() => section.getByRole('status').innerText()).toBe('Sync turned off.');
    await expect.poll(() => toggle.isChecked()).toBe(false);

    // Keyboard, from a fresh page: the skip link comes first and the navigation leads to each section.
    await options.reload();
    await options.locator('#profile input').first().waitFor();
    await options.keyboard.press('Tab');
    await expect(options.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to your profile');
    await options.getByRole('navigation').getByRole('link', { name: 'Your data' }).press('Enter');
    await expect(options.evaluate(() => location.hash)).resolves.toBe('#data');
    await options.close();
  });

  it('has no serious or critical accessibility violations, in light and dark, with the wipe dialog open too', async () => {
    const options = await openOptions(extension);
    await options.locator('#templates textarea').waitFor();
    await options.locator('#sync input[type="checkbox"]').waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      const page = await seriousViolations(options);
      expect(page, `${colorScheme} page:\n${describeViolations(page)}`).toEqual([]);
      await options.getByRole('button', { name: 'Wipe everything…' }).click();
      await options.getByRole('dialog').waitFor();
      const dialog = await seriousViolations(options);
      expect(dialog, `${colorScheme} dialog:\n${describeViolations(dialog)}`).toEqual([]);
      await options.keyboard.press('Escape');
      await expect.poll(() => options.getByRole('dialog').count()).toBe(0);
    }
    await options.close();
  });
});

describe('options page in the browser’s language', () => {
  let extension: Extension | undefined;
  afterAll(async () => {
    await extension?.close();
  });

  it('speaks German from _locales when the browser does, and tells screen readers so', async () => {
    extension = await launchExtension({ args: ['--lang=de'] });
    const options = await openOptions(extension);
    await options.getByRole('heading', { name: 'Ihr Profil' }).waitFor();
    await options.getByLabel('Ihr Name').fill('Katrin Vogelsang');
    await options.getByRole('button', { name: 'Profil speichern' }).click();
    await expect.poll(() => options.locator('#profile').getByRole('status').innerText()).toBe('Profil auf diesem Gerät gespeichert.');
    await expect(options.evaluate(() => [document.documentElement.lang, document.title])).resolves.toEqual(['de', 'Recruiter Ally · Einstellungen']);
    await expect(options.getByRole('navigation').getByRole('link').allInnerTexts()).resolves.toEqual([
      'Ihr Profil',
      'Kontakte für Empfehlungen',
      'Antwortvorlagen',
      'Vertrauenswürdige Recruiter',
      'Websites',
      'Synchronisierung',
      'Ihre Daten',
    ]);
    await options.close();
  });
});
