/**
 * The agreements that open an engagement, and the training both mentoring sides complete first.
 *
 * Coaching: a three-way agreement on the goals. The coach and the leader always confirm; so does the
 * leader's manager, who will see the change happen day to day. A leader without a manager (a chief
 * executive, say) has the program's executive sponsor confirm instead, so a third person outside
 * the pair still owns the goals. A program cannot enrol anyone before it has a sponsor, so there is
 * always someone to ask.
 *
 * Mentoring: a written agreement (confidentiality, cadence, dates, the mentee's topics) signed by
 * mentor and mentee.
 *
 * Both kinds are confirmed as a whole: any change to the goals or to the agreement clears every
 * confirmation, so what people have confirmed is always what is current.
 */

import { sessionCadences, type SessionCadence } from '../programs/index.js';
import { isIsoDate } from './dates.js';

export const coachingParties = ['coach', 'leader', 'manager', 'sponsor'] as const;
export type CoachingParty = (typeof coachingParties)[number];

export const mentoringParties = ['mentor', 'mentee'] as const;
export type MentoringParty = (typeof mentoringParties)[number];

/**
 * Who confirms the goals of a coaching engagement: coach, leader, and the leader's manager, or the
 * sponsor when the leader has no manager.
 *
 * @example coachingAgreementParties({ hasManager: false }) // ['coach', 'leader', 'sponsor']
 */
export function coachingAgreementParties(leader: { hasManager: boolean }): readonly CoachingParty[] {
  return leader.hasManager ? ['coach', 'leader', 'manager'] : ['coach', 'leader', 'sponsor'];
}

export type AgreementStatus<Party extends string> = { isComplete: boolean; missing: Party[] };

/**
 * Which of `parties` have not confirmed yet, in the order of `parties`. Confirmations from anyone
 * who is not a party do not count.
 *
 * @example agreementStatus(['leader'], ['coach', 'leader', 'manager'])
 *   // { isComplete: false, missing: ['coach', 'manager'] }
 */
export function agreementStatus<Party extends string>(
  confirmations: readonly Party[],
  parties: readonly Party[],
): AgreementStatus<Party> {
  const missing = parties.filter((party) => !confirmations.includes(party));
  return { isComplete: missing.length === 0, missing };
}

/** The confirmations left after the goals change: none, so everyone confirms the goals as they now are. */
export function confirmationsAfterGoalChange(): CoachingParty[] {
  return [];
}

/** The signatures left after the mentoring agreement is edited: none, so both sign what is current. */
export function signaturesAfterAgreementEdit(): MentoringParty[] {
  return [];
}

/** The mentoring agreement as entered; `cadence` is free text until it is checked. */
export type MentoringAgreementDraft = {
  confidentialityNorms: string;
  cadence: string;
  startDate: string;
  endDate: string;
  topics: readonly string[];
};

/** A mentoring agreement that passed `checkMentoringAgreement`. */
export type MentoringAgreement = MentoringAgreementDraft & { cadence: SessionCadence };

export type AgreementFieldError = {
  field: 'confidentialityNorms' | 'cadence' | 'startDate' | 'endDate' | 'topics';
  message: string;
};

export const maxTopicCount = 10;
export const maxTopicLength = 200;

/**
 * Every problem with a mentoring agreement, one per field at most, in form order; empty when it
 * may be signed.
 *
 * @example checkMentoringAgreement({ ...draft, topics: [] })
 *   // [{ field: 'topics', message: 'name between 1 and 10 topics the mentee wants to work on' }]
 */
export function checkMentoringAgreement(draft: MentoringAgreementDraft): AgreementFieldError[] {
  const errors: AgreementFieldError[] = [];
  if (draft.confidentialityNorms.trim() === '') {
    errors.push({ field: 'confidentialityNorms', message: 'say what stays between mentor and mentee' });
  }
  if (!(sessionCadences as readonly string[]).includes(draft.cadence)) {
    errors.push({ field: 'cadence', message: `must be one of ${sessionCadences.join(', ')}` });
  }
  errors.push(...checkDates(draft.startDate, draft.endDate));
  const topicProblem = checkTopics(draft.topics);
  if (topicProblem) errors.push({ field: 'topics', message: topicProblem });
  return errors;
}

/** Narrows a draft with no errors to an agreement. */
export function isMentoringAgreementValid(draft: MentoringAgreementDraft): draft is MentoringAgreement {
  return checkMentoringAgreement(draft).length === 0;
}

function checkDates(startDate: string, endDate: string): AgreementFieldError[] {
  const errors: AgreementFieldError[] = [];
  if (!isIsoDate(startDate)) errors.push({ field: 'startDate', message: 'must be a calendar date written YYYY-MM-DD' });
  if (!isIsoDate(endDate)) {
    errors.push({ field: 'endDate', message: 'must be a calendar date written YYYY-MM-DD' });
  } else if (isIsoDate(startDate) && endDate <= startDate) {
    errors.push({ field: 'endDate', message: `must be after the start date (${startDate})` });
  }
  return errors;
}

function checkTopics(topics: readonly string[]): string | null {
  if (topics.length < 1 || topics.length > maxTopicCount) {
    return `name between 1 and ${maxTopicCount} topics the mentee wants to work on`;
  }
  const trimmed = topics.map((topic) => topic.trim());
  if (trimmed.some((topic) => topic === '')) return 'a topic cannot be blank';
  if (trimmed.some((topic) => topic.length > maxTopicLength)) {
    return `a topic can be at most ${maxTopicLength} characters`;
  }
  if (new Set(trimmed.map((topic) => topic.toLowerCase())).size < trimmed.length) return 'each topic once';
  return null;
}

/** One thing a mentor or mentee confirms they understand before the relationship starts. */
export type ChecklistItem = { key: string; label: string };

/** What a mentor confirms before the first meeting. */
export const mentorTrainingChecklist: readonly ChecklistItem[] = [
  { key: 'confidentiality', label: 'What my mentee tells me stays between us, unless someone is at risk of harm.' },
  { key: 'mentee_sets_agenda', label: 'My mentee decides what we talk about; I ask and listen before I advise.' },
  { key: 'experience_not_answers', label: 'I offer my experience as one view among several, not as the answer.' },
  { key: 'keep_the_cadence', label: 'I keep to the meeting rhythm we agreed and say early when I cannot.' },
  { key: 'know_the_limits', label: 'I know when to point my mentee to HR, a coach or other help instead.' },
];

/** What a mentee confirms before the first meeting. */
export const menteeTrainingChecklist: readonly ChecklistItem[] = [
  { key: 'confidentiality', label: 'I keep what my mentor shares with me in confidence too.' },
  { key: 'own_the_agenda', label: 'I bring the topics and questions to each meeting.' },
  { key: 'know_my_goals', label: 'I have written down what I want to grow in during this relationship.' },
  { key: 'follow_through', label: 'I act on what we discuss and tell my mentor how it went.' },
  { key: 'no_fault_exit', label: 'Either of us may end the pairing without blame, and I will be offered a new match.' },
];

/**
 * Whether every item of `items` is ticked; ticks that match no item are ignored.
 *
 * @example isChecklistComplete(['confidentiality'], menteeTrainingChecklist) // false
 */
export function isChecklistComplete(ticked: readonly string[], items: readonly ChecklistItem[]): boolean {
  return items.every((item) => ticked.includes(item.key));
}
