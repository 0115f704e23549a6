import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
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
    for (const statement of [
      sql`update audit_events set action = 'changed'`,
      sql`delete from audit_events`,
      sql`truncate audit_events`,
    ]) {
      // The driver wraps the database's error; its cause carries the trigger's message.
      const error = await t.db.execute(statement).then(
        () => null,
        (failure: Error) => failure,
      );
      expect(String((error?.cause as Error | undefined)?.message)).toMatch(/append-only/);
    }
    const rows = await queryRows<{ action: string }>(t.db, sql`select action from audit_events`);
    expect(rows.map((row) => row.action)).toContain('test.recorded');
    expect(rows.map((row) => row.action)).not.toContain('changed');
  });
});
