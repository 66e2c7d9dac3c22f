'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTRPC } from '../../../_trpc/client';
import { errorMessage } from '../../../_components/forms/trpc-error';
import { Button } from '../../../_components/ui/button';
import { Notice } from '../../../_components/ui/notice';

/** Accepts the invitation as the signed-in user, then opens the organization's dashboard. */
export function AcceptInvitation({ token, organizationName }: { token: string; organizationName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: ({ slug }) => router.push(`/${slug}/dashboard`),
    }),
  );
  const done = accept.isSuccess;
  return (
    <div className="space-y-3">
      {accept.error ? <Notice tone="error">{errorMessage(accept.error)}</Notice> : null}
      {done ? <Notice tone="success">You joined {organizationName}. Opening its dashboard…</Notice> : null}
      <Button className="w-full" onClick={() => accept.mutate({ token })} pending={accept.isPending || done} pendingText={done ? 'Opening…' : 'Accepting…'} data-testid="accept-invitation">
        Accept invitation
      </Button>
    </div>
  );
}
