// The demo's "Emerging Leaders Coaching" program was seeded with known effects: its outcomes
// dashboard must show every section with figures, and find those effects again.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgramOutcomes } from '../../../contract/outcomes.js';
import { queryRows } from '../../db/client.js';
import { requestAs, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { demoFeedbackHabits } from './demo.feedback.js';
import { demoOutcomeEffects, demoOutcomeProgramName } from './demo.outcomes.js';
import { createDemoOrganization, demoPassword } from './index.js';

let t: TestApp;
let programId: string;
let outcomes: ProgramOutcomes;

const login = async (role: string) => requestAs(t.app, await signIn(t.app, `${role}@northwind.example`, demoPassword));

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-11-25T12:00:00Z');
  await createDemoOrganization(t, { ipAddress: null, userAgent: null, requestId: null });
  const [program] = await queryRows<{ id: string }>(
    t.db,
    sql`select id from programs where name = ${demoOutcomeProgramName}`,
  );
  programId = program!.id;
  const response = await (await login('admin')).get(`/api/programs/${programId}/outcomes`);
  expect(response.statusCode).toBe(200);
  outcomes = response.json();
});
afterAll(() => t.close());

describe('the demo’s outcomes showcase', () => {
  it('is a coaching program running for a year, with sixteen participants and three coaches', async () => {
    expect(outcomes.program).toMatchObject({
      name: demoOutcomeProgramName,
      type: 'coaching',
      status: 'running',
      startDate: '2025-11-25',
      endDate: '2027-05-25',
    });
    const roles = await queryRows<{ role: string; total: number }>(
      t.db,
      sql`select role, count(*)::int as total from program_enrollments where program_id = ${programId}
          group by role order by role`,
    );
    expect(roles).toEqual([
      { role: 'coach', total: 3 },
      { role: 'participant', total: 16 },
    ]);
    // Nobody with a demo login takes part, and nobody of the circle or the pilot.
    const [overlap] = await queryRows<{ total: number }>(
      t.db,
      sql`select count(*)::int as total from program_enrollments e
          where e.program_id = ${programId}
            and (e.person_id in (select person_id from users where person_id is not null)
              or e.person_id in (select o.person_id from program_enrollments o join programs p on p.id = o.program_id
                                 where p.name in ('New Manager Mentoring Circle', 'Leadership Coaching Pilot')))`,
    );
    expect(overlap!.total).toBe(0);
  });

  it('shows every section with figures', () => {
    const { feedbackChange, engagement, readiness, retention, businessOutcomes, kirkpatrick, roi } = outcomes;
    expect(feedbackChange).toMatchObject({ participants: 16, withBoth: 15, onlyPre: 1, onlyPost: 0, neither: 0 });
    expect(feedbackChange.overall.result.status).toBe('ok');
    expect(feedbackChange.competencies).toHaveLength(7);
    expect(feedbackChange.competencies.every((row) => row.result.status === 'ok')).toBe(true);
    expect(engagement.result.status).toBe('ok');
    expect(engagement.participants.leaders).toBeGreaterThanOrEqual(5);
    expect(engagement.comparison.leaders).toBeGreaterThanOrEqual(5);
    expect(readiness.tiers.filter((tier) => tier.curve.isShown).map((tier) => tier.tier)).toEqual([
      'middle_manager',
      'frontline_manager',
    ]);
    expect(retention.logRank.status).toBe('ok');
    expect(businessOutcomes).toHaveLength(2);
    expect(businessOutcomes.every((outcome) => outcome.result.status === 'ok' && outcome.n === 15)).toBe(true);
    expect(roi.result?.roiPercent).toBeCloseTo(demoOutcomeEffects.roiPercent, 6);
    expect(kirkpatrick.map((level) => level.level)).toEqual(['reaction', 'learning', 'behaviour', 'results']);
    for (const level of kirkpatrick) {
      expect(level.figures.length, level.level).toBeGreaterThan(1);
      expect(level.figures.map((figure) => figure.value).join(' '), level.level).not.toMatch(/Not enough data/);
    }
  });

  it('recovers the effects the demo was seeded with', () => {
    const contains = (ci: [number, number], value: number) => ci[0] <= value && value <= ci[1];
    const feedback = outcomes.feedbackChange.overall.result;
    if (feedback.status !== 'ok') throw new Error('no 360 change');
    expect(contains(feedback.ci, demoOutcomeEffects.feedbackChange), `360 change CI ${feedback.ci}`).toBe(true);
    expect(feedback.ci[0]).toBeGreaterThan(0);

    const engagement = outcomes.engagement.result;
    if (engagement.status !== 'ok') throw new Error('no engagement estimate');
    expect(outcomes.engagement).toMatchObject({ beforeQuarter: '2025-Q3', afterQuarter: '2026-Q3' });
    expect(contains(engagement.ci, demoOutcomeEffects.engagementDifference), `DiD CI ${engagement.ci}`).toBe(true);

    // Kirkpatrick's learning level: the coaching goals' progress ratings, first against latest.
    const change = outcomes.kirkpatrick[1]!.figures.find((figure) => figure.label === 'Change')!.value;
    const [, low, high] = /95% CI (\d+\.\d+) to (\d+\.\d+)/.exec(change) ?? [];
    expect(Number(low), change).toBeLessThanOrEqual(demoOutcomeEffects.goalRatingChange);
    expect(Number(high), change).toBeGreaterThanOrEqual(demoOutcomeEffects.goalRatingChange);

    // Kirkpatrick's behaviour level: feedback asked for and given per participant since the start.
    const habit = (label: string) => outcomes.kirkpatrick[2]!.figures.find((figure) => figure.label === label);
    expect(habit('Feedback sought per participant')).toEqual({
      label: 'Feedback sought per participant',
      value: demoFeedbackHabits.soughtPerParticipant.toFixed(1),
      n: 16,
    });
    expect(habit('Feedback given per participant')?.value).toBe(demoFeedbackHabits.givenPerParticipant.toFixed(1));

    const { participants, comparison } = outcomes.retention;
    expect([participants.events, comparison.events]).toEqual([
      demoOutcomeEffects.leavers.participants,
      demoOutcomeEffects.leavers.comparison,
    ]);
    expect(participants.points.at(-1)!.survival).toBeGreaterThan(comparison.points.at(-1)!.survival);

    const frontline = outcomes.readiness.tiers.find((tier) => tier.tier === 'frontline_manager')!.curve;
    const middle = outcomes.readiness.tiers.find((tier) => tier.tier === 'middle_manager')!.curve;
    expect(frontline.events).toBe(Math.round(demoOutcomeEffects.readyNow.frontline_manager * frontline.n));
    expect(middle.events).toBe(Math.round(demoOutcomeEffects.readyNow.middle_manager * middle.n));

    const [turnover, enps] = outcomes.businessOutcomes;
    if (turnover?.result.status !== 'ok' || enps?.result.status !== 'ok') throw new Error('no business figures');
    expect(turnover.result.mean).toBeCloseTo(demoOutcomeEffects.turnoverLatest, 1);
    expect(enps.result.mean).toBeCloseTo(demoOutcomeEffects.enpsLatest, 0);
  });

  it('is the sponsor’s to read, and does not exist for the manager and participant logins', async () => {
    expect((await (await login('sponsor')).get(`/api/programs/${programId}/outcomes`)).statusCode).toBe(200);
    expect((await (await login('manager')).get(`/api/programs/${programId}/outcomes`)).statusCode).toBe(404);
    expect((await (await login('participant')).get(`/api/programs/${programId}/outcomes`)).statusCode).toBe(404);
  });
});
