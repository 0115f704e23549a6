// What outcome measurement reads from 360s: per closed cycle of a program, others' mean per
// competency, exactly as the participant's own report shows it (shown groups only). Answers cannot
// change once a cycle closes, so the means are stored then (feedback_cycle_scores, decision 016)
// instead of rebuilding every report on every read.
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { buildReport, type Instrument } from '../../../domain/assessments/index.js';
import { queryRowsAsJson, type Database } from '../../db/client.js';
import { resolveInstrument } from './assessments.instruments.js';
import { feedbackCycleScores, feedbackRaters, type feedbackCycles } from './assessments.table.js';

export type ClosedCycleScores = {
  personId: string;
  phase: 'pre' | 'mid' | 'post';
  instrumentKey: string;
  /** Scale key → others' mean (null when no shown group rated it). */
  others: Record<string, number | null>;
  scales: { key: string; label: string }[];
};

type CycleRow = Pick<
  typeof feedbackCycles.$inferSelect,
  'id' | 'personId' | 'phase' | 'instrumentKey' | 'instrumentVersion' | 'anonymityThreshold'
>;
type ScoreRow = typeof feedbackCycleScores.$inferInsert;

/** Builds these cycles' reports from their submitted answers, as the report route does, and keeps their scores. */
async function scoreCycles(db: Database, orgId: string, cycles: CycleRow[]): Promise<ScoreRow[]> {
  const instruments = new Map<string, Instrument>();
  const rows: ScoreRow[] = [];
  for (let start = 0; start < cycles.length; start += 1000) {
    const batch = cycles.slice(start, start + 1000);
    const raters = await db
      .select({ cycleId: feedbackRaters.cycleId, group: feedbackRaters.group, answers: feedbackRaters.answers })
      .from(feedbackRaters)
      .where(
        and(
          eq(feedbackRaters.orgId, orgId),
          inArray(
            feedbackRaters.cycleId,
            batch.map((cycle) => cycle.id),
          ),
          isNotNull(feedbackRaters.submittedAt),
        ),
      );
    const byCycle = new Map<string, typeof raters>();
    for (const rater of raters) byCycle.set(rater.cycleId, [...(byCycle.get(rater.cycleId) ?? []), rater]);
    for (const cycle of batch) {
      const id = `${cycle.instrumentKey}@${cycle.instrumentVersion}`;
      if (!instruments.has(id)) {
        instruments.set(id, await resolveInstrument(db, orgId, cycle.instrumentKey, cycle.instrumentVersion));
      }
      const report = buildReport(instruments.get(id)!, byCycle.get(cycle.id) ?? [], {
        threshold: cycle.anonymityThreshold,
        seed: cycle.id,
      });
      rows.push({
        orgId,
        cycleId: cycle.id,
        others: Object.fromEntries(report.scales.map((scale) => [scale.scaleKey, scale.others.mean])),
      });
    }
  }
  return rows;
}

async function insertScores(db: Database, rows: ScoreRow[]): Promise<void> {
  // Two reads filling the same cycles at once store the same numbers: the second one's are dropped.
  for (let start = 0; start < rows.length; start += 1000) {
    await db
      .insert(feedbackCycleScores)
      .values(rows.slice(start, start + 1000))
      .onConflictDoNothing();
  }
}

/** Stores a cycle's scores as it closes; `db` is the closing transaction, which holds the cycle's lock. */
export async function storeCycleScores(db: Database, orgId: string, cycle: CycleRow): Promise<void> {
  await insertScores(db, await scoreCycles(db, orgId, [cycle]));
}

export async function listClosedCycleScores(
  db: Database,
  orgId: string,
  programId: string,
): Promise<ClosedCycleScores[]> {
  // Each closed cycle with its stored scores; null for cycles closed before scores were kept.
  const cycles = await queryRowsAsJson<{
    id: string;
    person_id: string;
    phase: ClosedCycleScores['phase'];
    instrument_key: string;
    instrument_version: number;
    anonymity_threshold: number;
    others: Record<string, number | null> | null;
  }>(
    db,
    sql`select c.id, c.person_id, c.phase, c.instrument_key, c.instrument_version, c.anonymity_threshold, s.others
        from feedback_cycles c
        left join feedback_cycle_scores s on s.org_id = c.org_id and s.cycle_id = c.id
        where c.org_id = ${orgId} and c.program_id = ${programId} and c.status = 'closed'`,
  );
  const asCycle = (row: (typeof cycles)[number]): CycleRow => ({
    id: row.id,
    personId: row.person_id,
    phase: row.phase,
    instrumentKey: row.instrument_key,
    instrumentVersion: row.instrument_version,
    anonymityThreshold: row.anonymity_threshold,
  });

  // Cycles closed before this table existed (migration 0013) are scored on their first read, once.
  const missing = cycles.filter((row) => row.others === null).map(asCycle);
  const filled = new Map<string, Record<string, number | null>>();
  if (missing.length > 0) {
    const rows = await scoreCycles(db, orgId, missing);
    await insertScores(db, rows);
    for (const row of rows) filled.set(row.cycleId, row.others);
  }

  // One scale list per instrument version, shared by its cycles.
  const scalesOf = new Map<string, ClosedCycleScores['scales']>();
  for (const row of cycles) {
    const id = `${row.instrument_key}@${row.instrument_version}`;
    if (!scalesOf.has(id)) {
      const instrument = await resolveInstrument(db, orgId, row.instrument_key, row.instrument_version);
      scalesOf.set(
        id,
        instrument.scales.map((scale) => ({ key: scale.key, label: scale.label })),
      );
    }
  }
  return cycles.map((row) => ({
    personId: row.person_id,
    phase: row.phase,
    instrumentKey: row.instrument_key,
    // Every scale of the instrument is there: the report's means as they are.
    others: row.others ?? filled.get(row.id) ?? {},
    scales: scalesOf.get(`${row.instrument_key}@${row.instrument_version}`)!,
  }));
}
