import { desc } from 'drizzle-orm';
import { withGlobal, type Database } from '@/db/client';
import { outboxMessages } from '@/db/schema';

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
}

/** The latest mail written to the local outbox (no SMTP_URL set), newest first. Dev page only. */
export async function listOutboxMessages({ db, limit = 50 }: { db: Database; limit?: number }): Promise<OutboxMessage[]> {
  return withGlobal(db, (tx) =>
    tx
      .select({ id: outboxMessages.id, to: outboxMessages.to, subject: outboxMessages.subject, text: outboxMessages.text, createdAt: outboxMessages.createdAt })
      .from(outboxMessages)
      .orderBy(desc(outboxMessages.createdAt))
      .limit(Math.min(Math.max(limit, 1), 200)),
  );
}
