import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/instance';
import { outboxEnabled } from '@/server/email/transport';
import { listOutboxMessages } from '@/server/services/outbox/list';
import { formatDateTime } from '../_components/format/date';
import { Linkify } from '../_components/format/linkify';
import { Wordmark } from '../_components/layout/wordmark';
import { EmptyState } from '../_components/ui/empty-state';

export const metadata: Metadata = { title: 'Local outbox', robots: { index: false } };
export const dynamic = 'force-dynamic';

/** Mail the app would have sent, when no SMTP server is configured. 404 when one is. */
export default async function OutboxPage() {
  if (!outboxEnabled()) notFound();
  const messages = await listOutboxMessages({ db: await getDb(), limit: 50 });
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <Link href="/" className="rounded-md">
        <Wordmark />
      </Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-slate-900">Local outbox</h1>
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          No <code className="font-mono">SMTP_URL</code> is set, so Footprint writes its emails (sign-in links, invitations, digests) here instead of
          sending them. Set <code className="font-mono">SMTP_URL</code> to send real mail; this page then disappears. It shows the last 50 messages,
          newest first.
        </p>
      </header>
      {messages.length === 0 ? (
        <EmptyState title="No messages yet">Ask for a sign-in link or send an invitation, then reload this page.</EmptyState>
      ) : (
        <ol className="space-y-4" data-testid="outbox-messages">
          {messages.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="outbox-message">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <h2 className="font-semibold text-slate-900">{m.subject}</h2>
                <time dateTime={m.createdAt.toISOString()} className="text-xs text-slate-500">
                  {formatDateTime(m.createdAt)}
                </time>
              </div>
              <p className="mt-1 text-sm text-slate-600">
                To: <span className="font-mono">{m.to}</span>
              </p>
              <pre className="mt-3 font-sans text-sm whitespace-pre-wrap text-slate-800">
                <Linkify text={m.text} />
              </pre>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
