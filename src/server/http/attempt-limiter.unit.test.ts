import { describe, expect, it } from 'vitest';
import { createAttemptLimiter } from './attempt-limiter.js';

function manualClock(start = Date.parse('2026-01-01T00:00:00Z')) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('attempt limiter', () => {
  it('allows up to the limit, then names the wait', () => {
    const clock = manualClock();
    const limiter = createAttemptLimiter(clock, 3, 60);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterSeconds('a')).toBe(0);
      limiter.record('a');
      clock.advance(10_000);
    }
    // Attempts at 0 s, 10 s, 20 s; now 30 s: the first leaves the window at 60 s.
    expect(limiter.retryAfterSeconds('a')).toBe(30);
    expect(limiter.retryAfterSeconds('b')).toBe(0);
  });

  it('lets the key try again once the oldest attempt leaves the window', () => {
    const clock = manualClock();
    const limiter = createAttemptLimiter(clock, 2, 60);
    limiter.record('a');
    limiter.record('a');
    expect(limiter.retryAfterSeconds('a')).toBeGreaterThan(0);
    clock.advance(60_000);
    expect(limiter.retryAfterSeconds('a')).toBe(0);
  });

  it('forgets a key on reset', () => {
    const limiter = createAttemptLimiter(manualClock(), 1, 60);
    limiter.record('a');
    expect(limiter.retryAfterSeconds('a')).toBeGreaterThan(0);
    limiter.reset('a');
    expect(limiter.retryAfterSeconds('a')).toBe(0);
  });
});
