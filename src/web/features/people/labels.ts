import type { Approach, NeedKind, Urgency } from '../../../contract/approach.js';
import type { ReadinessAssessment } from '../../../contract/outcomes.js';
import type { Tier } from '../../../contract/people.js';

// Kept as literals here, not imported from the contract: a value import would pull zod into the bundle.
export const tierLabels: Record<Tier, string> = {
  executive: 'Executive',
  senior_leader: 'Senior leader',
  middle_manager: 'Middle manager',
  frontline_manager: 'Front-line manager',
  individual_contributor: 'Individual contributor',
};

export const tierOptions = Object.entries(tierLabels).map(([value, label]) => ({ value: value as Tier, label }));

export function isTier(value: unknown): value is Tier {
  return typeof value === 'string' && Object.hasOwn(tierLabels, value);
}

/** What each kind of development need is called on screen, in the order the form lists them. */
export const needKindLabels: Record<NeedKind, string> = {
  specific_measurable_gap: 'A specific, measurable performance gap',
  role_transition: 'A role transition',
  high_stakes_transition: 'A high-stakes transition',
  executive_transition: 'A transition into the executive team',
  skill_to_build: 'A skill to build',
  high_potential_grooming: 'Grooming a high-potential leader',
  knowledge_transfer: 'Passing on institutional knowledge',
  cultural_integration: 'Settling into the culture',
  succession: 'Succession planning',
  long_term_career_perspective: 'Long-term career perspective',
};

export const approachLabels: Record<Approach, string> = {
  coaching: 'Coaching',
  mentoring: 'Mentoring',
  both: 'Coaching and mentoring',
};

export const approachColors: Record<Approach, string> = {
  coaching: 'indigo',
  mentoring: 'teal',
  both: 'grape',
};

export type ReadinessLevel = ReadinessAssessment['readiness'];

/** A promotion-readiness assessment's level, in the order the form lists them. */
export const readinessLabels: Record<ReadinessLevel, string> = {
  ready_now: 'Ready now',
  ready_1_2_years: 'Ready in 1–2 years',
  ready_3_plus_years: 'Ready in 3+ years',
};

export const readinessColors: Record<ReadinessLevel, string> = {
  ready_now: 'green',
  ready_1_2_years: 'blue',
  ready_3_plus_years: 'gray',
};

export function isReadinessLevel(value: unknown): value is ReadinessLevel {
  return typeof value === 'string' && Object.hasOwn(readinessLabels, value);
}

export const urgencyLabels: Record<Urgency, string> = {
  low: 'Low',
  normal: 'Normal',
  urgent: 'Urgent',
};

const numberFormat = new Intl.NumberFormat('en');

/** "1 person", "1,204 people". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${numberFormat.format(count)} ${count === 1 ? singular : plural}`;
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const calendarDateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const timestampFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A YYYY-MM-DD calendar date as "3 March 2021" (no time zone shift). */
export function formatCalendarDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : calendarDateFormat.format(parsed);
}

/** An ISO timestamp in the reader's own time zone. */
export function formatTimestamp(timestamp: string): string {
  const parsed = new Date(timestamp);
  return Number.isNaN(parsed.getTime()) ? timestamp : timestampFormat.format(parsed);
}

/** Today in the reader's time zone, as YYYY-MM-DD. */
export function todayAsCalendarDate(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
