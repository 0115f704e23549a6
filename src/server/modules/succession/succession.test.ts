import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  BenchStrength,
  KeyPosition,
  KeyPositionPage,
  NineBox,
  SuccessorDetail,
  SuccessorGap,
} from '../../../contract/succession.js';
import { queryRows } from '../../db/client.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoPassword } from '../demo/index.js';

let t: TestApp;
type Client = ReturnType<typeof requestAs>;
let admin: Client;
let sponsor: Client;
let participant: Client;
let coach: Client;
let mentor: Client;
let manager: Client;
let otherAdmin: Client;
let participantId: string;
let middleManagers: { id: string; name: string }[];

const context = { ipAddress: null, userAgent: 'test', requestId: null };
const count = async (table: string) =>
  Number((await queryRows<{ n: number }>(t.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);

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
  participant = await login('participant@northwind.example');
  coach = await login('coach@northwind.example');
  mentor = await login('mentor@northwind.example');
  manager = await login('manager@northwind.example');
  otherAdmin = await login('admin@globex.example', 'correct horse battery');
  participantId = (
    await queryRows<{ person_id: string }>(
      t.db,
      sql`select person_id from users where email = 'participant@northwind.example'`,
    )
  )[0]!.person_id;
  middleManagers = await queryRows<{ id: string; name: string }>(
    t.db,
    sql`select id, name from people where tier = 'middle_manager' and id <> ${participantId} order by employee_id limit 3`,
  );
});
afterAll(() => t.close());

describe('the demo bench', () => {
  it('has five key positions, three with a ready-now successor, and a trend that rose over the year', async () => {
    const bench: BenchStrength = (await admin.get('/api/bench-strength')).json();
    expect(bench).toMatchObject({ positions: 5, covered: 3, coveredShare: 0.6 });
    expect(bench.uncovered).toHaveLength(2);
    expect(bench.trend).toHaveLength(12);
    expect(bench.trend.at(-1)).toMatchObject({ date: '2026-11-25', positions: 5, covered: 3, share: 0.6 });
    expect(bench.trend[0]).toMatchObject({ date: '2025-12-31', covered: 0, share: 0 });
    const shares = bench.trend.map((point) => point.share!);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });

  it('lists positions with their successors, current readiness and bench, filtered by cover', async () => {
    const page: KeyPositionPage = (await admin.get('/api/key-positions')).json();
    expect(page.total).toBe(5);
    const uncovered: KeyPositionPage = (await admin.get('/api/key-positions?uncovered=true')).json();
    expect(uncovered.items.map((item) => item.bench.isUncovered)).toEqual([true, true]);
    const named = page.items.flatMap((item) => item.successors);
    expect(named.filter((successor) => successor.readiness === 'ready_now')).toHaveLength(3);
    expect((await admin.get('/api/key-positions?pageSize=2&page=3')).json<KeyPositionPage>().items).toHaveLength(1);
    expect((await admin.get('/api/key-positions?pageSize=0')).statusCode).toBe(400);
  });
});

describe('who may see succession', () => {
  it('is the admins and the sponsors; to everyone else it does not exist; sponsors only read', async () => {
    for (const path of ['/api/key-positions', '/api/bench-strength', '/api/nine-box']) {
      expect((await admin.get(path)).statusCode).toBe(200);
      expect((await sponsor.get(path)).statusCode).toBe(200);
      for (const client of [participant, coach, mentor, manager]) expect((await client.get(path)).statusCode).toBe(404);
    }
    const body = { title: 'Head of Cargo', incumbentPersonId: null, criticality: 'high', incumbentLeavingRisk: 'low' };
    expect((await sponsor.post('/api/key-positions', body)).statusCode).toBe(403);
    expect((await participant.post('/api/key-positions', body)).statusCode).toBe(404);
  });

  it('keeps organizations apart', async () => {
    const [position] = (await admin.get('/api/key-positions')).json<KeyPositionPage>().items;
    expect((await otherAdmin.get(`/api/key-positions/${position!.id}`)).statusCode).toBe(404);
    expect((await otherAdmin.get('/api/key-positions')).json<KeyPositionPage>().total).toBe(0);
    expect((await otherAdmin.get('/api/bench-strength')).json<BenchStrength>()).toMatchObject({
      positions: 0,
      coveredShare: null,
    });
    const successor = position!.successors[0]!;
    expect((await otherAdmin.get(`/api/key-positions/${position!.id}/successors/${successor.id}/gap`)).statusCode).toBe(
      404,
    );
    const move = { performance: 1, potential: 1, reason: 'testing isolation' };
    expect((await otherAdmin.put(`/api/nine-box/${successor.person.id}`, move)).statusCode).toBe(404);
    const box: NineBox = (await otherAdmin.get('/api/nine-box')).json();
    expect(box.cells.flatMap((cell) => cell.people)).toEqual([]);
  });

  it('never lets a person learn they are named: not in their own data, not anywhere they can read', async () => {
    const position = await createPosition({ title: 'Regional Sales Director' });
    await admin.post(`/api/key-positions/${position.id}/successors`, {
      personId: participantId,
      readiness: 'ready_1_2_years',
    });
    const own = await participant.get('/api/me/personal-data');
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain('Regional Sales Director');
    expect(own.body).not.toContain('ready_1_2_years');
  });
});

async function createPosition(overrides: Record<string, unknown> = {}): Promise<KeyPosition> {
  const response = await admin.post('/api/key-positions', {
    title: 'Director of Network Planning',
    incumbentPersonId: middleManagers[0]!.id,
    criticality: 'critical',
    incumbentLeavingRisk: 'high',
    requiredCompetencies: ['strategic_thinking', 'decision_making'],
    ...overrides,
  });
  expect(response.statusCode).toBe(201);
  return response.json();
}

describe('key positions and successors', () => {
  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await count('key_positions');
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '  ' }, 'body.title'],
      [{ criticality: 'vital' }, 'body.criticality'],
      [{ requiredCompetencies: ['strategic_thinking', 'juggling'] }, 'body.requiredCompetencies.1'],
      [{ incumbentPersonId: '00000000-0000-4000-8000-000000000000' }, 'body.incumbentPersonId'],
    ];
    for (const [overrides, field] of cases) {
      const response = await admin.post('/api/key-positions', {
        title: 'Head of Safety',
        incumbentPersonId: null,
        criticality: 'high',
        incumbentLeavingRisk: 'low',
        ...overrides,
      });
      expect(response.statusCode, field).toBe(400);
      expect(JSON.stringify(response.json()), field).toContain(field);
    }
    expect(await count('key_positions')).toBe(before);
  });

  it('names successors with readiness kept as history, and takes them off the bench', async () => {
    const position = await createPosition();
    expect(position.bench).toEqual({ readyNow: 0, readySoon: 0, later: 0, isUncovered: true });
    const url = `/api/key-positions/${position.id}/successors`;
    const added = await admin.post(url, {
      personId: middleManagers[1]!.id,
      readiness: 'ready_3_plus_years',
      assessedOn: '2026-06-01',
    });
    expect(added.statusCode).toBe(201);
    const successor: SuccessorDetail = added.json();
    expect(successor).toMatchObject({
      readiness: 'ready_3_plus_years',
      assessedOn: '2026-06-01',
      addedOn: '2026-11-25',
    });
    expect(successor.assessor).not.toBeNull();

    expect((await admin.post(url, { personId: middleManagers[1]!.id, readiness: 'ready_now' })).statusCode).toBe(409);
    const incumbent = await admin.post(url, { personId: middleManagers[0]!.id, readiness: 'ready_now' });
    expect(incumbent.statusCode).toBe(400);
    expect(incumbent.json().field).toBe('body.personId');
    const future = await admin.post(url, {
      personId: middleManagers[2]!.id,
      readiness: 'ready_now',
      assessedOn: '2027-01-01',
    });
    expect(future.json().field).toBe('body.assessedOn');
    expect((await admin.get(`/api/key-positions/${position.id}`)).json<KeyPosition>().successors).toHaveLength(1);

    const reassessed = await admin.post(`${url}/${successor.id}/readiness`, {
      readiness: 'ready_now',
      note: 'Led the hub move',
    });
    expect(reassessed.statusCode).toBe(201);
    const detail: SuccessorDetail = reassessed.json();
    expect(detail.readiness).toBe('ready_now');
    expect(detail.history.map((change) => change.readiness)).toEqual(['ready_now', 'ready_3_plus_years']);
    expect((await admin.get(`/api/key-positions/${position.id}`)).json<KeyPosition>().bench).toMatchObject({
      readyNow: 1,
      isUncovered: false,
    });
    expect((await sponsor.get(`${url}/${successor.id}`)).json<SuccessorDetail>().history).toHaveLength(2);

    expect((await admin.delete(`${url}/${successor.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/key-positions/${position.id}`)).json<KeyPosition>().successors).toEqual([]);
    expect((await admin.get(`${url}/${successor.id}`)).statusCode).toBe(404);
    // The history stays: the trend still knows what the bench was.
    const kept = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from readiness_assessments where key_position_id = ${position.id}`,
    );
    expect(kept[0]!.n).toBe(2);
    const audit = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_events where target_id = ${position.id} order by id`,
    );
    expect(audit.map((row) => row.action)).toEqual(['key_position.created', 'successor.named', 'successor.removed']);
  });

  it('edits and archives a position; archived positions leave the list but stay in the history', async () => {
    const position = await createPosition({ title: 'Head of Ground Operations' });
    const edited = await admin.put(`/api/key-positions/${position.id}`, {
      title: 'Head of Ground Operations EMEA',
      incumbentPersonId: null,
      criticality: 'medium',
      incumbentLeavingRisk: 'low',
      requiredCompetencies: [],
    });
    expect(edited.json<KeyPosition>()).toMatchObject({ title: 'Head of Ground Operations EMEA', incumbent: null });
    expect((await admin.delete(`/api/key-positions/${position.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/key-positions/${position.id}`)).statusCode).toBe(404);
    const archived = await queryRows<{ archived_on: string }>(
      t.db,
      sql`select archived_on::text from key_positions where id = ${position.id}`,
    );
    expect(archived[0]!.archived_on).toBe('2026-11-25');
  });
});

describe('from a gap to a program', () => {
  it("shows the successor's missing competencies, the recommended approach and a program to enroll in", async () => {
    const position = await createPosition({
      title: 'VP Customer Experience',
      requiredCompetencies: ['strategic_thinking', 'executive_presence', 'decision_making'],
    });
    const person = middleManagers[2]!;
    await t.db.execute(
      sql`update people set skills = '[{"skill":"strategic_thinking","level":5},{"skill":"decision_making","level":2}]'::jsonb where id = ${person.id}`,
    );
    const successor: SuccessorDetail = (
      await admin.post(`/api/key-positions/${position.id}/successors`, {
        personId: person.id,
        readiness: 'ready_1_2_years',
      })
    ).json();
    const url = `/api/key-positions/${position.id}/successors/${successor.id}/gap`;
    const gap: SuccessorGap = (await admin.get(url)).json();
    expect(gap.competencies).toEqual([
      { competency: 'strategic_thinking', label: expect.any(String), level: 5, isGap: false },
      { competency: 'executive_presence', label: expect.any(String), level: null, isGap: true },
      { competency: 'decision_making', label: expect.any(String), level: 2, isGap: true },
    ]);
    expect(gap.recommendation.targetCompetencies).toEqual(['executive_presence', 'decision_making']);
    expect(gap.recommendation.rules.length).toBeGreaterThan(0);
    const accelerator = gap.programs.find((program) => program.name === 'Succession Accelerator 2027');
    expect(accelerator).toMatchObject({ type: 'blended', status: 'enrolling', isEnrolled: false });
    expect(gap.programs.every((program) => program.status === 'draft' || program.status === 'enrolling')).toBe(true);

    // One click: the existing enrollment route, and the gap then shows the enrollment.
    const enrolled = await admin.post(`/api/programs/${accelerator!.id}/enrollments`, {
      personId: person.id,
      role: 'participant',
    });
    expect(enrolled.statusCode).toBe(201);
    expect((await admin.get(url)).json<SuccessorGap>().programs.find((p) => p.id === accelerator!.id)!.isEnrolled).toBe(
      true,
    );
    expect((await sponsor.get(url)).statusCode).toBe(200);
    expect((await participant.get(url)).statusCode).toBe(404);
  });
});

describe('the nine-box', () => {
  it('places rated people in nine cells and counts the unrated', async () => {
    const box: NineBox = (await admin.get('/api/nine-box')).json();
    expect(box.cells).toHaveLength(9);
    const placed = box.cells.reduce((sum, cell) => sum + cell.people.length, 0);
    const [active] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from people where status = 'active' and erased_at is null and org_id =
          (select org_id from users where email = 'admin@northwind.example')`,
    );
    expect(placed + box.unrated).toBe(active!.n);
    const sales: NineBox = (await admin.get('/api/nine-box?department=Sales')).json();
    expect(sales.cells.flatMap((cell) => cell.people).every((person) => person.department === 'Sales')).toBe(true);
    expect((await admin.get('/api/nine-box?tier=captain')).statusCode).toBe(400);
  });

  it('moves a person with a reason, audited from and to; refuses a move to the same box', async () => {
    const person = middleManagers[0]!;
    await t.db.execute(sql`update people set performance_rating = 2, potential_rating = 2 where id = ${person.id}`);
    const moved = await admin.put(`/api/nine-box/${person.id}`, {
      performance: 3,
      potential: 3,
      reason: 'Turned the hub around',
    });
    expect(moved.statusCode).toBe(200);
    const box: NineBox = moved.json();
    expect(box.cells.find((cell) => cell.name === 'Future leader')!.people.map((p) => p.id)).toContain(person.id);
    expect(box.recentMoves[0]).toMatchObject({
      person: { id: person.id, name: person.name },
      from: { performance: 2, potential: 2 },
      to: { performance: 3, potential: 3 },
      reason: 'Turned the hub around',
    });
    const again = await admin.put(`/api/nine-box/${person.id}`, { performance: 3, potential: 3, reason: 'again' });
    expect(again.statusCode).toBe(400);
    const bad = await admin.put(`/api/nine-box/${person.id}`, { performance: 4, potential: 3, reason: 'too high' });
    expect(bad.json().field).toBe('body.performance');
    expect(
      (await sponsor.put(`/api/nine-box/${person.id}`, { performance: 1, potential: 1, reason: 'not agreed' }))
        .statusCode,
    ).toBe(403);
    const audit = await queryRows<{ details: { from: unknown; to: unknown } }>(
      t.db,
      sql`select details from audit_events where action = 'nine_box.moved' and target_id = ${person.id}`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({
      from: { performance: 2, potential: 2 },
      to: { performance: 3, potential: 3 },
    });
  });
});

describe('erasing a successor', () => {
  it('takes them off every bench and clears the notes on their readiness', async () => {
    const position = await createPosition({ title: 'Head of Revenue Management', incumbentPersonId: null });
    const [person] = await queryRows<{ id: string; employee_id: string }>(
      t.db,
      sql`select id, employee_id from people where tier = 'frontline_manager' order by employee_id desc limit 1`,
    );
    await admin.post(`/api/key-positions/${position.id}/successors`, {
      personId: person!.id,
      readiness: 'ready_now',
      note: 'Private view',
    });
    const erased = await admin.post(`/api/people/${person!.id}/erase`, { confirmEmployeeId: person!.employee_id });
    expect(erased.statusCode).toBe(200);
    expect((await admin.get(`/api/key-positions/${position.id}`)).json<KeyPosition>().successors).toEqual([]);
    const notes = await queryRows<{ note: string }>(
      t.db,
      sql`select note from readiness_assessments where person_id = ${person!.id}`,
    );
    expect(notes.every((row) => row.note === '')).toBe(true);
  });
});
