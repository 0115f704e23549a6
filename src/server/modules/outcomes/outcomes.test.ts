import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgramOutcomes, ReadinessAssessment } from '../../../contract/outcomes.js';
import { queryRows } from '../../db/client.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoPassword } from '../demo/index.js';
import { countActivity } from './outcomes.repo.js';

let t: TestApp;
type Client = ReturnType<typeof requestAs>;
let admin: Client;
let sponsor: Client;
let manager: Client;
let otherAdmin: Client;
let pilotId: string;
let outcomeId: string;
let participantId: string;

const context = { ipAddress: null, userAgent: 'test', requestId: null };

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-11-25T12:00:00Z');
  await createDemoOrganization({ db: t.db, clock: t.clock }, context);
  await seedOrganization(t.connection, 'Globex');
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'admin@globex.example', roles: ['admin'] });
  const login = async (email: string, password = demoPassword) =>
    requestAs(t.app, await signIn(t.app, email, password));
  admin = await login('admin@northwind.example');
  sponsor = await login('sponsor@northwind.example');
  manager = await login('manager@northwind.example');
  otherAdmin = await login('admin@globex.example', 'correct horse battery');
  const [pilot] = await queryRows<{ id: string; outcome_id: string }>(
    t.db,
    sql`select p.id, o.id as outcome_id from programs p join program_outcomes o on o.program_id = p.id
        where p.name = 'Leadership Coaching Pilot' order by o.position limit 1`,
  );
  pilotId = pilot!.id;
  outcomeId = pilot!.outcome_id;
  const [participant] = await queryRows<{ person_id: string }>(
    t.db,
    sql`select person_id from users where email = 'participant@northwind.example'`,
  );
  participantId = participant!.person_id;
});
afterAll(() => t.close());

describe('a program’s outcomes', () => {
  it('are for admins and the program’s sponsor; to anyone else the program does not exist', async () => {
    expect((await admin.get(`/api/programs/${pilotId}/outcomes`)).statusCode).toBe(200);
    expect((await sponsor.get(`/api/programs/${pilotId}/outcomes`)).statusCode).toBe(200);
    expect((await manager.get(`/api/programs/${pilotId}/outcomes`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/programs/${pilotId}/outcomes`)).statusCode).toBe(404);
    const listed = (await sponsor.get('/api/outcomes')).json();
    expect(listed.items.map((item: { id: string }) => item.id)).toContain(pilotId);
    expect((await manager.get('/api/outcomes')).json().items).toEqual([]);
    expect((await otherAdmin.get('/api/outcomes')).json().items).toEqual([]);
  });

  it('say "not enough data" with the n instead of a number when a pilot has one participant', async () => {
    const outcomes: ProgramOutcomes = (await admin.get(`/api/programs/${pilotId}/outcomes`)).json();
    expect(outcomes.minimumN).toBe(5);
    expect(outcomes.feedbackChange).toMatchObject({ participants: 1, withBoth: 0, neither: 1 });
    expect(outcomes.feedbackChange.overall.result.status).toBe('not_enough_data');
    expect(outcomes.engagement.result.status).toBe('not_enough_data');
    expect(outcomes.retention.logRank.status).toBe('not_enough_data');
    expect(outcomes.businessOutcomes[0]).toMatchObject({ outcomeId, n: 0 });
    expect(outcomes.businessOutcomes[0]!.result.status).toBe('not_enough_data');
    expect(outcomes.kirkpatrick.map((level) => level.level)).toEqual(['reaction', 'learning', 'behaviour', 'results']);
    expect(outcomes.roi).toMatchObject({ assumptions: null, result: null });
    expect(outcomes.roi.context).toMatch(/189/);
  });
});

describe('the ROI calculator', () => {
  it('refuses impossible assumptions naming the field, and computes Phillips ROI from saved ones', async () => {
    const body = {
      monetaryBenefits: 500000,
      attribution: 0.5,
      confidence: 0.8,
      fullyLoadedCosts: 100000,
      currency: 'EUR',
    };
    const bad = await admin.put(`/api/programs/${pilotId}/roi-assumptions`, { ...body, attribution: 1.5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.attribution');
    expect((await sponsor.put(`/api/programs/${pilotId}/roi-assumptions`, body)).statusCode).toBe(403);
    const saved = await admin.put(`/api/programs/${pilotId}/roi-assumptions`, body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().result).toMatchObject({ adjustedBenefits: 200000, benefitCostRatio: 2, roiPercent: 100 });
    const outcomes: ProgramOutcomes = (await sponsor.get(`/api/programs/${pilotId}/outcomes`)).json();
    expect(outcomes.roi.result?.roiPercent).toBe(100);
  });
});

describe('business measurements', () => {
  it('are recorded per leader’s team by admins, the latest counting, with bad input named', async () => {
    const url = `/api/programs/${pilotId}/outcomes/${outcomeId}/measurements`;
    const future = await admin.post(url, { leaderPersonId: participantId, measuredOn: '2027-01-01', value: 50 });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].field).toBe('body.measuredOn');
    const nobody = await admin.post(url, {
      leaderPersonId: '00000000-0000-4000-8000-000000000000',
      measuredOn: '2026-11-01',
      value: 50,
    });
    expect(nobody.json().errors[0].field).toBe('body.leaderPersonId');
    expect(
      (await manager.post(url, { leaderPersonId: participantId, measuredOn: '2026-11-01', value: 50 })).statusCode,
    ).toBe(403);
    expect(
      (
        await admin.post(`/api/programs/${pilotId}/outcomes/${participantId}/measurements`, {
          leaderPersonId: participantId,
          measuredOn: '2026-11-01',
          value: 50,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await admin.post(url, { leaderPersonId: participantId, measuredOn: '2026-10-01', value: 40 })).statusCode,
    ).toBe(201);
    expect(
      (await admin.post(url, { leaderPersonId: participantId, measuredOn: '2026-11-01', value: 55 })).statusCode,
    ).toBe(201);
    const outcomes: ProgramOutcomes = (await admin.get(`/api/programs/${pilotId}/outcomes`)).json();
    const business = outcomes.businessOutcomes.find((outcome) => outcome.outcomeId === outcomeId)!;
    expect(business.n).toBe(1);
    expect(business.measurements).toEqual([
      { leader: { id: participantId, name: expect.any(String) }, measuredOn: '2026-11-01', value: 55 },
    ]);
  });
});

describe('promotion readiness', () => {
  it('keeps every assessment as history, newest first, for admins only', async () => {
    const url = `/api/people/${participantId}/readiness-assessments`;
    expect((await admin.get(url)).json()).toEqual({ items: [] });
    const bad = await admin.post(url, { readiness: 'ready_soon', assessedOn: '2026-11-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.readiness');
    const later = await admin.post(url, { readiness: 'ready_now', assessedOn: '2026-12-01' });
    expect(later.json().errors[0].field).toBe('body.assessedOn');
    expect((await admin.post(url, { readiness: 'ready_3_plus_years', assessedOn: '2026-01-10' })).statusCode).toBe(201);
    const second = await admin.post(url, {
      readiness: 'ready_1_2_years',
      assessedOn: '2026-06-10',
      note: 'Led the merger',
    });
    expect(second.statusCode).toBe(201);
    const history: ReadinessAssessment[] = (await admin.get(url)).json().items;
    expect(history.map((row) => [row.readiness, row.assessedOn])).toEqual([
      ['ready_1_2_years', '2026-06-10'],
      ['ready_3_plus_years', '2026-01-10'],
    ]);
    expect(history[0]!.assessor?.name).toBeTruthy();
    expect((await manager.get(url)).statusCode).toBe(403);
    expect((await otherAdmin.get(url)).statusCode).toBe(404);
    const audit = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_events where action = 'readiness.assessed'`,
    );
    expect(audit).toHaveLength(2);
  });
});

describe('session counts', () => {
  it('follow every insert, update and delete of sessions, for coaching and mentoring pairs alike', async () => {
    const programs = await queryRows<{ id: string; org_id: string; name: string }>(
      t.db,
      sql`select id, org_id, name from programs
          where name in ('Leadership Coaching Pilot', 'New Manager Mentoring Circle') order by name`,
    );
    const [pilot, circle] = programs;
    const orgId = pilot!.org_id;
    // What the counts stand for: counting the program's sessions one by one.
    const counted = async (programId: string) => {
      const rows = await queryRows<{ status: 'held' | 'cancelled' | 'scheduled'; n: number }>(
        t.db,
        sql`select s.status, count(*)::int as n from sessions s
            left join mentoring_relationships r on r.org_id = s.org_id and r.id = s.relationship_id
            left join coaching_engagements c on c.org_id = s.org_id and c.id = s.engagement_id
            where r.program_id = ${programId} or c.program_id = ${programId}
            group by s.status`,
      );
      const direct = { held: 0, cancelled: 0, scheduled: 0 };
      for (const row of rows) direct[row.status] = row.n;
      return direct;
    };
    const expectCountsRight = async () => {
      for (const program of [pilot!, circle!]) {
        expect((await countActivity(t.db, orgId, program.id)).sessions).toEqual(await counted(program.id));
      }
    };
    await expectCountsRight();

    // A coaching pair of the pilot and a mentoring pair, new, in the circle.
    const [engagement] = await queryRows<{ id: string; coach: string }>(
      t.db,
      sql`select id, coach_person_id as coach from coaching_engagements where program_id = ${pilot!.id} limit 1`,
    );
    const [one, other] = await queryRows<{ person_id: string }>(
      t.db,
      sql`select person_id from program_enrollments where program_id = ${circle!.id} order by person_id limit 2`,
    );
    const [relationship] = await queryRows<{ id: string }>(
      t.db,
      sql`insert into mentoring_relationships (org_id, program_id, status, origin, score, created_at, updated_at,
            mentor_person_id, mentee_person_id)
          values (${orgId}, ${circle!.id}, 'active', 'self_service', 0, now(), now(), ${one!.person_id},
            ${other!.person_id})
          returning id`,
    );
    // One statement, both pairs: four sessions each.
    await t.db.execute(sql`insert into sessions (org_id, engagement_id, relationship_id, scheduled_at, duration_minutes,
        framework, status, created_by_person_id, created_at, updated_at)
      select ${orgId}, case when pair = 1 then ${engagement!.id}::uuid end,
        case when pair = 2 then ${relationship!.id}::uuid end,
        timestamptz '2026-12-01 09:00Z' + k * interval '1 week', 60, 'grow', 'scheduled', ${engagement!.coach}, now(), now()
      from generate_series(1, 2) pair cross join generate_series(1, 4) k`);
    await expectCountsRight();
    expect((await countActivity(t.db, orgId, circle!.id)).sessions).toEqual({ held: 0, cancelled: 0, scheduled: 4 });
    await t.db.execute(sql`update sessions set status = 'held' where scheduled_at = timestamptz '2026-12-08 09:00Z'`);
    await expectCountsRight();
    await t.db.execute(sql`update sessions set status = 'cancelled', agenda = 'moved'
      where scheduled_at > timestamptz '2026-12-08 09:00Z' and (engagement_id = ${engagement!.id} or relationship_id is not null)`);
    await expectCountsRight();
    await t.db.execute(sql`delete from sessions where engagement_id = ${engagement!.id}
      and scheduled_at > timestamptz '2026-12-01 09:00Z'`);
    await expectCountsRight();
    // Removing the pair removes its sessions (cascade), and they leave the counts.
    await t.db.execute(sql`delete from mentoring_relationships where id = ${relationship!.id}`);
    await expectCountsRight();
    expect((await countActivity(t.db, orgId, circle!.id)).sessions).toEqual({ held: 0, cancelled: 0, scheduled: 0 });
  });
});
