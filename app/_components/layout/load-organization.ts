import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getCaller } from '../../_trpc/server';
import { errorCode } from '../forms/trpc-error';

/**
 * The organization of the `[org]` segment and the caller's role in it, once per request (the layout
 * and the page share it). An organization the caller cannot reach is a 404, whatever the reason;
 * an ended session goes to sign-in.
 */
export const loadOrganization = cache(async (org: string) => {
  const caller = await getCaller();
  try {
    return await caller.organization.current({ org });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'UNAUTHORIZED') redirect('/sign-in');
    if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_REQUEST') notFound();
    throw error;
  }
});

export type CurrentOrganization = Awaited<ReturnType<typeof loadOrganization>>;
