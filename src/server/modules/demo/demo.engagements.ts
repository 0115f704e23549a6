import type { Database } from '../../db/client.js';
import { coachingEngagements } from '../engagements/engagements.table.js';

/**
 * A coaching engagement as publishing a coaching run makes it (status proposed), for the demo's
 * coaching pilot. Its score is not a matching score: the demo pairs the coach by hand.
 */
export async function insertDemoEngagement(
  db: Database,
  values: {
    orgId: string;
    programId: string;
    coachPersonId: string;
    leaderPersonId: string;
    managerPersonId: string | null;
    sponsorPersonId: string;
    startDate: string;
    endDate: string;
    createdAt: Date;
  },
): Promise<void> {
  await db.insert(coachingEngagements).values({
    ...values,
    status: 'proposed',
    origin: 'matching_run',
    matchingRunId: null,
    score: 0,
    reasons: ['Paired by the program team for the pilot'],
    updatedAt: values.createdAt,
  });
}
