import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { requestAs, seedOrganization, seedUser, signIn, type SignedIn } from '../../testing/factories.js';

let t: TestApp;
let ninaId = '';
const password = 'correct horse battery';

beforeAll(async () => {
  t = await createTestApp();
  await seedOrganization(t.connection, 'Acme');
  await seedOrganization(t.connection, 'Globex');
  ninaId = (await seedUser(t.connection, t.clock, { org: 'Acme', email: 'nina@acme.example' })).id;
  await seedUser(t.connection, t.clock, { org: 'Acme', email: 'emil@acme.example' });
  await seedUser(t.connection, t.clock, { org: 'Acme', email: 'guesser@acme.example' });
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'taken@globex.example' });
});
afterAll(() => t.close());

const me = (session: SignedIn) => t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
const login = (email: string, secret: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: secret } });

async function auditOf(action: string, targetId: string) {
  return queryRows<{ actor_user_id: string; details: Record<string, unknown> }>(
    t.db,
    sql`select actor_user_id, details from audit_events where action = ${action} and target_id = ${targetId}`,
  );
}

describe('PUT /api/me/password', () => {
  it('refuses a wrong current password with 403 naming currentPassword, changing nothing', async () => {
    const nina = await signIn(t.app, 'nina@acme.example', password);
    const response = await requestAs(t.app, nina).put('/api/me/password', {
      currentPassword: 'not my password',
      newPassword: 'a brand new secret',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ field: 'body.currentPassword' });
    expect((await login('nina@acme.example', password)).statusCode).toBe(200);
    expect((await login('nina@acme.example', 'a brand new secret')).statusCode).toBe(401);
  });

  it.each([
    [{ currentPassword: password, newPassword: 'short' }, 'body.newPassword'],
    [{ currentPassword: password, newPassword: password }, 'body.newPassword'],
    [{ newPassword: 'a brand new secret' }, 'body.currentPassword'],
    [{ currentPassword: password }, 'body.newPassword'],
  ])('refuses %o naming the field %s', async (body, field) => {
    const nina = await signIn(t.app, 'nina@acme.example', password);
    const response = await requestAs(t.app, nina).put('/api/me/password', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toBe(field);
  });

  it('changes the password, ends the other sessions and keeps this one, audited', async () => {
    const laptop = await signIn(t.app, 'nina@acme.example', password);
    const phone = await signIn(t.app, 'nina@acme.example', password);
    const response = await requestAs(t.app, laptop).put('/api/me/password', {
      currentPassword: password,
      newPassword: 'a brand new secret',
    });
    expect(response.statusCode).toBe(204);
    expect((await me(laptop)).statusCode).toBe(200);
    expect((await me(phone)).statusCode).toBe(401);
    expect((await login('nina@acme.example', password)).statusCode).toBe(401);
    expect((await login('nina@acme.example', 'a brand new secret')).statusCode).toBe(200);
    const [event] = await auditOf('user.password.changed', ninaId);
    expect(event).toMatchObject({ actor_user_id: ninaId });
    expect(event!.details.endedSessions).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(event)).not.toContain('brand new');
  });

  it('counts wrong current passwords against the sign-in limit for the email', async () => {
    const guesser = requestAs(t.app, await signIn(t.app, 'guesser@acme.example', password));
    for (let i = 0; i < 10; i++) {
      const wrong = await guesser.put('/api/me/password', {
        currentPassword: `guess ${i}`,
        newPassword: 'whatever it is',
      });
      expect(wrong.statusCode).toBe(403);
    }
    const blocked = await guesser.put('/api/me/password', { currentPassword: password, newPassword: 'whatever it is' });
    expect(blocked.statusCode).toBe(429);
    expect((await login('guesser@acme.example', password)).statusCode).toBe(429);
    t.clock.advanceMinutes(16);
  });

  it('answers 401 to the anonymous and 403 without the CSRF token', async () => {
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: '/api/me/password',
      payload: { currentPassword: password, newPassword: 'a brand new secret' },
    });
    expect(anonymous.statusCode).toBe(401);
    const emil = await signIn(t.app, 'emil@acme.example', password);
    const withoutToken = await t.app.inject({
      method: 'PUT',
      url: '/api/me/password',
      headers: { cookie: emil.cookie },
      payload: { currentPassword: password, newPassword: 'a brand new secret' },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().field).toBe('headers.x-csrf-token');
  });
});

describe('PUT /api/me/email', () => {
  it('changes the email, lower-cased, audited with before and after', async () => {
    const emil = await signIn(t.app, 'emil@acme.example', password);
    const emilId = emil.me.user.id;
    const response = await requestAs(t.app, emil).put('/api/me/email', {
      currentPassword: password,
      email: '  Emil.New@Acme.Example ',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.email).toBe('emil.new@acme.example');
    expect((await me(emil)).json().user.email).toBe('emil.new@acme.example');
    expect((await login('emil.new@acme.example', password)).statusCode).toBe(200);
    expect((await login('emil@acme.example', password)).statusCode).toBe(401);
    expect(await auditOf('user.email.changed', emilId)).toMatchObject([
      { actor_user_id: emilId, details: { before: 'emil@acme.example', after: 'emil.new@acme.example' } },
    ]);
  });

  it('refuses an email used in any organization with 409 naming email', async () => {
    const emil = requestAs(t.app, await signIn(t.app, 'emil.new@acme.example', password));
    const response = await emil.put('/api/me/email', { currentPassword: password, email: 'TAKEN@globex.example' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ field: 'body.email' });
    expect((await login('emil.new@acme.example', password)).statusCode).toBe(200);
  });

  it('refuses a wrong current password and a malformed email, naming the field', async () => {
    const emil = requestAs(t.app, await signIn(t.app, 'emil.new@acme.example', password));
    const wrong = await emil.put('/api/me/email', { currentPassword: 'nope nope', email: 'emil3@acme.example' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().field).toBe('body.currentPassword');
    const malformed = await emil.put('/api/me/email', { currentPassword: password, email: 'not an email' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().field).toBe('body.email');
    expect((await login('emil3@acme.example', password)).statusCode).toBe(401);
  });

  it('answers 401 to the anonymous', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/me/email',
      payload: { currentPassword: password, email: 'x@acme.example' },
    });
    expect(response.statusCode).toBe(401);
  });
});
