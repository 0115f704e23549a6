// `npm run bench:outcomes`: a program's full outcomes (getProgramOutcomes) for a generated organization
// of 100,000 people, 1,000,000 coaching sessions and two 360 cycles per participant, on embedded PGlite
// (in memory) and on a PostgreSQL server (as the app role, under row-level security), in one run.
// Goal: ≤ 1 s on the server. Each figure is printed against a baseline measured in the same run and
// database: a trivial indexed query (count the program's enrollments). BENCH_SCALE=0.1 generates a
// tenth (10,000 people, 100,000 sessions); BENCH_RUNS sets the timed runs (default 7).
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { leadership360 } from '../src/domain/assessments/instruments/leadership-360.js';
import { quarterOf } from '../src/domain/assessments/index.js';
import { openDatabase, queryRows, type DatabaseConnection } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';
import { withOrganization } from '../src/server/db/tenant-scope.js';
import { systemClock } from '../src/server/deps.js';
import type { Actor } from '../src/server/http/policy.js';
import { createOrganization } from '../src/server/modules/organizations/index.js';
import { getProgramOutcomes } from '../src/server/modules/outcomes/outcomes.service.js';
import { createTenantDatabase, startPostgresCluster } from '../src/server/testing/postgres-cluster.js';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const runs = Math.max(5, Math.floor(Number(process.env.BENCH_RUNS ?? 7)) || 7);
if (!(scale > 0 && scale <= 10)) throw new Error('BENCH_SCALE must be a number above 0 and at most 10.');

const dayMs = 24 * 60 * 60_000;
const now = new Date();
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const daysFrom = (day: string, days: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs));
const today = isoDay(now);
/** The program started about twelve months ago and runs eighteen. */
const startDay = daysFrom(today, -365);
const endDay = daysFrom(startDay, 548);

// The organization's shape. Person i reports to person (i - 1) / 8: a tree of about eight reports each.
const people = Math.round(100_000 * scale);
const participants = Math.round(5_000 * scale);
const coaches = Math.max(1, Math.round(250 * scale));
const sessionsPerEngagement = 200;
const managers = Math.floor((people - 2) / 8) + 1; // people 0 … managers - 1 have reports
const executivesBelow = Math.max(1, Math.round(9 * scale));
const seniorBelow = Math.max(executivesBelow + 1, Math.round(73 * scale));
const middleBelow = Math.round(managers * 0.37);
// Participants: middle and frontline managers spread evenly over people seniorBelow … managers - 2
// (each with at least three reports, who rate them as direct reports).
const candidates = managers - 1 - seniorBelow;
if (participants > candidates || people - 1 - 7 * (coaches - 1) < managers) {
  throw new Error('BENCH_SCALE is too small for the generated organization.');
}
/** Leaders with at least five direct reports: the teams a pulse survey shows a score for. */
const pulseLeaders = Math.floor((people - 6) / 8) + 1;

/** SQL for person `index`'s id, and for participant j's person index, coach and manager. */
const person = (index: string) => `md5('person' || (${index}))::uuid`;
const participantIndex = (j: string) => `(${seniorBelow} + ((${j})::bigint * ${candidates}) / ${participants})`;
const coachOf = (j: string) => person(`${people - 1} - 7 * ((${j}) % ${coaches})`);
const highPotential = (i: string) => `((${i})::bigint * 7919 + 500) % 1009 < 111`;

/** Eight closed quarters: four before the program's start quarter, up to the last one before today's. */
function pulseQuarters(): { quarter: string; firstDay: string }[] {
  const [year, q] = quarterOf(today).split('-Q').map(Number) as [number, number];
  return Array.from({ length: 8 }, (_, index) => {
    const back = 8 - index; // quarters before today's
    const ordinal = year * 4 + (q - 1) - back;
    const quarterYear = Math.floor(ordinal / 4);
    const quarterNumber = (ordinal % 4) + 1;
    const firstDay = `${quarterYear}-${String((quarterNumber - 1) * 3 + 1).padStart(2, '0')}-01`;
    return { quarter: `${quarterYear}-Q${quarterNumber}`, firstDay };
  });
}

/** A seeded pseudo-random number in [0, 1): the same answers on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A handful of 360 answer sets covering every likert item; post-program ones are half a point better. */
function answerSets(mean: number, seed: number): Record<string, number>[] {
  const random = seeded(seed);
  const items = leadership360.items.flatMap((item) => (item.kind === 'likert' ? [item] : []));
  return Array.from({ length: 6 }, () =>
    Object.fromEntries(
      items.map((item) => {
        const agreement = Math.min(5, Math.max(1, Math.round(mean + (random() - 0.5) * 2.4)));
        return [item.key, item.isReverseKeyed ? 6 - agreement : agreement];
      }),
    ),
  );
}

type Generated = { seconds: number; counts: Record<string, number>; sessionStatuses: string };

/** Generates the organization with set-based SQL; ids are md5 of a name and a number. */
async function generate(connection: DatabaseConnection, orgId: string, programId: string): Promise<Generated> {
  const run = (text: string) => connection.db.execute(sql.raw(text));
  const org = `'${orgId}'::uuid`;
  const program = `'${programId}'::uuid`;
  const at = (day: string, time = '09:00') => `timestamptz '${day} ${time}:00+00'`;
  const nowSql = `timestamptz '${now.toISOString()}'`;
  const start = `date '${startDay}'`;
  const quarters = pulseQuarters();
  const startQuarter = quarterOf(startDay);
  const preAnswers = JSON.stringify(answerSets(3.1, 1));
  const postAnswers = JSON.stringify(answerSets(3.6, 2));
  const began = performance.now();

  await run(`insert into people (id, org_id, employee_id, name, email, title, tier, function, department, manager_id,
      location, time_zone, hire_date, high_potential, status, exit_date, created_at, updated_at)
    select ${person('i')}, ${org}, 'E' || i, 'Person ' || i, 'p' || i || '@bench.example', 'Title ' || (i % 50),
      case when i < ${executivesBelow} then 'executive' when i < ${seniorBelow} then 'senior_leader'
        when i < ${middleBelow} then 'middle_manager' when i < ${managers} then 'frontline_manager'
        else 'individual_contributor' end,
      'Function ' || (i % 6), 'Department ' || (i % 40),
      case when i > 0 then ${person('(i - 1) / 8')} end,
      'City ' || (i % 20), (array['Europe/Berlin', 'America/New_York', 'Asia/Singapore', 'Europe/London'])[1 + i % 4],
      ${start} - (400 + i % 3000), ${highPotential('i')},
      case when ${highPotential('i')} and i % 5 = 0 then 'left' else 'active' end,
      case when ${highPotential('i')} and i % 5 = 0 then ${start} + (15 + i % 320) end,
      ${nowSql}, ${nowSql}
    from generate_series(0, ${people - 1}) i`);

  await run(`insert into programs (id, org_id, name, type, purpose, target_tiers, sponsor_person_id, start_date,
      end_date, session_cadence, session_framework, status, created_at, updated_at)
    values (${program}, ${org}, 'Leadership coaching', 'coaching', 'performance_gaps',
      array['frontline_manager', 'middle_manager'], ${person('1')}, ${start}, date '${endDay}', 'weekly', 'grow',
      'running', ${at(daysFrom(startDay, -90))}, ${nowSql})`);

  await run(`insert into program_enrollments (id, org_id, program_id, person_id, role, capacity, created_at)
    select md5('enrollment-p' || j)::uuid, ${org}, ${program}, ${person(participantIndex('j'))}, 'participant', null,
      ${at(daysFrom(startDay, -14))}
    from generate_series(0, ${participants - 1}) j
    union all
    select md5('enrollment-c' || k)::uuid, ${org}, ${program}, ${person(`${people - 1} - 7 * k`)}, 'coach',
      ${Math.min(100, Math.ceil(participants / coaches))}, ${at(daysFrom(startDay, -14))}
    from generate_series(0, ${coaches - 1}) k`);

  await run(`insert into coaching_engagements (id, org_id, program_id, status, origin, score, created_at, updated_at,
      coach_person_id, leader_person_id, manager_person_id, sponsor_person_id, start_date, end_date)
    select md5('engagement' || j)::uuid, ${org}, ${program}, 'active', 'self_service', 0.8,
      ${at(daysFrom(startDay, -7))}, ${at(daysFrom(startDay, -7))}, ${coachOf('j')},
      ${person(participantIndex('j'))}, ${person(`(${participantIndex('j')} - 1) / 8`)}, ${person('1')},
      ${start} + j % 60, ${start} + j % 60 + 365
    from generate_series(0, ${participants - 1}) j`);

  await run(`insert into coaching_goals (id, org_id, engagement_id, position, statement, competency, metric, baseline,
      target, due_date)
    select md5('goal' || j || '-' || g)::uuid, ${org}, md5('engagement' || j)::uuid, g, 'Goal ' || g,
      (array['decision_making', 'coaching_others'])[g], 'Rating (1–5)', 2, 4, ${start} + j % 60 + 365
    from generate_series(0, ${participants - 1}) j cross join generate_series(1, 2) g`);

  await run(`insert into coaching_progress_checks (id, org_id, engagement_id, by_person_id, ratings, checked_at)
    select md5('check' || j || '-' || c)::uuid, ${org}, md5('engagement' || j)::uuid, ${coachOf('j')},
      jsonb_build_array(
        jsonb_build_object('goalId', md5('goal' || j || '-1')::uuid::text, 'statement', 'Goal 1',
          'rating', least(5, 1 + c + j % 2), 'evidence', 'Seen in team meetings.'),
        jsonb_build_object('goalId', md5('goal' || j || '-2')::uuid::text, 'statement', 'Goal 2',
          'rating', least(5, 2 + (c * (1 + j % 3)) / 3), 'evidence', 'Reported by the manager.')),
      (${start} + (j % 60 + 20 + c * 75))::timestamp at time zone 'UTC' + interval '10 hours'
    from generate_series(0, ${participants - 1}) j cross join generate_series(0, 3) c`);

  // Sessions every 42 hours from each engagement's start: held, one in twenty cancelled, future ones scheduled.
  const batch = 500;
  for (let first = 0; first < participants; first += batch) {
    await run(`insert into sessions (id, org_id, engagement_id, scheduled_at, duration_minutes, framework, status,
        created_by_person_id, created_at, updated_at)
      select md5('session' || j || '-' || k)::uuid, ${org}, md5('engagement' || j)::uuid, t.at, 60, 'grow',
        case when t.at > ${nowSql} then 'scheduled' when k % 20 = 7 then 'cancelled' else 'held' end,
        ${coachOf('j')}, t.at - interval '7 days', t.at - interval '7 days'
      from generate_series(${first}, ${Math.min(participants, first + batch) - 1}) j
      cross join generate_series(0, ${sessionsPerEngagement - 1}) k
      cross join lateral (select (${start} + j % 60)::timestamp at time zone 'UTC' + interval '9 hours'
        + k * interval '42 hours' as at) t`);
  }

  // Two closed 360s per participant; eight raters each: self, manager, three peers, three direct reports.
  const phases = `(values ('pre', -10), ('post', 330)) ph(phase, closes)`;
  await run(`insert into feedback_cycles (id, org_id, program_id, person_id, phase, status, instrument_key,
      instrument_version, anonymity_threshold, closes_on, created_at, submitted_at, approved_at, closed_at)
    select md5('cycle' || j || ph.phase)::uuid, ${org}, ${program}, ${person(participantIndex('j'))}, ph.phase, 'closed',
      'leadership_360', 1, 3, ${start} + ph.closes,
      (${start} + ph.closes - 30)::timestamp at time zone 'UTC', (${start} + ph.closes - 28)::timestamp at time zone 'UTC',
      (${start} + ph.closes - 27)::timestamp at time zone 'UTC', (${start} + ph.closes + 1)::timestamp at time zone 'UTC'
    from generate_series(0, ${participants - 1}) j cross join ${phases}`);
  await run(`insert into feedback_raters (id, org_id, cycle_id, person_id, rater_group, invited_at, answers,
      answered_at, submitted_at)
    select md5('rater' || j || ph.phase || r.slot)::uuid, ${org}, md5('cycle' || j || ph.phase)::uuid,
      ${person(`case when r.slot = 0 then x.i when r.slot = 1 then (x.i - 1) / 8
        when r.slot <= 4 then x.base + (x.i - x.base + r.slot - 1) % 8 else 8 * x.i + r.slot - 4 end`)},
      r.rater_group, (${start} + ph.closes - 26)::timestamp at time zone 'UTC',
      (case when ph.phase = 'pre' then '${preAnswers}'::jsonb else '${postAnswers}'::jsonb end) -> ((j * 8 + r.slot) % 6),
      (${start} + ph.closes - 3)::timestamp at time zone 'UTC', (${start} + ph.closes - 3)::timestamp at time zone 'UTC'
    from generate_series(0, ${participants - 1}) j
    cross join lateral (select ${participantIndex('j')} as i) p
    cross join lateral (select p.i, 8 * ((p.i - 1) / 8) + 1 as base) x
    cross join ${phases}
    cross join (values (0, 'self'), (1, 'manager'), (2, 'peers'), (3, 'peers'), (4, 'peers'), (5, 'direct_reports'),
      (6, 'direct_reports'), (7, 'direct_reports')) r(slot, rater_group)`);

  // Eight closed quarterly pulses; a score for every leader of five or more, participants' rising after the start.
  const quarterRows = quarters.map(({ quarter, firstDay }, n) => `(${n}, '${quarter}', date '${firstDay}')`).join(', ');
  await run(`insert into pulse_surveys (id, org_id, quarter, status, instrument_key, instrument_version,
      minimum_responses, opened_at, closes_on, closed_at)
    select md5('survey' || q.n)::uuid, ${org}, q.quarter, 'closed', 'engagement_pulse', 1, 5,
      (q.first_day + 14)::timestamp at time zone 'UTC', q.first_day + 40, (q.first_day + 41)::timestamp at time zone 'UTC'
    from (values ${quarterRows}) q(n, quarter, first_day)`);
  await run(`insert into pulse_results (org_id, survey_id, leader_person_id, quarter, invited, responses, score)
    select ${org}, md5('survey' || q.n)::uuid, ${person('i')}, q.quarter, x.invited,
      greatest(5, x.invited - (i + q.n) % 3),
      round((3 + ((i * 7 + q.n * 3) % 11) / 10.0
        + case when e.person_id is not null and q.quarter > '${startQuarter}' then 0.25 else 0 end)::numeric, 2)
    from generate_series(0, ${pulseLeaders - 1}) i
    cross join lateral (select least(8, ${people - 1} - 8 * i) as invited) x
    cross join (values ${quarterRows}) q(n, quarter, first_day)
    left join program_enrollments e on e.org_id = ${org} and e.program_id = ${program}
      and e.person_id = ${person('i')} and e.role = 'participant'`);

  // Two readiness assessments per participant: before the start, and some months in.
  await run(`insert into readiness_assessments (id, org_id, person_id, readiness, assessed_on, assessor_person_id,
      created_at)
    select md5('readiness' || j || '-' || a)::uuid, ${org}, ${person(participantIndex('j'))}, d.readiness, d.day,
      ${person(`(${participantIndex('j')} - 1) / 8`)}, d.day::timestamp at time zone 'UTC' + interval '12 hours'
    from generate_series(0, ${participants - 1}) j cross join generate_series(0, 1) a
    cross join lateral (select
      case when a = 1 then (case when j % 3 = 0 then 'ready_now' else 'ready_1_2_years' end)
        when j % 10 = 0 then 'ready_now' when j % 2 = 0 then 'ready_1_2_years' else 'ready_3_plus_years' end
        as readiness,
      case when a = 0 then ${start} - 30 else ${start} + 30 + j % 300 end as day) d`);

  await run(`insert into program_outcomes (id, org_id, program_id, position, kind, name, unit, baseline, target)
    values (md5('outcome1')::uuid, ${org}, ${program}, 1, 'business', 'Voluntary attrition in the team', '%', 12, 8)`);
  await run(`insert into outcome_measurements (id, org_id, outcome_id, leader_person_id, measured_on, value, created_at)
    select md5('measurement' || j)::uuid, ${org}, md5('outcome1')::uuid, ${person(participantIndex('j'))},
      date '${today}' - 1 - j % 60, 7 + ((j * 37) % 70) / 10.0,
      (date '${today}' - 1 - j % 60)::timestamp at time zone 'UTC' + interval '12 hours'
    from generate_series(0, ${participants - 1}) j`);
  const roi = { monetaryBenefits: 2_500_000, attribution: 0.5, confidence: 0.7, fullyLoadedCosts: 600_000 };
  await run(`insert into program_roi_assumptions (org_id, program_id, assumptions, updated_at)
    values (${org}, ${program}, '${JSON.stringify({ ...roi, currency: 'EUR', note: 'Bench figures.' })}'::jsonb, ${nowSql})`);
  const seconds = (performance.now() - began) / 1000;

  const tables = [
    'people',
    'program_enrollments',
    'coaching_engagements',
    'coaching_goals',
    'coaching_progress_checks',
    'sessions',
    'feedback_cycles',
    'feedback_raters',
    'pulse_results',
    'readiness_assessments',
    'outcome_measurements',
  ];
  const [row] = await queryRows<Record<string, number | string>>(
    connection.db,
    sql.raw(
      `select ${tables.map((table) => `(select count(*) from ${table} where org_id = ${org}) as ${table}`).join(', ')}`,
    ),
  );
  const statuses = await queryRows<{ status: string; n: number | string }>(
    connection.db,
    sql.raw(`select status, count(*) as n from sessions where org_id = ${org} group by status order by status`),
  );
  return {
    seconds,
    counts: Object.fromEntries(tables.map((table) => [table, Number(row?.[table] ?? 0)])),
    sessionStatuses: statuses.map(({ status, n }) => `${status} ${n}`).join(', '),
  };
}

/** One warm-up (or `warmUps`), then `count` timed calls: median and fastest, in ms. */
async function time(
  call: () => Promise<unknown>,
  count: number,
  warmUps = 1,
): Promise<{ medianMs: number; minMs: number }> {
  for (let i = 0; i < warmUps; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const began = performance.now();
    await call();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]! };
}

type Result = {
  database: string;
  generated: Generated;
  settleSeconds: number;
  outcomes: { medianMs: number; minMs: number };
  baseline: { medianMs: number; minMs: number };
  check: string;
};

async function measure(
  database: string,
  connection: DatabaseConnection,
  settle: () => Promise<unknown>,
): Promise<Result> {
  await migrate(connection);
  const organization = await createOrganization(connection.db, { name: 'Bench' });
  const orgId = organization.orgId;
  const programId = '3f0c1d2e-4b5a-4c6d-8e7f-000000000001';
  const generated = await generate(connection, orgId, programId);
  // Vacuum and analyze what was just loaded, as autovacuum would have done on a settled database.
  const settleBegan = performance.now();
  await settle();
  const settleSeconds = (performance.now() - settleBegan) / 1000;

  const actor: Actor = {
    userId: '00000000-0000-4000-8000-000000000000',
    orgId,
    roles: ['admin'],
    personId: null,
    sessionId: '',
    csrfToken: '',
  };
  const deps = { db: connection.db, clock: systemClock };
  const outcomesOnce = () => withOrganization(orgId, () => getProgramOutcomes(deps, actor, programId));
  const first = await outcomesOnce();
  const engagement = first.engagement;
  const overall = first.feedbackChange.overall.result;
  const check =
    `360 pre and post ${first.feedbackChange.withBoth}/${first.feedbackChange.participants}` +
    `${overall.status === 'ok' ? ` (others' mean ${overall.preMean.toFixed(2)} → ${overall.postMean.toFixed(2)})` : ''}, ` +
    `pulse leaders ${engagement.participants.leaders} + ${engagement.comparison.leaders} (${engagement.beforeQuarter} → ${engagement.afterQuarter}), ` +
    `high potentials ${first.retention.participants.n} + ${first.retention.comparison.n}, ` +
    `business n ${first.businessOutcomes[0]?.n ?? 0}`;
  const outcomes = await time(outcomesOnce, runs, 0);
  const baseline = await time(
    () =>
      withOrganization(orgId, () =>
        queryRows(
          connection.db,
          sql`select count(*)::int as n from program_enrollments where org_id = ${orgId} and program_id = ${programId}`,
        ),
      ),
    50,
    20,
  );
  return { database, generated, settleSeconds, outcomes, baseline, check };
}

console.log(
  `Program outcomes at scale ${scale}: ${people} people, ${participants} participants, ${coaches} coaches, ` +
    `${participants * sessionsPerEngagement} sessions; program started ${startDay}; ${runs} timed runs after a warm-up\n`,
);
const results: Result[] = [];

const pglite = await openDatabase({ driver: 'pglite', dataDir: null });
try {
  results.push(await measure('PGlite (in memory)', pglite, () => pglite.db.execute(sql`vacuum analyze`)));
} finally {
  await pglite.close();
}
report(results.at(-1)!);

const cluster = await startPostgresCluster();
try {
  const database = await createTenantDatabase(cluster.adminUrl, 'bench_outcomes');
  // As the app role, under row-level security, as a request would run; migrated as the owner.
  const connection = await openDatabase({ driver: 'postgres', url: database.url, ownerUrl: database.ownerUrl });
  try {
    results.push(
      await measure('PostgreSQL server', connection, async () => {
        // VACUUM cannot run inside the transaction every pooled statement gets: a plain owner connection.
        const owner = new pg.Client({ connectionString: database.ownerUrl });
        await owner.connect();
        try {
          await owner.query('vacuum analyze');
        } finally {
          await owner.end();
        }
      }),
    );
  } finally {
    await connection.close();
  }
  report(results.at(-1)!);
  await database.drop();
} finally {
  cluster.stop();
}

function report(result: Result): void {
  const counts = Object.entries(result.generated.counts)
    .map(([table, count]) => `${table} ${count}`)
    .join(', ');
  console.log(
    `${result.database}: generated in ${result.generated.seconds.toFixed(1)} s (+ vacuum analyze ${result.settleSeconds.toFixed(1)} s): ${counts}`,
  );
  console.log(`  sessions by status: ${result.generated.sessionStatuses}`);
  console.log(`  read back: ${result.check}\n`);
}

console.log(
  `${'database'.padEnd(20)} ${'people'.padStart(8)} ${'sessions'.padStart(9)} ${'360 raters'.padStart(10)} ${'generation s'.padStart(12)} ` +
    `${'outcomes median ms'.padStart(18)} ${'min ms'.padStart(8)} ${'baseline median ms'.padStart(18)} ${'× baseline'.padStart(10)}`,
);
for (const result of results) {
  const { counts } = result.generated;
  console.log(
    `${result.database.padEnd(20)} ${String(counts.people).padStart(8)} ${String(counts.sessions).padStart(9)} ` +
      `${String(counts.feedback_raters).padStart(10)} ${result.generated.seconds.toFixed(1).padStart(12)} ` +
      `${result.outcomes.medianMs.toFixed(0).padStart(18)} ${result.outcomes.minMs.toFixed(0).padStart(8)} ` +
      `${result.baseline.medianMs.toFixed(3).padStart(18)} ${(result.outcomes.medianMs / result.baseline.medianMs).toFixed(0).padStart(10)}`,
  );
}
const server = results.find((result) => result.database === 'PostgreSQL server');
if (server) {
  const meets = server.outcomes.medianMs <= 1000;
  console.log(
    `\nGoal ≤ 1 s on the server${scale === 1 ? '' : ` (at scale ${scale}; the goal is for scale 1)`}: median ${server.outcomes.medianMs.toFixed(0)} ms — ${meets ? 'met' : 'NOT met'}.`,
  );
}
