import { describe, expect, it } from 'vitest';
import { hashText, seededRandom, shuffled } from './seeded-shuffle.js';

describe('seededRandom', () => {
  it('repeats the same numbers for the same seed and differs between seeds', () => {
    const take = (seed: string) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take('report-1')).toEqual(take('report-1'));
    expect(take('report-1')).not.toEqual(take('report-2'));
    for (const value of take('x')) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('hashes text to an unsigned 32-bit number', () => {
    expect(hashText('')).toBe(0x811c9dc5);
    expect(hashText('a')).toBe(0xe40c292c);
  });
});

describe('shuffled', () => {
  it('returns a reordered copy holding the same items', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const result = shuffled(items, seededRandom('seed'));
    expect([...result].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('gives every order about equally often across seeds', () => {
    const tally = new Map<string, number>();
    for (let seed = 0; seed < 6000; seed++) {
      const order = shuffled([1, 2, 3], seededRandom(`report-${seed}`)).join('');
      tally.set(order, (tally.get(order) ?? 0) + 1);
    }
    expect(tally.size).toBe(6);
    for (const count of tally.values()) {
      expect(count).toBeGreaterThan(850);
      expect(count).toBeLessThan(1150);
    }
  });
});
