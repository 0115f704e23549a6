import type {
  minimumTeamPulseResponses,
  MyTeamPulse,
  PulseLeaderResult,
  PulseSurvey,
  PulseSurveyStatus,
} from '../../../contract/team-pulse.js';
import { formatCalendarDate } from '../engagements/engagement-view';

// Words, defaults and chart geometry for the team-pulse pages, kept free of React so they are easy to test.

export type TeamPulseItem = MyTeamPulse['items'][number];

// Literals, not the contract's values: importing a value from the contract would pull zod into the bundle.
/** The fewest responses a survey may ask for before a score shows (minimumTeamPulseResponses). */
export const lowestMinimum = 5 satisfies typeof minimumTeamPulseResponses;
export const highestMinimum = 50;
/** How long a new survey stays open unless the admin chooses otherwise; the API's default too. */
export const defaultAnswerDays = 14;

export const pulseStatusLabels: Record<PulseSurveyStatus, string> = { open: 'Open', closed: 'Closed' };
export const pulseStatusColors: Record<PulseSurveyStatus, string> = { open: 'blue', closed: 'gray' };

/** What admins are told before starting a survey: who is asked, and when a score shows. */
export const startSentence =
  'Every leader with at least the minimum number of direct reports gets their team surveyed; a leader’s score is shown ' +
  'only after the survey closes, and only when at least the minimum number of people answered.';

/** The quarter a date falls in where the admin is, as the API writes it: "2026-Q4". */
export function quarterOf(date: Date): string {
  return `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}`;
}

/** The calendar date `days` after `date` where the user is, as "2026-12-15". */
export function dateAfterDays(date: Date, days: number): string {
  const later = new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
  const month = String(later.getMonth() + 1).padStart(2, '0');
  const day = String(later.getDate()).padStart(2, '0');
  return `${later.getFullYear()}-${month}-${day}`;
}

export type StartField = 'quarter' | 'closesOn' | 'minimumResponses';

/**
 * What the start form must fix before it is sent, by field; empty when it can go. `today` is a
 * calendar date like `closesOn`, so the two compare as text.
 */
export function startProblems(
  values: { quarter: string; closesOn: string; minimumResponses: number | string },
  today: string,
): Partial<Record<StartField, string>> {
  const problems: Partial<Record<StartField, string>> = {};
  if (!/^\d{4}-Q[1-4]$/.test(values.quarter.trim())) problems.quarter = 'Write the quarter like 2026-Q4.';
  if (values.closesOn === '') problems.closesOn = 'Choose the last day to answer.';
  else if (values.closesOn < today) problems.closesOn = 'The last day to answer cannot be in the past.';
  const minimum = Number(values.minimumResponses);
  if (
    values.minimumResponses === '' ||
    !Number.isInteger(minimum) ||
    minimum < lowestMinimum ||
    minimum > highestMinimum
  ) {
    problems.minimumResponses = `Must be a whole number from ${lowestMinimum} to ${highestMinimum}.`;
  }
  return problems;
}

/** A mean score with one decimal: "4.2". */
export function formatPulseScore(score: number): string {
  return score.toFixed(1);
}

/** "3 of 7": responses of people invited. */
export function responsesOf(responses: number, invited: number): string {
  return `${responses} of ${invited}`;
}

/** Why a closed survey shows no score: "Not enough responses (3 of 5)". */
export function notEnoughText(responses: number, minimum: number): string {
  return `Not enough responses (${responses} of ${minimum})`;
}

/**
 * A leader's score in the admin's results: the score once shown, else why there is none.
 *
 * @example leaderScoreText({ score: null, isShown: false, responses: 3 }, { status: 'closed', minimumResponses: 5 })
 *   // 'Not enough responses (3 of 5)'
 */
export function leaderScoreText(
  result: Pick<PulseLeaderResult, 'score' | 'isShown' | 'responses'>,
  survey: Pick<PulseSurvey, 'status' | 'minimumResponses'>,
): string {
  if (result.isShown && result.score !== null) return formatPulseScore(result.score);
  if (survey.status === 'open') return 'Shown after close';
  return notEnoughText(result.responses, survey.minimumResponses);
}

/** The leader's own quarter: the score once shown, else the honest reason there is none. */
export function myScoreText(
  item: Pick<TeamPulseItem, 'status' | 'closesOn' | 'score' | 'isShown' | 'responses' | 'minimumResponses'>,
): string {
  if (item.isShown && item.score !== null) return formatPulseScore(item.score);
  if (item.status === 'open') return `Shown after close (answers until ${formatCalendarDate(item.closesOn)})`;
  return `${notEnoughText(item.responses, item.minimumResponses)}: no score, to keep answers anonymous`;
}

export type TrendPoint = { quarter: string; score: number };

/** The shown scores, oldest quarter first (the API lists newest first), for a chart over time. */
export function shownTrend(items: readonly TeamPulseItem[]): TrendPoint[] {
  return items
    .flatMap((item) => (item.isShown && item.score !== null ? [{ quarter: item.quarter, score: item.score }] : []))
    .sort((a, b) => a.quarter.localeCompare(b.quarter));
}

export type ChartFrame = {
  width: number;
  height: number;
  /** Room kept free on each side for the axis labels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The values at the bottom and the top of the plot. */
  min: number;
  max: number;
};

/**
 * Where each point sits: spread evenly left to right, a value's height within min..max
 * (clamped). One point sits in the middle.
 */
export function trendPositions(values: readonly number[], frame: ChartFrame): { x: number; y: number }[] {
  const plotWidth = frame.width - frame.left - frame.right;
  return values.map((value, index) => ({
    x: values.length === 1 ? frame.left + plotWidth / 2 : frame.left + (plotWidth * index) / (values.length - 1),
    y: valueY(value, frame),
  }));
}

/** The height of a value within min..max (clamped), for points and grid lines alike. */
export function valueY(value: number, frame: ChartFrame): number {
  const plotHeight = frame.height - frame.top - frame.bottom;
  const span = frame.max - frame.min;
  const share = span <= 0 ? 0 : Math.min(1, Math.max(0, (value - frame.min) / span));
  return frame.top + plotHeight * (1 - share);
}

/** What a team member is told before answering: anonymous, final, and shown only as an average. */
export function pulsePrivacySentence(leaderName: string, minimumResponses: number): string {
  return (
    'Your answers are anonymous: they are stored apart from who sent them, so they can never be changed once sent. ' +
    `${leaderName} sees only the team’s average, after the survey closes, and only if at least ${minimumResponses} people answered.`
  );
}
