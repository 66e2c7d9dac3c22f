import type { Metadata } from 'next';
import Link from 'next/link';
import { outboxEnabled } from '@/server/email/transport';
import { buttonClasses } from '../../_components/ui/button';

export const metadata: Metadata = { title: 'Check your email' };
export const dynamic = 'force-dynamic';

export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ retryAfter?: string }> }) {
  const outbox = outboxEnabled();
  const retryAfter = Number((await searchParams).retryAfter);
  if (Number.isFinite(retryAfter) && retryAfter > 0) {
    const wait = retryAfter < 90 ? `${Math.ceil(retryAfter)} seconds` : `${Math.ceil(retryAfter / 60)} minutes`;
    return (
      <div className="space-y-4 text-center">
        <h1 className="text-xl font-semibold text-slate-900">Too many sign-in links</h1>
        <p className="text-sm text-slate-600" data-testid="magic-link-throttled">
          Several links were asked for this address or from this network already. The last one sent still works; look for it in your inbox (and spam folder), or ask again in {wait}.
        </p>
        <Link href="/sign-in" className={buttonClasses('secondary', 'md', 'w-full')}>
          Back to sign in
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4 text-center">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="mx-auto size-10 text-brand-600" fill="none" stroke="currentColor" strokeWidth="1.6">
        <path d="M3 6h18v12H3z" strokeLinejoin="round" />
        <path d="m3 7 9 6 9-6" strokeLinejoin="round" />
      </svg>
      <h1 className="text-xl font-semibold text-slate-900">Check your email</h1>
      <p className="text-sm text-slate-600">We sent you a sign-in link. It works once and expires in 24 hours. If it does not arrive within a few minutes, look in your spam folder or ask for a new one.</p>
      {outbox ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          No mail server is configured here, so the email is in the{' '}
          <Link href="/outbox" className="font-medium underline">
            local outbox
          </Link>
          .
        </p>
      ) : null}
      <Link href="/sign-in" className={buttonClasses('secondary', 'md', 'w-full')}>
        Back to sign in
      </Link>
    </div>
  );
}
