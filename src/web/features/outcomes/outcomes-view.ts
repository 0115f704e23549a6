import type {
  BusinessOutcome,
  EngagementChange,
  FeedbackChange,
  FeedbackChangeRow,
  KirkpatrickLevel,
  ProgramOutcomes,
  SurvivalCurve,
} from '../../../contract/outcomes.js';

// Words and numbers for the outcomes pages, kept free of React so they are easy to test. Numbers
// use the ASCII minus: the tables' text goes into CSV files, where spreadsheets must read it.

export type Interval = readonly [number, number];
export type KirkpatrickLevelKey = KirkpatrickLevel['level'];

/** A known key's label, else `fallback` (the key itself): the API sends `type` and `status` as plain strings. */
export function labelOf(labels: Readonly<Record<string, string>>, key: string, fallback = key): string {
  return Object.hasOwn(labels, key) ? labels[key]! : fallback;
}

/** "0.42" with `digits` decimals; never "-0.00". */
export function formatDecimal(value: number, digits = 2): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** A change with its sign: "+0.42", "-0.42", "0.00". */
export function formatSigned(value: number, digits = 2): string {
  const text = formatDecimal(value, digits);
  return Number(text) > 0 ? `+${text}` : text;
}

/** "0.10 to 0.74", each end written by `format`. */
export function formatInterval(ci: Interval, format: (value: number) => string = formatDecimal): string {
  return `${format(ci[0])} to ${format(ci[1])}`;
}

/**
 * An interval as tables write it: "[-0.30, 0.10]". The bracket also keeps a spreadsheet from
 * reading a leading minus as the start of a formula.
 */
export function formatBracket(ci: Interval, format: (value: number) => string = formatDecimal): string {
  return `[${format(ci[0])}, ${format(ci[1])}]`;
}

/** A p-value as "0.021", or "< 0.001" when it is that small. */
export function formatP(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

/** "p = 0.021" or "p < 0.001". */
export function pText(p: number): string {
  const value = formatP(p);
  return value.startsWith('<') ? `p ${value}` : `p = ${value}`;
}

/** A share (0–1) as "42%". */
export function formatPercent(share: number, digits = 0): string {
  return `${formatDecimal(share * 100, digits)}%`;
}

/** A median in months, or "not reached" when the curve never got to one half. */
export function formatMonths(months: number | null): string {
  return months === null ? 'not reached' : formatDecimal(months, 1);
}

/** An amount in the program's currency: "€120,000"; a code the browser does not know reads "XYZ 120,000". */
export function formatMoney(amount: number, currency: string): string {
  if (currency.trim() === '') return new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(amount);
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${currency} ${new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(amount)}`;
  }
}

/** "95% CI": the name of an interval at the report's confidence level. */
export function ciLabel(confidence: number): string {
  return `${formatDecimal(confidence * 100, confidence * 100 === Math.round(confidence * 100) ? 0 : 1)}% CI`;
}

/** "1 participant", "24 participants". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The section's size, as its heading shows it: "n = 18". */
export function nLabel(n: number): string {
  return `n = ${n}`;
}

/**
 * Who has which 360s: "24 participants: 18 with both a pre and a post 360, 3 only pre, 2 only
 * post, 1 with neither."
 */
export function feedbackCountsLine(change: FeedbackChange): string {
  return (
    `${countOf(change.participants, 'participant', 'participants')}: ${change.withBoth} with both a pre and a post 360, ` +
    `${change.onlyPre} only pre, ${change.onlyPost} only post, ${change.neither} with neither.`
  );
}

export type NotEnoughGroup = { reason: string; labels: string[] };

/**
 * The rows without a figure, grouped by their reason, so one reason shared by many competencies
 * is said once, with the competencies it covers.
 */
export function notEnoughGroups(rows: readonly FeedbackChangeRow[]): NotEnoughGroup[] {
  const groups: NotEnoughGroup[] = [];
  for (const row of rows) {
    if (row.result.status !== 'not_enough_data') continue;
    const reason = row.result.reason;
    const group = groups.find((entry) => entry.reason === reason);
    if (group === undefined) groups.push({ reason, labels: [row.label] });
    else group.labels.push(row.label);
  }
  return groups;
}

export type ForestRow = { label: string; estimate: number; ci: Interval; isOverall: boolean };

/** The rows the forest plot draws: the competencies with a figure, then the overall row if it has one. */
export function forestRows(change: FeedbackChange): ForestRow[] {
  const rows = [
    ...change.competencies.map((row) => ({ row, isOverall: false })),
    { row: change.overall, isOverall: true },
  ];
  return rows.flatMap(({ row, isOverall }) =>
    row.result.status === 'ok'
      ? [{ label: row.label, estimate: row.result.meanChange, ci: row.result.ci, isOverall }]
      : [],
  );
}

/** After minus before, when both are known. */
export function changeOf(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}

/** A mean, or "–" when there is none. */
export function formatMaybe(value: number | null, format: (value: number) => string = formatDecimal): string {
  return value === null ? '–' : format(value);
}

/** The engagement section's size: the leaders on both sides. */
export function engagementN(engagement: Pick<EngagementChange, 'participants' | 'comparison'>): string {
  return `${nLabel(engagement.participants.leaders)} program leaders, ${engagement.comparison.leaders} comparison leaders`;
}

/** The shown tiers' curves and the tiers hidden for being too small. */
export function splitTiers(readiness: ProgramOutcomes['readiness']): {
  shown: SurvivalCurve[];
  hidden: SurvivalCurve[];
} {
  const curves = readiness.tiers.map((entry) => entry.curve);
  return {
    shown: curves.filter((curve) => curve.isShown && curve.points.length > 0),
    hidden: curves.filter((curve) => !curve.isShown || curve.points.length === 0),
  };
}

/** "Not shown: Executives, Senior leaders (fewer than 5 people each)." */
export function hiddenCurvesLine(hidden: readonly SurvivalCurve[], minimumN: number): string | null {
  if (hidden.length === 0) return null;
  const labels = hidden.map((curve) => curve.label);
  const each = hidden.length === 1 ? '' : ' each';
  return `Not shown: ${joinLabels(labels)} (fewer than ${minimumN} people${each}).`;
}

/** "a", "a and b", "a, b and c". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** The sum of the curves' people. */
export function curvesN(curves: readonly Pick<SurvivalCurve, 'n'>[]): number {
  return curves.reduce((sum, curve) => sum + curve.n, 0);
}

export type Measurement = BusinessOutcome['measurements'][number];

/**
 * The latest measurement of each leader's team, by leader name: a later one supersedes the
 * earlier (the same day: the one listed last), as in the figures.
 */
export function latestPerLeader(measurements: readonly Measurement[]): Measurement[] {
  const latest = new Map<string, Measurement>();
  for (const measurement of measurements) {
    const kept = latest.get(measurement.leader.id);
    if (kept === undefined || measurement.measuredOn >= kept.measuredOn) latest.set(measurement.leader.id, measurement);
  }
  return [...latest.values()].sort(
    (a, b) => a.leader.name.localeCompare(b.leader.name) || a.leader.id.localeCompare(b.leader.id),
  );
}

/** How many leaders' teams have a measurement on any of the metrics. */
export function measuredLeaders(outcomes: readonly BusinessOutcome[]): number {
  return new Set(outcomes.flatMap((outcome) => outcome.measurements.map((measurement) => measurement.leader.id))).size;
}

export const kirkpatrickTitles: Record<KirkpatrickLevelKey, string> = {
  reaction: 'Reaction',
  learning: 'Learning',
  behaviour: 'Behaviour',
  results: 'Results',
};

export type KirkpatrickCard = {
  level: KirkpatrickLevelKey;
  number: number;
  title: string;
  entry: KirkpatrickLevel | null;
};

/** The four levels in their order, each with what the API sent for it (null when it sent nothing). */
export function kirkpatrickCards(levels: readonly KirkpatrickLevel[]): KirkpatrickCard[] {
  return (Object.keys(kirkpatrickTitles) as KirkpatrickLevelKey[]).map((level, index) => ({
    level,
    number: index + 1,
    title: kirkpatrickTitles[level],
    entry: levels.find((entry) => entry.level === level) ?? null,
  }));
}

/** The benefit–cost ratio as "2.35 : 1". */
export function formatRatio(ratio: number): string {
  return `${formatDecimal(ratio)} : 1`;
}

/** "From -12% to 85%": ROI % at the low and the high end of the assumptions. */
export function sensitivityLine(sensitivity: { low: number; high: number }): string {
  return `${formatDecimal(sensitivity.low, 0)}% to ${formatDecimal(sensitivity.high, 0)}%`;
}

/** What the forest plot shows, for screen readers: every row's change and interval. */
export function forestDescription(rows: readonly ForestRow[], confidence: number): string {
  if (rows.length === 0) return 'No competency has enough data to show a change.';
  const parts = rows.map(
    (row) => `${row.label}: ${formatSigned(row.estimate)} (${ciLabel(confidence)} ${formatInterval(row.ci)})`,
  );
  return `Change from pre to post 360, with ${ciLabel(confidence)}s, against no change at zero. ${parts.join('; ')}.`;
}

/** What the trend chart shows, for screen readers: each group's mean per quarter. */
export function trendDescription(trend: EngagementChange['trend']): string {
  if (trend.length === 0) return 'No quarters to show yet.';
  const series = (label: string, side: 'participants' | 'comparison') =>
    `${label}: ${trend
      .map((point) => `${point.quarter} ${point[side].mean === null ? 'no data' : formatDecimal(point[side].mean)}`)
      .join(', ')}`;
  return `Mean team engagement per quarter. ${series('Program leaders', 'participants')}. ${series('Comparison leaders', 'comparison')}.`;
}

/**
 * What a Kaplan–Meier chart shows, for screen readers: per curve its people and events, where it
 * ends with its interval, and the median. `still` says what the share is ("not yet ready now"),
 * `event` what ends it ("rated ready now"), `since` where the months count from ("enrollment").
 */
export function survivalDescription(
  curves: readonly SurvivalCurve[],
  words: { still: string; event: string; since: string },
  confidence: number,
): string {
  const parts = curves.map((curve) => {
    const last = curve.points[curve.points.length - 1];
    const head = `${curve.label} (${nLabel(curve.n)}, ${curve.events} ${words.event})`;
    const median =
      curve.medianMonths === null ? 'median not reached' : `median ${formatMonths(curve.medianMonths)} months`;
    if (last === undefined) return `${head}: no curve`;
    const ci = `${ciLabel(confidence)} ${formatInterval([last.lower, last.upper], (share) => formatPercent(share))}`;
    return `${head}: ${formatPercent(last.survival)} ${words.still} at ${formatDecimal(last.months, 1)} months (${ci}); ${median}`;
  });
  return `Share ${words.still} by months since ${words.since}, with ${ciLabel(confidence)} bands. ${parts.join('. ')}.`;
}
