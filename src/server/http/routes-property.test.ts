// Property tests over every route of the OpenAPI document: random ids, query strings and bodies,
// sent as someone of another organization, someone with no part in anything, an admin and nobody,
// never get a server error and never another tenant's (or another person's) data.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createWorld, hiddenFrom, openApiRoutes, type RoleName, type World } from '../testing/world.js';

const runsPerRoute = 30;
const actors = ['otherOrg', 'unrelated', 'admin', 'anonymous'] as const satisfies readonly RoleName[];

let t: TestApp;
let w: World;
let routes: { method: string; path: string }[];

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t);
  routes = openApiRoutes(t.app);
}, 180_000);
afterAll(() => t.close());

/** Real ids of the world (of the first organization), so guesses also hit records that exist. */
function knownIds(): string[] {
  return [
    ...Object.values(w.person),
    ...Object.values(w.programs),
    w.engagementId,
    w.relationshipId,
    w.coachingSession,
    w.mentoringSession,
    w.coachingActionItem,
    w.weeklyGoalId,
    w.matchRequestId,
    w.mentorNotificationId,
    w.run.id,
    ...w.run.proposalIds,
    w.enrollmentToRemove,
    w.calendarToken,
    w.feedbackCycleId,
    w.pulseSurveyId,
    w.pulseToken,
    w.feedbackRequestId,
    w.sharedFeedbackId,
  ];
}

const pathValue = () =>
  fc.oneof(
    fc.uuid(),
    fc.constantFrom(...knownIds()),
    fc.constantFrom('general', 'goal', 'reality', 'challenges', '0', '-1', 'null'),
    fc.string({ minLength: 1, maxLength: 40 }),
  );
const queryKeys = ['page', 'pageSize', 'search', 'sort', 'tier', 'week', 'from', 'to', 'mode', 'status', 'programId'];
const query = () => fc.dictionary(fc.constantFrom(...queryKeys), fc.string({ maxLength: 20 }), { maxKeys: 3 });
const bodyKeys = ['name', 'email', 'to', 'body', 'goals', 'personId', 'role', 'roles', 'kinds', 'done', 'scheduledAt'];
const body = () =>
  fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 2 }),
    fc.dictionary(fc.constantFrom(...bodyKeys), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  );

describe('every route, with random input', () => {
  it('answers without a server error and without anyone else’s data', async () => {
    // Signing out would end the session the other runs need; its rows are in the matrix.
    const testable = routes.filter((route) => !(route.method === 'POST' && route.path === '/api/auth/logout'));
    expect(testable.length).toBeGreaterThan(70);
    let requests = 0;
    for (const route of testable) {
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...actors),
          fc.tuple(...names.map(() => pathValue())),
          query(),
          body(),
          async (actor, values, search, payload) => {
            let url = route.path;
            names.forEach((name, index) => {
              url = url.replace(`{${name}}`, encodeURIComponent(values[index]!));
            });
            const queryString = new URLSearchParams(search).toString();
            if (queryString) url += `?${queryString}`;
            const session = w.sessions[actor];
            const isWrite = route.method !== 'GET';
            const response = await t.app.inject({
              method: route.method as 'GET',
              url,
              headers: {
                ...(session ? { cookie: session.cookie } : {}),
                ...(session && isWrite ? { 'x-csrf-token': session.csrfToken } : {}),
                ...(isWrite && payload !== undefined ? { 'content-type': 'application/json' } : {}),
              },
              ...(isWrite && payload !== undefined ? { payload: JSON.stringify(payload) } : {}),
            });
            requests++;
            const where = `${route.method} ${url} as ${actor}: ${response.statusCode}`;
            expect(response.statusCode, `${where} ${response.body.slice(0, 200)}`).toBeLessThan(500);
            for (const text of hiddenFrom(actor)) {
              expect(response.body.includes(text), `${where} shows "${text}"`).toBe(false);
            }
          },
        ),
        { numRuns: runsPerRoute },
      );
    }
    expect(requests).toBe(testable.length * runsPerRoute);
  }, 300_000);
});
