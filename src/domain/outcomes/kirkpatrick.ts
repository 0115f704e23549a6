import type {
  BusinessOutcome,
  EngagementChange,
  FeedbackChange,
  KirkpatrickLevel,
  Retention,
} from '../../contract/outcomes.js';
import { pairedTTest, wilsonInterval } from '../stats/index.js';
import { mean } from '../stats/summary.js';
import { formatChange, formatNumber, formatP, formatPercent, formatScore, formatShare } from './format.js';
import { onlyCount, unlessConstant } from './not-enough-data.js';
import { defaultOutcomeOptions, requiredN, type OutcomeOptions } from './options.js';

/** What the four levels are read from; the last four are the program's other outcome sections. */
export type KirkpatrickInput = {
  /** Sessions held, cancelled, and still scheduled. */
  sessions: { held: number; cancelled: number; scheduled: number };
  /** Coaching or mentoring pairs, and how many ended before their planned end. */
  pairs: { total: number; endedEarly: number };
  /** Per coaching goal with two or more progress ratings (1–5): its first and its latest. */
  goalProgress: { first: number; latest: number }[];
  feedbackChange: FeedbackChange;
  /** Per participant: feedback requests they sent and pieces of feedback they gave since the start. */
  feedbackHabits: { sought: number; given: number }[];
  engagement: EngagementChange;
  retention: Retention;
  businessOutcomes: BusinessOutcome[];
};

type Figure = KirkpatrickLevel['figures'][number];

/**
 * The program read through Kirkpatrick's four levels (reaction, learning, behaviour, results), each with
 * a one-line summary and its figures as text.
 * @example summarizeKirkpatrick(input).map((level) => level.level) // ['reaction', 'learning', 'behaviour', 'results']
 */
export function summarizeKirkpatrick(
  input: KirkpatrickInput,
  options: OutcomeOptions = defaultOutcomeOptions,
): KirkpatrickLevel[] {
  return [
    reaction(input.sessions, input.pairs, options),
    learning(input.goalProgress, options),
    behaviour(input.feedbackChange, input.feedbackHabits, options),
    results(input, options),
  ];
}

function reaction(
  sessions: KirkpatrickInput['sessions'],
  pairs: KirkpatrickInput['pairs'],
  options: OutcomeOptions,
): KirkpatrickLevel {
  const due = sessions.held + sessions.cancelled;
  const figures: Figure[] = [];
  let attendance = 'no session has been held or cancelled yet';
  if (due > 0) {
    const held = wilsonInterval(sessions.held, due, options.confidence);
    figures.push({
      label: 'Sessions held of those due',
      value: formatShare(held.proportion, [held.lower, held.upper], options.confidence),
      n: due,
    });
    attendance = `${sessions.held} of ${due} sessions due were held (${formatPercent(held.proportion)})`;
  } else {
    figures.push({ label: 'Sessions held of those due', value: 'None due yet', n: 0 });
  }
  figures.push({ label: 'Sessions still scheduled', value: String(sessions.scheduled), n: null });
  const endedEarly =
    pairs.total > 0 ? `${pairs.endedEarly} of ${pairs.total} (${formatPercent(pairs.endedEarly / pairs.total)})` : null;
  figures.push({ label: 'Pairs ended early', value: endedEarly ?? 'No pairs yet', n: pairs.total });
  const endings =
    pairs.total > 0 ? `${pairs.endedEarly} of ${pairs.total} pairs ended early` : 'there are no pairs yet';
  return {
    level: 'reaction',
    summary: `Satisfaction ratings are not collected, so attendance and early endings stand in: ${attendance}, and ${endings}.`,
    figures,
  };
}

function learning(goalProgress: KirkpatrickInput['goalProgress'], options: OutcomeOptions): KirkpatrickLevel {
  const n = goalProgress.length;
  const minimumN = requiredN(options);
  const goals: Figure = { label: 'Coaching goals rated twice or more', value: String(n), n };
  if (n < minimumN) {
    const summary = `${onlyCount(n, 'coaching goal has', 'coaching goals have')} two or more progress ratings; figures need at least ${minimumN}.`;
    return { level: 'learning', summary, figures: [goals] };
  }
  const first = goalProgress.map((goal) => goal.first);
  const latest = goalProgress.map((goal) => goal.latest);
  // Counted per goal: one person's goals are not independent, so read the interval as a guide.
  const test = unlessConstant(() => pairedTTest(first, latest, options.confidence));
  if (test === null) {
    const summary = `All ${n} coaching goals moved by the same amount between their first and latest progress ratings, so there is no variation to estimate the uncertainty from.`;
    return { level: 'learning', summary, figures: [goals] };
  }
  const change = formatChange(test.meanDifference, test.ci, options.confidence);
  return {
    level: 'learning',
    summary: `Coaching goals moved from ${formatScore(mean(first))} to ${formatScore(mean(latest))} on average on the 1–5 progress scale between their first and latest ratings, a change of ${change} over ${n} goals.`,
    figures: [
      goals,
      { label: 'First progress rating (mean)', value: formatScore(mean(first)), n },
      { label: 'Latest progress rating (mean)', value: formatScore(mean(latest)), n },
      { label: 'Change', value: change, n },
      { label: 'p-value', value: formatP(test.p), n },
      { label: 'Effect size (Hedges’ gz)', value: formatScore(test.hedgesGz), n },
    ],
  };
}

/**
 * Asking for and giving feedback, as habits: the mean count per participant, over every participant
 * (those who did neither count as zero), withheld below the minimum n like every other figure.
 */
function feedbackHabitFigures(habits: KirkpatrickInput['feedbackHabits'], options: OutcomeOptions): Figure[] {
  const n = habits.length;
  const figure = (label: string, counts: number[]): Figure => ({
    label,
    value: n < requiredN(options) ? 'Not enough data' : formatNumber(mean(counts), 1),
    n,
  });
  return [
    figure(
      'Feedback sought per participant',
      habits.map((habit) => habit.sought),
    ),
    figure(
      'Feedback given per participant',
      habits.map((habit) => habit.given),
    ),
  ];
}

function behaviour(
  feedbackChange: FeedbackChange,
  habits: KirkpatrickInput['feedbackHabits'],
  options: OutcomeOptions,
): KirkpatrickLevel {
  const { overall } = feedbackChange;
  const coverage: Figure = {
    label: 'Participants with a pre and a post 360',
    value: `${feedbackChange.withBoth} of ${feedbackChange.participants}`,
    n: feedbackChange.participants,
  };
  const habitFigures = feedbackHabitFigures(habits, options);
  if (overall.result.status !== 'ok') {
    return { level: 'behaviour', summary: overall.result.reason, figures: [coverage, ...habitFigures] };
  }
  const { preMean, postMean, meanChange, ci, p, hedgesGz } = overall.result;
  const change = formatChange(meanChange, ci, options.confidence);
  const n = overall.n;
  return {
    level: 'behaviour',
    summary: `Others' ratings across all competencies changed by ${change} from the pre to the post 360, over ${n} participants with both.`,
    figures: [
      coverage,
      { label: 'Pre 360, all competencies (mean)', value: formatScore(preMean), n },
      { label: 'Post 360, all competencies (mean)', value: formatScore(postMean), n },
      { label: 'Change', value: change, n },
      { label: 'p-value', value: formatP(p), n },
      { label: 'Effect size (Hedges’ gz)', value: formatScore(hedgesGz), n },
      ...habitFigures,
    ],
  };
}

function results(input: KirkpatrickInput, options: OutcomeOptions): KirkpatrickLevel {
  const { engagement, retention, businessOutcomes } = input;
  const sentences: string[] = [];
  const figures: Figure[] = [];

  const leaders = engagement.participants.leaders + engagement.comparison.leaders;
  if (engagement.result.status === 'ok') {
    const change = formatChange(engagement.result.estimate, engagement.result.ci, options.confidence);
    figures.push({
      label: "Team engagement, change against comparison leaders' teams",
      value: `${change}, ${formatP(engagement.result.p)}`,
      n: leaders,
    });
    sentences.push(
      `Team engagement under participants changed by ${change} relative to comparison leaders' teams between ${engagement.beforeQuarter} and ${engagement.afterQuarter}.`,
    );
  } else {
    figures.push({
      label: "Team engagement, change against comparison leaders' teams",
      value: 'Not enough data',
      n: leaders,
    });
    sentences.push(`Team engagement: ${engagement.result.reason}`);
  }

  const followed = retention.participants.n + retention.comparison.n;
  if (retention.logRank.status === 'ok') {
    const { chiSquare, df, p } = retention.logRank;
    figures.push({
      label: 'Retention, log-rank test',
      value: `${formatP(p)} (chi-square ${formatNumber(chiSquare, 2)}, df ${df})`,
      n: followed,
    });
    sentences.push(
      `Comparing how long high-potential participants and high-potential people outside the program stay, a log-rank test gives ${formatP(p)}.`,
    );
  } else {
    figures.push({ label: 'Retention, log-rank test', value: 'Not enough data', n: followed });
    sentences.push(`Retention: ${retention.logRank.reason}`);
  }

  const withData = businessOutcomes.filter((outcome) => outcome.result.status === 'ok').length;
  figures.push({
    label: 'Business metrics with enough data',
    value: `${withData} of ${businessOutcomes.length}`,
    n: null,
  });
  sentences.push(
    businessOutcomes.length === 0
      ? 'The program tracks no business metrics.'
      : `${withData} of ${businessOutcomes.length} business ${businessOutcomes.length === 1 ? 'metric has' : 'metrics have'} enough data.`,
  );
  return { level: 'results', summary: sentences.join(' '), figures };
}
