// Bench strength: who could step into a key position now or soon, and how the organization's
// cover changed over time. Pure: the service reads the rows, these functions count.

export const readinessLevels = ['ready_now', 'ready_1_2_years', 'ready_3_plus_years'] as const;
export type Readiness = (typeof readinessLevels)[number];

/** A position's bench: successors by readiness; "uncovered" when none is ready now. */
export type PositionBench = { readyNow: number; readySoon: number; later: number; isUncovered: boolean };

export function benchOfPosition(successorReadiness: readonly Readiness[]): PositionBench {
  const count = (level: Readiness) => successorReadiness.filter((readiness) => readiness === level).length;
  const readyNow = count('ready_now');
  return {
    readyNow,
    readySoon: count('ready_1_2_years'),
    later: count('ready_3_plus_years'),
    isUncovered: readyNow === 0,
  };
}

/** What the trend needs, as dates (`YYYY-MM-DD`). A position or successor still current has no end. */
export type PositionSpan = { id: string; createdOn: string; archivedOn: string | null };
export type SuccessorSpan = { positionId: string; personId: string; addedOn: string; removedOn: string | null };
export type ReadinessMark = { positionId: string; personId: string; readiness: Readiness; assessedOn: string };

export type BenchPoint = { date: string; positions: number; covered: number; share: number | null };

const isCurrentOn = (date: string, from: string, until: string | null) =>
  from <= date && (until === null || until > date);

/**
 * The share of key positions with at least one ready-now successor, as it stood on each date.
 * Readiness on a date is the latest mark on or before it for that successor in that position;
 * `marks` must be in the order they were made (oldest first), so a later mark of the same day wins.
 *
 * @example benchTrend([{ id: 'p', createdOn: '2026-01-01', archivedOn: null }], [], [], ['2026-06-30'])
 * // [{ date: '2026-06-30', positions: 1, covered: 0, share: 0 }]
 */
export function benchTrend(
  positions: readonly PositionSpan[],
  successors: readonly SuccessorSpan[],
  marks: readonly ReadinessMark[],
  dates: readonly string[],
): BenchPoint[] {
  return dates.map((date) => {
    const open = positions.filter((position) => isCurrentOn(date, position.createdOn, position.archivedOn));
    const readinessOn = new Map<string, Readiness>();
    for (const mark of marks) {
      if (mark.assessedOn <= date) readinessOn.set(`${mark.positionId}/${mark.personId}`, mark.readiness);
    }
    const covered = open.filter((position) =>
      successors.some(
        (successor) =>
          successor.positionId === position.id &&
          isCurrentOn(date, successor.addedOn, successor.removedOn) &&
          readinessOn.get(`${position.id}/${successor.personId}`) === 'ready_now',
      ),
    ).length;
    return { date, positions: open.length, covered, share: open.length === 0 ? null : covered / open.length };
  });
}

/**
 * The last day of each of the `count` months ending with `today`'s month, oldest first; the current
 * month's point is today itself (its end has not come yet).
 */
export function monthEnds(today: string, count: number): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const dates: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const end = new Date(Date.UTC(year, month - back, 0));
    dates.push(back === 0 ? today : end.toISOString().slice(0, 10));
  }
  return dates;
}
