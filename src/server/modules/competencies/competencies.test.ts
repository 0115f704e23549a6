import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';

let t: TestApp;
let admin: ReturnType<typeof requestAs>;
let coach: ReturnType<typeof requestAs>;
let otherAdmin: ReturnType<typeof requestAs>;

beforeAll(async () => {
  t = await createTestApp();
  await seedOrganization(t.connection, 'Acme');
  await seedOrganization(t.connection, 'Globex');
  await seedUser(t.connection, t.clock, { org: 'Acme', email: 'admin@acme.example', roles: ['admin'] });
  await seedUser(t.connection, t.clock, { org: 'Acme', email: 'coach@acme.example', roles: ['coach'] });
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'admin@globex.example', roles: ['admin'] });
  admin = requestAs(t.app, await signIn(t.app, 'admin@acme.example', 'correct horse battery'));
  coach = requestAs(t.app, await signIn(t.app, 'coach@acme.example', 'correct horse battery'));
  otherAdmin = requestAs(t.app, await signIn(t.app, 'admin@globex.example', 'correct horse battery'));
});
afterAll(() => t.close());

describe('competencies', () => {
  it('start with the seven shared defaults', async () => {
    const items = (await coach.get('/api/competencies')).json().items;
    expect(items.map((item: { key: string }) => item.key)).toEqual([
      'communication_active_listening',
      'emotional_intelligence',
      'decision_making',
      'strategic_thinking',
      'coaching_others',
      'executive_presence',
      'conflict_management',
    ]);
  });

  it('let an admin add one, visible to their organization only', async () => {
    const added = await admin.post('/api/competencies', { key: 'change_leadership', label: 'Change leadership' });
    expect(added.statusCode).toBe(200);
    expect(added.json()).toEqual({
      key: 'change_leadership',
      label: 'Change leadership',
      description: '',
      isDefault: false,
    });
    expect((await admin.get('/api/competencies')).json().items.at(-1).key).toBe('change_leadership');
    expect((await otherAdmin.get('/api/competencies')).json().items).toHaveLength(7);
  });

  it('refuse duplicates, bad keys and non-admins', async () => {
    expect((await admin.post('/api/competencies', { key: 'change_leadership', label: 'Again' })).statusCode).toBe(409);
    expect((await admin.post('/api/competencies', { key: 'decision_making', label: 'Again' })).statusCode).toBe(409);
    const badKey = await admin.post('/api/competencies', { key: 'Bad Key', label: 'x' });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().field).toBe('body.key');
    expect((await coach.post('/api/competencies', { key: 'listening_more', label: 'x' })).statusCode).toBe(403);
  });
});
