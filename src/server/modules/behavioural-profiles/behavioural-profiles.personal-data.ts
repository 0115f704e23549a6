// What a behavioural profile holds about one person, for their export and their erasure.
import type { PersonalDataExport } from '../../../contract/privacy.js';
import type { Database } from '../../db/client.js';
import { deleteProfile, findProfile } from './behavioural-profiles.repo.js';

export async function collectBehaviouralProfile(
  db: Database,
  orgId: string,
  personId: string,
): Promise<Pick<PersonalDataExport, 'behaviouralProfile'>> {
  const row = await findProfile(db, orgId, personId);
  return {
    behaviouralProfile: row && {
      instrument: { key: row.instrumentKey, version: row.instrumentVersion },
      completedAt: row.completedAt.toISOString(),
      answers: row.answers,
      means: row.means,
    },
  };
}

/** Deletes the person's profile; answers 1 when there was one. */
export async function deleteBehaviouralProfileOf(db: Database, orgId: string, personId: string): Promise<number> {
  return (await deleteProfile(db, orgId, personId)) ? 1 : 0;
}
