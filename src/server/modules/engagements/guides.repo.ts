import { and, count, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { coachingEngagements, mentoringRelationships } from './engagements.table.js';

/**
 * Whether `guideId` mentors or coaches `personId` now: a mentoring relationship or coaching
 * engagement between them that is proposed, active or paused.
 */
export async function isGuideOf(db: Database, orgId: string, guideId: string, personId: string): Promise<boolean> {
  const [mentoring] = await db
    .select({ total: count() })
    .from(mentoringRelationships)
    .where(
      and(
        eq(mentoringRelationships.orgId, orgId),
        eq(mentoringRelationships.mentorPersonId, guideId),
        eq(mentoringRelationships.menteePersonId, personId),
        inArray(mentoringRelationships.status, ['proposed', 'active']),
      ),
    );
  const [coaching] = await db
    .select({ total: count() })
    .from(coachingEngagements)
    .where(
      and(
        eq(coachingEngagements.orgId, orgId),
        eq(coachingEngagements.coachPersonId, guideId),
        eq(coachingEngagements.leaderPersonId, personId),
        inArray(coachingEngagements.status, ['proposed', 'active', 'paused']),
      ),
    );
  return Number(mentoring?.total ?? 0) + Number(coaching?.total ?? 0) > 0;
}
