import Link from 'next/link';
import type { ReactNode } from 'react';
import { Wordmark } from './wordmark';

/** The wordmark above one centered card: sign-in, sign-up, verify and invitation pages. */
export function CenteredCard({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <Link href="/" className="rounded-md" aria-label="Footprint home">
        <Wordmark className="text-xl" />
      </Link>
      <div className="mt-6 w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">{children}</div>
      <p className="mt-6 max-w-md text-center text-xs text-slate-500">Distributed inventory: where your stock should sit, and how each region is served.</p>
    </main>
  );
}
