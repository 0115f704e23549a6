import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation.js';

describe('navigation by role', () => {
  it('shows everyone Home and each role its own pages', () => {
    expect(navigationFor(['participant']).map((entry) => entry.label)).toEqual([
      'Home',
      'My development',
      '360 feedback',
      'Calendar',
      'My account',
    ]);
    expect(navigationFor(['admin']).map((entry) => entry.label)).toEqual([
      'Home',
      'People',
      'Programs',
      'Matching',
      'Instruments',
      'Outcomes',
      'Users',
      'Settings',
      '360 feedback',
      'Calendar',
      'My account',
    ]);
  });

  it('unites the pages of several roles without repeating any', () => {
    const labels = navigationFor(['coach', 'mentor', 'manager']).map((entry) => entry.label);
    expect(labels).toEqual([
      'Home',
      'My engagements',
      'My mentees',
      'My team',
      '360 feedback',
      'Calendar',
      'My account',
    ]);
  });
});
