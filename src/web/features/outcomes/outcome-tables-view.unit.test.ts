import { describe, expect, it } from 'vitest';
import type { BusinessOutcome, EngagementChange, FeedbackChange, Retention } from '../../../contract/outcomes.js';
import { toCsv } from '../../ui/csv';
import {
  businessOutcomesTable,
  engagementTable,
  feedbackChangeTable,
  measurementsTable,
  readinessTable,
  retentionTable,
  tableCsvRows,
} from './outcome-tables-view';

const change: FeedbackChange = {
  participants: 20,
  withBoth: 12,
  onlyPre: 4,
  onlyPost: 2,
  neither: 2,
  competencies: [
    {
      key: 'communication',
      label: 'Communication, listening',
      n: 12,
      result: {
        status: 'ok',
        preMean: 3.1,
        postMean: 3.52,
        meanChange: 0.42,
        ci: [0.1, 0.74],
        p: 0.0123,
        cohensDz: 0.61,
        hedgesGz: 0.57,
      },
    },
    {
      key: 'delegation',
      label: 'Delegation',
      n: 3,
      result: { status: 'not_enough_data', n: 3, minimumN: 5, reason: 'Too few.' },
    },
  ],
  overall: {
    key: 'overall',
    label: 'Overall',
    n: 12,
    result: {
      status: 'ok',
      preMean: 3.2,
      postMean: 3.1,
      meanChange: -0.1,
      ci: [-0.3, 0.1],
      p: 0.0004,
      cohensDz: -0.2,
      hedgesGz: -0.19,
    },
  },
  method: '',
};

const surviving = (label: string, patch: Partial<Retention['participants']> = {}): Retention['participants'] => ({
  label,
  n: 14,
  events: 3,
  points: [{ months: 6, atRisk: 14, events: 3, survival: 0.79, lower: 0.5, upper: 0.92 }],
  medianMonths: null,
  isShown: true,
  ...patch,
});

describe('the 360 table', () => {
  const table = feedbackChangeTable(change, 0.95);

  it('has a row per competency and the overall row last, set apart', () => {
    expect(table.section).toBe('360-change');
    expect(table.columns.map((column) => column.label)).toEqual([
      'Competency',
      'n',
      'Pre mean',
      'Post mean',
      'Change',
      '95% CI',
      'p',
      'Cohen’s dz',
      'Hedges’ gz',
    ]);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Communication, listening', '12', '3.10', '3.52', '+0.42', '[0.10, 0.74]', '0.012', '0.61', '0.57'],
      ['Delegation', '3', 'Not enough data', '–', '–', '–', '–', '–', '–'],
      ['Overall', '12', '3.20', '3.10', '-0.10', '[-0.30, 0.10]', '< 0.001', '-0.20', '-0.19'],
    ]);
    expect(table.rows.map((row) => row.isTotal ?? false)).toEqual([false, false, true]);
  });

  it('downloads exactly the header and the rows shown, quoted where needed', () => {
    const csv = toCsv(tableCsvRows(table));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Competency,n,Pre mean,Post mean,Change,95% CI,p,Cohen’s dz,Hedges’ gz');
    expect(lines[1]).toBe('"Communication, listening",12,3.10,3.52,+0.42,"[0.10, 0.74]",0.012,0.61,0.57');
    expect(lines[3]).toBe('Overall,12,3.20,3.10,-0.10,"[-0.30, 0.10]",< 0.001,-0.20,-0.19');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });
});

describe('the engagement table', () => {
  const engagement: EngagementChange = {
    beforeQuarter: '2025-Q4',
    afterQuarter: '2026-Q3',
    participants: { leaders: 12, before: 3.5, after: 3.9 },
    comparison: { leaders: 30, before: 3.6, after: null },
    result: { status: 'ok', estimate: 0.3, ci: [0.05, 0.55], p: 0.02 },
    comparisonRule: '',
    assumption: '',
    trend: [],
  };

  it('names the quarters and leaves unknown means as a dash', () => {
    const table = engagementTable(engagement);
    expect(table.columns.map((column) => column.label)).toEqual([
      'Group',
      'Leaders',
      'Before (2025-Q4)',
      'After (2026-Q3)',
      'Change',
    ]);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Program leaders', '12', '3.50', '3.90', '+0.40'],
      ['Comparison leaders', '30', '3.60', '–', '–'],
    ]);
    expect(engagementTable({ ...engagement, beforeQuarter: null }).columns[2]!.label).toBe('Before (no quarter)');
  });
});

describe('the survival tables', () => {
  it('lists each shown tier with its median or "not reached"', () => {
    const table = readinessTable([surviving('Middle managers', { medianMonths: 14.25 }), surviving('Senior leaders')]);
    expect(table.section).toBe('promotion-readiness');
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Middle managers', '14', '3', '14.3'],
      ['Senior leaders', '14', '3', 'not reached'],
    ]);
  });

  it('shows both retention groups, a hidden one without its figures', () => {
    const retention: Retention = {
      participants: surviving('Program participants'),
      comparison: surviving('Others of high potential', { n: 3, events: 1, points: [], isShown: false }),
      logRank: { status: 'not_enough_data', n: 3, minimumN: 5, reason: 'Too few.' },
      method: '',
    };
    expect(retentionTable(retention).rows.map((row) => row.cells)).toEqual([
      ['Program participants', '14', '3', 'not reached'],
      ['Others of high potential', '3', 'Not enough data', '–'],
    ]);
  });
});

describe('the business tables', () => {
  const outcome: BusinessOutcome = {
    outcomeId: '0b7e1f0e-1c1a-4d55-9a35-4b4a2f5a7c11',
    kind: 'business',
    name: 'Staff turnover',
    unit: '% per year',
    baseline: 18,
    target: 12,
    n: 8,
    result: { status: 'ok', mean: 14.2, ci: [12.1, 16.3], atTarget: { count: 3, share: 0.375, ci: [0.137, 0.694] } },
    measurements: [
      { leader: { id: 'b', name: 'Bo' }, measuredOn: '2026-01-10', value: 15 },
      { leader: { id: 'a', name: 'Ann' }, measuredOn: '2026-02-10', value: 11.5 },
      { leader: { id: 'b', name: 'Bo' }, measuredOn: '2026-03-10', value: 13 },
    ],
  };

  it('sums each metric up in a row', () => {
    const table = businessOutcomesTable(
      [
        outcome,
        {
          ...outcome,
          outcomeId: 'x',
          name: 'NPS',
          result: { status: 'not_enough_data', n: 2, minimumN: 5, reason: 'Too few.' },
        },
      ],
      0.95,
    );
    expect(table.columns.map((column) => column.label)).toEqual([
      'Metric',
      'Unit',
      'Baseline',
      'Target',
      'n',
      'Mean',
      'Mean 95% CI',
      'Teams at target',
      'Share at target',
      'Share 95% CI',
    ]);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Staff turnover', '% per year', '18', '12', '8', '14.20', '[12.10, 16.30]', '3', '38%', '[14%, 69%]'],
      ['NPS', '% per year', '18', '12', '8', 'Not enough data', '–', '–', '–', '–'],
    ]);
  });

  it('lists the latest measurement per leader, under the metric’s name', () => {
    const table = measurementsTable(outcome);
    expect(table.section).toBe('business-outcomes-Staff turnover');
    expect(table.columns.map((column) => column.label)).toEqual(['Leader', 'Measured on', '% per year']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Ann', '2026-02-10', '11.5'],
      ['Bo', '2026-03-10', '13'],
    ]);
    expect(measurementsTable({ ...outcome, unit: '' }).columns[2]!.label).toBe('Value');
  });
});
