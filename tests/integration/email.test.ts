/** Outgoing mail: through a real SMTP peer when SMTP_URL is given, else into the outbox table. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { withGlobal } from '@/db/client';
import { outboxMessages } from '@/db/schema';
import { sendMail } from '@/server/email/transport';
import { openTestDatabase, type TestDatabase } from './support/database';

interface Received {
  from: string;
  to: string[];
  data: string;
}

let db: TestDatabase;
let server: SMTPServer;
let smtpUrl = '';
const received: Received[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@rejected.test')) return callback(new Error('mailbox unavailable'));
      callback();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
});

describe('mail transport', () => {
  it('delivers through SMTP with subject and body intact', async () => {
    const out = await sendMail(db.db, { to: 'planner@x.test', subject: 'Your Footprint sign-in link', text: 'Sign in: http://localhost:3000/x' }, smtpUrl);
    expect(out.via).toBe('smtp');
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(['planner@x.test']);
    expect(received[0]?.data).toContain('Subject: Your Footprint sign-in link');
    expect(received[0]?.data).toContain('http://localhost:3000/x');
    expect(await withGlobal(db.db, (tx) => tx.select().from(outboxMessages))).toHaveLength(0);
  });

  it('reports a rejected recipient as an error', async () => {
    await expect(sendMail(db.db, { to: 'nobody@rejected.test', subject: 's', text: 't' }, smtpUrl)).rejects.toThrow();
  });

  it('without SMTP_URL, writes to the outbox instead', async () => {
    const out = await sendMail(db.db, { to: 'o@x.test', subject: 'Outbox', text: 'body' }, '');
    expect(out.via).toBe('outbox');
    const rows = await withGlobal(db.db, (tx) => tx.select().from(outboxMessages));
    expect(rows.map((r) => [r.to, r.subject])).toEqual([['o@x.test', 'Outbox']]);
  });
});
