import { describe, expect, it } from 'vitest';
import { frameworksFor, sessionFrameworks } from '../programs/index.js';
import { sessionTemplates, templateFor, templateFrameworks } from './templates.js';

describe('session templates', () => {
  it('has a template for exactly the frameworks a program can choose, in the same order', () => {
    expect(templateFrameworks).toEqual(['five_cs', 'grow', 'stop_look_choose']);
    expect(templateFrameworks).toEqual([...sessionFrameworks]);
    for (const framework of sessionFrameworks) expect(templateFor(framework).framework).toBe(framework);
  });

  it('lays out the 5 Cs, GROW and stop–look–choose in their order', () => {
    const titles = (framework: (typeof sessionFrameworks)[number]) =>
      templateFor(framework).sections.map((section) => section.title);
    expect(titles('five_cs')).toEqual(['Challenges', 'Choices', 'Consequences', 'Creative solutions', 'Conclusions']);
    expect(titles('grow')).toEqual(['Goal', 'Reality', 'Options', 'Way forward']);
    expect(titles('stop_look_choose')).toEqual(['Stop', 'Look', 'Choose']);
  });

  it('suits the same kinds of program as the programs module offers it to', () => {
    for (const framework of sessionFrameworks) {
      const suits = templateFor(framework).suits;
      expect(suits.includes('coaching'), framework).toBe(frameworksFor('coaching').includes(framework));
      expect(suits.includes('mentoring'), framework).toBe(frameworksFor('mentoring').includes(framework));
    }
  });

  it.each(Object.values(sessionTemplates))(
    'gives $framework distinct keys and a one-sentence prompt per section',
    (template) => {
      const keys = template.sections.map((section) => section.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const section of template.sections) {
        expect(section.key).toMatch(/^[a-z]+(_[a-z]+)*$/);
        expect(section.title.trim()).not.toBe('');
        expect(section.prompt).toMatch(/^[A-Z][^.?!]*[.?]$/);
        expect(section.prompt.length).toBeLessThanOrEqual(120);
      }
    },
  );
});
