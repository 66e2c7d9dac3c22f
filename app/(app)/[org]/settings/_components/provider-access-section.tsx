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
import { GrantAccessForm } from './grant-access-form';
import { ReadOnlyNote, SettingsSection } from './settings-section';
import type { GrantRow, SettingsOrg } from './types';

const DESCRIPTION = 'Give a 3PL provider access to this organization. Every account manager of that 3PL then works here with the role you choose. Revoking takes effect on their next request.';

/** Provider access of an importer: admins list, grant and revoke; others see who can. */
export function ProviderAccessSection({ org }: { org: SettingsOrg }) {
  return (
    <SettingsSection id="provider-access" title="Provider access" description={DESCRIPTION}>
      {org.isAdmin ? <Grants org={org} /> : <ReadOnlyNote>Only owners and admins of {org.name} can see and change which 3PL providers have access.</ReadOnlyNote>}
    </SettingsSection>
  );
}

function Grants({ org }: { org: SettingsOrg }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const grants = useQuery(trpc.providerAccess.list.queryOptions({ org: org.slug }));
  const [revoking, setRevoking] = useState<GrantRow | null>(null);
  const revoke = useMutation(
    trpc.providerAccess.revoke.mutationOptions({
      onSuccess: async () => {
        setRevoking(null);
        await queryClient.invalidateQueries({ queryKey: trpc.providerAccess.list.queryKey() });
      },
    }),
  );

  const columns: Column<GrantRow>[] = [
    {
      key: 'provider',
      header: 'Provider',
      cell: (g) => (
        <span>
          <span className="font-medium text-slate-900">{g.provider.name}</span>
          <span className="ml-2 font-mono text-xs text-slate-500">{g.provider.slug}</span>
        </span>
      ),
      sortValue: (g) => g.provider.name,
      filterText: (g) => `${g.provider.name} ${g.provider.slug}`,
      csv: (g) => g.provider.name,
    },
    { key: 'identifier', header: 'Identifier', cell: () => null, csv: (g) => g.provider.slug, csvOnly: true },
    { key: 'role', header: 'Role', cell: (g) => <Badge>{ROLE_LABELS[g.role]}</Badge>, sortValue: (g) => ROLE_LABELS[g.role], filterText: (g) => ROLE_LABELS[g.role], csv: (g) => ROLE_LABELS[g.role] },
    { key: 'since', header: 'Since', cell: (g) => formatDate(g.since, org.timezone), sortValue: (g) => g.since, csv: (g) => g.since },
    {
      key: 'actions',
      header: 'Actions',
      align: 'right',
      cell: (g) => (
        <Button
          variant="ghost"
          size="sm"
          className="text-red-700 hover:bg-red-50"
          aria-label={`Revoke the access of ${g.provider.name}`}
          onClick={() => {
            revoke.reset();
            setRevoking(g);
          }}
        >
          Revoke
        </Button>
      ),
    },
  ];

  return (
    <div className="space-y-5">
      {grants.isPending ? (
        <Spinner label="Loading provider access…" className="text-slate-600" />
      ) : grants.error ? (
        <Notice tone="error">{errorMessage(grants.error)}</Notice>
      ) : (
        <DataTable
          rows={grants.data}
          rowKey={(g) => g.grantId}
          columns={columns}
          caption="Provider access"
          csvName={['provider-access', org.slug]}
          initialSort={{ key: 'provider', direction: 'asc' }}
          empty={<EmptyState title="No 3PL has access">If a 3PL runs warehouses for you, ask them for their Footprint identifier and grant access below.</EmptyState>}
          testId="provider-access-table"
        />
      )}
      <GrantAccessForm org={org.slug} />
      <ConfirmDialog
        open={revoking !== null}
        title={revoking ? `Revoke ${revoking.provider.name}’s access?` : 'Revoke access?'}
        confirmLabel="Revoke access"
        pending={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : null}
        onCancel={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate({ org: org.slug, grantId: revoking.grantId })}
      >
        {revoking ? <p>Every account manager of {revoking.provider.name} loses access to {org.name} on their next request.</p> : null}
      </ConfirmDialog>
    </div>
  );
}
