import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../testing/factories.js';

const webDir = mkdtempSync(path.join(tmpdir(), 'tandem-web-'));
let plain: TestApp;
let https: TestApp;

beforeAll(async () => {
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Tandem</title>');
  plain = await createTestApp({ environment: { TANDEM_WEB_DIR: webDir } });
  https = await createTestApp({ environment: { TANDEM_WEB_DIR: webDir, TANDEM_SECURE_COOKIES: 'true' } });
});
afterAll(async () => {
  await plain?.close();
  await https?.close();
  rmSync(webDir, { recursive: true, force: true });
});

const directives = (policy: string | undefined) =>
  new Map(
    (policy ?? '').split(';').map(
      (part) =>
        part
          .trim()
          .split(/\s+(.*)/s)
          .slice(0, 2) as [string, string],
    ),
  );

describe('security headers', () => {
  it('sends a strict content security policy and the other headers on a page of the web app', async () => {
    for (const url of ['/', '/people/some-deep-link']) {
      const response = await plain.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      const policy = directives(response.headers['content-security-policy'] as string);
      expect(policy.get('default-src')).toBe("'self'");
      expect(policy.get('script-src')).toBe("'self'");
      expect(policy.get('img-src')).toBe("'self' data:");
      expect(policy.get('connect-src')).toBe("'self'");
      expect(policy.get('frame-ancestors')).toBe("'none'");
      expect(policy.get('base-uri')).toBe("'self'");
      expect(policy.get('form-action')).toBe("'self'");
      expect(policy.get('object-src')).toBe("'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('DENY');
      // Pages may be cached by the browser; only API answers may not.
      expect(response.headers['cache-control'] ?? '').not.toContain('no-store');
    }
  });

  it('forbids caching of every API answer: success, error, and the calendar feed', async () => {
    await seedOrganization(plain.connection, 'Acme');
    await seedUser(plain.connection, plain.clock, { org: 'Acme', email: 'ann@acme.example' });
    const ann = requestAs(plain.app, await signIn(plain.app, 'ann@acme.example', 'correct horse battery'));
    const feed = await ann.post('/api/me/calendar-feed');
    expect(feed.statusCode).toBeLessThan(300);
    const feedPath = feed.json<{ path: string }>().path;
    const answers = [
      await plain.app.inject({ method: 'GET', url: '/api/health' }),
      await plain.app.inject({ method: 'GET', url: '/api/me' }),
      await plain.app.inject({ method: 'GET', url: '/api/no-such-route' }),
      await ann.get('/api/me'),
      await plain.app.inject({ method: 'GET', url: feedPath }),
    ];
    expect(answers.map((response) => response.statusCode)).toEqual([200, 401, 404, 200, 200]);
    for (const response of answers) {
      expect(response.headers['cache-control']).toContain('no-store');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('sends HSTS only when served over HTTPS (secure cookies)', async () => {
    const overHttp = await plain.app.inject({ method: 'GET', url: '/api/health' });
    expect(overHttp.headers['strict-transport-security']).toBeUndefined();
    const overHttps = await https.app.inject({ method: 'GET', url: '/api/health' });
    expect(overHttps.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const page = await https.app.inject({ method: 'GET', url: '/' });
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('gives the API docs the same policy, and no caching', async () => {
    const docs = await plain.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    const policy = directives(docs.headers['content-security-policy'] as string);
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(docs.headers['cache-control']).toContain('no-store');
  });
});
