/**
 * The session frameworks as templates: named sections, each with one question that opens it.
 * The 5 Cs is a mentoring conversation, GROW a coaching model, and stop–look–choose a short
 * reflection that suits both.
 */

import type { SessionFramework } from '../programs/index.js';

export type TemplateSection = { key: string; title: string; prompt: string };

export type SessionTemplate = {
  framework: SessionFramework;
  title: string;
  /** The kinds of engagement the template was made for. */
  suits: readonly ('coaching' | 'mentoring')[];
  sections: readonly TemplateSection[];
};

const fiveCs: SessionTemplate = {
  framework: 'five_cs',
  title: 'The 5 Cs',
  suits: ['mentoring'],
  sections: [
    {
      key: 'challenges',
      title: 'Challenges',
      prompt: 'Which situation or obstacle do you most want to work through today?',
    },
    { key: 'choices', title: 'Choices', prompt: 'What options are open to you, including leaving things as they are?' },
    {
      key: 'consequences',
      title: 'Consequences',
      prompt: 'For each option, what is likely to follow, for you and for the people around you?',
    },
    {
      key: 'creative_solutions',
      title: 'Creative solutions',
      prompt: 'What else could you try that combines the options or goes beyond them?',
    },
    {
      key: 'conclusions',
      title: 'Conclusions',
      prompt: 'What will you do next, by when, and how will you know it worked?',
    },
  ],
};

const grow: SessionTemplate = {
  framework: 'grow',
  title: 'GROW',
  suits: ['coaching'],
  sections: [
    { key: 'goal', title: 'Goal', prompt: 'What do you want to be different by the end of this conversation?' },
    { key: 'reality', title: 'Reality', prompt: 'Where do things stand today, and what have you already tried?' },
    { key: 'options', title: 'Options', prompt: 'Which routes could take you from where you are to that goal?' },
    {
      key: 'way_forward',
      title: 'Way forward',
      prompt: 'Which step do you commit to, by when, and what could get in its way?',
    },
  ],
};

const stopLookChoose: SessionTemplate = {
  framework: 'stop_look_choose',
  title: 'Stop, look, choose',
  suits: ['coaching', 'mentoring'],
  sections: [
    { key: 'stop', title: 'Stop', prompt: 'Pause and name what happened and how you reacted in the moment.' },
    {
      key: 'look',
      title: 'Look',
      prompt: 'Step back and see the situation through the eyes of the others involved and of your own goals.',
    },
    { key: 'choose', title: 'Choose', prompt: 'Decide how you want to respond from here, and what you will do first.' },
  ],
};

/** Every template, keyed by framework, in the order of the programs' framework list. */
export const sessionTemplates = {
  five_cs: fiveCs,
  grow,
  stop_look_choose: stopLookChoose,
} as const satisfies Record<SessionFramework, SessionTemplate>;

/** The frameworks that have a template; the same list as the programs' `sessionFrameworks`. */
export const templateFrameworks = Object.keys(sessionTemplates) as SessionFramework[];

/**
 * The template a session of this framework starts from.
 *
 * @example templateFor('grow').sections.map((section) => section.title) // ['Goal', 'Reality', 'Options', 'Way forward']
 */
export function templateFor(framework: SessionFramework): SessionTemplate {
  return sessionTemplates[framework];
}
