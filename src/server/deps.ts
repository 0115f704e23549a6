import type { Config } from './config.js';
import type { DatabaseConnection } from './db/client.js';

export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

/** What the composition root hands to the app and, piece by piece, to services. */
export type AppDeps = {
  connection: DatabaseConnection;
  clock: Clock;
  config: Config;
  version: string;
};

/** Who is asking, from where: passed to services that audit or authorize. */
export type RequestContext = {
  ipAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
};
