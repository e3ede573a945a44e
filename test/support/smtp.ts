// A real SMTP server inside the test: reminders travel over SMTP through nodemailer, as in production.
import { SMTPServer } from 'smtp-server';
import type { Pool } from 'pg';
import { expect } from 'vitest';
import { freePort } from './global-setup';
import { eventually } from './harness';

export interface ReceivedMail {
  to: string[];
  subject: string;
  messageId: string;
  receivedAt: number;
}

export async function startSmtpServer(): Promise<{
  url: string;
  mails: ReceivedMail[];
  close(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        const headers = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n\s+/g, ' ');
        const header = (name: string) =>
          new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)?.[1]?.trim() ?? '';
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: decodeMime(header('Subject')),
          messageId: header('Message-ID'),
          receivedAt: Date.now(),
        });
        callback();
      });
    },
  });
  // A worker the crash tests kill mid-session resets its connection: the server emits that as an error
  // event, which with no listener would be an uncaught exception in the test run.
  server.on('error', () => undefined);
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** RFC 2047 encoded words (nodemailer encodes the Chinese subject). */
function decodeMime(value: string): string {
  return value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

/**
 * Once the senders of `scope` are idle, every reminder they marked sent arrived once: as many mails as
 * sent rows, and no Message-ID twice (a second delivery of a row repeats its Message-ID).
 */
export async function expectEachReminderOnce(
  pool: Pool,
  scope: string,
  mails: ReceivedMail[],
): Promise<number> {
  const sent = await eventually(async () => {
    const { rows } = await pool.query<{ sent: number; sending: number }>(
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent,
              count(*) FILTER (WHERE status = 'sending')::int AS sending
         FROM reminder_outbox WHERE scope = $1`,
      [scope],
    );
    return rows[0]!.sending === 0 && rows[0]!.sent === mails.length ? rows[0]!.sent : undefined;
  }, 60_000);
  const ids = mails.map((m) => m.messageId);
  expect(new Set(ids).size).toBe(ids.length);
  return sent;
}
