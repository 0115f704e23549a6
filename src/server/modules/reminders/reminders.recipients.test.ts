import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization } from '../demo/index.js';
import { findRecipients } from './reminders.repo.js';

let t: TestApp;
let orgId: string;
let personId: string;

beforeAll(async () => {
  t = await createTestApp();
  await createDemoOrganization(t, { ipAddress: null, userAgent: 'test', requestId: null });
  const [row] = await queryRows<{ org_id: string; person_id: string }>(
    t.db,
    sql`select org_id, person_id from users where email = 'participant@northwind.example'`,
  );
  orgId = row!.org_id;
  personId = row!.person_id;
});
afterAll(() => t.close());

describe('reminder recipients', () => {
  const loginsOf = async () => (await findRecipients(t.db, orgId, [personId])).get(personId)!.logins;

  it('are the working logins of a person', async () => {
    expect((await loginsOf()).map((login) => login.email)).toEqual(['participant@northwind.example']);
  });

  it('leave out a disabled login, and everyone of a person who left', async () => {
    await t.db.execute(sql`update users set disabled_at = now() where person_id = ${personId}`);
    expect(await loginsOf()).toEqual([]);
    await t.db.execute(sql`update users set disabled_at = null where person_id = ${personId}`);
    await t.db.execute(sql`update people set status = 'left', exit_date = '2026-11-30' where id = ${personId}`);
    expect(await loginsOf()).toEqual([]);
  });
});
