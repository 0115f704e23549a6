/** One entry of the shared competency vocabulary: what 360s rate, goals target and coaches are matched on. */
export type Competency = {
  key: string;
  label: string;
  description: string;
};

/**
 * The vocabulary every organization starts with: the leadership competencies the source articles
 * name for 360-degree feedback. Admins may add their own keys next to these.
 */
export const defaultCompetencies = [
  {
    key: 'communication_active_listening',
    label: 'Communication and active listening',
    description: 'Says clearly what they mean and hears others out fully before answering.',
  },
  {
    key: 'emotional_intelligence',
    label: 'Emotional intelligence',
    description: 'Knows their own emotional triggers and stays composed under pressure instead of reacting.',
  },
  {
    key: 'decision_making',
    label: 'Decision making',
    description: 'Makes timely, well-reasoned calls and questions the assumptions behind them.',
  },
  {
    key: 'strategic_thinking',
    label: 'Strategic thinking',
    description: 'Looks past the task at hand to what serves the organization months from now.',
  },
  {
    key: 'coaching_others',
    label: 'Coaching others',
    description: 'Develops their own people through good questions and conversations that help them grow.',
  },
  {
    key: 'executive_presence',
    label: 'Executive presence',
    description: 'Earns trust and confidence in the room, especially with senior stakeholders.',
  },
  {
    key: 'conflict_management',
    label: 'Conflict management',
    description: 'Brings disagreements into the open early and steers them to a workable resolution.',
  },
] as const satisfies readonly Competency[];

export type DefaultCompetencyKey = (typeof defaultCompetencies)[number]['key'];

/**
 * What an admin-added key must look like: lower snake case, 2 to 60 characters, starting with a letter.
 * Keys end up in URLs, stored rows and report columns, so they stay plain.
 */
export const competencyKeyPattern = /^(?=.{2,60}$)[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** Whether `value` is a well-formed competency key, e.g. `isCompetencyKey('decision_making')` is true. */
export function isCompetencyKey(value: unknown): value is string {
  return typeof value === 'string' && competencyKeyPattern.test(value);
}
