import { describe, expect, it } from 'vitest';
import { PersonFields } from '../../../contract/people.js';
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

  it('gives every person a profile the import would accept', () => {
    for (const person of people) {
      const manager = person.managerKey === null ? null : people[person.managerKey]!.employeeId;
      const result = PersonFields.safeParse({
        ...person,
        managerEmployeeId: manager,
        status: 'active',
        exitDate: null,
      });
      expect(result.error?.issues ?? [], person.employeeId).toEqual([]);
    }
    expect(people.filter((p) => p.isHighPotential).length).toBeGreaterThan(5);
  });

  it('is the same on every run', () => {
    expect(generateDemoPeople(200)).toEqual(people);
  });
});
