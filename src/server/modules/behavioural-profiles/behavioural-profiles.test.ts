import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyBehaviouralProfile, PersonBehaviouralProfile } from '../../../contract/behavioural-profiles.js';
import { behaviouralProfile } from '../../../domain/assessments/index.js';
import { queryRows } from '../../db/client.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoPassword } from '../demo/index.js';
import { listPool } from '../matching/matching.repo.js';

let t: TestApp;
type Client = ReturnType<typeof requestAs>;
let participant: Client;
let coach: Client;
let manager: Client;
let admin: Client;
let otherAdmin: Client;
let participantId: string;

const context = { ipAddress: null, userAgent: 'test', requestId: null };

/** Every statement at `point`, reverse-keyed ones turned round, except `openness` at `openness`. */
function answers(point: number, openness: number): Record<string, number> {
  const scaleOf = new Map(
    behaviouralProfile.items.flatMap((item) => (item.kind === 'likert' ? [[item.key, item.scaleKey]] : [])),
  );
  return Object.fromEntries(
    behaviouralProfile.items.flatMap((item) => {
      if (item.kind !== 'likert') return [];
      const value = scaleOf.get(item.key) === 'openness' ? openness : point;
      return [[item.key, item.isReverseKeyed ? 6 - value : value]];
    }),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  await createDemoOrganization({ db: t.db, clock: t.clock }, context);
  await seedOrganization(t.connection, 'Globex');
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'admin@globex.example', roles: ['admin'] });
  const login = async (email: string, password = demoPassword) =>
    requestAs(t.app, await signIn(t.app, email, password));
  participant = await login('participant@northwind.example');
  coach = await login('coach@northwind.example');
  manager = await login('manager@northwind.example');
  admin = await login('admin@northwind.example');
  otherAdmin = await login('admin@globex.example', 'correct horse battery');
  const [row] = await queryRows<{ person_id: string }>(
    t.db,
    sql`select person_id from users where email = 'participant@northwind.example'`,
  );
  participantId = row!.person_id;
});
afterAll(() => t.close());

describe('a behavioural profile', () => {
  it('starts empty, with the questionnaire to fill in', async () => {
    const mine: MyBehaviouralProfile = (await participant.get('/api/behavioural-profile')).json();
    expect(mine).toMatchObject({ answers: null, scores: [], completedAt: null });
    expect(mine.instrument.key).toBe('behavioural_profile');
    const seen: PersonBehaviouralProfile = (await coach.get(`/api/people/${participantId}/behavioural-profile`)).json();
    expect(seen).toMatchObject({ person: { id: participantId }, scores: [], completedAt: null });
  });

  it('wants every statement rated, and names the first one missing or wrong', async () => {
    const all = answers(4, 2);
    const [firstKey, ...restKeys] = Object.keys(all);
    const missing = await participant.put('/api/behavioural-profile', {
      answers: Object.fromEntries(restKeys.map((key) => [key, all[key]])),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe(`body.answers.${firstKey}`);
    const wrong = await participant.put('/api/behavioural-profile', { answers: { ...all, [firstKey!]: 6 } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe(`body.answers.${firstKey}`);
    expect((await participant.get('/api/behavioural-profile')).json().completedAt).toBeNull();
  });

  it('scores each dimension with reverse-keyed statements turned round, and keeps the answers for a retake', async () => {
    const saved = await participant.put('/api/behavioural-profile', { answers: answers(4, 2) });
    expect(saved.statusCode, saved.body).toBe(200);
    const mine: MyBehaviouralProfile = saved.json();
    expect(mine.scores.map((score) => [score.key, score.mean])).toEqual([
      ['openness', 2],
      ['conscientiousness', 4],
      ['extraversion', 4],
      ['agreeableness', 4],
      ['emotional_stability', 4],
    ]);
    expect(mine.answers).toEqual(answers(4, 2));
    expect(mine.completedAt).not.toBeNull();
  });

  it('shows the coach the scores, never the answers, and nobody else anything', async () => {
    const seen = await coach.get(`/api/people/${participantId}/behavioural-profile`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().scores.find((score: { key: string }) => score.key === 'openness').mean).toBe(2);
    expect(seen.body).not.toContain('"answers"');
    for (const client of [manager, admin, otherAdmin]) {
      expect((await client.get(`/api/people/${participantId}/behavioural-profile`)).statusCode).toBe(404);
    }
    expect((await participant.get(`/api/people/${participantId}/behavioural-profile`)).statusCode).toBe(200);
  });

  it('reaches matching as means on the instrument’s scale', async () => {
    const [program] = await queryRows<{ program_id: string; org_id: string }>(
      t.db,
      sql`select program_id, org_id from program_enrollments where person_id = ${participantId} and role = 'participant' limit 1`,
    );
    const pool = await listPool(t.db, program!.org_id, program!.program_id, 'participant');
    const person = pool.find((entry) => entry.id === participantId)!;
    expect(person.behaviouralProfile).toEqual({
      points: 5,
      means: { openness: 2, conscientiousness: 4, extraversion: 4, agreeableness: 4, emotional_stability: 4 },
    });
    expect(pool.filter((entry) => entry.id !== participantId).every((entry) => entry.behaviouralProfile === null)).toBe(
      true,
    );
  });

  it('is deleted on request, once, and audited without its contents', async () => {
    const deleted = await participant.delete('/api/behavioural-profile');
    expect(deleted.statusCode).toBe(204);
    expect((await participant.delete('/api/behavioural-profile')).statusCode).toBe(404);
    expect((await coach.get(`/api/people/${participantId}/behavioural-profile`)).json().completedAt).toBeNull();
    const audit = await queryRows<{ action: string; details: unknown }>(
      t.db,
      sql`select action, details from audit_events where action like 'behaviouralProfile.%' order by occurred_at, id`,
    );
    expect(audit.map((row) => row.action)).toEqual(['behaviouralProfile.saved', 'behaviouralProfile.deleted']);
  });

  it('needs an account linked to a person', async () => {
    await seedUser(t.connection, t.clock, { org: 'Globex', email: 'nobody@globex.example', roles: ['admin'] });
    const nobody = requestAs(t.app, await signIn(t.app, 'nobody@globex.example', 'correct horse battery'));
    expect((await nobody.get('/api/behavioural-profile')).statusCode).toBe(403);
  });
});
