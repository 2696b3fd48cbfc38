import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInBody } from '../../src/core/replies/custom';
import { exportBackup, importBackup, parseBackup } from '../../src/db/backup';
import type { RecruiterAllyDb } from '../../src/db/database';
import { getCustomTemplate, listTemplates, resetTemplates, saveTemplate } from '../../src/db/repositories/templates';
import { createTestDb } from './test-db';

let db: RecruiterAllyDb;

beforeEach(() => {
  db = createTestDb();
});

afterEach(() => db.close());

describe('templates repository', () => {
  it('lists every built-in when nothing is stored: 6 decline reasons and 4 other kinds, in 5 languages', async () => {
    const templates = await listTemplates(db);
    expect(templates).toHaveLength(50);
    expect(new Set(templates.map((t) => t.id)).size).toBe(50);
    expect(templates.every((t) => !t.custom && t.body === t.builtInBody && t.updatedAt === null)).toBe(true);
    expect(templates.find((t) => t.id === 'decline:pay:fr')).toMatchObject({ kind: 'decline', variant: 'pay', language: 'fr' });
    expect(await db.templates.count()).toBe(0);
  });

  it('stores only the edited template and shows it in the list beside the built-in', async () => {
    const saved = await saveTemplate(db, { kind: 'decline', variant: 'pay', language: 'de', body: 'Hallo {recruiterFirstName},\r\nzu wenig Gehalt.\n' }, 7000);
    expect(saved).toEqual({
      id: 'decline:pay:de',
      kind: 'decline',
      variant: 'pay',
      language: 'de',
      body: 'Hallo {recruiterFirstName},\nzu wenig Gehalt.',
      builtInBody: builtInBody('decline', 'pay', 'de'),
      custom: true,
      updatedAt: 7000,
    });
    expect(await db.templates.toArray()).toEqual([
      expect.objectContaining({ id: 'decline:pay:de', kind: 'decline', variant: 'pay', language: 'de', builtIn: false, updatedAt: 7000 }),
    ]);
    expect((await listTemplates(db)).filter((t) => t.custom).map((t) => t.id)).toEqual(['decline:pay:de']);
    expect(await getCustomTemplate(db, 'decline', 'pay', 'de')).toMatchObject({ body: 'Hallo {recruiterFirstName},\nzu wenig Gehalt.' });
    expect(await getCustomTemplate(db, 'decline', 'pay', 'en')).toBeUndefined();
  });

  it("stores decline's default as its not-looking template", async () => {
    const saved = await saveTemplate(db, { kind: 'decline', variant: 'default', language: 'en', body: 'No, thanks.' }, 1);
    expect(saved.id).toBe('decline:not-looking:en');
    expect(await getCustomTemplate(db, 'decline', 'not-looking', 'en')).toBeDefined();
  });

  it('saving the built-in text back removes the stored version', async () => {
    await saveTemplate(db, { kind: 'interested', variant: 'default', language: 'es', body: 'Sí.' }, 1);
    const back = await saveTemplate(db, { kind: 'interested', variant: 'default', language: 'es', body: `${builtInBody('interested', 'default', 'es')}\n` }, 2);
    expect(back.custom).toBe(false);
    expect(await db.templates.count()).toBe(0);
  });

  it('resets one template by id, or all of them, and says how many', async () => {
    await saveTemplate(db, { kind: 'refer', variant: 'default', language: 'en', body: 'Try {referralName}.' }, 1);
    await saveTemplate(db, { kind: 'refer', variant: 'default', language: 'pt', body: 'Recomendo {referralName}.' }, 1);
    await saveTemplate(db, { kind: 'decline', variant: 'timing', language: 'fr', body: 'Pas maintenant.' }, 1);
    expect(await resetTemplates(db, 'refer:default:en')).toBe(1);
    expect(await resetTemplates(db, 'refer:default:en')).toBe(0);
    expect((await listTemplates(db)).find((t) => t.id === 'refer:default:en')).toMatchObject({ custom: false, body: builtInBody('refer', 'default', 'en') });
    expect(await resetTemplates(db)).toBe(2);
    expect(await db.templates.count()).toBe(0);
  });
});

describe('templates in a backup', () => {
  it('keeps the variant of a stored template through export and import', async () => {
    await saveTemplate(db, { kind: 'decline', variant: 'location', language: 'pt', body: 'Não, obrigado.' }, 3000);
    const parsed = parseBackup(JSON.stringify(await exportBackup(db, 4000)));
    expect(parsed.ok).toBe(true);
    const other = createTestDb();
    try {
      await importBackup(other, (parsed as { ok: true; backup: Parameters<typeof importBackup>[1] }).backup, 'replace');
      expect(await getCustomTemplate(other, 'decline', 'location', 'pt')).toMatchObject({ variant: 'location', body: 'Não, obrigado.' });
    } finally {
      other.close();
    }
  });
});
