/**
 * The shipped team engagement pulse: a short, anonymous check on how a coached leader's team
 * experiences their leader and their work. Items are written for Tandem.
 */
import type { Instrument, InstrumentItem } from '../instrument.js';
import { agreementLabels, type ItemSpec } from './likert.js';

const statements: readonly ItemSpec[] = [
  ['sees_own_contribution', 'I understand how my work contributes to what our team is trying to achieve.', false],
  ['ideas_taken_seriously', 'My manager takes my ideas and concerns seriously.', false],
  ['gets_useful_feedback', 'I get honest feedback that helps me do better.', false],
  ['safe_to_raise_problems', 'I can raise a problem in this team without fear of being blamed.', false],
  ['obstacles_get_removed', 'When I point out something that gets in the way of my work, it gets dealt with.', false],
  ['often_drained', 'My work often leaves me drained or discouraged.', true],
  ['sees_future_here', 'I can see myself still working in this team a year from now.', false],
];

export const engagementPulse: Instrument = {
  key: 'engagement_pulse',
  version: 1,
  title: 'Team engagement pulse',
  kind: 'engagement_pulse',
  description:
    'A few statements about working in your team. Answers are anonymous and shown only as a team result once enough people have answered.',
  likert: { points: 5, labels: [...agreementLabels] },
  scales: [
    {
      key: 'engagement',
      label: 'Engagement',
      description: 'How clear, supported, heard and committed people feel in the team.',
      competencyKey: null,
    },
  ],
  items: [
    ...statements.map(([key, text, isReverseKeyed]): InstrumentItem => ({
      kind: 'likert',
      key,
      text,
      scaleKey: 'engagement',
      isReverseKeyed,
    })),
    { kind: 'comment', key: 'one_improvement', text: 'What one thing would make working in this team better?' },
  ],
};
