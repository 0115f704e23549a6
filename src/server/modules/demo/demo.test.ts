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

  it('refuses to create the demo organization twice', async () => {
    await expect(createDemoOrganization(t, { ipAddress: null, userAgent: null, requestId: null })).rejects.toThrow(
      /already exists/,
    );
  });
});
