/**
 * A digest worker in its own process, for tests/integration/digests-delivery.pg.test.ts: it delivers what
 * is due and, once the SMTP server has accepted the first message, says so on stdout and waits, so the
 * test can kill it (SIGKILL) after the send and before the row is marked sent.
 */
import { openDatabase } from '@/db/client';
import { deliverDueDigests } from '@/server/services/digests/run-due';

const handle = await openDatabase({ url: process.env.CHILD_DATABASE_URL, migrate: false });
await deliverDueDigests(
  {
    db: handle.db,
    smtpUrl: process.env.CHILD_SMTP_URL,
    origin: process.env.CHILD_ORIGIN,
    afterSmtpAccepted: async () => {
      process.stdout.write('ACCEPTED\n');
      await new Promise(() => {});
    },
  },
  { now: new Date(process.env.CHILD_NOW!), concurrency: 1 },
);
process.stdout.write('DONE\n');
await handle.close();
