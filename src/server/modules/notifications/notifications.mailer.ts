import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';

/** One mail as the outbox hands it over; `id` becomes the Message-ID, so resends are recognisable. */
export type OutgoingEmail = {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  createdAt: Date;
};

/** Delivers one mail or throws; the outbox decides about retries. */
export type Mailer = {
  /** Where mail goes, for the log: `smtp://host:port` or the .eml folder. Never includes a password. */
  destination: string;
  send: (email: OutgoingEmail) => Promise<void>;
  close: () => void;
};

function messageFields(email: OutgoingEmail, from: string) {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'tandem.local';
  return {
    from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    ...(email.html === null ? {} : { html: email.html }),
    messageId: `<${email.id}@${domain}>`,
    date: email.createdAt,
  };
}

/**
 * SMTP through nodemailer when `SMTP_URL` is set. Without it, each mail is rendered to an
 * RFC 5322 message and written to `<data folder>/outbox-mail/`, named by time and outbox id, so
 * a development setup can open what would have been sent and a resend overwrites, not duplicates.
 */
export function createMailer(config: Config['mail']): Mailer {
  if (config.smtpUrl) {
    const url = new URL(config.smtpUrl);
    const transport = nodemailer.createTransport({
      url: config.smtpUrl,
      // Bounded, so a hanging server fails the attempt long before the outbox lease runs out.
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
    return {
      destination: `${url.protocol}//${url.host}`,
      send: async (email) => {
        await transport.sendMail(messageFields(email, config.from));
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    destination: config.fileDir,
    send: async (email) => {
      const info = await transport.sendMail(messageFields(email, config.from));
      await mkdir(config.fileDir, { recursive: true });
      const stamp = email.createdAt.toISOString().replaceAll(':', '-');
      const file = path.join(config.fileDir, `${stamp}-${email.id}.eml`);
      // Write then rename: a reader never sees half a message.
      await writeFile(`${file}.partial`, info.message as Buffer);
      await rename(`${file}.partial`, file);
    },
    close: () => transport.close(),
  };
}
