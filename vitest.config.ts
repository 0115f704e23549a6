import { defineConfig } from 'vitest/config';

// Integration tests run twice: on embedded PGlite and on a throwaway PostgreSQL server.
const integration = ['src/server/**/*.test.ts'];
const unitOnly = ['src/**/*.unit.test.ts'];
// What only a PostgreSQL server can show (row-level security binds no superuser, and PGlite's user is one).
const serverOnly = ['src/**/*.postgres.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/domain/**/*.test.ts', ...unitOnly] } },
      {
        test: {
          name: 'pglite',
          include: integration,
          exclude: [...unitOnly, ...serverOnly],
          env: { TANDEM_TEST_DATABASE: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: integration,
          exclude: unitOnly,
          env: { TANDEM_TEST_DATABASE: 'postgres' },
          globalSetup: ['src/server/testing/postgres-cluster.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Journeys start real servers and a browser: one file at a time keeps two cores calm.
          fileParallelism: false,
        },
      },
    ],
  },
});
