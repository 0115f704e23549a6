import type { CurrentUser, Role } from '../../contract/index.js';

/**
 * Who sees a navigation entry: every signed-in user, users linked to a person (their own
 * profile needs one; an account alone has none), or holders of any of the roles.
 */
export type Audience = 'everyone' | 'people' | readonly Role[];

/** What decides which entries a user sees: the session's user fits. */
export type Viewer = Pick<CurrentUser, 'roles' | 'personId'>;

export type NavigationEntry = {
  label: string;
  /** An absolute client path. Paths with no page yet show "Coming soon". */
  to: `/${string}`;
  audience: Audience;
};

/**
 * The navbar, in display order. A feature adds its entry here and its route
 * in the router; until the route exists the path shows a placeholder page.
 */
export const navigation = [
  { label: 'Home', to: '/', audience: 'everyone' },
  { label: 'People', to: '/people', audience: ['admin'] },
  { label: 'Programs', to: '/programs', audience: ['admin'] },
  { label: 'Matching', to: '/matching', audience: ['admin'] },
  { label: 'Instruments', to: '/instruments', audience: ['admin'] },
  { label: 'Team pulse', to: '/pulse-surveys', audience: ['admin'] },
  { label: 'Outcomes', to: '/outcomes', audience: ['admin'] },
  { label: 'Succession', to: '/succession', audience: ['admin', 'sponsor'] },
  { label: 'Nine-box', to: '/nine-box', audience: ['admin', 'sponsor'] },
  { label: 'Users', to: '/users', audience: ['admin'] },
  { label: 'Settings', to: '/settings', audience: ['admin'] },
  { label: 'My engagements', to: '/engagements', audience: ['coach'] },
  { label: 'My mentees', to: '/mentees', audience: ['mentor'] },
  { label: 'My development', to: '/development', audience: ['participant'] },
  { label: 'Program dashboard', to: '/dashboard', audience: ['sponsor'] },
  { label: 'My team', to: '/team', audience: ['manager'] },
  { label: '360 feedback', to: '/feedback', audience: 'everyone' },
  { label: "My team's pulse", to: '/team-pulse', audience: 'people' },
  { label: 'My profile', to: '/profile', audience: 'people' },
  { label: 'Feedback exchange', to: '/feedback-exchange', audience: 'people' },
  { label: 'Kudos', to: '/kudos', audience: 'people' },
  { label: 'Calendar', to: '/calendar', audience: 'everyone' },
  { label: 'My account', to: '/account', audience: 'everyone' },
] as const satisfies readonly NavigationEntry[];

export type NavigationItem = (typeof navigation)[number];
export type NavigationPath = NavigationItem['to'];

export function isVisibleTo(entry: NavigationEntry, viewer: Viewer): boolean {
  if (entry.audience === 'everyone') return true;
  if (entry.audience === 'people') return viewer.personId !== null;
  return entry.audience.some((role) => viewer.roles.includes(role));
}

/** The entries a user sees, in display order. */
export function navigationFor(viewer: Viewer): NavigationItem[] {
  return navigation.filter((entry) => isVisibleTo(entry, viewer));
}
