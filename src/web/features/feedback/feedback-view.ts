import type {
  FeedbackCycle,
  FeedbackCycleStatus,
  FeedbackPhase,
  FeedbackReport,
  minimumAnonymityThreshold,
  nominatedGroups,
  RaterGroup,
} from '../../../contract/assessments.js';
import { formatCalendarDate, formatInstant, joinWords } from '../engagements/engagement-view';

// Words and small shapes for the 360 feedback pages, kept free of React so they are easy to test.

export type NominatedGroup = (typeof nominatedGroups)[number];
export type Nominee = NonNullable<FeedbackCycle['nominees']>[number];
export type GroupCount = FeedbackCycle['counts'][number];
export type Finding = NonNullable<FeedbackReport['scales'][number]['finding']>;

// Literals, not the contract's values: importing a value from the contract would pull zod into the bundle.
/** The groups a participant nominates, in the order pages show them. */
export const nominationGroups = [
  'manager',
  'peers',
  'direct_reports',
  'others',
] as const satisfies readonly NominatedGroup[];
const allRaterGroups = ['self', ...nominationGroups] as const satisfies readonly RaterGroup[];
/** The most raters one list may hold (NominationsUpdate). */
export const maximumRaters = 40;
/** The lowest anonymity threshold (minimumAnonymityThreshold). */
export const lowestThreshold = 3 satisfies typeof minimumAnonymityThreshold;
export const highestThreshold = 20;

export const cycleStatusLabels: Record<FeedbackCycleStatus, string> = {
  nominating: 'Choosing raters',
  awaiting_approval: 'Awaiting approval',
  collecting: 'Collecting feedback',
  closed: 'Closed',
};

export const cycleStatusColors: Record<FeedbackCycleStatus, string> = {
  nominating: 'yellow',
  awaiting_approval: 'orange',
  collecting: 'blue',
  closed: 'gray',
};

export const phaseLabels: Record<FeedbackPhase, string> = {
  pre: 'Start of program',
  mid: 'Midpoint',
  post: 'End of program',
};

export const groupLabels: Record<RaterGroup, string> = {
  self: 'Self-rating',
  manager: 'Manager',
  peers: 'Peers',
  direct_reports: 'Direct reports',
  others: 'Others',
};

/** What a nominee in the group is to the participant, for "as their …". */
const groupRoles: Record<NominatedGroup, string> = {
  manager: 'their manager',
  peers: 'a peer',
  direct_reports: 'one of their direct reports',
  others: 'a colleague',
};

export const findingLabels: Record<Finding, string> = {
  blind_spot: 'Blind spot',
  hidden_strength: 'Hidden strength',
  aligned: 'Aligned',
};

export const findingColors: Record<Finding, string> = {
  blind_spot: 'orange',
  hidden_strength: 'teal',
  aligned: 'gray',
};

/** What a finding means, in a sentence; `null` when self or others are missing. */
export function findingExplanation(finding: Finding | null): string {
  switch (finding) {
    case 'blind_spot':
      return 'You rate yourself at least half a point higher than others rate you.';
    case 'hidden_strength':
      return 'Others rate you at least half a point higher than you rate yourself.';
    case 'aligned':
      return 'You and others see this about the same.';
    case null:
      return 'No comparison: it needs both your self-rating and enough answers from others.';
  }
}

/** A mean as "3.4", or "–" when there is none. */
export function formatScore(value: number | null): string {
  return value === null ? '–' : value.toFixed(1);
}

/** A difference as "+0.6", "−0.6" or "0.0"; "–" when there is none. */
export function formatChange(value: number | null): string {
  if (value === null) return '–';
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0.0';
  return rounded > 0 ? `+${rounded.toFixed(1)}` : `−${Math.abs(rounded).toFixed(1)}`;
}

/** How far along a scale of 1..points a mean lies, as a share of the bar (1 of 5 fills a fifth). */
export function scoreShare(value: number | null, points: number): number {
  if (value === null || points <= 0) return 0;
  return Math.min(1, Math.max(0, value / points));
}

/** "1 response", "3 responses". */
export function responsesLabel(count: number): string {
  return count === 1 ? '1 response' : `${count} responses`;
}

/** The nominees by group, in page order; the participant's own rating is not a nomination. */
export function groupNominees<Entry extends { group: RaterGroup }>(
  nominees: readonly Entry[],
): Record<NominatedGroup, Entry[]> {
  const grouped: Record<NominatedGroup, Entry[]> = { manager: [], peers: [], direct_reports: [], others: [] };
  for (const nominee of nominees) if (nominee.group !== 'self') grouped[nominee.group].push(nominee);
  return grouped;
}

/** A nomination as the editor holds it: who, in which group, with enough to show them. */
export type NominationDraft = { personId: string; name: string; title: string; group: NominatedGroup };

export function draftsFromNominees(nominees: readonly Nominee[] | null): NominationDraft[] {
  return (nominees ?? []).flatMap((nominee) =>
    nominee.group === 'self'
      ? []
      : [{ personId: nominee.personId, name: nominee.name, title: nominee.title, group: nominee.group }],
  );
}

/** Adds a person to a group; someone already listed moves to the new group instead of appearing twice. */
export function addNomination(drafts: readonly NominationDraft[], nomination: NominationDraft): NominationDraft[] {
  const index = drafts.findIndex((draft) => draft.personId === nomination.personId);
  if (index === -1) return [...drafts, nomination];
  return drafts.map((draft, at) => (at === index ? { ...draft, group: nomination.group } : draft));
}

export function removeNomination(drafts: readonly NominationDraft[], personId: string): NominationDraft[] {
  return drafts.filter((draft) => draft.personId !== personId);
}

/** The list as the API takes it. */
export function toNominationsUpdate(drafts: readonly NominationDraft[]): {
  raters: { personId: string; group: NominatedGroup }[];
} {
  return { raters: drafts.map(({ personId, group }) => ({ personId, group })) };
}

/** Whether the editor holds something other than what was saved (order aside). */
export function isNominationsChanged(drafts: readonly NominationDraft[], nominees: readonly Nominee[] | null): boolean {
  const saved = draftsFromNominees(nominees);
  if (saved.length !== drafts.length) return true;
  const groups = new Map(saved.map((nominee) => [nominee.personId, nominee.group]));
  return drafts.some((draft) => groups.get(draft.personId) !== draft.group);
}

/**
 * Advice under a group while the participant chooses: the anonymity rules decide whether a group's
 * answers show on their own, so a group that may end below the threshold is worth a word.
 *
 * @example groupAdvice('peers', 2, 3) // 'With fewer than 3 answers, peers are shown only merged into Others, or left out.'
 */
export function groupAdvice(group: NominatedGroup, count: number, threshold: number): string {
  if (group === 'manager') {
    return count === 0
      ? 'Add your manager if they see your work: their answers are shown as theirs, not anonymously.'
      : 'A manager’s answers are shown as theirs, not anonymously.';
  }
  const name = groupLabels[group].toLowerCase();
  if (group === 'others') {
    if (count === 0) return 'Anyone else who sees your work: customers, colleagues in other teams, a former manager.';
    return `Shown once at least ${threshold} have answered in this group, together with any small group merged in.`;
  }
  if (count === 0) return `No ${name} yet.`;
  if (count < threshold) {
    return `With fewer than ${threshold} answers, ${name} are shown only merged into Others, or left out. Ask at least ${threshold}.`;
  }
  if (count < threshold + 2)
    return `Not everyone answers: ask a few more than ${threshold} to be sure ${name} are shown.`;
  return `Shown on their own once at least ${threshold} have answered.`;
}

/** One row per rater group that was invited, in page order (the self-rating first). */
export function orderedCounts(counts: readonly GroupCount[]): GroupCount[] {
  return allRaterGroups.flatMap((group) => counts.filter((count) => count.group === group));
}

/** Invitations and answers of everyone but the participant. */
export function raterTotals(counts: readonly GroupCount[]): { invited: number; answered: number } {
  return counts
    .filter((count) => count.group !== 'self')
    .reduce((total, count) => ({ invited: total.invited + count.invited, answered: total.answered + count.answered }), {
      invited: 0,
      answered: 0,
    });
}

/** "Manager 1/1 · Peers 2/4": answers of invitations per group, without the self-rating; "No raters yet" when none. */
export function countsLine(counts: readonly GroupCount[]): string {
  const rows = orderedCounts(counts).filter((count) => count.group !== 'self' && count.invited > 0);
  if (rows.length === 0) return 'No raters yet';
  return rows.map((count) => `${groupLabels[count.group]} ${count.answered}/${count.invited}`).join(' · ');
}

/** Before invitations, how many were chosen; after, answers per group (see `countsLine`). */
export function ratersLine(cycle: Pick<FeedbackCycle, 'status' | 'counts' | 'nominees'>): string {
  if (cycle.status === 'nominating' || cycle.status === 'awaiting_approval') {
    const chosen = (cycle.nominees ?? []).filter((nominee) => nominee.group !== 'self').length;
    if (chosen === 0) return 'No raters chosen yet';
    return chosen === 1 ? '1 rater chosen' : `${chosen} raters chosen`;
  }
  return countsLine(cycle.counts);
}

export type TimelineStep = { key: FeedbackCycleStatus; title: string; detail: string };

const statusOrder: readonly FeedbackCycleStatus[] = ['nominating', 'awaiting_approval', 'collecting', 'closed'];

/** The index of the step a cycle is at, for a timeline of `cycleTimeline`'s steps. */
export function timelineIndex(status: FeedbackCycleStatus): number {
  return statusOrder.indexOf(status);
}

/** The four steps of a cycle with what is known of each: when it happened, or what waits. */
export function cycleTimeline(
  cycle: Pick<FeedbackCycle, 'status' | 'createdAt' | 'submittedAt' | 'approvedAt' | 'closedAt' | 'closesOn'>,
): TimelineStep[] {
  const at = timelineIndex(cycle.status);
  const when = (instant: string | null, fallback: string) => (instant === null ? fallback : formatInstant(instant));
  return [
    {
      key: 'nominating',
      title: 'The participant chooses raters',
      detail:
        at > 0
          ? `Sent for approval ${when(cycle.submittedAt, '')}`.trim()
          : `Started ${formatInstant(cycle.createdAt)}`,
    },
    {
      key: 'awaiting_approval',
      title: 'Their manager approves the list',
      detail: at > 1 ? `Approved ${when(cycle.approvedAt, '')}`.trim() : at === 1 ? 'Waiting for approval' : 'Not yet',
    },
    {
      key: 'collecting',
      title: 'Raters answer',
      detail:
        at > 2
          ? 'Answers are in'
          : `${at === 2 ? 'Open' : 'Opens on approval'}, until ${formatCalendarDate(cycle.closesOn)}`,
    },
    {
      key: 'closed',
      title: 'The cycle closes and the report opens',
      detail: at === 3 ? `Closed ${when(cycle.closedAt, '')}`.trim() : `After ${formatCalendarDate(cycle.closesOn)}`,
    },
  ];
}

/** What happens next in a cycle, from where the viewer stands. */
export function nextStep(
  cycle: Pick<FeedbackCycle, 'status' | 'viewerRole' | 'returnNote' | 'closesOn' | 'isReportReady'>,
): string {
  const closes = formatCalendarDate(cycle.closesOn);
  const role = cycle.viewerRole;
  switch (cycle.status) {
    case 'nominating':
      if (role !== 'participant') return 'The participant is choosing raters.';
      return cycle.returnNote === null
        ? 'Choose your raters and send the list to your manager.'
        : 'Your manager sent the list back: read their note, change the list and send it again.';
    case 'awaiting_approval':
      if (role === 'approver') return 'Review the raters, then approve them or send the list back.';
      return role === 'participant'
        ? 'Waiting for your manager to approve your raters.'
        : 'Waiting for the manager’s approval.';
    case 'collecting':
      return role === 'participant'
        ? `Your raters are answering until ${closes}. Answer your own self-rating from the email link too.`
        : `Raters are answering until ${closes}.`;
    case 'closed':
      if (role !== 'participant') return 'Closed. The report goes to the participant only.';
      return cycle.isReportReady ? 'Your report is ready.' : 'Closed. Too few answers came in for a report.';
  }
}

/** The user's cycles by what they are to them; cycles awaiting their approval come apart. */
export function partitionCycles<Cycle extends Pick<FeedbackCycle, 'viewerRole' | 'status'>>(
  cycles: readonly Cycle[],
): { mine: Cycle[]; toApprove: Cycle[]; approved: Cycle[]; organization: Cycle[] } {
  const result = {
    mine: [] as Cycle[],
    toApprove: [] as Cycle[],
    approved: [] as Cycle[],
    organization: [] as Cycle[],
  };
  for (const cycle of cycles) {
    if (cycle.viewerRole === 'participant') result.mine.push(cycle);
    else if (cycle.viewerRole === 'admin') result.organization.push(cycle);
    else if (cycle.status === 'awaiting_approval') result.toApprove.push(cycle);
    else result.approved.push(cycle);
  }
  return result;
}

/** "peers and direct reports": rater groups in words, lower case. */
export function groupsInWords(groups: readonly RaterGroup[]): string {
  return joinWords(groups.map((group) => groupLabels[group].toLowerCase()));
}

/** How a shown group is named in a report: the manager is attributed; a merged group says what it holds. */
export function shownGroupLabel(group: FeedbackReport['shownGroups'][number]): string {
  const label = groupLabels[group.label];
  if (group.isAttributed) return `${label} (attributed)`;
  const merged = group.members.filter((member) => member !== group.label);
  return merged.length === 0 ? label : `${label} (including ${groupsInWords(merged)})`;
}

/** Why groups are missing from a report, in a sentence; null when none are. */
export function suppressionSentence(suppressed: readonly RaterGroup[], threshold: number): string | null {
  if (suppressed.length === 0) return null;
  const names = groupsInWords(suppressed);
  const verb = suppressed.length === 1 ? 'is' : 'are';
  return (
    `Feedback from ${names} ${verb} not shown: fewer than ${threshold} answered, and ` +
    'showing so few answers could reveal who said what. Their answers are left out of every score, chart and comment.'
  );
}

/** Whom the rater rates and as what, for the public form. */
export function raterRoleSentence(group: RaterGroup, participantName: string): string {
  if (group === 'self') return `This is your self-rating, ${participantName}: how you see your own leadership.`;
  return `You are giving feedback to ${participantName} as ${groupRoles[group]}.`;
}

/** What happens to the rater's answers, by group. */
export function raterPrivacySentence(group: RaterGroup): string {
  switch (group) {
    case 'self':
      return 'Your answers are set next to what others see, to show where views agree and where they differ.';
    case 'manager':
      return 'As the manager, your answers and comments are shown as yours in the report.';
    case 'peers':
    case 'direct_reports':
    case 'others':
      return (
        'Your answers are anonymous: they are pooled with others in your group and shown only once enough people have ' +
        'answered. Your comments are shown without your name; leave out details that would identify you.'
      );
  }
}

/** A group as a report names it ("direct_reports" → "Direct reports"); an unknown label reads as words. */
export function groupName(label: string): string {
  return Object.hasOwn(groupLabels, label) ? groupLabels[label as RaterGroup] : humanizeKey(label);
}

/** "keep_doing" as "Keep doing", for a question whose text is not known. */
export function humanizeKey(key: string): string {
  const words = key.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Comments by question, in the order the questions are asked; questions nobody commented on are left out. */
export function commentsByQuestion(
  comments: readonly { itemKey: string; text: string }[],
  questions: readonly { key: string; text: string }[],
): { itemKey: string; question: string; texts: string[] }[] {
  const known = new Map(questions.map((question, index) => [question.key, { text: question.text, index }]));
  // Questions the instrument does not name (yet) come last.
  const questionIndex = (key: string) => known.get(key)?.index ?? Number.MAX_SAFE_INTEGER;
  const groups = new Map<string, string[]>();
  for (const comment of comments) {
    const texts = groups.get(comment.itemKey) ?? [];
    texts.push(comment.text);
    groups.set(comment.itemKey, texts);
  }
  return [...groups.entries()]
    .map(([itemKey, texts]) => ({ itemKey, question: known.get(itemKey)?.text ?? humanizeKey(itemKey), texts }))
    .sort((a, b) => questionIndex(a.itemKey) - questionIndex(b.itemKey));
}

const singularNames = { peers: 'peer', direct_reports: 'direct report' } as const;

/**
 * What an approver should know about a list before inviting: groups too small to be shown on their
 * own, and a list too short for any anonymous group. Empty when nothing stands out.
 *
 * @example approvalWarnings([{ group: 'peers' }, { group: 'peers' }], 3)
 *   // ['Only 2 peers: with fewer than 3 answers, peers are shown only merged into Others, or left out.', ...]
 */
export function approvalWarnings(nominees: readonly { group: RaterGroup }[], threshold: number): string[] {
  const grouped = groupNominees(nominees);
  const warnings: string[] = [];
  for (const group of ['peers', 'direct_reports'] as const) {
    const count = grouped[group].length;
    if (count > 0 && count < threshold) {
      const name = groupLabels[group].toLowerCase();
      const counted = count === 1 ? `1 ${singularNames[group]}` : `${count} ${name}`;
      warnings.push(
        `Only ${counted}: with fewer than ${threshold} answers, ${name} are shown only merged into Others, or left out.`,
      );
    }
  }
  const anonymous = grouped.peers.length + grouped.direct_reports.length + grouped.others.length;
  if (anonymous < threshold) {
    warnings.push(
      `Fewer than ${threshold} raters besides the manager: the report can show no anonymous feedback at all.`,
    );
  }
  return warnings;
}

/** The scales by finding, for a summary at the top of the report; scales without a finding are left out. */
export function scalesByFinding(
  scales: readonly Pick<FeedbackReport['scales'][number], 'label' | 'finding'>[],
): Record<Finding, string[]> {
  const result: Record<Finding, string[]> = { blind_spot: [], hidden_strength: [], aligned: [] };
  for (const scale of scales) if (scale.finding !== null) result[scale.finding].push(scale.label);
  return result;
}

/** A count's share of the largest count, for bars of a distribution (all 0 when nobody answered). */
export function distributionShares(counts: readonly number[]): number[] {
  const largest = Math.max(0, ...counts);
  return counts.map((count) => (largest === 0 ? 0 : count / largest));
}

/**
 * How many more people besides the manager the list needs before it can go to the manager: with
 * fewer than the threshold, no anonymous group could ever be shown. 0 when there are enough.
 */
export function nominationShortfall(drafts: readonly { group: RaterGroup }[], threshold: number): number {
  const besidesManager = drafts.filter((draft) => draft.group !== 'manager' && draft.group !== 'self').length;
  return Math.max(0, threshold - besidesManager);
}
