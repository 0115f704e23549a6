import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestChange(path.join(target, entry)));
  return newest;
}

/** Builds the web app with Vite when its output is missing or older than its sources. */
export async function buildWebIfStale(outDir: string): Promise<'fresh' | 'built'> {
  const builtAt = newestChange(path.join(outDir, 'index.html'));
  const sources = ['src/web', 'src/contract', 'vite.config.ts', 'package.json'].map((part) => path.join(root, part));
  if (builtAt > 0 && Math.max(...sources.map(newestChange)) <= builtAt) return 'fresh';
  process.stdout.write('Building the web app...\n');
  const { build } = await import('vite');
  // Vite and the React plugin follow an inherited NODE_ENV (Vitest sets `test`), which would bundle
  // React's development build; a web build is always a production one.
  const inherited = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
      build: { outDir },
    });
  } finally {
    if (inherited === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = inherited;
  }
  return 'built';
}
