import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTandem, startTandem } from './support/tandem-process.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-cli-'));
const env = { TANDEM_DATA_DIR: dataDir };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function signIn(url: string, email: string, password: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { login, cookie };
}

describe('from a fresh data folder: org create, user create, serve, sign in', () => {
  it('creates an organization and an admin from the command line', () => {
    const org = runTandem(['org', 'create', '--name', 'Acme Corp'], env);
    expect(org.stderr).toBe('');
    expect(org.status).toBe(0);
    expect(org.stdout).toContain('Created organization "Acme Corp"');

    const user = runTandem(
      [
        'user',
        'create',
        '--org',
        'Acme Corp',
        '--email',
        'root@acme.example',
        '--password',
        'a long secret',
        '--role',
        'admin',
      ],
      env,
    );
    expect(user.status).toBe(0);
    expect(user.stdout).toContain('root@acme.example');
  });

  it('explains bad input in one line and exits non-zero', () => {
    const result = runTandem(
      [
        'user',
        'create',
        '--org',
        'Nope Inc',
        '--email',
        'x@acme.example',
        '--password',
        'a long secret',
        '--role',
        'admin',
      ],
      env,
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('error: No organization named "Nope Inc".');
  });

  it('serves, signs the user in, refuses a second server on the same folder, and stops cleanly', async () => {
    const server = await startTandem(['--demo-if-empty'], env);
    try {
      // Not empty (we created an organization), so no demo data.
      expect(server.output()).not.toContain('Demo organization');
      const { login, cookie } = await signIn(server.url, 'root@acme.example', 'a long secret');
      expect(login.status).toBe(200);
      const me = await (await fetch(`${server.url}/api/me`, { headers: { cookie } })).json();
      expect(me.user.roles).toEqual(['admin']);
      expect(me.organization.name).toBe('Acme Corp');

      const second = runTandem(['serve'], { ...env, PORT: '0' });
      expect(second.status).not.toBe(0);
      expect(second.stderr).toContain('Another Tandem process');
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(existsSync(path.join(dataDir, 'tandem.lock'))).toBe(false);

    // The data survived the stop.
    const again = await startTandem([], env);
    try {
      expect((await signIn(again.url, 'root@acme.example', 'a long secret')).login.status).toBe(200);
    } finally {
      expect(await again.stop()).toBe(0);
    }
  });

  it('reports the migration level', () => {
    const result = runTandem(['db', 'migrate'], env);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Database at migration \d{4}_\w+ \((\d+) of \1 applied\)/);
  });
});
