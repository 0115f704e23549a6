// `npm run bench`: API throughput in-process (app.inject) on embedded PGlite, each figure with its
// ratio to a baseline measured in the same run: a bare Fastify route that touches no database.
import Fastify from 'fastify';
import { createApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';
import { systemClock } from '../src/server/deps.js';
import { createDemoOrganization, demoPassword } from '../src/server/modules/demo/index.js';

type Result = { name: string; perSecond: number; medianMs: number };

async function measure(name: string, durationMs: number, call: () => Promise<unknown>): Promise<Result> {
  for (let i = 0; i < 50; i++) await call(); // warm-up
  const times: number[] = [];
  const start = performance.now();
  while (performance.now() - start < durationMs) {
    const began = performance.now();
    await call();
    times.push(performance.now() - began);
  }
  const elapsed = performance.now() - start;
  times.sort((a, b) => a - b);
  return { name, perSecond: (times.length / elapsed) * 1000, medianMs: times[Math.floor(times.length / 2)]! };
}

const durationMs = Number(process.env.BENCH_MS ?? 3000);

const baselineApp = Fastify();
baselineApp.get('/ping', async () => ({ ok: true }));
await baselineApp.ready();

const connection = await openDatabase({ driver: 'pglite', dataDir: null });
await migrate(connection);
const context = { ipAddress: null, userAgent: 'bench', requestId: null };
await createDemoOrganization({ db: connection.db, clock: systemClock }, context);
const app = await createApp({
  connection,
  clock: systemClock,
  config: loadConfig({ LOG_LEVEL: 'silent', TANDEM_WEB_DIR: '/nonexistent' }),
  version: 'bench',
});
await app.ready();
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { email: 'admin@northwind.example', password: demoPassword },
});
const cookie = `tandem_session=${login.cookies.find((c) => c.name === 'tandem_session')!.value}`;

const results = [
  await measure('baseline: bare Fastify route', durationMs, () => baselineApp.inject({ method: 'GET', url: '/ping' })),
  await measure('GET /api/health', durationMs, () => app.inject({ method: 'GET', url: '/api/health' })),
  await measure('GET /api/me (signed in)', durationMs, () =>
    app.inject({ method: 'GET', url: '/api/me', headers: { cookie } }),
  ),
  await measure('POST /api/auth/login (argon2id)', durationMs, () =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      // A new client address each time, so the sign-in rate limit does not turn this into 429s.
      remoteAddress: `127.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`,
      payload: { email: 'coach@northwind.example', password: demoPassword },
    }),
  ),
];

const baseline = results[0]!.perSecond;
console.log(`API benchmark, PGlite in memory, ${durationMs} ms per case, one client at a time\n`);
console.log(`${'case'.padEnd(36)} ${'req/s'.padStart(10)} ${'median ms'.padStart(10)} ${'× baseline'.padStart(11)}`);
for (const result of results) {
  console.log(
    `${result.name.padEnd(36)} ${result.perSecond.toFixed(0).padStart(10)} ${result.medianMs.toFixed(3).padStart(10)} ${(result.perSecond / baseline).toFixed(3).padStart(11)}`,
  );
}
await app.close();
await connection.close();
