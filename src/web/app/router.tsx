import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { AccountPage } from '../features/account/account-page';
import { LoginPage } from '../features/auth/login-page';
import { sessionQueryOptions, toSafeRedirect } from '../features/auth/session';
import { BehaviouralProfilePage } from '../features/behavioural-profile/behavioural-profile-page';
import { EngagementPage } from '../features/engagements/engagement-page';
import { EngagementsPage, TeamPage } from '../features/engagements/engagements-list';
import { FeedbackCyclePage } from '../features/feedback/feedback-cycle-page';
import { FeedbackPage } from '../features/feedback/feedback-page';
import { FeedbackReportPage } from '../features/feedback/feedback-report-page';
import { InstrumentsPage } from '../features/feedback/instruments-page';
import { RaterPage } from '../features/feedback/rater-page';
import { HomePage } from '../features/home/home-page';
import { MatchingOverviewPage } from '../features/matching/matching-overview-page';
import { MatchingRunPage } from '../features/matching/matching-run-page';
import { ProgramMatchingPage } from '../features/matching/program-matching-page';
import { RequestsPage } from '../features/matching/requests-page';
import { SelfServicePage } from '../features/matching/self-service-page';
import { OutcomesPage, ProgramDashboardPage } from '../features/outcomes/outcomes-list-page';
import { ProgramOutcomesPage } from '../features/outcomes/program-outcomes-page';
import { KeyPositionPage } from '../features/succession/key-position-page';
import { NineBoxPage } from '../features/succession/nine-box-page';
import { SuccessionPage } from '../features/succession/succession-page';
import { FeedbackExchangePage } from '../features/ongoing-feedback/feedback-exchange-page';
import { KudosPage } from '../features/ongoing-feedback/kudos-page';
import { ImportPeoplePage } from '../features/people/import-people-page';
import { PeoplePage } from '../features/people/people-page';
import { parsePeopleSearch } from '../features/people/people-search';
import { PersonPage } from '../features/people/person-page';
import { ProgramDetailPage } from '../features/programs/program-detail-page';
import { ProgramWizardPage } from '../features/programs/program-wizard-page';
import { ProgramsPage } from '../features/programs/programs-page';
import { validateProgramsSearch } from '../features/programs/programs-search';
import { RelationshipPage } from '../features/relationships/relationship-page';
import { CalendarPage } from '../features/sessions/calendar-page';
import { SessionPage } from '../features/sessions/session-page';
import { SettingsPage } from '../features/settings/settings-page';
import { PulsePage } from '../features/team-pulse/pulse-page';
import { PulseSurveyPage } from '../features/team-pulse/pulse-survey-page';
import { PulseSurveysPage } from '../features/team-pulse/pulse-surveys-page';
import { TeamPulsePage } from '../features/team-pulse/team-pulse-page';
import { UsersPage } from '../features/users/users-page';
import { PageLoader } from '../ui/page-loader';
import { ComingSoonPage } from './coming-soon-page';
import { navigation } from './navigation';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage, RouteErrorPanel } from './route-error-page';
import { Shell } from './shell';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

type LoginSearch = { redirect?: string };

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  // The key must always be returned: the router merges these keys over the
  // raw query, so leaving one out would let the unchecked value through.
  validateSearch: (search: Record<string, unknown>): LoginSearch => ({
    redirect: toSafeRedirect(search['redirect']),
  }),
  beforeLoad: async ({ context, search }) => {
    // If the session check itself fails, offer the form rather than an error page.
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions).catch(() => null);
    if (session !== null) throw redirect({ href: toSafeRedirect(search.redirect) ?? '/', replace: true });
  },
  component: LoginPage,
  errorComponent: RouteErrorPage,
});

/** A rater's questionnaire, opened from the personal link in their email: no sign-in, no navigation. */
const raterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/rate/$token',
  component: RaterPage,
  errorComponent: RouteErrorPage,
});

/** A team member's pulse survey, opened from the personal link in their email: no sign-in, no navigation. */
const pulseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/pulse/$token',
  component: PulsePage,
  errorComponent: RouteErrorPage,
});

/** Every page behind sign-in hangs under this pathless layout. */
const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_authenticated',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (session === null) {
      throw redirect({
        to: '/login',
        search: location.href === '/' ? {} : { redirect: location.href },
        replace: true,
      });
    }
    return { session };
  },
  pendingComponent: PageLoader,
  component: Shell,
  errorComponent: RouteErrorPage,
});

const homeRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/',
  component: HomePage,
});

const programsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/programs',
  validateSearch: validateProgramsSearch,
  component: ProgramsPage,
});

const newProgramRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/programs/new',
  component: ProgramWizardPage,
});

const programRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/programs/$programId',
  component: ProgramDetailPage,
});

// Bulk matching: the programs to match, a program's settings and runs, and a run's review board.
const matchingRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/matching',
  component: MatchingOverviewPage,
});

const programMatchingRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/programs/$programId/matching',
  component: ProgramMatchingPage,
});

const matchingRunRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/programs/$programId/matching/$runId',
  component: MatchingRunPage,
});

const matchingRoutes = [matchingRoute, programMatchingRoute, matchingRunRoute] as const;

const peopleRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/people',
  validateSearch: parsePeopleSearch,
  component: PeoplePage,
});

const peopleImportRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/people/import',
  component: ImportPeoplePage,
});

const personRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/people/$personId',
  component: PersonPage,
});

const peopleRoutes = [peopleRoute, peopleImportRoute, personRoute] as const;

// Self-service matching: the mentee's suggestions and requests, the mentor's incoming requests.
const developmentRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/development',
  component: SelfServicePage,
});

const menteesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/mentees',
  component: RequestsPage,
});

const selfServiceRoutes = [developmentRoute, menteesRoute] as const;

// Running a pair: a mentoring relationship's workspace, a coaching engagement, and the lists of them.
const relationshipRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/relationships/$relationshipId',
  component: RelationshipPage,
});

const engagementsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/engagements',
  component: EngagementsPage,
});

const engagementRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/engagements/$engagementId',
  component: EngagementPage,
});

const teamRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/team',
  component: TeamPage,
});

const engagementRoutes = [relationshipRoute, engagementsRoute, engagementRoute, teamRoute] as const;

// Sessions: one session's page (time, agenda, notes, action items) and the user's calendar.
const sessionRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/sessions/$sessionId',
  component: SessionPage,
});

const calendarRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/calendar',
  component: CalendarPage,
});

const sessionRoutes = [sessionRoute, calendarRoute] as const;

// Accounts: the admins' user management, and everyone's own account (password, email).
const usersRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/users',
  component: UsersPage,
});

const accountRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/account',
  component: AccountPage,
});

const accountRoutes = [usersRoute, accountRoute] as const;

// The organization's settings (admins): for now, how long session notes are kept.
const settingsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/settings',
  component: SettingsPage,
});

// 360 feedback: the user's cycles, one cycle (choosing raters, approving, progress), and its report.
const feedbackRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/feedback',
  component: FeedbackPage,
});

const feedbackCycleRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/feedback/$cycleId',
  component: FeedbackCyclePage,
});

const feedbackReportRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/feedback/$cycleId/report',
  component: FeedbackReportPage,
});

const instrumentsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/instruments',
  component: InstrumentsPage,
});

const feedbackRoutes = [feedbackRoute, feedbackCycleRoute, feedbackReportRoute, instrumentsRoute] as const;

// The behavioural self-profile: each person's own, read by their coach or mentor on the pair's page.
const profileRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/profile',
  component: BehaviouralProfilePage,
});

// Ongoing feedback: asking, answering and sharing feedback, and kudos.
const feedbackExchangeRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/feedback-exchange',
  component: FeedbackExchangePage,
});

const kudosRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/kudos',
  component: KudosPage,
});

const ongoingFeedbackRoutes = [feedbackExchangeRoute, kudosRoute] as const;

// The quarterly team pulse: the admins' surveys and results, and each leader's own team.
const pulseSurveysRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/pulse-surveys',
  component: PulseSurveysPage,
});

const pulseSurveyRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/pulse-surveys/$surveyId',
  component: PulseSurveyPage,
});

const teamPulseRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/team-pulse',
  component: TeamPulsePage,
});

const pulseRoutes = [pulseSurveysRoute, pulseSurveyRoute, teamPulseRoute] as const;

// Outcomes: the admins' list of programs, the sponsor's dashboard of theirs, and one program's report.
const outcomesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/outcomes',
  component: OutcomesPage,
});

const dashboardRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/dashboard',
  component: ProgramDashboardPage,
});

const programOutcomesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/programs/$programId/outcomes',
  component: ProgramOutcomesPage,
});

const outcomeRoutes = [outcomesRoute, dashboardRoute, programOutcomesRoute] as const;

// Succession: the bench and key positions, one position with its successors, and the nine-box.
const successionRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/succession',
  component: SuccessionPage,
});

const keyPositionRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/succession/$positionId',
  component: KeyPositionPage,
});

const nineBoxRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/nine-box',
  component: NineBoxPage,
});

const successionRoutes = [successionRoute, keyPositionRoute, nineBoxRoute] as const;

const pageRoutes = [
  homeRoute,
  programsRoute,
  newProgramRoute,
  programRoute,
  ...peopleRoutes,
  ...selfServiceRoutes,
  ...engagementRoutes,
  ...matchingRoutes,
  ...sessionRoutes,
  ...feedbackRoutes,
  profileRoute,
  ...ongoingFeedbackRoutes,
  ...pulseRoutes,
  ...outcomeRoutes,
  ...successionRoutes,
  settingsRoute,
  ...accountRoutes,
];

// Navigation entries whose feature has no route yet get a placeholder, so no
// navbar link ever lands on the 404 page. `options.path` because `fullPath` is
// only filled in once the router is built; these children sit at the top of
// a pathless layout, so the two agree.
const builtPaths = new Set<string | undefined>(
  pageRoutes.map((route) => ('path' in route.options ? route.options.path : undefined)),
);
const placeholderRoutes = navigation
  .filter((entry) => !builtPaths.has(entry.to))
  .map((entry) =>
    createRoute({
      getParentRoute: () => authenticatedRoute,
      path: entry.to,
      component: () => <ComingSoonPage entry={entry} />,
    }),
  );

const routeTree = rootRoute.addChildren([
  loginRoute,
  raterRoute,
  pulseRoute,
  authenticatedRoute.addChildren([...pageRoutes, ...placeholderRoutes]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // TanStack Query owns caching; let every preload ask it afresh.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PageLoader,
    defaultErrorComponent: RouteErrorPanel,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  // Module augmentation only works with an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Register {
    router: AppRouter;
  }
}
