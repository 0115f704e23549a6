import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestPartners, type SuggestionCandidate } from './suggest.js';

const candidate = (partnerId: string, score: number, openPlaces = 1): SuggestionCandidate => ({
  partnerId,
  score,
  openPlaces,
});

const mentees = (count: number) => Array.from({ length: count }, (_, index) => `mentee-${index}`);
const ids = (list: readonly SuggestionCandidate[]) => list.map((entry) => entry.partnerId);

describe('suggestPartners', () => {
  const many = Array.from({ length: 12 }, (_, index) => candidate(`m${index}`, 90 - 10 * index));

  it('shows five by default and at most count', () => {
    expect(suggestPartners('dana', many)).toHaveLength(5);
    expect(suggestPartners('dana', many, { count: 3 })).toHaveLength(3);
    expect(suggestPartners('dana', many, { count: 0 })).toEqual([]);
    expect(suggestPartners('dana', many.slice(0, 2), { count: 5 })).toHaveLength(2);
    expect(suggestPartners('dana', [])).toEqual([]);
  });

  it('orders clearly different scores best first', () => {
    expect(ids(suggestPartners('dana', many))).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
  });

  it('never shows a mentor without a place left', () => {
    const list = [candidate('full', 99, 0), candidate('over', 98, -1), candidate('open', 10, 1)];
    expect(ids(suggestPartners('dana', list))).toEqual(['open']);
    for (const menteeId of mentees(30)) {
      expect(ids(suggestPartners(menteeId, list))).not.toContain('full');
    }
    expect(suggestPartners('dana', [candidate('full', 99, 0)])).toEqual([]);
  });

  it('always puts a clearly better mentor first, for every mentee', () => {
    const list = [
      ...Array.from({ length: 8 }, (_, index) => candidate(`near${index}`, 80 - (index % 3))),
      candidate('best', 85.5),
    ];
    for (const menteeId of mentees(50)) {
      expect(suggestPartners(menteeId, list)[0]!.partnerId).toBe('best');
    }
  });

  it('treats a mentor exactly tolerance above the rest as near-equal', () => {
    const list = [candidate('top', 85), ...Array.from({ length: 5 }, (_, index) => candidate(`m${index}`, 80))];
    const firsts = new Set(mentees(60).map((menteeId) => suggestPartners(menteeId, list)[0]!.partnerId));
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('honours a custom tolerance', () => {
    const list = [candidate('top', 90), ...Array.from({ length: 5 }, (_, index) => candidate(`m${index}`, 81))];
    // Within a tolerance of 10 the top mentor is near-equal: not everyone's first suggestion.
    const wide = new Set(
      mentees(60).map((menteeId) => suggestPartners(menteeId, list, { tolerance: 10 })[0]!.partnerId),
    );
    expect(wide.size).toBeGreaterThan(1);
    // With tolerance 0 only exact ties rotate.
    for (const menteeId of mentees(20)) {
      expect(suggestPartners(menteeId, list, { tolerance: 0 })[0]!.partnerId).toBe('top');
    }
  });

  it('spreads the first suggestion over equally good mentors', () => {
    const list = Array.from({ length: 10 }, (_, index) => candidate(`mentor-${index}`, 75));
    const firsts = new Map<string, number>();
    for (const menteeId of mentees(40)) {
      const first = suggestPartners(menteeId, list)[0]!.partnerId;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    expect(Math.max(...firsts.values())).toBeLessThanOrEqual(20);
    expect(firsts.size).toBeGreaterThanOrEqual(4);
  });

  it('gives the same mentee the same order every time, whatever the input order', () => {
    const list = Array.from({ length: 10 }, (_, index) => candidate(`mentor-${index}`, 70 + (index % 4)));
    const first = ids(suggestPartners('dana', list));
    expect(ids(suggestPartners('dana', list))).toEqual(first);
    expect(ids(suggestPartners('dana', [...list].reverse()))).toEqual(first);
  });

  it('does not change the candidates it is given', () => {
    const list = Array.from({ length: 6 }, (_, index) => candidate(`m${index}`, 50 + index));
    const copy = structuredClone(list);
    suggestPartners('dana', list, { count: 2 });
    expect(list).toEqual(copy);
  });

  it('returns the caller’s own candidate objects, without duplicates', () => {
    type Rich = SuggestionCandidate & { name: string };
    const list: Rich[] = Array.from({ length: 8 }, (_, index) => ({
      ...candidate(`m${index}`, 60 + (index % 2)),
      name: `Mentor ${index}`,
    }));
    const shown = suggestPartners('dana', list);
    expect(new Set(ids(shown)).size).toBe(shown.length);
    for (const entry of shown) expect(list).toContain(entry);
    expect(shown[0]!.name).toMatch(/^Mentor \d$/);
  });

  it('moves to the next band once a band is shown', () => {
    const list = [
      candidate('a1', 90),
      candidate('a2', 88),
      candidate('b1', 70),
      candidate('b2', 69),
      candidate('c1', 40),
    ];
    for (const menteeId of mentees(20)) {
      const shown = ids(suggestPartners(menteeId, list, { count: 4 }));
      expect(new Set(shown.slice(0, 2))).toEqual(new Set(['a1', 'a2']));
      expect(new Set(shown.slice(2))).toEqual(new Set(['b1', 'b2']));
    }
  });
});

describe('suggestPartners properties', () => {
  const candidatesArb = fc.uniqueArray(
    fc.record({
      partnerId: fc.string({ minLength: 1, maxLength: 6 }),
      score: fc.integer({ min: 0, max: 10_000 }).map((value) => value / 100),
      openPlaces: fc.integer({ min: 0, max: 3 }),
    }),
    { selector: (entry) => entry.partnerId, maxLength: 25 },
  );

  it('shows at most count, no full mentor, no duplicates, and nobody much better left out', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10 }),
        candidatesArb,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 20 }),
        (menteeId, candidates, count, tolerance) => {
          const shown = suggestPartners(menteeId, candidates, { count, tolerance });
          const open = candidates.filter((entry) => entry.openPlaces > 0);
          expect(shown.length).toBeLessThanOrEqual(count);
          expect(shown.length).toBe(Math.min(count, open.length));
          expect(shown.every((entry) => entry.openPlaces > 0)).toBe(true);
          expect(new Set(shown.map((entry) => entry.partnerId)).size).toBe(shown.length);
          for (const entry of shown) expect(candidates).toContain(entry);
          const unshown = open.filter((entry) => !shown.includes(entry));
          for (const entry of shown) {
            for (const other of unshown) expect(entry.score).toBeGreaterThanOrEqual(other.score - tolerance);
          }
          // Stable: asking again gives the same answer.
          expect(suggestPartners(menteeId, candidates, { count, tolerance })).toEqual(shown);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('with the defaults, never more than five', () => {
    fc.assert(
      fc.property(fc.string(), candidatesArb, (menteeId, candidates) => {
        expect(suggestPartners(menteeId, candidates).length).toBeLessThanOrEqual(5);
      }),
    );
  });
});
