import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';

let t: TestApp;
let admin: ReturnType<typeof requestAs>;
let otherAdmin: ReturnType<typeof requestAs>;
let participant: ReturnType<typeof requestAs>;
let leaderId: string;
let juniorId: string;

const header =
  'employee_id,name,email,title,tier,function,department,manager_employee_id,location,time_zone,hire_date,high_potential';

beforeAll(async () => {
  t = await createTestApp();
  await seedOrganization(t.connection, 'Acme');
  await seedOrganization(t.connection, 'Globex');
  await seedUser(t.connection, t.clock, {
    org: 'Acme',
    email: 'admin@acme.example',
    roles: ['admin'],
    displayName: 'Ada Admin',
  });
  await seedUser(t.connection, t.clock, { org: 'Acme', email: 'pat@acme.example', roles: ['participant'] });
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'admin@globex.example', roles: ['admin'] });
  admin = requestAs(t.app, await signIn(t.app, 'admin@acme.example', 'correct horse battery'));
  participant = requestAs(t.app, await signIn(t.app, 'pat@acme.example', 'correct horse battery'));
  otherAdmin = requestAs(t.app, await signIn(t.app, 'admin@globex.example', 'correct horse battery'));
  const file = [
    header,
    'E1,Sam Vice,sam@acme.example,SVP Operations,senior_leader,Operations,Operations,,Berlin,Europe/Berlin,2012-01-01,true',
    'E2,Jo Junior,jo@acme.example,Team Lead,frontline_manager,Operations,Operations,E1,Berlin,Europe/Berlin,2022-01-01,false',
  ].join('\n');
  expect((await admin.postCsv('/api/people/import?mode=commit', file)).json().isCommitted).toBe(true);
  const people = (await admin.get('/api/people')).json().items;
  leaderId = people.find((p: { employeeId: string }) => p.employeeId === 'E1').id;
  juniorId = people.find((p: { employeeId: string }) => p.employeeId === 'E2').id;
});
afterAll(() => t.close());

describe('the approach recommendation', () => {
  it('says 404 before any recommendation exists', async () => {
    expect((await admin.get(`/api/people/${leaderId}/recommendation`)).statusCode).toBe(404);
  });

  it('recommends both for a senior leader heading into the C-suite, with the rule that fired', async () => {
    const response = await admin.post(`/api/people/${leaderId}/recommendation`, {
      kinds: ['executive_transition'],
      timeHorizonMonths: 12,
    });
    expect(response.statusCode).toBe(200);
    const recommendation = response.json();
    expect(recommendation.approach).toBe('both');
    expect(recommendation.finalApproach).toBe('both');
    expect(recommendation.rules.map((rule: { id: string }) => rule.id)).toContain('c-suite-transition');
    for (const rule of recommendation.rules) expect(rule.explanation.length).toBeGreaterThan(20);
    expect(recommendation.need).toMatchObject({ urgency: 'normal', mustMeasureOutcomes: false, competencies: [] });
    expect((await admin.get(`/api/people/${leaderId}/recommendation`)).json().id).toBe(recommendation.id);
  });

  it('never gives a mentor alone for an urgent need', async () => {
    const recommendation = (
      await admin.post(`/api/people/${juniorId}/recommendation`, {
        kinds: ['knowledge_transfer'],
        urgency: 'urgent',
        timeHorizonMonths: 3,
        competencies: ['decision_making'],
      })
    ).json();
    expect(recommendation.approach).not.toBe('mentoring');
    expect(recommendation.rules.map((rule: { id: string }) => rule.id)).toContain('urgent-need-never-mentor-alone');
    expect(recommendation.targetCompetencies).toEqual(['decision_making']);
  });

  it('keeps an override with its reason and who made it', async () => {
    const response = await admin.post(`/api/people/${leaderId}/recommendation/override`, {
      approach: 'mentoring',
      reason: 'Already has an executive coach through the board program.',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      approach: 'both',
      finalApproach: 'mentoring',
      override: {
        approach: 'mentoring',
        overriddenBy: 'Ada Admin',
        reason: 'Already has an executive coach through the board program.',
      },
    });
  });

  it('names the bad field of a bad need or override', async () => {
    const noKinds = await admin.post(`/api/people/${leaderId}/recommendation`, { kinds: [], timeHorizonMonths: 6 });
    expect(noKinds.statusCode).toBe(400);
    expect(noKinds.json().field).toBe('body.kinds');
    const badHorizon = await admin.post(`/api/people/${leaderId}/recommendation`, {
      kinds: ['succession'],
      timeHorizonMonths: 0,
    });
    expect(badHorizon.json().field).toBe('body.timeHorizonMonths');
    const unknownKind = await admin.post(`/api/people/${leaderId}/recommendation`, {
      kinds: ['vibes'],
      timeHorizonMonths: 6,
    });
    expect(unknownKind.json().field).toBe('body.kinds.0');
    const shortReason = await admin.post(`/api/people/${leaderId}/recommendation/override`, {
      approach: 'coaching',
      reason: 'no',
    });
    expect(shortReason.statusCode).toBe(400);
    expect(shortReason.json().field).toBe('body.reason');
  });

  it('refuses an override before any recommendation', async () => {
    const file = [
      header,
      'E3,New Person,new@acme.example,Analyst,individual_contributor,Ops,Ops,E1,Berlin,Europe/Berlin,2024-01-01,false',
    ].join('\n');
    await admin.postCsv('/api/people/import?mode=commit', file);
    const newcomer = (await admin.get('/api/people?search=new')).json().items[0];
    const response = await admin.post(`/api/people/${newcomer.id}/recommendation/override`, {
      approach: 'coaching',
      reason: 'Because we say so, really.',
    });
    expect(response.statusCode).toBe(409);
  });

  it('is for admins of the same organization only', async () => {
    expect(
      (
        await participant.post(`/api/people/${leaderId}/recommendation`, {
          kinds: ['succession'],
          timeHorizonMonths: 24,
        })
      ).statusCode,
    ).toBe(403);
    expect((await otherAdmin.get(`/api/people/${leaderId}/recommendation`)).statusCode).toBe(404);
    expect(
      (
        await otherAdmin.post(`/api/people/${leaderId}/recommendation`, {
          kinds: ['succession'],
          timeHorizonMonths: 24,
        })
      ).statusCode,
    ).toBe(404);
  });
});
