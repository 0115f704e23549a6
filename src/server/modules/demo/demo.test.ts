import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { signIn } from '../../testing/factories.js';
import { createDemoOrganization, demoPassword, isDatabaseEmpty } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo organization', () => {
  it('fills an empty database with ~200 people and one login per role', async () => {
    expect(await isDatabaseEmpty(t.connection.db)).toBe(true);
    const summary = await createDemoOrganization(t, { ipAddress: null, userAgent: null, requestId: null });
    expect(await isDatabaseEmpty(t.connection.db)).toBe(false);
    expect(summary.programCount).toBe(5);
    expect(summary.logins.map((login) => login.role).sort()).toEqual([
      'admin',
      'coach',
      'manager',
      'mentor',
      'participant',
      'sponsor',
    ]);
    const [people] = await queryRows<{ total: number; managed: number }>(
      t.connection.db,
      sql`select count(*)::int as total, count(manager_id)::int as managed from people`,
    );
    expect(people).toEqual({ total: 200, managed: 199 });

    for (const login of summary.logins) {
      const session = await signIn(t.app, login.email, demoPassword);
      expect(session.me.user.roles).toEqual([login.role]);
      expect(session.me.organization.name).toBe(summary.organizationName);
    }
  });

  it('links the demo manager to the demo participant’s manager', async () => {
    const rows = await queryRows<{ matches: boolean }>(
      t.connection.db,
      sql`select participant.manager_id = manager.id as matches
          from users pu join people participant on participant.id = pu.person_id,
               users mu join people manager on manager.id = mu.person_id
          where pu.email = 'participant@northwind.example' and mu.email = 'manager@northwind.example'`,
    );
    expect(rows).toEqual([{ matches: true }]);
  });

  it('has two mentoring programs ready to match, a coaching pilot with an engagement to agree, a coaching program a year under way and a blended succession program enrolling', async () => {
    const programs = await queryRows<{ name: string; type: string; status: string; enrolled: number }>(
      t.connection.db,
      sql`select p.name, p.type, p.status, count(e.id)::int as enrolled
          from programs p left join program_enrollments e on e.program_id = p.id
          group by p.id order by p.name`,
    );
    expect(programs).toEqual([
      { name: 'Emerging Leaders Coaching', type: 'coaching', status: 'running', enrolled: 19 },
      { name: 'Leadership Coaching Pilot', type: 'coaching', status: 'running', enrolled: 2 },
      { name: 'Leadership Mentoring 2027', type: 'mentoring', status: 'matching', enrolled: 200 },
      { name: 'New Manager Mentoring Circle', type: 'mentoring', status: 'matching', enrolled: 14 },
      { name: 'Succession Accelerator 2027', type: 'blended', status: 'enrolling', enrolled: 2 },
    ]);
    const engagements = await queryRows<{ coach: string; leader: string; manager: string; status: string }>(
      t.connection.db,
      sql`select cu.email as coach, lu.email as leader, mu.email as manager, ce.status
          from coaching_engagements ce
          join users cu on cu.person_id = ce.coach_person_id
          join users lu on lu.person_id = ce.leader_person_id
          join users mu on mu.person_id = ce.manager_person_id`,
    );
    expect(engagements).toEqual([
      {
        coach: 'coach@northwind.example',
        leader: 'participant@northwind.example',
        manager: 'manager@northwind.example',
        status: 'proposed',
      },
    ]);
  });

  it('gives the participant login feedback asked, answered and shared with the coach, and kudos', async () => {
    const personOf = (email: string) => sql`(select person_id from users where email = ${email})`;
    const participant = personOf('participant@northwind.example');
    const [counts] = await queryRows<{ sent: number; asked: number; received: number; shared: number; kudos: number }>(
      t.connection.db,
      sql`select
            (select count(*)::int from feedback_requests where requester_person_id = ${participant}) as sent,
            (select count(*)::int from feedback_requests where asked_person_id = ${participant} and status = 'open') as asked,
            (select count(*)::int from ongoing_feedback where about_person_id = ${participant}) as received,
            (select count(*)::int from ongoing_feedback where about_person_id = ${participant}
               and shared_with_guides_at is not null) as shared,
            (select count(*)::int from kudos where recipient_person_id = ${participant} and is_visible_to_team) as kudos`,
    );
    expect(counts).toEqual({ sent: 2, asked: 1, received: 2, shared: 1, kudos: 1 });
  });

  it('refuses to create the demo organization twice', async () => {
    await expect(createDemoOrganization(t, { ipAddress: null, userAgent: null, requestId: null })).rejects.toThrow(
      /already exists/,
    );
  });
});
