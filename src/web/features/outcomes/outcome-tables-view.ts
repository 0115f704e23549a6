import type {
  BusinessOutcome,
  EngagementChange,
  FeedbackChange,
  FeedbackChangeRow,
  ProgramOutcomes,
  SurvivalCurve,
} from '../../../contract/outcomes.js';
import {
  changeOf,
  ciLabel,
  formatDecimal,
  formatBracket,
  formatMaybe,
  formatMonths,
  formatP,
  formatPercent,
  formatSigned,
  latestPerLeader,
} from './outcomes-view';

// Each table of the outcomes report as plain text cells: the page draws them and the CSV button
// saves them, so the file holds exactly what the table shows.

export type TableColumn = { label: string; isNumeric?: boolean };
export type TableRow = { key: string; cells: readonly string[]; isTotal?: boolean };

export type TableModel = {
  /** Names the CSV file after the program: "360-change". */
  section: string;
  /** The table's accessible name. */
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
};

/** The header row, then every row: what the CSV file holds. */
export function tableCsvRows(table: TableModel): string[][] {
  return [table.columns.map((column) => column.label), ...table.rows.map((row) => [...row.cells])];
}

const notEnough = 'Not enough data';
const none = '–';

function feedbackCells(row: FeedbackChangeRow): string[] {
  const result = row.result;
  if (result.status === 'not_enough_data')
    return [row.label, String(row.n), notEnough, none, none, none, none, none, none];
  return [
    row.label,
    String(row.n),
    formatDecimal(result.preMean),
    formatDecimal(result.postMean),
    formatSigned(result.meanChange),
    formatBracket(result.ci),
    formatP(result.p),
    formatDecimal(result.cohensDz),
    formatDecimal(result.hedgesGz),
  ];
}

/** Pre against post per competency, and the overall row last. */
export function feedbackChangeTable(change: FeedbackChange, confidence: number): TableModel {
  return {
    section: '360-change',
    caption: '360 change per competency',
    columns: [
      { label: 'Competency' },
      { label: 'n', isNumeric: true },
      { label: 'Pre mean', isNumeric: true },
      { label: 'Post mean', isNumeric: true },
      { label: 'Change', isNumeric: true },
      { label: ciLabel(confidence), isNumeric: true },
      { label: 'p', isNumeric: true },
      { label: 'Cohen’s dz', isNumeric: true },
      { label: 'Hedges’ gz', isNumeric: true },
    ],
    rows: [
      ...change.competencies.map((row) => ({ key: row.key, cells: feedbackCells(row) })),
      { key: `overall:${change.overall.key}`, cells: feedbackCells(change.overall), isTotal: true },
    ],
  };
}

/** Mean team engagement before and after, per group of leaders. */
export function engagementTable(engagement: EngagementChange): TableModel {
  const group = (label: string, side: EngagementChange['participants']) => [
    label,
    String(side.leaders),
    formatMaybe(side.before),
    formatMaybe(side.after),
    formatMaybe(changeOf(side.before, side.after), formatSigned),
  ];
  return {
    section: 'team-engagement',
    caption: 'Team engagement before and after, per group',
    columns: [
      { label: 'Group' },
      { label: 'Leaders', isNumeric: true },
      { label: `Before (${engagement.beforeQuarter ?? 'no quarter'})`, isNumeric: true },
      { label: `After (${engagement.afterQuarter ?? 'no quarter'})`, isNumeric: true },
      { label: 'Change', isNumeric: true },
    ],
    rows: [
      { key: 'participants', cells: group('Program leaders', engagement.participants) },
      { key: 'comparison', cells: group('Comparison leaders', engagement.comparison) },
    ],
  };
}

function curveCells(curve: SurvivalCurve): string[] {
  return [curve.label, String(curve.n), String(curve.events), formatMonths(curve.medianMonths)];
}

/** Per shown tier: people, how many were rated ready now, and the median time to it. */
export function readinessTable(curves: readonly SurvivalCurve[]): TableModel {
  return {
    section: 'promotion-readiness',
    caption: 'Time to ready now, per tier',
    columns: [
      { label: 'Tier' },
      { label: 'n', isNumeric: true },
      { label: 'Rated ready now', isNumeric: true },
      { label: 'Median months', isNumeric: true },
    ],
    rows: curves.map((curve) => ({ key: curve.label, cells: curveCells(curve) })),
  };
}

/** Per group: people, how many left, and the median time to leaving. */
export function retentionTable(retention: ProgramOutcomes['retention']): TableModel {
  const cells = (curve: SurvivalCurve) =>
    curve.isShown ? curveCells(curve) : [curve.label, String(curve.n), notEnough, none];
  return {
    section: 'retention',
    caption: 'Retention per group',
    columns: [
      { label: 'Group' },
      { label: 'n', isNumeric: true },
      { label: 'Left', isNumeric: true },
      { label: 'Median months', isNumeric: true },
    ],
    rows: [
      { key: 'participants', cells: cells(retention.participants) },
      { key: 'comparison', cells: cells(retention.comparison) },
    ],
  };
}

/** One row per business metric: what it measures, and where the teams stand against the target. */
export function businessOutcomesTable(outcomes: readonly BusinessOutcome[], confidence: number): TableModel {
  const ci = ciLabel(confidence);
  return {
    section: 'business-outcomes',
    caption: 'Business outcomes',
    columns: [
      { label: 'Metric' },
      { label: 'Unit' },
      { label: 'Baseline', isNumeric: true },
      { label: 'Target', isNumeric: true },
      { label: 'n', isNumeric: true },
      { label: 'Mean', isNumeric: true },
      { label: `Mean ${ci}`, isNumeric: true },
      { label: 'Teams at target', isNumeric: true },
      { label: 'Share at target', isNumeric: true },
      { label: `Share ${ci}`, isNumeric: true },
    ],
    rows: outcomes.map((outcome) => {
      const start = [outcome.name, outcome.unit, String(outcome.baseline), String(outcome.target), String(outcome.n)];
      const result = outcome.result;
      return {
        key: outcome.outcomeId,
        cells:
          result.status === 'not_enough_data'
            ? [...start, notEnough, none, none, none, none]
            : [
                ...start,
                formatDecimal(result.mean),
                formatBracket(result.ci),
                String(result.atTarget.count),
                formatPercent(result.atTarget.share),
                formatBracket(result.atTarget.ci, (share) => formatPercent(share)),
              ],
      };
    }),
  };
}

/** The latest measurement of each leader's team on one metric. */
export function measurementsTable(outcome: BusinessOutcome): TableModel {
  return {
    section: `business-outcomes-${outcome.name}`,
    caption: `Latest measurement per leader: ${outcome.name}`,
    columns: [{ label: 'Leader' }, { label: 'Measured on' }, { label: outcome.unit || 'Value', isNumeric: true }],
    rows: latestPerLeader(outcome.measurements).map((measurement) => ({
      key: measurement.leader.id,
      cells: [measurement.leader.name, measurement.measuredOn, String(measurement.value)],
    })),
  };
}
