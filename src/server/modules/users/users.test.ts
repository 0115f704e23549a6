import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { seedOrganization } from '../../testing/factories.js';
import { createUser } from './index.js';

let t: TestApp;
const context = { ipAddress: null, userAgent: null, requestId: null };
beforeAll(async () => {
  t = await createTestApp();
  await seedOrganization(t.connection, 'Acme');
});
afterAll(() => t.close());

describe('createUser', () => {
  it('stores an argon2id hash, never the password', async () => {
    await createUser(t, context, { org: 'Acme', email: 'a@acme.example', password: 'long enough', roles: ['admin'] });
    const [row] = await queryRows<{ password_hash: string }>(
      t.connection.db,
      sql`select password_hash from users where email = 'a@acme.example'`,
    );
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    expect(row!.password_hash).not.toContain('long enough');
  });

  it.each([
    [{ email: 'not-an-email' }, 'email'],
    [{ password: 'short' }, 'password'],
    [{ roles: [] }, 'roles'],
    [{ roles: ['boss'] }, 'roles.0'],
    [{ org: 'Nowhere' }, 'org'],
  ])('rejects %o naming the field %s, writing nothing', async (change, field) => {
    const input = { org: 'Acme', email: 'b@acme.example', password: 'long enough', roles: ['coach'], ...change };
    await expect(createUser(t, context, input as never)).rejects.toMatchObject({ field });
    const rows = await queryRows(t.connection.db, sql`select 1 from users where email = 'b@acme.example'`);
    expect(rows).toHaveLength(0);
  });

  it('refuses a second user with the same email, in any case', async () => {
    await expect(
      createUser(t, context, { org: 'Acme', email: 'A@ACME.example', password: 'long enough', roles: ['admin'] }),
    ).rejects.toMatchObject({ code: 'CONFLICT', field: 'email' });
  });
});
