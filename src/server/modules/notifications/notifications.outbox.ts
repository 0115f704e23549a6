import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import type { JobLogger } from '../../jobs/index.js';
import type { Mailer } from './notifications.mailer.js';
import { emailOutbox } from './notifications.table.js';

export type NewEmail = {
  orgId: string;
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  /** Unique per organization: a second mail with the same key is not queued (e.g. `reminder:<session>:24h`). */
  dedupeKey?: string;
};

/** Attempts before a mail is given up as `failed`. */
export const maxEmailAttempts = 5;
/** Wait after the 1st, 2nd, 3rd and 4th failed attempt. */
const retryDelaysSeconds = [10, 60, 5 * 60, 30 * 60] as const;
/**
 * How long a claimed mail is left alone. Longer than any one attempt can take (the SMTP timeouts
 * add up to two minutes), so only a mail whose sender died is tried again when it runs out.
 */
const claimLeaseSeconds = 5 * 60;

const addressPattern = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/;

function addSeconds(at: Date, seconds: number): Date {
  return new Date(at.getTime() + seconds * 1000);
}

/**
 * Queues a mail in the caller's transaction: it is sent if and only if that transaction commits.
 * Returns null when a mail with the same dedupe key was queued before.
 */
export async function queueEmail(
  deps: { db: Database; clock: Clock },
  email: NewEmail,
): Promise<{ id: string } | null> {
  const to = (Array.isArray(email.to) ? email.to : [email.to]).map((address) => address.trim());
  if (to.length === 0 || !to.every((address) => addressPattern.test(address))) {
    throw new AppError('INVALID', { message: `Not an email address: ${to.join(', ') || '(none)'}.` });
  }
  const now = deps.clock.now();
  const [row] = await deps.db
    .insert(emailOutbox)
    .values({
      orgId: email.orgId,
      toAddresses: to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html ?? null,
      dedupeKey: email.dedupeKey ?? null,
      createdAt: now,
      nextAttemptAt: now,
    })
    .onConflictDoNothing({ target: [emailOutbox.orgId, emailOutbox.dedupeKey] })
    .returning({ id: emailOutbox.id });
  return row ?? null;
}

/**
 * Takes up to `limit` due mails and counts the attempt, in one short statement; SKIP LOCKED lets
 * several servers share the outbox. The lease keeps others off while this process sends.
 */
async function claimDueEmails(db: Database, now: Date, limit: number) {
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, 'queued'), lte(emailOutbox.nextAttemptAt, now)))
    .orderBy(asc(emailOutbox.nextAttemptAt), asc(emailOutbox.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(emailOutbox)
    .set({ attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: addSeconds(now, claimLeaseSeconds) })
    .where(and(inArray(emailOutbox.id, due), eq(emailOutbox.status, 'queued')))
    .returning();
}

export type OutboxRun = { sent: number; retrying: number; failed: number };

/**
 * The `send-outbox` job: sends every due mail, one at a time, outside any transaction. Delivery
 * is at least once: a process killed after the SMTP server accepted a mail but before it was
 * marked sent sends it again when the lease ends (same Message-ID).
 */
export async function sendDueEmails(
  deps: { db: Database; clock: Clock; mailer: Mailer; logger?: JobLogger },
  options: { batchSize?: number; maxBatches?: number } = {},
): Promise<OutboxRun> {
  const run: OutboxRun = { sent: 0, retrying: 0, failed: 0 };
  const batchSize = options.batchSize ?? 20;
  for (let batch = 0; batch < (options.maxBatches ?? 10); batch += 1) {
    const claimed = await claimDueEmails(deps.db, deps.clock.now(), batchSize);
    for (const email of claimed) {
      try {
        await deps.mailer.send({
          id: email.id,
          to: email.toAddresses,
          subject: email.subject,
          text: email.textBody,
          html: email.htmlBody,
          createdAt: email.createdAt,
        });
        await deps.db
          .update(emailOutbox)
          .set({ status: 'sent', sentAt: deps.clock.now(), lastError: null })
          .where(eq(emailOutbox.id, email.id));
        run.sent += 1;
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
        const isLastAttempt = email.attempts >= maxEmailAttempts;
        const delay = retryDelaysSeconds[Math.min(email.attempts, retryDelaysSeconds.length) - 1] ?? 0;
        await deps.db
          .update(emailOutbox)
          .set(
            isLastAttempt
              ? { status: 'failed', lastError: message }
              : { lastError: message, nextAttemptAt: addSeconds(deps.clock.now(), delay) },
          )
          .where(eq(emailOutbox.id, email.id));
        if (isLastAttempt) run.failed += 1;
        else run.retrying += 1;
        deps.logger?.warn(
          { emailId: email.id, attempt: email.attempts, err: message },
          isLastAttempt ? 'email failed; giving up' : 'email failed; will retry',
        );
      }
    }
    if (claimed.length < batchSize) break;
  }
  return run;
}

/** `tandem mail send-test`: one plain mail to check the mail settings end to end. */
export async function queueTestEmail(
  deps: { db: Database; clock: Clock },
  input: { orgId: string; to: string; organizationName: string },
): Promise<{ id: string }> {
  const queued = await queueEmail(deps, {
    orgId: input.orgId,
    to: input.to,
    subject: 'Tandem test email',
    text: `This is a test email from Tandem for ${input.organizationName}. If you can read it, email works.\n`,
  });
  return queued!;
}
