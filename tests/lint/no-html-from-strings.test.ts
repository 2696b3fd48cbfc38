import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The lint step must refuse HTML built from strings anywhere in src/: this proves the rule is on
// by linting a probe file with the project's own configuration.
const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'ra-lint-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lint(code: string): string[] {
  const file = join(dir, 'probe.tsx');
  writeFileSync(file, code);
  let output = '';
  try {
    output = execFileSync(join(ROOT, 'node_modules/.bin/oxlint'), ['-c', join(ROOT, '.oxlintrc.json'), '--format', 'unix', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? '';
  }
  return output.split('\n').filter((line) => line.includes('probe.tsx'));
}

describe('lint: no HTML from strings', () => {
  it.each([
    ['innerHTML', 'export const f = (el: HTMLElement, s: string) => { el.innerHTML = s; };'],
    ['outerHTML', 'export const f = (el: HTMLElement, s: string) => { el.outerHTML = s; };'],
    ['insertAdjacentHTML', "export const f = (el: HTMLElement, s: string) => el.insertAdjacentHTML('beforeend', s);"],
    ['document.write', 'export const f = (s: string) => document.write(s);'],
    ['dangerouslySetInnerHTML', 'export const F = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;'],
  ])('refuses %s with non-constant content', (_name, code) => {
    expect(lint(code).length).toBeGreaterThan(0);
  });

  it('lets text content and constant markup through', () => {
    expect(lint("export const f = (el: HTMLElement, s: string) => { el.textContent = s; el.innerHTML = ''; };")).toEqual([]);
  });
});
