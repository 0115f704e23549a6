// Test data through the real services, so tests exercise what production does.
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../contract/roles.js';
import type { Me } from '../../contract/auth.js';
import type { DatabaseConnection } from '../db/client.js';
import type { Clock } from '../deps.js';
import { createOrganization } from '../modules/organizations/index.js';
import { createUser } from '../modules/users/index.js';

const context = { ipAddress: null, userAgent: 'test', requestId: null };

export async function seedOrganization(
  connection: DatabaseConnection,
  name: string,
): Promise<{ id: string; name: string }> {
  const organization = await createOrganization(connection.db, { name });
  return { id: organization.orgId, name: organization.name };
}

export async function seedUser(
  connection: DatabaseConnection,
  clock: Clock,
  input: { org: string; email: string; password?: string; roles?: Role[]; displayName?: string },
): Promise<{ id: string; email: string; password: string }> {
  const password = input.password ?? 'correct horse battery';
  const user = await createUser({ db: connection.db, clock }, context, {
    org: input.org,
    email: input.email,
    password,
    roles: input.roles ?? ['participant'],
    ...(input.displayName ? { displayName: input.displayName } : {}),
  });
  return { id: user.id, email: user.email, password };
}

export type SignedIn = { cookie: string; csrfToken: string; me: Me };

/** Signs in through the API and returns what a browser would hold. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<SignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const token = response.cookies.find((cookie) => cookie.name === 'tandem_session');
  if (!token) throw new Error('sign-in set no session cookie');
  const me = response.json<Me>();
  return { cookie: `tandem_session=${token.value}`, csrfToken: me.csrfToken, me };
}

type SendOptions = { payload?: string | object; headers?: Record<string, string> };

/** Requests as a signed-in browser would send them: the cookie always, the CSRF token on writes. */
export function requestAs(app: FastifyInstance, session: SignedIn) {
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, options: SendOptions = {}) =>
    app.inject({
      method,
      url,
      ...(options.payload === undefined ? {} : { payload: options.payload }),
      headers: {
        cookie: session.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrfToken }),
        ...options.headers,
      },
    });
  return {
    get: (url: string) => send('GET', url),
    post: (url: string, payload?: object) => send('POST', url, payload === undefined ? {} : { payload }),
    patch: (url: string, payload: object) => send('PATCH', url, { payload }),
    put: (url: string, payload: object) => send('PUT', url, { payload }),
    delete: (url: string) => send('DELETE', url),
    postCsv: (url: string, csv: string) => send('POST', url, { payload: csv, headers: { 'content-type': 'text/csv' } }),
  };
}
