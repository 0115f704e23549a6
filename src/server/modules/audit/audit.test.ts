import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/client.js';
import { seedOrganization } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { recordAuditEvent } from './index.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const organization = await seedOrganization(t.connection, 'Audited Ltd');
  await recordAuditEvent(
    t.db,
    t.clock,
    { ipAddress: '10.0.0.1', userAgent: 'test', requestId: 'r1' },
    {
      orgId: organization.id,
      actorUserId: null,
      action: 'test.recorded',
    },
  );
});
afterAll(() => t.close());

describe('the audit log', () => {
  it('is append-only: no update, delete or truncate gets through, even straight to the database', async () => {
    const attempt = (db: Database, statement: SQL) =>
      db.execute(statement).then(
        () => null,
        // The driver wraps the database's error; its cause carries the code and message.
        (failure: Error) => failure.cause as { code?: string; message?: string } | undefined,
      );
    for (const statement of [
      sql`update audit_events set action = 'changed'`,
      sql`delete from audit_events`,
      sql`truncate audit_events`,
    ]) {
      // The app's own role: on a server it lacks the privilege outright; on PGlite the trigger stops it.
      expect(await attempt(t.db, statement)).toMatchObject({ code: '42501' });
      // Even the tables' owner (a server's migration role) is stopped by the trigger.
      const asOwner = await t.connection.runAsOwner((ownerDb) => attempt(ownerDb, statement));
      expect(asOwner).toMatchObject({ code: '42501', message: expect.stringMatching(/append-only/) });
    }
    const rows = await queryRows<{ action: string }>(t.db, sql`select action from audit_events`);
    expect(rows.map((row) => row.action)).toContain('test.recorded');
    expect(rows.map((row) => row.action)).not.toContain('changed');
  });
});
