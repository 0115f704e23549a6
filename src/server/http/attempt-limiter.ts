import type { Clock } from '../deps.js';

export type AttemptLimiter = {
  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds: (key: string) => number;
  /** Counts one attempt against the key. */
  record: (key: string) => void;
  /** Forgets the key (after a success). */
  reset: (key: string) => void;
};

/**
 * At most `limit` attempts per key in a sliding `windowSeconds`. In memory: each server
 * process limits on its own, which bounds guessing per process; see the README.
 */
export function createAttemptLimiter(clock: Clock, limit: number, windowSeconds: number): AttemptLimiter {
  const attempts = new Map<string, number[]>();
  const windowMs = windowSeconds * 1000;

  function recent(key: string): number[] {
    const now = clock.now().getTime();
    const kept = (attempts.get(key) ?? []).filter((time) => now - time < windowMs);
    if (kept.length === 0) attempts.delete(key);
    else attempts.set(key, kept);
    return kept;
  }

  return {
    retryAfterSeconds(key) {
      const kept = recent(key);
      if (kept.length < limit) return 0;
      const oldest = kept[kept.length - limit]!;
      return Math.max(1, Math.ceil((oldest + windowMs - clock.now().getTime()) / 1000));
    },
    record(key) {
      const kept = recent(key);
      kept.push(clock.now().getTime());
      attempts.set(key, kept);
      // Keep memory bounded under a spray of distinct keys.
      if (attempts.size > 100_000) attempts.delete(attempts.keys().next().value!);
    },
    reset(key) {
      attempts.delete(key);
    },
  };
}
