import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { seedOrganization, seedUser, signIn } from '../../testing/factories.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedOrganization(t.connection, 'Acme');
  await seedOrganization(t.connection, 'Globex');
  await seedUser(t.connection, t.clock, {
    org: 'Acme',
    email: 'ada@acme.example',
    roles: ['admin', 'coach'],
    displayName: 'Ada Admin',
  });
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'gus@globex.example', roles: ['participant'] });
  await seedUser(t.connection, t.clock, { org: 'Acme', email: 'limited@acme.example' });
});
afterAll(() => t.close());

const login = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: payload as object, headers });

describe('POST /api/auth/login', () => {
  it('signs in, sets an httpOnly session cookie and answers the user, roles and organization', async () => {
    const response = await login({ email: 'ADA@acme.example', password: 'correct horse battery' });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'tandem_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.value).toMatch(/^[\w-]{43}$/); // 256 bits, base64url
    const body = response.json();
    expect(body.user).toMatchObject({ email: 'ada@acme.example', displayName: 'Ada Admin', roles: ['admin', 'coach'] });
    expect(body.organization.name).toBe('Acme');
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(JSON.stringify(body)).not.toMatch(/password|hash/i);
  });

  it('stores only a hash of the session token', async () => {
    const response = await login({ email: 'ada@acme.example', password: 'correct horse battery' });
    const token = response.cookies.find((c) => c.name === 'tandem_session')!.value;
    const rows = await queryRows<{ token_hash: string }>(t.connection.db, sql`select token_hash from login_sessions`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.token_hash === token)).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
  });

  it('answers a wrong password and an unknown email with the same generic 401', async () => {
    const wrongPassword = await login({ email: 'ada@acme.example', password: 'nope nope nope' });
    const unknownEmail = await login({ email: 'nobody@acme.example', password: 'nope nope nope' });
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().detail).toBe('Email or password is incorrect.');
      expect(response.cookies).toHaveLength(0);
    }
  });

  it('names the offending field of bad input', async () => {
    const missing = await login({ password: 'x' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().field).toBe('body.email');

    const mistyped = await login({ email: 'ada@acme.example', password: 42 });
    expect(mistyped.statusCode).toBe(400);
    expect(mistyped.json().field).toBe('body.password');

    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    expect(malformed.json()).toMatchObject({ field: 'body', status: 400 });
  });

  it('rate-limits repeated failures for one email, even with the right password afterwards', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await login({ email: 'limited@acme.example', password: 'wrong password' })).statusCode).toBe(401);
    }
    const blocked = await login({ email: 'limited@acme.example', password: 'correct horse battery' });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advanceMinutes(16);
    expect((await login({ email: 'limited@acme.example', password: 'correct horse battery' })).statusCode).toBe(200);
  });

  it('rate-limits many attempts from one client address, whatever the emails', async () => {
    const fromOneAddress = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: 'wrong password' },
        remoteAddress: '127.0.0.9',
      });
    for (let i = 0; i < 30; i++) expect((await fromOneAddress(`guess${i}@acme.example`)).statusCode).toBe(401);
    expect((await fromOneAddress('guess-last@acme.example')).statusCode).toBe(429);
    // Another address is not affected.
    expect((await login({ email: 'ada@acme.example', password: 'correct horse battery' })).statusCode).toBe(200);
  });

  it('refuses a login posted from another site', async () => {
    const response = await login(
      { email: 'ada@acme.example', password: 'correct horse battery' },
      { origin: 'https://evil.example' },
    );
    expect(response.statusCode).toBe(403);
  });

  it('audits successful and failed sign-ins', async () => {
    const rows = await queryRows<{ action: string }>(
      t.connection.db,
      sql`select action from audit_events where action like 'auth.%'`,
    );
    const actions = rows.map((row) => row.action);
    expect(actions).toContain('auth.login');
    expect(actions).toContain('auth.login_failed');
  });
});

describe('GET /api/me', () => {
  it('answers 401 problem+json without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('answers 401 for a made-up cookie', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: 'tandem_session=forged' },
    });
    expect(response.statusCode).toBe(401);
  });

  it('shows each user only their own organization', async () => {
    const ada = await signIn(t.app, 'ada@acme.example', 'correct horse battery');
    const gus = await signIn(t.app, 'gus@globex.example', 'correct horse battery');
    const adaMe = (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: ada.cookie } })).json();
    const gusMe = (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: gus.cookie } })).json();
    expect(adaMe.organization.name).toBe('Acme');
    expect(gusMe.organization.name).toBe('Globex');
    expect(gusMe.user.roles).toEqual(['participant']);
  });
});

describe('session expiry', () => {
  it('ends a session idle for longer than the idle limit', async () => {
    const session = await signIn(t.app, 'ada@acme.example', 'correct horse battery');
    t.clock.advanceMinutes(119);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(200);
    t.clock.advanceMinutes(121);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(401);
  });

  it('ends an active session at its absolute expiry', async () => {
    const session = await signIn(t.app, 'ada@acme.example', 'correct horse battery');
    for (let hour = 0; hour < 11; hour++) {
      t.clock.advanceMinutes(60);
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).statusCode,
      ).toBe(200);
    }
    t.clock.advanceMinutes(61);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(401);
  });
});

describe('POST /api/auth/logout', () => {
  it('needs the CSRF token header, then ends the session', async () => {
    const session = await signIn(t.app, 'ada@acme.example', 'correct horse battery');
    const withoutToken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().field).toBe('headers.x-csrf-token');

    const wrongToken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': 'guess' },
    });
    expect(wrongToken.statusCode).toBe(403);

    const done = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(done.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('answers 401 when not signed in', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(401);
  });
});
