import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { notify } from './notifications.service.js';
import { notifications } from './notifications.table.js';

let t: TestApp;
let ann: ReturnType<typeof requestAs>;
let bob: ReturnType<typeof requestAs>;
let gus: ReturnType<typeof requestAs>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const acme = (await seedOrganization(t.connection, 'Acme')).id;
  const globex = (await seedOrganization(t.connection, 'Globex')).id;
  const annUser = await seedUser(t.connection, t.clock, { org: 'Acme', email: 'ann@acme.example' });
  const bobUser = await seedUser(t.connection, t.clock, { org: 'Acme', email: 'bob@acme.example' });
  const gusUser = await seedUser(t.connection, t.clock, { org: 'Globex', email: 'gus@globex.example' });
  ann = requestAs(t.app, await signIn(t.app, 'ann@acme.example', 'correct horse battery'));
  bob = requestAs(t.app, await signIn(t.app, 'bob@acme.example', 'correct horse battery'));
  gus = requestAs(t.app, await signIn(t.app, 'gus@globex.example', 'correct horse battery'));

  const deps = { db: t.db, clock: t.clock };
  for (const n of [1, 2, 3]) {
    t.clock.advanceMinutes(10);
    ids[`ann${n}`] = (
      await notify(deps, {
        orgId: acme,
        userId: annUser.id,
        kind: 'session.reminder',
        title: `Session ${n}`,
        body: `Your session ${n} is tomorrow.`,
        link: n === 1 ? null : `/relationships/r${n}`,
      })
    ).id;
  }
  ids.bob = (await notify(deps, { orgId: acme, userId: bobUser.id, kind: 'k', title: 'Bob', body: 'b' })).id;
  ids.gus = (await notify(deps, { orgId: globex, userId: gusUser.id, kind: 'k', title: 'Gus', body: 'g' })).id;
});
afterAll(() => t.close());

describe('notifications', () => {
  it('list your own, newest first, with the unread count', async () => {
    const response = await ann.get('/api/notifications');
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({ total: 3, unreadCount: 3, page: 1, pageSize: 20 });
    expect(page.items.map((item: { title: string }) => item.title)).toEqual(['Session 3', 'Session 2', 'Session 1']);
    expect(page.items[0]).toEqual({
      id: ids.ann3,
      kind: 'session.reminder',
      title: 'Session 3',
      body: 'Your session 3 is tomorrow.',
      link: '/relationships/r3',
      createdAt: '2026-03-02T09:30:00.000Z',
      readAt: null,
    });
    expect(page.items[2].link).toBeNull();

    const second = (await ann.get('/api/notifications?page=2&pageSize=2')).json();
    expect(second).toMatchObject({ total: 3, unreadCount: 3, page: 2, pageSize: 2 });
    expect(second.items.map((item: { id: string }) => item.id)).toEqual([ids.ann1]);

    expect((await bob.get('/api/notifications')).json().items.map((item: { id: string }) => item.id)).toEqual([
      ids.bob,
    ]);
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
    expect((await ann.get('/api/notifications?pageSize=1000')).statusCode).toBe(400);
  });

  it('mark one read, once; the unread count and the unread filter follow', async () => {
    t.clock.advanceMinutes(5);
    const read = await ann.post(`/api/notifications/${ids.ann2}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: ids.ann2, readAt: '2026-03-02T09:35:00.000Z' });
    t.clock.advanceMinutes(5);
    // Reading again keeps the first time.
    expect((await ann.post(`/api/notifications/${ids.ann2}/read`)).json().readAt).toBe('2026-03-02T09:35:00.000Z');

    const unread = (await ann.get('/api/notifications?unreadOnly=true')).json();
    expect(unread).toMatchObject({ total: 2, unreadCount: 2 });
    expect(unread.items.map((item: { id: string }) => item.id)).toEqual([ids.ann3, ids.ann1]);
  });

  it("answer 404 for another user's or another organization's notification, and change nothing", async () => {
    expect((await ann.post(`/api/notifications/${ids.bob}/read`)).statusCode).toBe(404);
    expect((await ann.post(`/api/notifications/${ids.gus}/read`)).statusCode).toBe(404);
    expect((await gus.post(`/api/notifications/${ids.ann1}/read`)).statusCode).toBe(404);
    expect((await ann.post(`/api/notifications/${randomUUID()}/read`)).statusCode).toBe(404);
    expect((await ann.post('/api/notifications/not-a-uuid/read')).statusCode).toBe(400);
    expect((await bob.get('/api/notifications')).json().unreadCount).toBe(1);
    expect((await gus.get('/api/notifications')).json().unreadCount).toBe(1);
  });

  it('mark all read: only your own', async () => {
    const response = await ann.post('/api/notifications/read-all');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ unreadCount: 0 });
    expect((await ann.get('/api/notifications')).json()).toMatchObject({ total: 3, unreadCount: 0 });
    expect((await bob.get('/api/notifications')).json().unreadCount).toBe(1);
  });

  it('are written in the caller transaction and only with an in-app link', async () => {
    const [annRow] = await t.db.select().from(notifications).limit(1);
    const input = { orgId: annRow!.orgId, userId: annRow!.userId, kind: 'k', title: 'T', body: 'B' };
    await expect(
      t.db.transaction(async (tx) => {
        await notify({ db: tx, clock: t.clock }, input);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await ann.get('/api/notifications')).json().total).toBe(3);
    await expect(
      notify({ db: t.db, clock: t.clock }, { ...input, link: 'https://evil.example' }),
    ).rejects.toMatchObject({
      code: 'INVALID',
    });
  });
});
