// A real SMTP server in the test process, for tests that check what Tandem's mail looks like on
// arrival. It can refuse mail (451, "try later") to test retries.
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = {
  /** SMTP envelope recipients. */
  to: string[];
  subject: string;
  messageId: string;
  /** The whole message as received, headers and body. */
  raw: string;
};

export type TestSmtpServer = {
  url: string;
  received: ReceivedMail[];
  /** Recipients refused so far (one per refused delivery attempt). */
  refusals: number;
  setRefusing: (isRefusing: boolean) => void;
  close: () => Promise<void>;
};

function header(raw: string, name: string): string {
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(raw);
  return (match?.[1] ?? '').replace(/\r?\n[ \t]/g, ' ').trim();
}

export async function startTestSmtpServer(options: { isRefusing?: boolean } = {}): Promise<TestSmtpServer> {
  let isRefusing = options.isRefusing ?? false;
  const state: Pick<TestSmtpServer, 'received' | 'refusals'> = { received: [], refusals: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: (_address, _session, callback) => {
      if (!isRefusing) return callback();
      state.refusals += 1;
      const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
      return callback(error);
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        state.received.push({
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          subject: header(raw, 'Subject'),
          messageId: header(raw, 'Message-ID'),
          raw,
        });
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    get received() {
      return state.received;
    },
    get refusals() {
      return state.refusals;
    },
    setRefusing: (value) => {
      isRefusing = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
