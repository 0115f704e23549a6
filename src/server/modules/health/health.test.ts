import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/health', () => {
  it('reports the database reachable, the version and the migration level', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const health = response.json();
    expect(health).toMatchObject({
      status: 'ok',
      version: 'test',
      database: { reachable: true, driver: testDatabase },
    });
    // The server tests connect as a role that owns nothing; PGlite's one user is a superuser.
    expect(health.database.rowLevelSecurity).toBe(testDatabase === 'postgres' ? 'enforced' : 'bypassed');
    expect(health.migrations.applied).toBe(health.migrations.expected);
    expect(health.migrations.applied).toBeGreaterThan(0);
    expect(health.migrations.latest).toMatch(/^\d{4}_/);
  });
});
