import type { PGlite } from '@electric-sql/pglite';

/** What pg-boss accepts as its `db` option: one function that runs SQL and answers `{ rows }`. */
export type JobDatabase = { executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

/**
 * pg-boss on the embedded database. pg-boss sends parameterised single statements and, for its
 * own schema migrations, multi-statement scripts without parameters (with BEGIN/COMMIT inside);
 * PGlite runs the first with `query` and only the second kind with `exec`. PGlite queues queries
 * on its one connection, so pg-boss waits while a request's transaction is open and never runs
 * inside it.
 */
export function pgliteJobDatabase(client: PGlite): JobDatabase {
  return {
    executeSql: async (text, values) => {
      if (values && values.length > 0) return client.query(text, values);
      const results = await client.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
  };
}
