'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { MemberRole } from '@/server/auth/roles';
import { useTRPC } from '../../../../_trpc/client';
import { fieldErrors, formError } from '../../../../_components/forms/trpc-error';
import { Button } from '../../../../_components/ui/button';
import { CopyButton } from '../../../../_components/ui/copy-button';
import { TextField } from '../../../../_components/ui/field';
import { Notice } from '../../../../_components/ui/notice';
import { SelectField } from '../../../../_components/ui/select';
import { roleOptions, rolesFor } from './role-options';
import type { SettingsOrg } from './types';

/** Email + role → invitations.create. Without a mail server, the link is shown to share by hand. */
export function InviteForm({ org }: { org: SettingsOrg }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const defaultRole: MemberRole = org.kind === 'provider' ? 'account_manager' : 'viewer';
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>(defaultRole);
  const [sent, setSent] = useState<{ email: string; link?: string } | null>(null);

  const create = useMutation(
    trpc.invitations.create.mutationOptions({
      onMutate: () => setSent(null),
      onSuccess: async (result) => {
        setSent({ email: result.invitation.email, link: result.link });
        setEmail('');
        await queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
      },
    }),
  );
  const errors = fieldErrors(create.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ org: org.slug, email, role });
  }

  return (
    <div className="space-y-3">
      <form onSubmit={submit} className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-start" data-testid="invite-form">
        <TextField id="invite-email" name="email" type="email" label="Email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
        <SelectField
          id="invite-role"
          name="role"
          label="Role"
          value={role}
          options={roleOptions(org.kind, org.role)}
          onChange={(e) => setRole(e.target.value as MemberRole)}
          error={errors.role}
        />
        <Button type="submit" pending={create.isPending} pendingText="Sending…" className="sm:mt-6">
          Send invitation
        </Button>
      </form>
      <p className="text-xs text-slate-500">
        {rolesFor(org.kind).includes('planner')
          ? 'Admins manage members and settings; planners change data and act on recommendations; viewers only look.'
          : 'Account managers work in the clients that granted access to this 3PL; owners also manage this organization.'}
      </p>
      {create.error ? <Notice tone="error">{formError(create.error)}</Notice> : null}
      {sent ? (
        <Notice tone="success" testId="invitation-sent">
          <p className="font-medium">Invitation sent to {sent.email}.</p>
          {sent.link ? (
            <div className="mt-2 space-y-2">
              <p>No mail server is configured, so the email went to the local outbox. Share this link with them (it works once, for that address):</p>
              <div className="flex flex-wrap items-center gap-2">
                <code className="min-w-0 flex-1 rounded bg-white px-2 py-1 font-mono text-xs break-all text-slate-800 ring-1 ring-emerald-200" data-testid="invitation-link">
                  {sent.link}
                </code>
                <CopyButton value={sent.link} label="Copy link" testId="copy-invitation-link" />
              </div>
            </div>
          ) : null}
        </Notice>
      ) : null}
    </div>
  );
}
