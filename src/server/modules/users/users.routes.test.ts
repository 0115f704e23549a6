import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User, UsersPage } from '../../../contract/users.js';
import { queryRows } from '../../db/client.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { requestAs, seedOrganization, seedUser, signIn, type SignedIn } from '../../testing/factories.js';
import { insertPeople } from '../people/index.js';
import { createUser } from './index.js';

let t: TestApp;
let acmeId = '';
let admin: SignedIn;
let adminId = '';
const password = 'correct horse battery';
const context = { ipAddress: null, userAgent: 'test', requestId: null };

const asAdmin = () => requestAs(t.app, admin);
const me = (session: SignedIn) => t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });

beforeAll(async () => {
  t = await createTestApp();
  acmeId = (await seedOrganization(t.connection, 'Acme')).id;
  await seedOrganization(t.connection, 'Globex');
  adminId = (
    await seedUser(t.connection, t.clock, {
      org: 'Acme',
      email: 'ada@acme.example',
      roles: ['admin'],
      displayName: 'Ada Admin',
    })
  ).id;
  await seedUser(t.connection, t.clock, {
    org: 'Acme',
    email: 'cole@acme.example',
    roles: ['coach'],
    displayName: 'Cole Coach',
  });
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'gia@globex.example', roles: ['admin'] });
  admin = await signIn(t.app, 'ada@acme.example', password);
});
afterAll(() => t.close());

/** A user linked to a new person of Acme's directory. */
async function seedLinkedUser(email: string, name: string): Promise<{ userId: string; personId: string }> {
  const personId = randomUUID();
  await insertPeople(t.db, [
    {
      id: personId,
      orgId: acmeId,
      employeeId: `E-${personId.slice(0, 8)}`,
      name,
      email,
      title: 'Engineer',
      tier: 'individual_contributor',
      department: 'Engineering',
    },
  ]);
  const user = await createUser(t, context, { org: 'Acme', email, password, roles: ['participant'], personId });
  return { userId: user.id, personId };
}

async function userIdOf(email: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(t.db, sql`select id from users where email = ${email}`);
  return row!.id;
}

async function auditOf(action: string, targetId: string) {
  return queryRows<{ actor_user_id: string; details: Record<string, unknown> }>(
    t.db,
    sql`select actor_user_id, details from audit_events where action = ${action} and target_id = ${targetId} order by id`,
  );
}

describe('GET /api/users', () => {
  it('lists the users of the organization with roles, linked person and session figures', async () => {
    const { personId } = await seedLinkedUser('lin@acme.example', 'Lin Linked');
    await signIn(t.app, 'lin@acme.example', password);
    await signIn(t.app, 'lin@acme.example', password);

    const response = await asAdmin().get('/api/users');
    expect(response.statusCode).toBe(200);
    const page = response.json<UsersPage>();
    expect(page).toMatchObject({ page: 1, pageSize: 25, total: 3 });
    expect(page.items.map((user) => user.email)).toEqual(['ada@acme.example', 'cole@acme.example', 'lin@acme.example']);
    const lin = page.items.find((user) => user.email === 'lin@acme.example')!;
    expect(lin).toMatchObject({
      displayName: 'Lin',
      roles: ['participant'],
      personId,
      personName: 'Lin Linked',
      disabledAt: null,
      activeSessionCount: 2,
      lastSeenAt: '2026-03-02T09:00:00.000Z',
    });
    const cole = page.items.find((user) => user.email === 'cole@acme.example')!;
    expect(cole).toMatchObject({ personId: null, personName: null, activeSessionCount: 0, lastSeenAt: null });
    expect(JSON.stringify(page)).not.toMatch(/password|hash/i);
  });

  it('counts only sessions that have not expired', async () => {
    const { userId } = await seedLinkedUser('idle@acme.example', 'Ida Idle');
    await signIn(t.app, 'idle@acme.example', password);
    t.clock.advanceMinutes(121);
    // The admin's own session idled out too: sign in again.
    admin = await signIn(t.app, 'ada@acme.example', password);
    const idle = (await asAdmin().get(`/api/users/${userId}`)).json<User>();
    expect(idle.activeSessionCount).toBe(0);
    expect(idle.lastSeenAt).toBe('2026-03-02T09:00:00.000Z');
  });

  it('searches names and emails, and pages', async () => {
    const byName = (await asAdmin().get('/api/users?search=COLE')).json<UsersPage>();
    expect(byName.items.map((user) => user.email)).toEqual(['cole@acme.example']);
    const byEmail = (await asAdmin().get('/api/users?search=lin%40acme')).json<UsersPage>();
    expect(byEmail.items.map((user) => user.email)).toEqual(['lin@acme.example']);
    const wildcard = (await asAdmin().get('/api/users?search=%25')).json<UsersPage>();
    expect(wildcard.total).toBe(0);

    const first = (await asAdmin().get('/api/users?pageSize=2')).json<UsersPage>();
    const second = (await asAdmin().get('/api/users?pageSize=2&page=2')).json<UsersPage>();
    expect(first.total).toBe(4);
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(2);
    expect(new Set([...first.items, ...second.items].map((user) => user.id)).size).toBe(4);
  });

  it('names the bad query field', async () => {
    const tooBig = await asAdmin().get('/api/users?pageSize=101');
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().field).toBe('querystring.pageSize');
    expect((await asAdmin().get('/api/users?page=0')).json().field).toBe('querystring.page');
  });

  it('answers 401 to the anonymous and 403 to a non-admin', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
    const coach = requestAs(t.app, await signIn(t.app, 'cole@acme.example', password));
    expect((await coach.get('/api/users')).statusCode).toBe(403);
    expect((await coach.get(`/api/users/${adminId}`)).statusCode).toBe(403);
    expect((await coach.patch(`/api/users/${adminId}`, { isDisabled: true })).statusCode).toBe(403);
    expect((await coach.delete(`/api/users/${adminId}/sessions`)).statusCode).toBe(403);
  });

  it('shows each admin only their own organization', async () => {
    const gia = requestAs(t.app, await signIn(t.app, 'gia@globex.example', password));
    const page = (await gia.get('/api/users')).json<UsersPage>();
    expect(page.items.map((user) => user.email)).toEqual(['gia@globex.example']);
  });
});

describe('GET /api/users/:id', () => {
  it('answers one user', async () => {
    const response = await asAdmin().get(`/api/users/${adminId}`);
    expect(response.statusCode).toBe(200);
    expect(response.json<User>()).toMatchObject({ id: adminId, email: 'ada@acme.example', roles: ['admin'] });
  });

  it("answers 404 for another organization's user and 400 for a malformed id", async () => {
    const globexUser = await userIdOf('gia@globex.example');
    expect((await asAdmin().get(`/api/users/${globexUser}`)).statusCode).toBe(404);
    const malformed = await asAdmin().get('/api/users/not-a-uuid');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().field).toBe('params.id');
  });
});

describe('PATCH /api/users/:id', () => {
  it('changes the display name and roles, auditing the roles before and after', async () => {
    const coleId = await userIdOf('cole@acme.example');
    const response = await asAdmin().patch(`/api/users/${coleId}`, {
      displayName: '  Cole C. Coach ',
      roles: ['coach', 'mentor', 'coach'],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<User>()).toMatchObject({ displayName: 'Cole C. Coach', roles: ['coach', 'mentor'] });
    const [event] = await auditOf('user.roles.changed', coleId);
    expect(event).toMatchObject({ actor_user_id: adminId, details: { before: ['coach'], after: ['coach', 'mentor'] } });

    // The new role counts at once, in the same session.
    const cole = await signIn(t.app, 'cole@acme.example', password);
    expect((await me(cole)).json().user.roles).toEqual(['coach', 'mentor']);
  });

  it.each([
    [{ displayName: '' }, 'body.displayName'],
    [{ roles: [] }, 'body.roles'],
    [{ roles: ['boss'] }, 'body.roles.0'],
    [{ isDisabled: 'yes' }, 'body.isDisabled'],
  ])('refuses %o naming the field %s', async (change, field) => {
    const coleId = await userIdOf('cole@acme.example');
    const response = await asAdmin().patch(`/api/users/${coleId}`, change);
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toBe(field);
  });

  it('refuses to let an admin remove their own admin role or disable themselves', async () => {
    const demote = await asAdmin().patch(`/api/users/${adminId}`, { roles: ['coach'] });
    expect(demote.statusCode).toBe(409);
    expect(demote.json()).toMatchObject({ field: 'body.roles', detail: expect.stringContaining('own admin role') });
    const disable = await asAdmin().patch(`/api/users/${adminId}`, { isDisabled: true, displayName: 'Changed' });
    expect(disable.statusCode).toBe(409);
    expect(disable.json()).toMatchObject({
      field: 'body.isDisabled',
      detail: expect.stringContaining('disable your own'),
    });
    // Nothing of the refused request was kept.
    const after = (await asAdmin().get(`/api/users/${adminId}`)).json<User>();
    expect(after).toMatchObject({ roles: ['admin'], displayName: 'Ada Admin', disabledAt: null });
    // Adding a role to oneself is fine.
    expect((await asAdmin().patch(`/api/users/${adminId}`, { roles: ['admin', 'coach'] })).statusCode).toBe(200);
  });

  it('disabling ends every session at once and refuses sign-in; enabling lets the user back in', async () => {
    const { userId } = await seedLinkedUser('dee@acme.example', 'Dee Disabled');
    const first = await signIn(t.app, 'dee@acme.example', password);
    const second = await signIn(t.app, 'dee@acme.example', password);
    expect((await me(first)).statusCode).toBe(200);

    const disabled = await asAdmin().patch(`/api/users/${userId}`, { isDisabled: true });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json<User>()).toMatchObject({ disabledAt: t.clock.now().toISOString(), activeSessionCount: 0 });
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(401);

    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'dee@acme.example', password },
    });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().detail).toBe('Email or password is incorrect.');
    expect(refused.cookies).toHaveLength(0);
    const failures = await queryRows<{ details: { reason?: string } }>(
      t.db,
      sql`select details from audit_events where action = 'auth.login_failed' and target_id = ${userId}`,
    );
    expect(failures.map((row) => row.details.reason)).toEqual(['disabled']);
    expect(await auditOf('user.disabled', userId)).toMatchObject([
      { actor_user_id: adminId, details: { endedSessions: 2 } },
    ]);

    const enabled = await asAdmin().patch(`/api/users/${userId}`, { isDisabled: false });
    expect(enabled.json<User>().disabledAt).toBeNull();
    expect(await auditOf('user.enabled', userId)).toHaveLength(1);
    expect((await me(await signIn(t.app, 'dee@acme.example', password))).statusCode).toBe(200);
  });

  it("answers 404 for another organization's user, changing nothing", async () => {
    const globexUser = await userIdOf('gia@globex.example');
    const response = await asAdmin().patch(`/api/users/${globexUser}`, { isDisabled: true });
    expect(response.statusCode).toBe(404);
    const [row] = await queryRows<{ disabled_at: Date | null }>(
      t.db,
      sql`select disabled_at from users where id = ${globexUser}`,
    );
    expect(row!.disabled_at).toBeNull();
  });
});

describe('DELETE /api/users/:id/sessions', () => {
  it("ends all of a user's sessions, audited, and the user may sign in again", async () => {
    const { userId } = await seedLinkedUser('sam@acme.example', 'Sam Sessions');
    const laptop = await signIn(t.app, 'sam@acme.example', password);
    const phone = await signIn(t.app, 'sam@acme.example', password);
    const response = await asAdmin().delete(`/api/users/${userId}/sessions`);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect((await me(laptop)).statusCode).toBe(401);
    expect((await me(phone)).statusCode).toBe(401);
    expect(await auditOf('user.sessions.ended', userId)).toMatchObject([
      { actor_user_id: adminId, details: { endedSessions: 2 } },
    ]);
    expect((await me(await signIn(t.app, 'sam@acme.example', password))).statusCode).toBe(200);
  });

  it("answers 404 for another organization's user and 401 to the anonymous", async () => {
    const globexUser = await userIdOf('gia@globex.example');
    expect((await asAdmin().delete(`/api/users/${globexUser}/sessions`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/users/${globexUser}/sessions` })).statusCode).toBe(401);
  });
});

describe('a person who leaves', () => {
  it('loses access at once when marked as left, and cannot sign in again', async () => {
    const { userId, personId } = await seedLinkedUser('leo@acme.example', 'Leo Leaving');
    const leo = await signIn(t.app, 'leo@acme.example', password);
    expect((await me(leo)).statusCode).toBe(200);

    const left = await asAdmin().post(`/api/people/${personId}/leave`, { exitDate: '2026-03-01' });
    expect(left.statusCode).toBe(200);
    expect((await me(leo)).statusCode).toBe(401);
    const sessions = await queryRows(t.db, sql`select 1 from login_sessions where user_id = ${userId}`);
    expect(sessions).toHaveLength(0);

    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'leo@acme.example', password },
    });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().detail).toBe('Email or password is incorrect.');
  });

  it('loses access when the person is erased', async () => {
    const { personId } = await seedLinkedUser('eve@acme.example', 'Eve Erased');
    const eve = await signIn(t.app, 'eve@acme.example', password);
    await t.db.execute(sql`update people set erased_at = now() where org_id = ${acmeId} and id = ${personId}`);
    expect((await me(eve)).statusCode).toBe(401);
  });
});
