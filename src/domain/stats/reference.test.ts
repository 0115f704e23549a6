// Our results against what R prints for the public `sleep` and `aml` datasets. The fixture is a copy of
// the team's shared reference file (R: stats::t.test, survival::survfit, survival::survdiff), kept in the
// repository so a clean clone tests against it; see reference/README.md.
// eslint-disable-next-line no-restricted-imports -- the test reads a fixture from disk; the code under test does no I/O
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, logRankTest, pairedTTest, welchTTest } from './index.js';

type ReferenceRow = {
  group: string;
  time: number;
  atRisk: number;
  events: number;
  survival: number;
  standardError: number | null;
  lower95: number | null;
  upper95: number | null;
};
type Reference = {
  sleep: {
    drug1: number[];
    drug2: number[];
    paired: { t: number; df: number; p: number; meanDifference: number; ci95: [number, number] };
    welch: { t: number; df: number; p: number; ci95: [number, number] };
  };
  aml: {
    maintained: { time: number[]; status: (0 | 1)[] };
    nonmaintained: { time: number[]; status: (0 | 1)[] };
    km: ReferenceRow[];
    logrank: { chiSquare: number; df: number; p: number };
  };
};

const reference = JSON.parse(
  readFileSync(new URL('./reference/stats-reference.json', import.meta.url), 'utf8'),
) as Reference;
const tolerance = 1e-6;

function expectClose(actual: number | null, expected: number | null, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expect(Math.abs((actual as number) - expected), `${label}: ${String(actual)} vs R ${expected}`).toBeLessThan(
    tolerance,
  );
}

describe('t-tests on sleep (Student 1908)', () => {
  const { drug1, drug2, paired, welch } = reference.sleep;

  it('paired t-test of drug2 − drug1 matches R', () => {
    const result = pairedTTest(drug1, drug2);
    expectClose(result.t, paired.t, 't');
    expectClose(result.df, paired.df, 'df');
    expectClose(result.p, paired.p, 'p');
    expectClose(result.meanDifference, paired.meanDifference, 'meanDifference');
    expectClose(result.ci[0], paired.ci95[0], 'ci lower');
    expectClose(result.ci[1], paired.ci95[1], 'ci upper');
    expect(result.n).toBe(10);
  });

  it("Welch's t-test of drug2 − drug1 matches R", () => {
    const result = welchTTest(drug2, drug1);
    expectClose(result.t, welch.t, 't');
    expectClose(result.df, welch.df, 'df');
    expectClose(result.p, welch.p, 'p');
    expectClose(result.ci[0], welch.ci95[0], 'ci lower');
    expectClose(result.ci[1], welch.ci95[1], 'ci upper');
  });
});

describe('survival on aml (Miller 1981)', () => {
  const { maintained, nonmaintained, km, logrank } = reference.aml;
  const groups = [
    { name: 'x=Maintained', data: maintained },
    { name: 'x=Nonmaintained', data: nonmaintained },
  ];

  for (const { name, data } of groups) {
    it(`Kaplan–Meier table for ${name} matches survfit`, () => {
      const expected = km.filter((row) => row.group === name);
      const rows = kaplanMeier(data.time, data.status);
      expect(rows.map((row) => row.time)).toEqual(expected.map((row) => row.time));
      rows.forEach((row, index) => {
        const want = expected[index]!;
        const label = `${name} t=${want.time}`;
        expect(row.atRisk, `${label} atRisk`).toBe(want.atRisk);
        expect(row.events, `${label} events`).toBe(want.events);
        expectClose(row.survival, want.survival, `${label} survival`);
        expectClose(row.standardError, want.standardError, `${label} standardError`);
        expectClose(row.lower, want.lower95, `${label} lower`);
        expectClose(row.upper, want.upper95, `${label} upper`);
      });
    });
  }

  it('log-rank test between the groups matches survdiff', () => {
    const result = logRankTest(groups.map(({ data }) => ({ times: data.time, events: data.status })));
    expectClose(result.chiSquare, logrank.chiSquare, 'chiSquare');
    expect(result.df).toBe(logrank.df);
    expectClose(result.p, logrank.p, 'p');
  });
});
