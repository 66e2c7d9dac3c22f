import type { Metadata } from 'next';
import Link from 'next/link';
import { signOutAction } from '../../(auth)/actions';
import { getCaller } from '../../_trpc/server';
import { currentSessionClaims } from '@/server/trpc/context';
import { ROLE_LABELS } from '@/server/auth/roles';
import { errorCode } from '../../_components/forms/trpc-error';
import { formatDate } from '../../_components/format/date';
import { CenteredCard } from '../../_components/layout/centered-card';
import { Badge } from '../../_components/ui/badge';
import { Button, buttonClasses } from '../../_components/ui/button';
import { Notice } from '../../_components/ui/notice';
import { AcceptInvitation } from './_components/accept-invitation';

export const metadata: Metadata = { title: 'Invitation', robots: { index: false }, referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

async function loadPreview(token: string) {
  const caller = await getCaller();
  try {
    return await caller.invitations.preview({ token });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') return null;
    throw error;
  }
}

async function signedInUser() {
  if (!(await currentSessionClaims())) return null;
  const caller = await getCaller();
  try {
    return await caller.account.me();
  } catch (error) {
    if (errorCode(error) === 'UNAUTHORIZED') return null; // an ended session: treat as signed out
    throw error;
  }
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [preview, user] = await Promise.all([loadPreview(token), signedInUser()]);

  if (!preview) {
    return (
      <CenteredCard>
        <div className="space-y-4" data-testid="invitation-invalid">
          <h1 className="text-xl font-semibold text-slate-900">This invitation can’t be used</h1>
          <p className="text-sm text-slate-600">
            The link is invalid, has expired, was revoked, or was already used. Ask the person who invited you to send a new invitation.
          </p>
          <Link href="/" className={buttonClasses('secondary', 'md', 'w-full')}>
            Go to Footprint
          </Link>
        </div>
      </CenteredCard>
    );
  }

  const here = `/invite/${encodeURIComponent(token)}`;
  const callback = `callbackUrl=${encodeURIComponent(here)}`;
  const wrongAccount = user !== null && user.email.toLowerCase() !== preview.email.toLowerCase();

  return (
    <CenteredCard>
      <div className="space-y-5" data-testid="invitation-preview">
        <div>
          <p className="text-sm text-slate-600">You are invited to join</p>
          <h1 className="text-xl font-semibold text-slate-900">{preview.organization.name}</h1>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-slate-500">Role</dt>
          <dd>
            <Badge tone="brand">{ROLE_LABELS[preview.role]}</Badge>
          </dd>
          <dt className="text-slate-500">Invited email</dt>
          <dd className="font-mono break-all text-slate-800">{preview.email}</dd>
          <dt className="text-slate-500">Expires</dt>
          <dd className="text-slate-800">{formatDate(preview.expiresAt)}</dd>
        </dl>
        {user === null ? (
          <div className="space-y-3">
            <p className="text-sm text-slate-600">
              Sign in as <strong>{preview.email}</strong> to accept, or create an account with that address.
            </p>
            <Link href={`/sign-in?${callback}`} className={buttonClasses('primary', 'md', 'w-full')}>
              Sign in to accept
            </Link>
            <Link href={`/sign-up?${callback}`} className={buttonClasses('secondary', 'md', 'w-full')}>
              Create an account
            </Link>
          </div>
        ) : (
          <div className="space-y-3">
            {wrongAccount ? (
              <Notice tone="warning">
                You are signed in as <strong>{user.email}</strong>, but this invitation is for <strong>{preview.email}</strong>. Sign out and sign in
                with the invited address to accept it.
              </Notice>
            ) : (
              <p className="text-sm text-slate-600">
                Signed in as <strong>{user.email}</strong>.
              </p>
            )}
            {wrongAccount ? (
              <form action={signOutAction}>
                <Button type="submit" className="w-full">
                  Sign out
                </Button>
              </form>
            ) : (
              <AcceptInvitation token={token} organizationName={preview.organization.name} />
            )}
          </div>
        )}
      </div>
    </CenteredCard>
  );
}
