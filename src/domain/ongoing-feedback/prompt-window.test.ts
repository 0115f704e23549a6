import { describe, expect, it } from 'vitest';
import { feedbackPromptWindow } from './index.js';

describe('feedbackPromptWindow', () => {
  it('is the seven days up to the moment the prompt was asked', () => {
    const window = feedbackPromptWindow(new Date('2026-11-25T12:00:00Z'));
    expect(window.from.toISOString()).toBe('2026-11-18T12:00:00.000Z');
    expect(window.to.toISOString()).toBe('2026-11-25T12:00:00.000Z');
  });

  it('counts hours, not calendar days, across a daylight-saving change', () => {
    // Europe changed its clocks on 25 October 2026; the window is still 168 hours.
    const window = feedbackPromptWindow(new Date('2026-10-28T09:00:00Z'));
    expect(window.to.getTime() - window.from.getTime()).toBe(168 * 60 * 60_000);
  });
});
