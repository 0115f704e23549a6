// The nine-box grid: performance (1 low – 3 high) across, potential (1 low – 3 high) up.

export type Rating = 1 | 2 | 3;

/** Our names for the nine cells, keyed `performance/potential`. */
const cellNames: Record<string, string> = {
  '1/3': 'Rough diamond',
  '2/3': 'Rising talent',
  '3/3': 'Future leader',
  '1/2': 'Inconsistent',
  '2/2': 'Core contributor',
  '3/2': 'Strong performer',
  '1/1': 'Talent risk',
  '2/1': 'Steady contributor',
  '3/1': 'Trusted expert',
};

export function nineBoxCellName(performance: Rating, potential: Rating): string {
  return cellNames[`${performance}/${potential}`]!;
}

export type NineBoxCell<P> = { performance: Rating; potential: Rating; name: string; people: P[] };

/**
 * Places people in the nine cells, top row (high potential) first, low performance on the left;
 * people without both ratings are returned apart, never guessed into a cell.
 */
export function nineBox<P extends { performanceRating: number | null; potentialRating: number | null }>(
  people: readonly P[],
): { cells: NineBoxCell<P>[]; unrated: P[] } {
  const cells: NineBoxCell<P>[] = [];
  for (const potential of [3, 2, 1] as const) {
    for (const performance of [1, 2, 3] as const) {
      cells.push({ performance, potential, name: nineBoxCellName(performance, potential), people: [] });
    }
  }
  const unrated: P[] = [];
  for (const person of people) {
    const cell = cells.find(
      (candidate) =>
        candidate.performance === person.performanceRating && candidate.potential === person.potentialRating,
    );
    if (cell) cell.people.push(person);
    else unrated.push(person);
  }
  return { cells, unrated };
}
