import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness';

// Reads both built manifests and every built file: fails on any permission beyond the intended
// list, any web-accessible resource, a relaxed content security policy, or code that could be
// fetched or evaluated at run time.

/** Each permission the code uses, and why. */
const INTENDED_PERMISSIONS: Record<string, string> = {
  storage: 'the sites on/off mirror the content script reads, and opt-in storage.sync',
  contextMenus: '"Score this text as a recruiter message" on selected text',
};
const INTENDED_HOSTS = [
  'https://www.linkedin.com/*',
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

describe.each([
  ['Chrome', DIST],
  ['Firefox', `${DIST}-firefox`],
])('least privilege in the %s build', (_browser, dist) => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const files = filesOf(dist);

  it('asks for no permission and no host beyond the intended lists', () => {
    const permissions = (manifest.permissions as string[] | undefined) ?? [];
    for (const permission of permissions) expect(Object.keys(INTENDED_PERMISSIONS), `unexpected permission ${permission}`).toContain(permission);
    expect(permissions).toContain('storage');
    for (const host of (manifest.host_permissions as string[] | undefined) ?? []) expect(INTENDED_HOSTS).toContain(host);
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    const scripts = manifest.content_scripts as { matches: string[] }[];
    for (const script of scripts) for (const match of script.matches) expect(INTENDED_HOSTS).toContain(match);
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  it('has no web-accessible resources and keeps the default content security policy', () => {
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    // Absent means the browser's strict default: no remote scripts, no eval.
    expect(manifest).not.toHaveProperty('content_security_policy');
  });

  it('loads no remote code: pages use packaged scripts only, bundles neither evaluate strings nor reach the network', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
        expect(src, `${relative(dist, page)} loads ${src}`).not.toMatch(/^(?:https?:)?\/\//);
      }
      expect(html).not.toMatch(/<link[^>]+href="(?:https?:)?\/\//);
    }
    const bundles = files.filter((file) => file.endsWith('.js'));
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    for (const bundle of bundles) {
      const code = readFileSync(bundle, 'utf8');
      const name = relative(dist, bundle);
      expect(code, `${name} evaluates strings`).not.toMatch(/\bnew Function\s*\(|[^.\w]eval\s*\(|importScripts\s*\(/);
      expect(code, `${name} makes network requests`).not.toMatch(/\bfetch\s*\(|new XMLHttpRequest|new WebSocket\s*\(|sendBeacon\s*\(|new EventSource\s*\(/);
      expect(code, `${name} imports from a URL`).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
    }
  });
});
