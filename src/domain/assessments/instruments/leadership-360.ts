/**
 * The shipped 360 on the seven default competencies. Items are written for Tandem: each describes
 * something a colleague can observe, with at least one reverse-keyed item per competency so that
 * agreeing with everything does not produce a flattering score.
 */
import { defaultCompetencies, type DefaultCompetencyKey } from '../../competencies/index.js';
import type { Instrument, InstrumentItem } from '../instrument.js';
import { agreementLabels, interleave, type ItemSpec } from './likert.js';

const itemsByCompetency = {
  communication_active_listening: [
    ['listens_to_the_end', 'Listens to the end before replying.', false],
    ['states_point_plainly', 'Gets their point across plainly, without burying it in detail.', false],
    ['checks_understanding', 'Checks they have understood by putting what they heard into their own words.', false],
    ['talks_over_others', 'Talks over people or finishes their sentences for them.', true],
    ['adapts_explanations', 'Adjusts how they explain things to the people in front of them.', false],
  ],
  emotional_intelligence: [
    ['stays_composed', 'Stays composed when things go wrong or the pressure rises.', false],
    ['notices_unspoken_feelings', 'Notices how others are feeling, even when nobody says it.', false],
    ['manages_own_triggers', 'Knows what gets under their skin and deals with it before it shows.', false],
    ['mood_spills_over', 'Lets a bad mood spill over onto the people around them.', true],
    ['owns_their_impact', 'Owns up when their behaviour has affected someone badly.', false],
  ],
  decision_making: [
    ['decides_in_time', 'Makes decisions when they are needed, not after the moment has passed.', false],
    ['weighs_real_options', 'Weighs real alternatives before settling on a course of action.', false],
    ['questions_assumptions', 'Asks what would have to be true for their preferred option to work.', false],
    ['reopens_settled_decisions', 'Reopens decisions already made without any new information.', true],
    ['explains_reasoning', 'Explains the reasoning behind a decision to the people it affects.', false],
  ],
  strategic_thinking: [
    ['links_work_to_direction', "Connects the team's daily work to where the organization is heading.", false],
    ['looks_ahead', 'Spots problems and opportunities months before they arrive.', false],
    ['declines_off_course_work', 'Turns down work that does not serve the bigger goals.', false],
    ['absorbed_in_today', "Gets so caught up in today's tasks that longer-term questions go unattended.", true],
    ['considers_other_teams', 'Thinks through how their choices affect other teams and functions.', false],
  ],
  coaching_others: [
    ['asks_before_telling', 'Asks questions that help people find their own answers before offering one.', false],
    ['gives_actionable_feedback', 'Gives feedback that is specific enough to act on.', false],
    ['makes_time_for_growth', 'Makes time to talk with people about how they want to grow.', false],
    ['takes_work_back', 'Takes work back instead of helping others learn to do it.', true],
    ['offers_stretch_work', 'Gives people assignments that stretch them, with the support to succeed.', false],
  ],
  executive_presence: [
    ['composed_with_seniors', 'Comes across as confident and calm with senior stakeholders.', false],
    ['makes_case_briefly', 'Makes their case to senior audiences briefly and convincingly.', false],
    ['holds_attention', 'Holds the attention of the room when they speak in a meeting.', false],
    ['loses_footing_when_challenged', 'Backs down or loses their footing when challenged in front of others.', true],
    ['trusted_to_represent', 'Is trusted to represent the team in important conversations.', false],
  ],
  conflict_management: [
    ['raises_disagreements_early', 'Raises disagreements early instead of letting them fester.', false],
    ['keeps_conflict_on_issue', 'Keeps a disagreement about the issue, not about the people.', false],
    ['finds_workable_resolution', 'Brings opposing views to a resolution both sides can live with.', false],
    ['avoids_hard_conversations', 'Puts off difficult conversations for as long as possible.', true],
    ['welcomes_disagreement', 'Makes it safe for others to disagree with them.', false],
  ],
} as const satisfies Record<DefaultCompetencyKey, readonly ItemSpec[]>;

const likertItems = interleave(
  defaultCompetencies.map((competency) =>
    itemsByCompetency[competency.key].map(([key, text, isReverseKeyed]): InstrumentItem => ({
      kind: 'likert',
      key,
      text,
      scaleKey: competency.key,
      isReverseKeyed,
    })),
  ),
);

export const leadership360: Instrument = {
  key: 'leadership_360',
  version: 1,
  title: 'Leadership 360',
  kind: 'leadership_360',
  description:
    'Say how far you agree that each statement describes the person you are giving feedback on, as you have seen them at work. Skip any statement you cannot judge.',
  likert: { points: 5, labels: [...agreementLabels] },
  scales: defaultCompetencies.map((competency) => ({
    key: competency.key,
    label: competency.label,
    description: competency.description,
    competencyKey: competency.key,
  })),
  items: [
    ...likertItems,
    { kind: 'comment', key: 'keep_doing', text: 'What does this person do well that they should carry on doing?' },
    {
      kind: 'comment',
      key: 'one_change',
      text: 'Which single change would most help this person be more effective?',
    },
  ],
};
