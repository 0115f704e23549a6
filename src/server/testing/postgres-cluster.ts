// Vitest global setup: a throwaway PostgreSQL cluster in a temp folder on a free port.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

/** initdb/pg_ctl from PATH, or from Debian's versioned folder. */
export function findPostgresBin(): string | null {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return path.dirname(onPath);
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return null;
  const versions = readdirSync(debian)
    .filter((name) => existsSync(path.join(debian, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(debian, versions[0], 'bin') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export type PostgresCluster = { adminUrl: string; stop: () => void };

// As in production: one role owns the tables (migrations), another is what the app connects as.
const ownerRole = 'tandem_owner';
const appRole = 'tandem_app';

/** Starts a throwaway cluster (initdb + pg_ctl) in a temp folder on a free port, trusting local users. */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) were not found. `npm test` installs them ' +
        '(apt-get install -y postgresql); or install them yourself.',
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-pg-'));
  const dataDir = path.join(dir, 'data');
  // PostgreSQL refuses to run as root: as root, run it as the `postgres` user.
  const isRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const [file, fullArgs] = isRoot
      ? ['runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]]
      : [path.join(bin, command), args];
    execFileSync(file as string, fullArgs as string[], { stdio: 'pipe' });
  };
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  run('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create role ${ownerRole} login; create role ${appRole} login nosuperuser nobypassrls`);
  await admin.end();
  return {
    adminUrl,
    stop: () => {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export type TenantDatabase = { url: string; ownerUrl: string; drop: () => Promise<void> };

/**
 * A new database on the cluster, owned by the owner role: `ownerUrl` migrates it, `url` connects as
 * the app role, which does not own the tables and so stays under row-level security.
 */
export async function createTenantDatabase(adminUrl: string, prefix = 'tandem_test'): Promise<TenantDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} owner ${ownerRole}`);
  await admin.end();
  const urlAs = (role: string) => {
    const url = new URL(adminUrl);
    url.username = role;
    url.pathname = `/${name}`;
    return url.toString();
  };
  return {
    url: urlAs(appRole),
    ownerUrl: urlAs(ownerRole),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Vitest global setup for the `postgres` project. */
export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startPostgresCluster();
  project.provide('postgresAdminUrl', cluster.adminUrl);
  return cluster.stop;
}
