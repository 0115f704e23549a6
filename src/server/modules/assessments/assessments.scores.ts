// What outcome measurement reads from 360s: per closed cycle of a program, others' mean per
// competency, exactly as the participant's own report shows it (shown groups only).
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { buildReport, type Instrument } from '../../../domain/assessments/index.js';
import type { Database } from '../../db/client.js';
import { resolveInstrument } from './assessments.instruments.js';
import { feedbackCycles, feedbackRaters } from './assessments.table.js';

export type ClosedCycleScores = {
  personId: string;
  phase: 'pre' | 'mid' | 'post';
  instrumentKey: string;
  /** Scale key → others' mean (null when no shown group rated it). */
  others: Record<string, number | null>;
  scales: { key: string; label: string }[];
};

export async function listClosedCycleScores(
  db: Database,
  orgId: string,
  programId: string,
): Promise<ClosedCycleScores[]> {
  const cycles = await db
    .select()
    .from(feedbackCycles)
    .where(
      and(
        eq(feedbackCycles.orgId, orgId),
        eq(feedbackCycles.programId, programId),
        eq(feedbackCycles.status, 'closed'),
      ),
    );
  if (cycles.length === 0) return [];
  const responses = new Map<
    string,
    { group: (typeof feedbackRaters.$inferSelect)['group']; answers: Record<string, number | string | null> }[]
  >();
  for (let start = 0; start < cycles.length; start += 1000) {
    const rows = await db
      .select({ cycleId: feedbackRaters.cycleId, group: feedbackRaters.group, answers: feedbackRaters.answers })
      .from(feedbackRaters)
      .where(
        and(
          eq(feedbackRaters.orgId, orgId),
          inArray(
            feedbackRaters.cycleId,
            cycles.slice(start, start + 1000).map((cycle) => cycle.id),
          ),
          isNotNull(feedbackRaters.submittedAt),
        ),
      );
    for (const row of rows) responses.set(row.cycleId, [...(responses.get(row.cycleId) ?? []), row]);
  }
  const instruments = new Map<string, Instrument>();
  const scores: ClosedCycleScores[] = [];
  for (const cycle of cycles) {
    const instrumentId = `${cycle.instrumentKey}@${cycle.instrumentVersion}`;
    if (!instruments.has(instrumentId)) {
      instruments.set(instrumentId, await resolveInstrument(db, orgId, cycle.instrumentKey, cycle.instrumentVersion));
    }
    const instrument = instruments.get(instrumentId)!;
    const report = buildReport(instrument, responses.get(cycle.id) ?? [], {
      threshold: cycle.anonymityThreshold,
      seed: cycle.id,
    });
    scores.push({
      personId: cycle.personId,
      phase: cycle.phase,
      instrumentKey: cycle.instrumentKey,
      others: Object.fromEntries(report.scales.map((scale) => [scale.scaleKey, scale.others.mean])),
      scales: report.scales.map((scale) => ({ key: scale.scaleKey, label: scale.label })),
    });
  }
  return scores;
}
