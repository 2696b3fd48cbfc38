import type { Profile } from '../../core/profile';
import type { RecruiterAllyDb } from '../database';

export async function loadProfile(db: RecruiterAllyDb): Promise<Profile | null> {
  const record = await db.profile.get('me');
  if (!record) return null;
  const { id: _id, updatedAt: _updatedAt, ...profile } = record;
  return profile;
}

/** Replaces the profile; the caller has validated it. */
export async function storeProfile(db: RecruiterAllyDb, profile: Profile, now = Date.now()): Promise<number> {
  await db.profile.put({ ...profile, id: 'me', updatedAt: now });
  return now;
}
