'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ROLE_LABELS, type MemberRole } from '@/server/auth/roles';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_components/forms/trpc-error';
import { formatDate } from '../../../../_components/format/date';
import { DataTable, type Column } from '../../../../_components/tables/data-table';
import { Badge } from '../../../../_components/ui/badge';
import { Button } from '../../../../_components/ui/button';
import { ConfirmDialog } from '../../../../_components/ui/dialog';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { Notice } from '../../../../_components/ui/notice';
import { Select } from '../../../../_components/ui/select';
import { Spinner } from '../../../../_components/ui/spinner';
import { roleOptions } from './role-options';
import { ReadOnlyNote, SettingsSection } from './settings-section';
import type { MemberRow, SettingsOrg } from './types';

/** Members: everyone can see them; admins change roles and remove (owners alone touch owners). */
export function MembersSection({ org, currentUserId }: { org: SettingsOrg; currentUserId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const members = useQuery(trpc.members.list.queryOptions({ org: org.slug }));
  const [rowError, setRowError] = useState<{ membershipId: string; message: string } | null>(null);
  const [removing, setRemoving] = useState<MemberRow | null>(null);

  async function refresh() {
    await queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
    router.refresh(); // the shell shows the viewer's own role
  }

  const changeRole = useMutation(
    trpc.members.changeRole.mutationOptions({
      onMutate: () => setRowError(null),
      onSuccess: refresh,
      onError: (error, input) => setRowError({ membershipId: input.membershipId, message: errorMessage(error) }),
    }),
  );
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onSuccess: async () => {
        const removedSelf = removing?.userId === currentUserId;
        setRemoving(null);
        if (removedSelf) router.push('/');
        else await refresh();
      },
    }),
  );

  const options = roleOptions(org.kind, org.role);
  const mayTouch = (m: MemberRow) => org.isAdmin && (m.role !== 'owner' || org.role === 'owner');
  const label = (m: MemberRow) => m.name ?? m.email;

  const columns: Column<MemberRow>[] = [
    {
      key: 'name',
      header: 'Name',
      cell: (m) => (
        <span className="font-medium text-slate-900">
          {m.name ?? '—'}
          {m.userId === currentUserId ? <span className="ml-1 text-xs font-normal text-slate-500">(you)</span> : null}
        </span>
      ),
      sortValue: (m) => m.name,
      filterText: (m) => m.name,
      csv: (m) => m.name,
    },
    { key: 'email', header: 'Email', cell: (m) => <span className="break-all">{m.email}</span>, sortValue: (m) => m.email, filterText: (m) => m.email, csv: (m) => m.email },
    {
      key: 'role',
      header: 'Role',
      cell: (m) =>
        mayTouch(m) ? (
          <div className="min-w-40 space-y-1">
            <Select
              aria-label={`Role of ${label(m)}`}
              value={m.role}
              options={options}
              disabled={changeRole.isPending}
              onChange={(e) => changeRole.mutate({ org: org.slug, membershipId: m.membershipId, role: e.target.value as MemberRole })}
              aria-describedby={rowError?.membershipId === m.membershipId ? `role-error-${m.membershipId}` : undefined}
              className="h-9 py-1"
            />
            {changeRole.isPending && changeRole.variables?.membershipId === m.membershipId ? <Spinner label="Saving…" className="text-slate-500" /> : null}
            {rowError?.membershipId === m.membershipId ? (
              <p id={`role-error-${m.membershipId}`} role="alert" className="text-sm text-red-700">
                {rowError.message}
              </p>
            ) : null}
          </div>
        ) : (
          <Badge tone={m.role === 'owner' ? 'brand' : 'neutral'}>{ROLE_LABELS[m.role]}</Badge>
        ),
      sortValue: (m) => ROLE_LABELS[m.role],
      filterText: (m) => ROLE_LABELS[m.role],
      csv: (m) => ROLE_LABELS[m.role],
    },
    { key: 'since', header: 'Since', cell: (m) => formatDate(m.since, org.timezone), sortValue: (m) => m.since, csv: (m) => m.since },
  ];
  if (org.isAdmin) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      align: 'right',
      cell: (m) =>
        mayTouch(m) ? (
          <Button
            variant="ghost"
            size="sm"
            className="text-red-700 hover:bg-red-50"
            aria-label={`Remove ${label(m)}`}
            onClick={() => {
              remove.reset();
              setRemoving(m);
            }}
          >
            Remove
          </Button>
        ) : null,
    });
  }

  return (
    <SettingsSection id="members" title="Members" description={`The people in ${org.name} and what each one may do.`}>
      {org.isAdmin ? null : <ReadOnlyNote>Only owners and admins of {org.name} can change roles or remove members.</ReadOnlyNote>}
      {members.isPending ? (
        <Spinner label="Loading members…" className="text-slate-600" />
      ) : members.error ? (
        <Notice tone="error">{errorMessage(members.error)}</Notice>
      ) : (
        <DataTable
          rows={members.data}
          rowKey={(m) => m.membershipId}
          columns={columns}
          caption="Members"
          csvName={['members', org.slug]}
          initialSort={{ key: 'email', direction: 'asc' }}
          empty={<EmptyState title="No members">Invite someone below.</EmptyState>}
          testId="members-table"
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={removing ? `Remove ${label(removing)}?` : 'Remove member?'}
        confirmLabel="Remove member"
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ org: org.slug, membershipId: removing.membershipId })}
      >
        {removing ? (
          <p>
            {removing.email} loses access to {org.name} on their next request. You can invite them again later.
          </p>
        ) : null}
      </ConfirmDialog>
    </SettingsSection>
  );
}
