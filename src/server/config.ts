import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).optional(),
  /** The role that owns the tables, for migrations; DATABASE_URL's role then only reads and writes rows. */
  DATABASE_OWNER_URL: z.string().min(1).optional(),
  TANDEM_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TANDEM_SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(120),
  TANDEM_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  /** Set when Tandem is served over HTTPS (directly or behind a proxy). */
  TANDEM_SECURE_COOKIES: flag.default(false),
  TANDEM_WEB_DIR: z.string().min(1).default('./dist/web'),
  /** Where people reach Tandem (https://tandem.example.com), for links in mails; default http://HOST:PORT. */
  TANDEM_PUBLIC_URL: z.url().optional(),
  /** smtp://user:password@host:587 or smtps://…:465; unset, mail is written as .eml files instead. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Tandem <no-reply@tandem.local>'),
});

export type Config = {
  port: number;
  host: string;
  database: { driver: 'postgres'; url: string; ownerUrl: string | null } | { driver: 'pglite'; dataDir: string };
  dataDir: string;
  logLevel: z.infer<typeof Environment>['LOG_LEVEL'];
  session: { idleMinutes: number; absoluteHours: number };
  secureCookies: boolean;
  webDir: string;
  /** The address in links that leave the app (mails), without a trailing slash. */
  publicUrl: string;
  /** Outgoing mail: through SMTP when `smtpUrl` is set, else as .eml files in `fileDir`. */
  mail: { smtpUrl: string | null; from: string; fileDir: string };
};

/** Reads the environment once; a bad value stops start-up with the variable's name. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Environment.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  const env = parsed.data;
  if (env.DATABASE_OWNER_URL && !env.DATABASE_URL) {
    throw new Error('Invalid environment: DATABASE_OWNER_URL: needs DATABASE_URL (the role the app connects as)');
  }
  const dataDir = path.resolve(env.TANDEM_DATA_DIR);
  return {
    port: env.PORT,
    host: env.HOST,
    database: env.DATABASE_URL
      ? { driver: 'postgres', url: env.DATABASE_URL, ownerUrl: env.DATABASE_OWNER_URL ?? null }
      : { driver: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    dataDir,
    logLevel: env.LOG_LEVEL,
    session: { idleMinutes: env.TANDEM_SESSION_IDLE_MINUTES, absoluteHours: env.TANDEM_SESSION_ABSOLUTE_HOURS },
    secureCookies: env.TANDEM_SECURE_COOKIES,
    webDir: path.resolve(env.TANDEM_WEB_DIR),
    publicUrl: (
      env.TANDEM_PUBLIC_URL ?? `http://${['0.0.0.0', '::'].includes(env.HOST) ? 'localhost' : env.HOST}:${env.PORT}`
    ).replace(/\/+$/, ''),
    mail: { smtpUrl: env.SMTP_URL ?? null, from: env.MAIL_FROM, fileDir: path.join(dataDir, 'outbox-mail') },
  };
}
