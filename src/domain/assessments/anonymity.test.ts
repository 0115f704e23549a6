import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AssessmentInputError,
  checkThreshold,
  feedbackGroups,
  minimumAnonymityThreshold,
  planDisclosure,
  type Disclosure,
  type FeedbackGroup,
  type RaterCounts,
} from './index.js';

const counts = (partial: Partial<RaterCounts>): RaterCounts => ({
  manager: 0,
  peers: 0,
  direct_reports: 0,
  others: 0,
  ...partial,
});

/** The shown groups as `label: members (responses)`, e.g. `others: peers+others (6)`, for readable asserts. */
function shown(disclosure: Disclosure): string[] {
  return disclosure.groups.map((group) => `${group.label}: ${group.members.join('+')} (${group.responses})`);
}

/**
 * The non-manager groups below the threshold whose figures can be worked out from what is shown:
 * some combination, with coefficients −1, 0 or 1, of the shown groups and of the total over all
 * shown groups that leaves exactly one group that answered. Groups are compared by who answered in
 * them, so pooling with a group that has no responses hides nothing.
 */
function isolatedSmallGroups(disclosure: Disclosure, raterCounts: RaterCounts, threshold: number): FeedbackGroup[] {
  const answered = feedbackGroups.filter((group) => raterCounts[group] > 0);
  const shownSets = disclosure.groups.map((group) => answered.map((g) => (group.members.includes(g) ? 1 : 0)));
  const total = answered.map((_, i) => (shownSets.some((set) => set[i] === 1) ? 1 : 0));
  const sets = [...shownSets, total];
  const isolated = new Set<FeedbackGroup>();
  for (let code = 0; code < 3 ** sets.length; code++) {
    const coefficients = sets.map((_, k) => (Math.floor(code / 3 ** k) % 3) - 1);
    const combination = answered.map((_, i) =>
      sets.reduce((sum, set, k) => sum + (coefficients[k] ?? 0) * (set[i] ?? 0), 0),
    );
    const nonZero = answered.filter((_, i) => combination[i] !== 0);
    const [only] = nonZero;
    if (nonZero.length === 1 && only !== undefined && only !== 'manager' && raterCounts[only] < threshold) {
      isolated.add(only);
    }
  }
  return [...isolated];
}

describe('checkThreshold', () => {
  it('accepts whole numbers from 3 up', () => {
    expect(minimumAnonymityThreshold).toBe(3);
    expect(checkThreshold(3)).toBeNull();
    expect(checkThreshold(7)).toBeNull();
  });

  it('refuses smaller and fractional thresholds', () => {
    for (const threshold of [2, 1, 0, -3, 3.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(checkThreshold(threshold), String(threshold)).toBe('must be a whole number of at least 3');
    }
  });
});

describe('planDisclosure', () => {
  it('shows every group that reaches the threshold on its own', () => {
    const disclosure = planDisclosure(counts({ manager: 1, peers: 4, direct_reports: 5, others: 3 }));
    expect(shown(disclosure)).toEqual([
      'manager: manager (1)',
      'peers: peers (4)',
      'direct_reports: direct_reports (5)',
      'others: others (3)',
    ]);
    expect(disclosure.suppressed).toEqual([]);
  });

  it('shows a single manager, labelled attributed, and no manager group when none answered', () => {
    const withManager = planDisclosure(counts({ manager: 1, peers: 3 }));
    expect(withManager.groups[0]).toEqual({
      label: 'manager',
      members: ['manager'],
      responses: 1,
      isAttributed: true,
    });
    expect(withManager.groups[1]?.isAttributed).toBe(false);
    expect(shown(planDisclosure(counts({ peers: 3 })))).toEqual(['peers: peers (3)']);
  });

  it('keeps the manager group attributed however many managers answered', () => {
    expect(planDisclosure(counts({ manager: 4 })).groups).toEqual([
      { label: 'manager', members: ['manager'], responses: 4, isAttributed: true },
    ]);
  });

  it('merges a small group into others when the merged group reaches the threshold', () => {
    const disclosure = planDisclosure(counts({ peers: 2, direct_reports: 6, others: 1 }));
    expect(shown(disclosure)).toEqual(['direct_reports: direct_reports (6)', 'others: peers+others (3)']);
    expect(disclosure.suppressed).toEqual([]);
  });

  it('merges two small groups into an others group nobody else answered in', () => {
    const disclosure = planDisclosure(counts({ manager: 1, peers: 2, direct_reports: 2 }));
    expect(shown(disclosure)).toEqual(['manager: manager (1)', 'others: peers+direct_reports (4)']);
  });

  it('suppresses a small group that would sit alone in others', () => {
    const disclosure = planDisclosure(counts({ manager: 1, peers: 2, direct_reports: 5 }));
    expect(shown(disclosure)).toEqual(['manager: manager (1)', 'direct_reports: direct_reports (5)']);
    expect(disclosure.suppressed).toEqual(['peers']);
  });

  it('suppresses small groups and others together when the merged group stays below the threshold', () => {
    const disclosure = planDisclosure(counts({ manager: 1, peers: 1, others: 1 }));
    expect(shown(disclosure)).toEqual(['manager: manager (1)']);
    expect(disclosure.suppressed).toEqual(['peers', 'others']);
    expect(planDisclosure(counts({ others: 2, direct_reports: 3 })).suppressed).toEqual(['others']);
  });

  it('never lets the manager make up a small group', () => {
    expect(planDisclosure(counts({ manager: 2, peers: 1 })).suppressed).toEqual(['peers']);
  });

  it('applies a stricter threshold', () => {
    const disclosure = planDisclosure(counts({ peers: 4, direct_reports: 5, others: 4 }), 5);
    expect(shown(disclosure)).toEqual(['direct_reports: direct_reports (5)', 'others: peers+others (8)']);
    expect(planDisclosure(counts({ peers: 4 }), 5).suppressed).toEqual(['peers']);
  });

  it('shows nothing and suppresses nothing when nobody answered', () => {
    expect(planDisclosure(counts({}))).toEqual({ groups: [], suppressed: [] });
  });

  it('refuses a threshold below 3 and counts that are not whole numbers', () => {
    expect(() => planDisclosure(counts({ peers: 2 }), 2)).toThrow(AssessmentInputError);
    expect(() => planDisclosure(counts({ peers: 2 }), 2)).toThrow('threshold: must be a whole number of at least 3');
    expect(() => planDisclosure(counts({ peers: -1 }))).toThrow('counts.peers: must be a whole number of at least 0');
    expect(() => planDisclosure(counts({ others: 1.5 }))).toThrow('counts.others');
  });
});

describe('the leak check used by the properties below', () => {
  it('finds a small group that overlapping groups give away', () => {
    const raterCounts = counts({ peers: 2, others: 4 });
    const leaky: Disclosure = {
      groups: [
        { label: 'others', members: ['peers', 'others'], responses: 6, isAttributed: false },
        { label: 'peers', members: ['others'], responses: 4, isAttributed: false },
      ],
      suppressed: [],
    };
    expect(isolatedSmallGroups(leaky, raterCounts, 3)).toEqual(['peers']);
  });

  it('finds a small group that a total leaves behind after subtracting the others', () => {
    const raterCounts = counts({ peers: 2, direct_reports: 4 });
    const leaky: Disclosure = {
      groups: [
        { label: 'direct_reports', members: ['direct_reports'], responses: 4, isAttributed: false },
        { label: 'others', members: ['peers'], responses: 2, isAttributed: false },
      ],
      suppressed: [],
    };
    expect(isolatedSmallGroups(leaky, raterCounts, 3)).toEqual(['peers']);
  });

  it('finds nothing in a plan that pools small groups', () => {
    const raterCounts = counts({ manager: 1, peers: 2, direct_reports: 2, others: 4 });
    expect(isolatedSmallGroups(planDisclosure(raterCounts), raterCounts, 3)).toEqual([]);
  });
});

describe('planDisclosure properties', () => {
  const scenarios = fc.record({
    raterCounts: fc.record({
      manager: fc.integer({ min: 0, max: 12 }),
      peers: fc.integer({ min: 0, max: 12 }),
      direct_reports: fc.integer({ min: 0, max: 12 }),
      others: fc.integer({ min: 0, max: 12 }),
    }),
    threshold: fc.integer({ min: 3, max: 6 }),
  });

  it('shows only non-manager groups that reach the threshold, each counting its members', () => {
    fc.assert(
      fc.property(scenarios, ({ raterCounts, threshold }) => {
        for (const group of planDisclosure(raterCounts, threshold).groups) {
          expect(group.responses).toBe(group.members.reduce((sum, member) => sum + raterCounts[member], 0));
          expect(group.isAttributed).toBe(group.label === 'manager');
          if (group.label !== 'manager') expect(group.responses).toBeGreaterThanOrEqual(threshold);
          if (group.label === 'manager') expect(group.members).toEqual(['manager']);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('shows disjoint groups and accounts for every group that answered exactly once', () => {
    fc.assert(
      fc.property(scenarios, ({ raterCounts, threshold }) => {
        const disclosure = planDisclosure(raterCounts, threshold);
        const displayed = disclosure.groups.flatMap((group) => group.members);
        expect(new Set(displayed).size).toBe(displayed.length);
        const accounted = [...displayed, ...disclosure.suppressed];
        expect(new Set(accounted).size).toBe(accounted.length);
        expect(new Set(accounted)).toEqual(new Set(feedbackGroups.filter((group) => raterCounts[group] > 0)));
        if (raterCounts.manager > 0) expect(displayed).toContain('manager');
      }),
      { numRuns: 1000 },
    );
  });

  it('lets no combination of shown groups and their total single out a group below the threshold', () => {
    fc.assert(
      fc.property(scenarios, ({ raterCounts, threshold }) => {
        expect(isolatedSmallGroups(planDisclosure(raterCounts, threshold), raterCounts, threshold)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
