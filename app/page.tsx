import { redirect } from 'next/navigation';
import { getCaller } from './_trpc/server';
import { currentSessionClaims } from '@/server/trpc/context';
import { errorCode } from './_components/forms/trpc-error';

export const dynamic = 'force-dynamic';

/**
 * The front door: signed-out visitors sign in; signed-in users land in their first importer
 * organization, in the portfolio when they only belong to 3PL organizations, else in onboarding.
 */
export default async function HomePage() {
  if (!(await currentSessionClaims())) redirect('/sign-in');
  const caller = await getCaller();
  let organizations;
  try {
    organizations = await caller.account.organizations();
  } catch (error) {
    if (errorCode(error) === 'UNAUTHORIZED') redirect('/sign-in');
    throw error;
  }
  const importer = organizations.find((o) => o.via === 'membership' && o.kind === 'importer');
  if (importer) redirect(`/${importer.slug}/dashboard`);
  if (organizations.some((o) => o.kind === 'provider' || o.via === 'grant')) redirect('/portfolio');
  redirect('/onboarding');
}
