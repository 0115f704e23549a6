import { describe, expect, it } from 'vitest';
import { generateDemoPeople } from './demo.people.js';

describe('demo people', () => {
  const people = generateDemoPeople(200);

  it('makes the asked number of people with unique keys, names and emails', () => {
    expect(people).toHaveLength(200);
    expect(new Set(people.map((p) => p.employeeId)).size).toBe(200);
    expect(new Set(people.map((p) => p.email)).size).toBe(200);
    expect(new Set(people.map((p) => p.name)).size).toBe(200);
  });

  it('has one CEO at the top and every other person reporting to someone earlier in the list', () => {
    const roots = people.filter((p) => p.managerKey === null);
    expect(roots.map((p) => p.title)).toEqual(['Chief Executive Officer']);
    for (const person of people) {
      if (person.managerKey !== null) expect(person.managerKey).toBeLessThan(person.key);
    }
  });

  it('covers every tier from executive to individual contributor', () => {
    const tiers = new Set(people.map((p) => p.tier));
    expect([...tiers].sort()).toEqual([
      'executive',
      'frontline_manager',
      'individual_contributor',
      'middle_manager',
      'senior_leader',
    ]);
    expect(people.filter((p) => p.tier === 'individual_contributor').length).toBeGreaterThan(50);
  });

  it('is the same on every run', () => {
    expect(generateDemoPeople(200)).toEqual(people);
  });
});
