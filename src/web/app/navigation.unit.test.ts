import { describe, expect, it } from 'vitest';
import type { Role } from '../../contract/index.js';
import { navigationFor } from './navigation.js';

const withPerson = (roles: Role[]) => ({ roles, personId: '0b7e1f0e-1c1a-4d55-9a35-4b4a2f5a7c11' });
const accountOnly = (roles: Role[]) => ({ roles, personId: null });

describe('navigation by role', () => {
  it('shows everyone Home and each role its own pages', () => {
    expect(navigationFor(withPerson(['participant'])).map((entry) => entry.label)).toEqual([
      'Home',
      'My development',
      '360 feedback',
      "My team's pulse",
      'My profile',
      'Feedback exchange',
      'Kudos',
      'Calendar',
      'My account',
    ]);
    expect(navigationFor(withPerson(['admin'])).map((entry) => entry.label)).toEqual([
      'Home',
      'People',
      'Programs',
      'Matching',
      'Instruments',
      'Team pulse',
      'Outcomes',
      'Succession',
      'Nine-box',
      'Users',
      'Settings',
      '360 feedback',
      "My team's pulse",
      'My profile',
      'Feedback exchange',
      'Kudos',
      'Calendar',
      'My account',
    ]);
  });

  it('unites the pages of several roles without repeating any', () => {
    const labels = navigationFor(withPerson(['coach', 'mentor', 'manager'])).map((entry) => entry.label);
    expect(labels).toEqual([
      'Home',
      'My engagements',
      'My mentees',
      'My team',
      '360 feedback',
      "My team's pulse",
      'My profile',
      'Feedback exchange',
      'Kudos',
      'Calendar',
      'My account',
    ]);
  });

  it('leaves the behavioural profile, the feedback exchange and kudos out for an account linked to no person', () => {
    const labels = navigationFor(accountOnly(['admin'])).map((entry) => entry.label);
    expect(labels).not.toContain('My profile');
    expect(labels).not.toContain('Feedback exchange');
    expect(labels).not.toContain('Kudos');
    expect(labels).toContain('Team pulse');
  });
});
