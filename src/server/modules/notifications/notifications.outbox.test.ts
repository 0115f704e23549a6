import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner, type JobLogger } from '../../jobs/index.js';
import { seedOrganization } from '../../testing/factories.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createMailer, type Mailer } from './notifications.mailer.js';
import { registerNotificationJobs } from './notifications.jobs.js';
import { maxEmailAttempts, queueEmail, sendDueEmails } from './notifications.outbox.js';
import { emailOutbox } from './notifications.table.js';

const from = 'Tandem <no-reply@tandem.example>';
const quietLogger: JobLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

let t: TestApp;
let acme: string;
let globex: string;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  t = await createTestApp();
  acme = (await seedOrganization(t.connection, 'Acme')).id;
  globex = (await seedOrganization(t.connection, 'Globex')).id;
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await t.db.delete(emailOutbox);
});
afterAll(() => t.close());

async function smtp(options: { isRefusing?: boolean } = {}): Promise<{ server: TestSmtpServer; mailer: Mailer }> {
  const server = await startTestSmtpServer(options);
  const mailer = createMailer({ smtpUrl: server.url, from, fileDir: '/nonexistent' });
  cleanups.push(
    () => server.close(),
    () => mailer.close(),
  );
  return { server, mailer };
}

const outbox = () => t.db.select().from(emailOutbox);

async function waitFor(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('queueEmail', () => {
  it('writes nothing when the transaction that caused the mail rolls back', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await queueEmail({ db: tx, clock: t.clock }, { orgId: acme, to: 'ann@acme.example', subject: 'Hi', text: 'x' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await outbox()).toEqual([]);

    await t.db.transaction(async (tx) => {
      await queueEmail({ db: tx, clock: t.clock }, { orgId: acme, to: 'ann@acme.example', subject: 'Hi', text: 'x' });
    });
    expect(await outbox()).toMatchObject([{ status: 'queued', attempts: 0, toAddresses: ['ann@acme.example'] }]);
  });

  it('queues a mail once per dedupe key and organization', async () => {
    const mail = { to: 'ann@acme.example', subject: 'Session tomorrow', text: 'x', dedupeKey: 'reminder:s1:24h' };
    const deps = { db: t.db, clock: t.clock };
    expect(await queueEmail(deps, { orgId: acme, ...mail })).toEqual({ id: expect.any(String) });
    expect(await queueEmail(deps, { orgId: acme, ...mail })).toBeNull();
    expect(await queueEmail(deps, { orgId: globex, ...mail })).toEqual({ id: expect.any(String) });
    expect(await queueEmail(deps, { orgId: acme, ...mail, dedupeKey: undefined })).not.toBeNull();
    expect(await outbox()).toHaveLength(3);
  });

  it('refuses what is not an email address', async () => {
    await expect(
      queueEmail({ db: t.db, clock: t.clock }, { orgId: acme, to: 'ann\r\nBcc: x@y', subject: 'Hi', text: 'x' }),
    ).rejects.toMatchObject({ code: 'INVALID' });
  });
});

describe('the send-outbox job', () => {
  it('delivers queued mail to the SMTP server and marks it sent', async () => {
    const { server, mailer } = await smtp();
    const { id } = (await queueEmail(
      { db: t.db, clock: t.clock },
      {
        orgId: acme,
        to: ['ann@acme.example', 'bob@acme.example'],
        subject: 'Your session is tomorrow',
        text: 'See you at 10:00.',
        html: '<p>See you at <b>10:00</b>.</p>',
      },
    ))!;

    expect(await sendDueEmails({ db: t.db, clock: t.clock, mailer })).toEqual({ sent: 1, retrying: 0, failed: 0 });

    expect(server.received).toHaveLength(1);
    const [mail] = server.received;
    expect(mail!.to).toEqual(['ann@acme.example', 'bob@acme.example']);
    expect(mail!.subject).toBe('Your session is tomorrow');
    expect(mail!.messageId).toBe(`<${id}@tandem.example>`);
    expect(mail!.raw).toContain('See you at 10:00.');
    expect(mail!.raw).toContain('<b>10:00</b>');
    expect(mail!.raw).toMatch(/^From: Tandem <no-reply@tandem\.example>/m);
    const [row] = await outbox();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null, sentAt: t.clock.now() });

    // Sent mail is never sent again.
    expect(await sendDueEmails({ db: t.db, clock: t.clock, mailer })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(server.received).toHaveLength(1);
  });

  it('retries a refused mail with growing waits, then marks it failed with the error', async () => {
    const { server, mailer } = await smtp({ isRefusing: true });
    await queueEmail({ db: t.db, clock: t.clock }, { orgId: acme, to: 'ann@acme.example', subject: 'Hi', text: 'x' });
    const deps = { db: t.db, clock: t.clock, mailer };

    expect(await sendDueEmails(deps)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let [row] = await outbox();
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row!.lastError).toContain('451');
    // Not due again until its wait is over.
    expect(await sendDueEmails(deps)).toEqual({ sent: 0, retrying: 0, failed: 0 });

    const waits: number[] = [];
    for (let attempt = 2; attempt <= maxEmailAttempts; attempt += 1) {
      waits.push((row!.nextAttemptAt.getTime() - t.clock.now().getTime()) / 1000);
      t.clock.set(row!.nextAttemptAt);
      const run = await sendDueEmails(deps);
      expect(run).toEqual(
        attempt < maxEmailAttempts ? { sent: 0, retrying: 1, failed: 0 } : { sent: 0, retrying: 0, failed: 1 },
      );
      [row] = await outbox();
    }
    expect(waits).toEqual([10, 60, 300, 1800]);
    expect(row).toMatchObject({ status: 'failed', attempts: maxEmailAttempts, sentAt: null });
    expect(row!.lastError).toContain('Mailbox busy');
    expect(server.refusals).toBe(maxEmailAttempts);
    expect(server.received).toEqual([]);

    // A failed mail stays failed.
    t.clock.advanceMinutes(24 * 60);
    expect(await sendDueEmails(deps)).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it('without SMTP_URL writes each mail as an .eml file in the data folder', async () => {
    const fileDir = path.join(mkdtempSync(path.join(tmpdir(), 'tandem-mail-')), 'outbox-mail');
    cleanups.push(() => rmSync(path.dirname(fileDir), { recursive: true, force: true }));
    const mailer = createMailer({ smtpUrl: null, from, fileDir });
    const { id } = (await queueEmail(
      { db: t.db, clock: t.clock },
      { orgId: acme, to: 'ann@acme.example', subject: 'Check-in due', text: 'Your progress check is due.' },
    ))!;

    expect(await sendDueEmails({ db: t.db, clock: t.clock, mailer })).toMatchObject({ sent: 1 });

    const files = readdirSync(fileDir);
    expect(files).toEqual([`${t.clock.now().toISOString().replaceAll(':', '-')}-${id}.eml`]);
    const eml = readFileSync(path.join(fileDir, files[0]!), 'utf8');
    expect(eml).toMatch(/^To: ann@acme\.example$/m);
    expect(eml).toMatch(/^Subject: Check-in due$/m);
    expect(eml).toMatch(/^From: Tandem <no-reply@tandem\.example>$/m);
    expect(eml).toContain(`Message-ID: <${id}@tandem.example>`);
    expect(eml).toContain('Your progress check is due.');
    expect((await outbox())[0]).toMatchObject({ status: 'sent' });
  });

  it('runs on the job runner (pg-boss) and sends what was queued', async () => {
    const { server, mailer } = await smtp();
    const runner = createJobRunner(t.connection, { logger: quietLogger, pollingIntervalSeconds: 0.5 });
    let ticks = 0;
    runner.registerJob(
      'count-ticks',
      async () => {
        ticks += 1;
      },
      { every: 1 },
    );
    registerNotificationJobs(runner, { db: t.db, clock: t.clock, mailer, logger: quietLogger });
    await queueEmail({ db: t.db, clock: t.clock }, { orgId: acme, to: 'ann@acme.example', subject: 'One', text: '1' });
    await runner.start();
    cleanups.push(() => runner.stop());

    await waitFor(() => server.received.length === 1);
    expect(server.received[0]!.subject).toBe('One');
    // Later mail is picked up by a later run, or sooner when asked.
    await queueEmail({ db: t.db, clock: t.clock }, { orgId: acme, to: 'bob@acme.example', subject: 'Two', text: '2' });
    await runner.runSoon('send-outbox');
    await waitFor(() => server.received.length === 2);
    expect(server.received[1]!.to).toEqual(['bob@acme.example']);
    await waitFor(() => ticks >= 2);
    const rows = await t.db.select().from(emailOutbox).where(eq(emailOutbox.status, 'sent'));
    expect(rows).toHaveLength(2);
  });
});
