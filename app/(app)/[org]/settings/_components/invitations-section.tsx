'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLE_LABELS } from '@/server/auth/roles';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_components/forms/trpc-error';
import { formatDate } from '../../../../_components/format/date';
import { DataTable, type Column } from '../../../../_components/tables/data-table';
import { Badge } from '../../../../_components/ui/badge';
import { Button } from '../../../../_components/ui/button';
import { ConfirmDialog } from '../../../../_components/ui/dialog';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { Notice } from '../../../../_components/ui/notice';
import { Spinner } from '../../../../_components/ui/spinner';
import { InviteForm } from './invite-form';
import { ReadOnlyNote, SettingsSection } from './settings-section';
import type { InvitationRow, SettingsOrg } from './types';

/** Invitations: admins invite by email and revoke open invitations; others see who can. */
export function InvitationsSection({ org }: { org: SettingsOrg }) {
  return (
    <SettingsSection id="invitations" title="Invitations" description="Invite people by email. An invitation link works once and expires after 7 days.">
      {org.isAdmin ? <OpenInvitations org={org} /> : <ReadOnlyNote>Only owners and admins of {org.name} can invite people and see open invitations.</ReadOnlyNote>}
    </SettingsSection>
  );
}

function OpenInvitations({ org }: { org: SettingsOrg }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useQuery(trpc.invitations.list.queryOptions({ org: org.slug }));
  const [revoking, setRevoking] = useState<InvitationRow | null>(null);
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({
      onSuccess: async () => {
        setRevoking(null);
        await queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
      },
    }),
  );

  const columns: Column<InvitationRow>[] = [
    { key: 'email', header: 'Email', cell: (i) => <span className="break-all">{i.email}</span>, sortValue: (i) => i.email, filterText: (i) => i.email, csv: (i) => i.email },
    { key: 'role', header: 'Role', cell: (i) => <Badge>{ROLE_LABELS[i.role]}</Badge>, sortValue: (i) => ROLE_LABELS[i.role], filterText: (i) => ROLE_LABELS[i.role], csv: (i) => ROLE_LABELS[i.role] },
    { key: 'sent', header: 'Sent', cell: (i) => formatDate(i.createdAt, org.timezone), sortValue: (i) => i.createdAt, csv: (i) => i.createdAt },
    { key: 'expires', header: 'Expires', cell: (i) => formatDate(i.expiresAt, org.timezone), sortValue: (i) => i.expiresAt, csv: (i) => i.expiresAt },
    {
      key: 'actions',
      header: 'Actions',
      align: 'right',
      cell: (i) => (
        <Button
          variant="ghost"
          size="sm"
          className="text-red-700 hover:bg-red-50"
          aria-label={`Revoke the invitation of ${i.email}`}
          onClick={() => {
            revoke.reset();
            setRevoking(i);
          }}
        >
          Revoke
        </Button>
      ),
    },
  ];

  return (
    <div className="space-y-5">
      <InviteForm org={org} />
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-900">Open invitations</h3>
        {invitations.isPending ? (
          <Spinner label="Loading invitations…" className="text-slate-600" />
        ) : invitations.error ? (
          <Notice tone="error">{errorMessage(invitations.error)}</Notice>
        ) : (
          <DataTable
            rows={invitations.data}
            rowKey={(i) => i.id}
            columns={columns}
            caption="Open invitations"
            csvName={['invitations', org.slug]}
            initialSort={{ key: 'sent', direction: 'desc' }}
            empty={<EmptyState title="No open invitations">Invitations you send appear here until they are accepted, revoked or expire.</EmptyState>}
            testId="invitations-table"
          />
        )}
      </div>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        pending={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : null}
        onCancel={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate({ org: org.slug, invitationId: revoking.id })}
      >
        {revoking ? <p>The link sent to {revoking.email} stops working at once. You can send a new invitation later.</p> : null}
      </ConfirmDialog>
    </div>
  );
}
