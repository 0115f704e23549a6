import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { approachRecommendations } from './approach.table.js';

export type RecommendationRow = typeof approachRecommendations.$inferSelect;

export async function insertRecommendation(
  db: Database,
  values: typeof approachRecommendations.$inferInsert,
): Promise<RecommendationRow> {
  const [row] = await db.insert(approachRecommendations).values(values).returning();
  return row!;
}

export async function findLatestRecommendation(
  db: Database,
  orgId: string,
  personId: string,
): Promise<RecommendationRow | null> {
  const [row] = await db
    .select()
    .from(approachRecommendations)
    .where(and(eq(approachRecommendations.orgId, orgId), eq(approachRecommendations.personId, personId)))
    .orderBy(desc(approachRecommendations.createdAt), desc(approachRecommendations.id))
    .limit(1);
  return row ?? null;
}

export async function setOverride(
  db: Database,
  orgId: string,
  recommendationId: string,
  override: { approach: string; reason: string; userId: string; at: Date },
): Promise<void> {
  await db
    .update(approachRecommendations)
    .set({
      overrideApproach: override.approach,
      overrideReason: override.reason,
      overriddenByUserId: override.userId,
      overriddenAt: override.at,
    })
    .where(and(eq(approachRecommendations.orgId, orgId), eq(approachRecommendations.id, recommendationId)));
}
