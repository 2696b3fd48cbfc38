import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecruiterAllyDb } from '../../src/db/database';
import { countRecruiters, listRecruiters, resolveRecruiter, setTrust } from '../../src/db/repositories/recruiters';
import { ROWS_V2 } from './realistic-rows';
import { createTestDb } from './test-db';

const AT = Date.parse('2026-11-18T14:30:00Z');
const NOW = Date.parse('2026-11-20T09:00:00Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let db: RecruiterAllyDb;
beforeEach(() => {
  db = createTestDb();
});
afterEach(() => db.close());

describe('resolveRecruiter', () => {
  it('creates a neutral recruiter with a random id for a sender never seen', async () => {
    const sender = { name: 'Lena Hartmann', email: 'Lena.Hartmann@Talentbruecke.de', company: 'Talentbrücke GmbH' };
    const recruiter = await resolveRecruiter(db, sender, AT, NOW);
    expect(recruiter).toEqual({
      id: expect.stringMatching(UUID),
      displayName: 'Lena Hartmann',
      company: 'Talentbrücke GmbH',
      identities: ['email:lena.hartmann@talentbruecke.de', 'name:lena hartmann|talentbrucke'],
      trust: 'neutral',
      firstSeenAt: NOW,
      lastContactAt: AT,
      messageCount: 1,
    });
    expect(await db.recruiters.get(recruiter!.id)).toEqual(recruiter);
  });

  it('recognises the recruiter by any identity they share, learns the new ones, and counts the message', async () => {
    const first = await resolveRecruiter(db, { name: 'Lena Hartmann', email: 'lena.hartmann@talentbruecke.de', company: 'Talentbrücke' }, AT - 86_400_000, NOW);
    // On LinkedIn: no address, but her name and company match, and the profile is new.
    const linkedIn = { name: 'Lena Hartmann', headline: 'Senior Recruiter at Talentbrücke', profileUrl: 'https://www.linkedin.com/in/lena-hartmann-tb/' };
    const again = await resolveRecruiter(db, linkedIn, AT, NOW);
    expect(again?.id).toBe(first?.id);
    expect(again).toMatchObject({ messageCount: 2, lastContactAt: AT, firstSeenAt: NOW });
    expect(again?.identities).toEqual(['email:lena.hartmann@talentbruecke.de', 'name:lena hartmann|talentbrucke', 'li:lena-hartmann-tb']);
    // Now the LinkedIn profile alone finds her.
    const byProfile = await resolveRecruiter(db, { name: 'L. H.', profileUrl: 'https://linkedin.com/in/lena-hartmann-tb' }, AT - 5000, NOW);
    expect(byProfile).toMatchObject({ id: first?.id, messageCount: 3, lastContactAt: AT });
    expect(await db.recruiters.count()).toBe(1);
  });

  it('files a sender under the realistic recruiter they match, keeping the trust the candidate set', async () => {
    await db.recruiters.bulkAdd(structuredClone(ROWS_V2.recruiters));
    const sophie = await resolveRecruiter(db, { name: 'Sophie Brandauer', profileUrl: 'https://www.linkedin.com/in/sophie-brandauer-3a91b2' }, AT, NOW);
    expect(sophie).toMatchObject({ id: 'r-sophie-brandauer', trust: 'trusted', note: 'Ben (Head of Frontend) offered an informal chat.', messageCount: 3 });
  });

  it('keeps the older record when a sender links two known recruiters', async () => {
    await db.recruiters.bulkAdd([
      { id: 'r-old', displayName: 'Lena Hartmann', identities: ['email:lena@talentbruecke.de'], trust: 'muted', firstSeenAt: 1, lastContactAt: 1, messageCount: 4 },
      { id: 'r-new', displayName: 'Lena Hartmann', identities: ['li:lena-hartmann-tb'], trust: 'neutral', firstSeenAt: 2, lastContactAt: 2, messageCount: 1 },
    ]);
    const recruiter = await resolveRecruiter(db, { name: 'Lena Hartmann', email: 'lena@talentbruecke.de', profileUrl: 'https://www.linkedin.com/in/lena-hartmann-tb' }, AT, NOW);
    expect(recruiter).toMatchObject({ id: 'r-old', trust: 'muted', messageCount: 5 });
  });

  it('answers null for a sender with nothing to recognise them by, and stores nothing', async () => {
    // A first name alone is no identity: too many recruiters share it.
    expect(await resolveRecruiter(db, { name: 'Lena' }, AT, NOW)).toBeNull();
    expect(await db.recruiters.count()).toBe(0);
  });
});

describe('setTrust', () => {
  beforeEach(async () => {
    await db.recruiters.bulkAdd(structuredClone(ROWS_V2.recruiters));
  });

  it('sets the standing and keeps the note unless a new one is given', async () => {
    expect(await setTrust(db, 'r-sophie-brandauer', 'muted')).toMatchObject({ trust: 'muted', note: 'Ben (Head of Frontend) offered an informal chat.' });
    expect(await setTrust(db, 'r-sophie-brandauer', 'neutral', 'Asked again for my number.')).toMatchObject({ trust: 'neutral', note: 'Asked again for my number.' });
    expect((await db.recruiters.get('r-sophie-brandauer'))?.note).toBe('Asked again for my number.');
  });

  it('removes the note when given an empty one', async () => {
    const updated = await setTrust(db, 'r-sophie-brandauer', 'trusted', '  ');
    expect(updated).not.toHaveProperty('note');
    expect(await db.recruiters.get('r-sophie-brandauer')).not.toHaveProperty('note');
  });

  it('answers null for an unknown recruiter', async () => {
    expect(await setTrust(db, 'r-nobody', 'trusted')).toBeNull();
  });
});

describe('listRecruiters', () => {
  beforeEach(async () => {
    await db.recruiters.bulkAdd(structuredClone(ROWS_V2.recruiters));
  });

  it('lists the most recently in touch first, up to the limit', async () => {
    const all = await listRecruiters(db, { limit: 100 });
    expect(all.map((r) => r.lastContactAt)).toEqual(ROWS_V2.recruiters.map((r) => r.lastContactAt).toSorted((a, b) => b - a));
    expect((await listRecruiters(db, { limit: 2 })).map((r) => r.displayName)).toEqual(['Saskia de Groot', 'Jonas Reiter']);
    expect(await countRecruiters(db)).toBe(ROWS_V2.recruiters.length);
  });

  it('narrows to one standing', async () => {
    expect((await listRecruiters(db, { limit: 10, trust: 'trusted' })).map((r) => r.id)).toEqual([
      'b7e4c1a2-5d3f-4e8a-9c61-2f0d8a7b3e15',
      'r-oliver-brandt',
      'r-sophie-brandauer',
    ]);
    expect((await listRecruiters(db, { limit: 10, trust: 'muted' })).map((r) => r.id)).toEqual(['r-callum-rix']);
    expect(await countRecruiters(db, 'trusted')).toBe(3);
  });
});
