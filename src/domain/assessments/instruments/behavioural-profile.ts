/**
 * The shipped behavioural self-profile on the five broad personality factors, described as
 * behaviour at work. The items are written for Tandem (not taken from any published
 * questionnaire); each factor mixes statements for and against it.
 */
import type { Instrument, InstrumentItem } from '../instrument.js';
import { interleave, likenessLabels, type ItemSpec } from './likert.js';

const dimensions: { key: string; label: string; description: string; items: readonly ItemSpec[] }[] = [
  {
    key: 'openness',
    label: 'Openness',
    description: 'Curiosity about new ideas and ways of working, and comfort with questions that have no set answer.',
    items: [
      ['tries_new_approaches', 'I like trying a new way of doing a task even when the old way works.', false],
      ['borrows_from_other_fields', 'I look for ideas in fields outside my own.', false],
      ['prefers_proven_methods', 'I would rather stick to methods that have already proven themselves.', true],
      ['enjoys_open_problems', 'I enjoy working on problems that have no obvious answer.', false],
      ['finds_abstract_talk_tedious', 'I find discussions about concepts and long-range ideas tedious.', true],
    ],
  },
  {
    key: 'conscientiousness',
    label: 'Conscientiousness',
    description: 'Planning ahead, following through on commitments and caring about the details.',
    items: [
      ['keeps_deadlines', 'I deliver what I commit to by the date I promised.', false],
      ['plans_the_week', 'I plan my week before it starts.', false],
      ['leaves_tasks_late', 'I leave tasks until the last minute.', true],
      ['checks_own_work', 'I check my work carefully before I hand it over.', false],
      ['loses_track_of_details', 'I lose track of details I later turn out to need.', true],
    ],
  },
  {
    key: 'extraversion',
    label: 'Extraversion',
    description: 'Drawing energy from people, speaking up and seeking out company at work.',
    items: [
      ['energised_by_meetings', 'A day full of meetings leaves me with more energy, not less.', false],
      ['speaks_up_early', 'I speak up early in group discussions.', false],
      ['prefers_working_alone', 'I prefer to think problems through alone rather than with a group.', true],
      ['enjoys_meeting_strangers', 'I enjoy getting to know people I have not met before at work events.', false],
      ['stays_in_background', 'In large meetings I tend to stay in the background.', true],
    ],
  },
  {
    key: 'agreeableness',
    label: 'Agreeableness',
    description: 'Cooperating, giving others the benefit of the doubt and sharing credit.',
    items: [
      ['helps_stuck_colleagues', 'I go out of my way to help colleagues who are stuck.', false],
      ['assumes_good_intent', 'I assume good intentions when a colleague lets me down.', false],
      ['pushes_own_view', 'I push for my own view even when it strains a working relationship.', true],
      ['shares_credit', 'I make sure others get credit for what they contributed.', false],
      ['impatient_with_slower_pace', 'I get impatient with colleagues who work more slowly than I do.', true],
    ],
  },
  {
    key: 'emotional_stability',
    label: 'Emotional stability',
    description: 'Staying even-tempered under pressure and recovering quickly from setbacks.',
    items: [
      ['calm_when_plans_change', 'I stay calm when plans fall apart at the last minute.', false],
      ['recovers_from_criticism', 'I bounce back quickly when my work is criticised.', false],
      ['worries_after_hours', 'I keep worrying about work long after the day is over.', true],
      ['clear_headed_in_tension', 'I keep a clear head in tense conversations.', false],
      ['setbacks_spoil_mood', 'A small setback can spoil my mood for the rest of the day.', true],
    ],
  },
];

export const behaviouralProfile: Instrument = {
  key: 'behavioural_profile',
  version: 1,
  title: 'Behavioural profile',
  kind: 'behavioural_profile',
  description:
    'Say how well each statement describes how you usually behave at work, as you are now rather than as you would like to be. There are no right answers: each dimension has strengths at both ends.',
  likert: { points: 5, labels: [...likenessLabels] },
  scales: dimensions.map(({ key, label, description }) => ({ key, label, description, competencyKey: null })),
  items: interleave(
    dimensions.map((dimension) =>
      dimension.items.map(([key, text, isReverseKeyed]): InstrumentItem => ({
        kind: 'likert',
        key,
        text,
        scaleKey: dimension.key,
        isReverseKeyed,
      })),
    ),
  ),
};
