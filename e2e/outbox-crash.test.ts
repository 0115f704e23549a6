// A killed server loses no queued email: mail committed to the outbox before a SIGKILL is
// delivered, exactly once, by the next server on the same data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestSmtpServer } from '../src/server/testing/smtp-server.js';
import { runTandem, startTandem, type TandemServer } from './support/tandem-process.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-outbox-'));
const recipients = ['ann@acme.example', 'bob@acme.example', 'cy@acme.example'];
const running: TandemServer[] = [];
afterAll(async () => {
  for (const server of running) await server.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitFor(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('email outbox across a killed server', () => {
  it('delivers every queued mail exactly once after a SIGKILL and a restart', async () => {
    const smtp = await startTestSmtpServer({ isRefusing: true });
    try {
      const env = { TANDEM_DATA_DIR: dataDir, SMTP_URL: smtp.url, MAIL_FROM: 'Tandem <no-reply@acme.example>' };
      expect(runTandem(['org', 'create', '--name', 'Acme'], env).status).toBe(0);
      for (const to of recipients) {
        const queued = runTandem(['mail', 'send-test', '--org', 'Acme', '--to', to], env);
        expect(queued.stderr).toBe('');
        expect(queued.stdout).toContain(`Queued test email`);
      }
      // One-shot commands never send.
      expect(smtp.refusals + smtp.received.length).toBe(0);

      // The first server tries each mail once (the SMTP server says "try later"), then dies hard.
      const first = await startTandem([], env);
      running.push(first);
      await waitFor(() => smtp.refusals >= recipients.length, 'the first delivery attempts', 30_000);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await first.kill();
      expect(smtp.received).toEqual([]);

      // The next server on the same folder delivers all of them once the retry wait is over.
      smtp.setRefusing(false);
      const second = await startTandem([], env);
      running.push(second);
      await waitFor(() => smtp.received.length >= recipients.length, 'the retried deliveries', 60_000);
      // A few more outbox runs must not send anything twice.
      await new Promise((resolve) => setTimeout(resolve, 12_000));
      expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual(recipients);
      expect(new Set(smtp.received.map((mail) => mail.messageId)).size).toBe(recipients.length);
      expect(smtp.received.every((mail) => mail.subject === 'Tandem test email')).toBe(true);
      expect(smtp.received[0]!.raw).toContain('If you can read it, email works.');

      // SIGTERM stops the jobs and the server cleanly.
      expect(await second.stop()).toBe(0);
    } finally {
      await smtp.close();
    }
  });
});
