// The mails a Tandem under test wrote to its outbox folder (no SMTP_URL: one .eml file a mail).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Mail = { to: string; subject: string; text: string };

/** Unfolds a header block and reads one header's value. */
function header(headers: string, name: string): string {
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((entry) => entry.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line === undefined ? '' : line.slice(name.length + 1).trim();
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
  return body;
}

/** Every mail written to `outboxDir` so far, as recipient, subject and plain text. */
export function readOutbox(outboxDir: string): Mail[] {
  if (!existsSync(outboxDir)) return [];
  return readdirSync(outboxDir)
    .filter((file) => file.endsWith('.eml'))
    .map((file) => {
      const raw = readFileSync(path.join(outboxDir, file), 'utf8');
      const split = raw.search(/\r?\n\r?\n/);
      const headers = raw.slice(0, split);
      const text = decodeBody(raw.slice(split).trim(), header(headers, 'Content-Transfer-Encoding').toLowerCase());
      const to = /[^\s<>,"]+@[^\s<>,"]+/.exec(header(headers, 'To'))?.[0] ?? '';
      return { to: to.toLowerCase(), subject: header(headers, 'Subject'), text };
    });
}
