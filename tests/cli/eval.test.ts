import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');
const CLI = resolve(ROOT, 'src/cli/eval.ts');
const dir = mkdtempSync(join(tmpdir(), 'recruiter-ally-eval-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROFILES = {
  nurse: {
    name: 'Océane Briand',
    titles: ['Infirmière', 'Infirmière en réanimation'],
    skills: ['Soins intensifs', 'Réanimation', 'Pédiatrie'],
    seniority: 'mid',
    locations: ['Nantes, France'],
    workplace: ['onsite'],
    minSalary: 32000,
    currency: 'EUR',
  },
  bare: { name: 'Rosa Meireles' },
};

const RECRUITER = { name: 'Inès Callejo', email: 'ines@soins-recrutement.example', headline: 'Chargée de recrutement' };
const BLAST =
  'Hello there,\n\nI have an exciting opportunity with my client, a fast-growing company in the healthcare space. The package is competitive ' +
  'and the team is friendly. Would you be open to a quick call this week to hear more about it?\n\nKind regards,\nInès';

const MESSAGES = [
  {
    id: 'c1',
    profile: 'nurse',
    channel: 'email',
    sender: RECRUITER,
    subject: 'Infirmière en réanimation à Nantes',
    body: 'Bonjour Océane,\n\nNous recrutons une infirmière en réanimation à Nantes : soins intensifs et pédiatrie, poste de jour, 36 000 € brut par an.\n\nCordialement,\nInès',
    sentAt: '2026-03-01T09:00:00Z',
    label: 'targeted',
  },
  {
    id: 'c2',
    profile: 'nurse',
    channel: 'email',
    sender: { name: 'Raj K', email: 'raj@quickstaff.example' },
    subject: null,
    body: 'Hi,\nImmediate requirement for a travel nurse, W2 / C2C. Please share your updated resume with visa status and best rate.',
    sentAt: '2026-03-02T09:00:00Z',
    label: 'spam',
  },
  {
    id: 'c3',
    profile: 'nurse',
    channel: 'email',
    sender: { name: 'SantéJobs', email: 'alertes@santejobs.example' },
    subject: 'Alerte emploi : 6 nouvelles offres',
    body: 'Alerte emploi : 6 nouvelles offres d’emploi pour « infirmière Nantes ». Voir toutes les offres. Modifier l’alerte.',
    sentAt: '2026-03-03T09:00:00Z',
    label: 'other',
  },
  {
    id: 'c4',
    profile: 'bare',
    channel: 'linkedin',
    sender: { name: 'Marta Quental', headline: 'Talent Acquisition at Vinhas Norte' },
    subject: null,
    body: 'Hi Rosa,\n\nWe are hiring a warehouse supervisor. Would you be interested in a quick call?\n\nMarta',
    sentAt: '2026-03-04T09:00:00Z',
    label: 'spam',
  },
];

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const corpus = write('corpus.jsonl', `${MESSAGES.map((m) => JSON.stringify(m)).join('\n')}\n`);
const profiles = write('profiles.json', JSON.stringify(PROFILES));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [TSX, CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run eval', { timeout: 60_000 }, () => {
  it('prints a human report: confusion, per-class figures, accuracy, coverage, speed', () => {
    const { code, stdout, stderr } = run('--corpus', corpus, '--profiles', profiles);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Recruiter Ally scorer on 4 messages');
    expect(stdout).toContain('confusion (rows: labelled, columns: predicted)');
    const row = (label: string) => lines.find((l) => l.startsWith(label.padEnd(10)) && /\d\s*$/.test(l))!.trim().split(/\s+/);
    expect(row('targeted').slice(0, 5)).toEqual(['targeted', '1', '0', '0', '0']);
    expect(row('spam').slice(0, 5)).toEqual(['spam', '0', '1', '1', '0']);
    expect(row('other').slice(0, 5)).toEqual(['other', '0', '0', '0', '1']);
    expect(stdout).toMatch(/^accuracy\s+75\.0%$/m);
    expect(stdout).toMatch(/^coverage\s+66\.7%\s+\(recruiter messages given a definite label\)$/m);
    expect(stdout).toMatch(/^speed\s+[\d,]+ messages\/s$/m);
    expect(lines.at(-1)).toMatch(/^speed/);
  });

  it('ends with one JSON line of the figures with --json, and writes predictions', () => {
    const out = join(dir, 'predictions.jsonl');
    const { code, stdout } = run('--corpus', corpus, '--profiles', profiles, '--json', '--predictions', out);
    expect(code).toBe(0);
    const last = stdout.trimEnd().split('\n').at(-1)!;
    const figures = JSON.parse(last) as Record<string, unknown>;
    expect(Object.keys(figures).sort()).toEqual(['accuracy', 'confusion', 'coverage', 'messagesPerSecond', 'n', 'perClass']);
    expect(figures).toMatchObject({ n: 4, accuracy: 0.75 });
    expect(figures.coverage).toBeCloseTo(2 / 3);
    expect(figures.messagesPerSecond).toBeGreaterThan(0);
    const perClass = figures.perClass as Record<string, Record<string, number>>;
    expect(Object.keys(perClass).sort()).toEqual(['other', 'spam', 'targeted']);
    for (const c of Object.values(perClass)) expect(Object.keys(c).sort()).toEqual(['f1', 'precision', 'recall']);
    expect(perClass.spam).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(figures.confusion).toEqual({
      targeted: { targeted: 1, unsure: 0, spam: 0, other: 0 },
      spam: { targeted: 0, unsure: 1, spam: 1, other: 0 },
      other: { targeted: 0, unsure: 0, spam: 0, other: 1 },
    });

    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const predictions = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const p of predictions) {
      expect(Object.keys(p).sort()).toEqual(['id', 'label', 'reasons', 'score']);
      expect(Array.isArray(p.reasons)).toBe(true);
      expect(typeof p.score).toBe('number');
    }
    expect(predictions.map((p) => [p.id, p.label])).toEqual([
      ['c1', 'targeted'],
      ['c2', 'spam'],
      ['c3', 'other'],
      ['c4', 'unsure'],
    ]);
  });

  it('reports the corrections it learned from with --learn', () => {
    const withBlast = write(
      'learn.jsonl',
      [...MESSAGES, { id: 'c5', profile: 'nurse', channel: 'email', sender: RECRUITER, subject: null, body: BLAST, sentAt: '2026-03-05T09:00:00Z', label: 'targeted' }]
        .map((m) => JSON.stringify(m))
        .join('\n'),
    );
    const { code, stdout } = run('--corpus', withBlast, '--profiles', profiles, '--learn');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Recruiter Ally scorer on 5 messages, learning from 1 correction');
  });

  it('names a malformed corpus line and exits with 1', () => {
    const bad = write('bad.jsonl', `\n${JSON.stringify(MESSAGES[0])}\n{"id": "c2", oops\n`);
    const { code, stdout, stderr } = run('--corpus', bad, '--profiles', profiles);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Line 3: not valid JSON.');
    expect(stdout).toBe('');
  });

  it('names a corpus line with a missing field', () => {
    const bad = write('missing.jsonl', `${JSON.stringify({ ...MESSAGES[0], channel: 'fax' })}\n`);
    const { code, stderr } = run('--corpus', bad, '--profiles', profiles);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Line 1: "channel" must be linkedin or email.');
  });

  it('prints its usage and exits with 2 without the files it needs', () => {
    const { code, stderr } = run('--corpus', corpus);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Usage: npm run eval -- --corpus FILE\.jsonl --profiles FILE\.json/);
  });
});
