// Which organization's rows the current work may touch. On a PostgreSQL server every transaction
// carries it (SET LOCAL) and row-level security enforces it: a second wall behind the org_id
// filter each query already has. See docs/decisions/012-row-level-security.md.
import { AsyncLocalStorage } from 'node:async_hooks';

/** One organization (`orgId` null: none at all, e.g. an anonymous request), or every organization. */
export type TenantScope = { kind: 'organization'; orgId: string | null } | { kind: 'all' };

const storage = new AsyncLocalStorage<TenantScope>();

// Work outside any request (start-up, jobs, CLI commands, tests' own setup) spans organizations by nature.
const outsideRequests: TenantScope = { kind: 'all' };

export function currentTenantScope(): TenantScope {
  return storage.getStore() ?? outsideRequests;
}

// Awaiting inside the scope matters: Drizzle's queries are lazy and run when awaited, so a query
// returned unawaited from `work` would otherwise run after the scope has ended.
function runIn<T>(scope: TenantScope, work: () => T | PromiseLike<T>): Promise<T> {
  return storage.run(scope, async () => await work());
}

/** Runs `work` seeing only `orgId`'s rows (none when null). Request handlers run this way. */
export function withOrganization<T>(orgId: string | null, work: () => T | PromiseLike<T>): Promise<T> {
  return runIn({ kind: 'organization', orgId }, work);
}

/**
 * Runs a route handler seeing only `orgId`'s rows. A handler that answers synchronously (through
 * `reply.send`) keeps doing so; a thenable it returns is awaited inside the scope.
 */
export function runHandlerInOrganization(orgId: string | null, handler: () => unknown): unknown {
  return storage.run({ kind: 'organization', orgId }, () => {
    const result = handler();
    const isThenable = typeof (result as { then?: unknown } | null)?.then === 'function';
    return isThenable ? (async () => await result)() : result;
  });
}

/**
 * Runs `work` across organizations, inside a request: only for lookups that must happen before we
 * know whose request it is (a sign-in email, a session cookie, a calendar-feed token).
 */
export function acrossOrganizations<T>(work: () => T | PromiseLike<T>): Promise<T> {
  return runIn(outsideRequests, work);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The statement that sets the scope for the rest of the current transaction. The values are
 * literals, so it can travel with `begin` in one round trip; an org id that is not a UUID is refused.
 */
export function setTenantScopeStatement(scope: TenantScope): string {
  if (scope.kind === 'all') {
    return "select set_config('tandem.org_id', '', true), set_config('tandem.all_organizations', 'on', true)";
  }
  const orgId = scope.orgId ?? '';
  if (orgId !== '' && !uuidPattern.test(orgId)) throw new Error('A tenant scope needs a UUID organization id.');
  return `select set_config('tandem.org_id', '${orgId}', true), set_config('tandem.all_organizations', 'off', true)`;
}
