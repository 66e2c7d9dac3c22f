import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCaller } from '../_trpc/server';
import { errorCode } from '../_components/forms/trpc-error';

export const dynamic = 'force-dynamic';

/**
 * Every page of the app needs a valid session: signed in, and not ended by "sign out everywhere"
 * (account.me checks the session version against the database).
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const caller = await getCaller();
  try {
    await caller.account.me();
  } catch (error) {
    if (errorCode(error) === 'UNAUTHORIZED') redirect('/sign-in');
    throw error;
  }
  return <>{children}</>;
}
