import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchRequest } from '../../../contract/matching.js';
import type { ProgramPage } from '../../../contract/programs.js';
import type { WeeklyGoal, WeeklyGoalWeek } from '../../../contract/weekly-goals.js';
import { queryRows } from '../../db/client.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoPassword } from '../demo/index.js';

let t: TestApp;
type Client = ReturnType<typeof requestAs>;
let participant: Client;
let mentor: Client;
let participantPersonId: string;

const context = { ipAddress: null, userAgent: 'test', requestId: null };
const goal = (description: string) => ({
  description,
  developmentGoal: 'Delegate more of the weekly planning',
  businessResult: 'Quarterly sales plan delivered on time',
});

beforeAll(async () => {
  t = await createTestApp();
  // A Wednesday: the demo participant works in Europe or the Americas, so it is week 48 for them.
  t.clock.set('2026-11-25T12:00:00Z');
  await createDemoOrganization(t, context);
  participant = requestAs(t.app, await signIn(t.app, 'participant@northwind.example', demoPassword));
  mentor = requestAs(t.app, await signIn(t.app, 'mentor@northwind.example', demoPassword));
  const [row] = await queryRows<{ person_id: string }>(
    t.db,
    sql`select person_id from users where email = 'participant@northwind.example'`,
  );
  participantPersonId = row!.person_id;
}, 60_000);
afterAll(() => t.close());

describe('weekly goals', () => {
  it('starts with an empty current week and no streak', async () => {
    const week = (await participant.get('/api/weekly-goals')).json<WeeklyGoalWeek>();
    expect(week).toMatchObject({
      week: '2026-W48',
      currentWeek: '2026-W48',
      previousWeek: '2026-W47',
      goals: [],
      streak: 0,
    });
  });

  it('sets up to five goals a week, this week or the next, and names the field when it refuses', async () => {
    const created = await participant.post('/api/weekly-goals', goal('Hand the Monday stand-up to Priya'));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<WeeklyGoal>()).toMatchObject({ week: '2026-W48', doneAt: null });
    const blank = await participant.post('/api/weekly-goals', { ...goal('x'), businessResult: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().field).toBe('body.businessResult');
    const past = await participant.post('/api/weekly-goals', { ...goal('Too late'), week: '2026-W40' });
    expect(past.statusCode).toBe(400);
    expect(past.json().field).toBe('body.week');
    for (let i = 2; i <= 5; i++) {
      expect((await participant.post('/api/weekly-goals', goal(`Goal ${i}`))).statusCode).toBe(201);
    }
    const sixth = await participant.post('/api/weekly-goals', goal('One too many'));
    expect(sixth.statusCode).toBe(409);
    expect((await participant.post('/api/weekly-goals', { ...goal('Next week'), week: '2026-W49' })).statusCode).toBe(
      201,
    );
  });

  it('ticks goals off and counts the streak of weeks with one done', async () => {
    const week = (await participant.get('/api/weekly-goals')).json<WeeklyGoalWeek>();
    const ticked = await participant.patch(`/api/weekly-goals/${week.goals[0]!.id}`, { done: true });
    expect(ticked.json<WeeklyGoal>().doneAt).toBe('2026-11-25T12:00:00.000Z');
    expect((await participant.get('/api/weekly-goals')).json<WeeklyGoalWeek>().streak).toBe(1);
    // Last week had one done too: the streak is two.
    await t.db.execute(
      sql`insert into weekly_goals (org_id, person_id, week, description, development_goal, business_result, done_at, created_at)
          select org_id, id, '2026-W47', 'Earlier', 'd', 'b', now(), now() from people where id = ${participantPersonId}`,
    );
    expect((await participant.get('/api/weekly-goals')).json<WeeklyGoalWeek>().streak).toBe(2);
    const unticked = await participant.patch(`/api/weekly-goals/${week.goals[0]!.id}`, { done: false });
    expect(unticked.json<WeeklyGoal>().doneAt).toBeNull();
    // This week has none done yet, so the streak runs up to last week.
    expect((await participant.get('/api/weekly-goals')).json<WeeklyGoalWeek>().streak).toBe(1);
    const removed = await participant.delete(`/api/weekly-goals/${week.goals[1]!.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await participant.get('/api/weekly-goals')).json<WeeklyGoalWeek>().goals).toHaveLength(4);
  });

  it('shows a participant’s goals to their mentor only, and lets nobody else change them', async () => {
    const path = `/api/people/${participantPersonId}/weekly-goals`;
    expect((await mentor.get(path)).statusCode).toBe(404);
    // The mentor becomes their mentor through the self-service circle.
    const admin = requestAs(t.app, await signIn(t.app, 'admin@northwind.example', demoPassword));
    const programs = (await admin.get('/api/programs')).json<ProgramPage>();
    const circleId = programs.items.find((program) => program.name === 'New Manager Mentoring Circle')!.id;
    const [mentorRow] = await queryRows<{ person_id: string }>(
      t.db,
      sql`select person_id from users where email = 'mentor@northwind.example'`,
    );
    const asked = await participant.post(`/api/programs/${circleId}/match-requests`, {
      mentorPersonId: mentorRow!.person_id,
    });
    await mentor.post(`/api/match-requests/${asked.json<MatchRequest>().id}/accept`);
    const seen = await mentor.get(path);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json<WeeklyGoalWeek>().goals).toHaveLength(4);

    const goalId = seen.json<WeeklyGoalWeek>().goals[0]!.id;
    expect((await mentor.patch(`/api/weekly-goals/${goalId}`, { done: true })).statusCode).toBe(404);
    expect((await admin.get(path)).statusCode).toBe(404);
    expect((await admin.get('/api/weekly-goals')).statusCode).toBe(200);

    const other = await seedOrganization(t.connection, 'Other Co');
    await seedUser(t.connection, t.clock, { org: other.name, email: 'lead@other.example', roles: ['mentor'] });
    const outsider = requestAs(t.app, await signIn(t.app, 'lead@other.example', 'correct horse battery'));
    expect((await outsider.get(path)).statusCode).toBe(404);
    expect((await outsider.get('/api/weekly-goals')).statusCode).toBe(403);
    expect((await outsider.delete(`/api/weekly-goals/${goalId}`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/weekly-goals' })).statusCode).toBe(401);
  });
});
