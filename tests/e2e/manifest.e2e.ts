import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness';

const DIST_FIREFOX = `${DIST}-firefox`;
const HOSTS = [
  'https://www.linkedin.com/*',
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

type Manifest = Record<string, unknown> & {
  content_scripts: { js: string[]; matches: string[] }[];
  background: { service_worker?: string; scripts?: string[]; type?: string };
};

function manifestOf(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
}

describe.each([
  ['Chrome', DIST],
  ['Firefox', DIST_FIREFOX],
])('the built %s manifest', (_browser, dist) => {
  const manifest = manifestOf(dist);

  it('is Manifest V3 named Recruiter Ally, asking only for storage, the context menu and the five sites', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('Recruiter Ally');
    expect(manifest.permissions).toEqual(['storage', 'contextMenus']);
    expect(manifest.host_permissions).toEqual(HOSTS);
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('content_security_policy');
  });

  it('exposes no web-accessible resources for sites to probe', () => {
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it('has one content script, a single standalone file with no imports', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    expect(script!.matches).toEqual(HOSTS);
    expect(script!.js).toHaveLength(1);
    const code = readFileSync(join(dist, script!.js[0]!), 'utf8');
    expect(code).not.toMatch(/\bimport\s*[({'"]|\bimport\s+[\w{*]/);
    expect(code).not.toContain('chrome-extension://');
  });

  it('has a popup, an options page and a module background, all present in the build', () => {
    const action = manifest.action as { default_popup: string };
    const options = manifest.options_ui as { page: string };
    expect(existsSync(join(dist, action.default_popup))).toBe(true);
    expect(existsSync(join(dist, options.page))).toBe(true);
    expect(manifest.background.type).toBe('module');
    const icons = manifest.icons as Record<string, string>;
    expect(Object.keys(icons)).toEqual(['16', '32', '48', '128']);
    for (const icon of Object.values(icons)) expect(existsSync(join(dist, icon))).toBe(true);
  });
});

describe('browser differences', () => {
  it('gives Chrome a service worker and Firefox background scripts with gecko settings', () => {
    const chrome = manifestOf(DIST);
    const firefox = manifestOf(DIST_FIREFOX);
    expect(chrome.background.service_worker).toBeTruthy();
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expect(firefox.background.scripts).toHaveLength(1);
    expect(firefox.background).not.toHaveProperty('service_worker');
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: expect.stringMatching(/@/), data_collection_permissions: { required: ['none'] } },
    });
  });
});
