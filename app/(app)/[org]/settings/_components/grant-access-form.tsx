'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { GrantRole } from '@/server/auth/roles';
import { useTRPC } from '../../../../_trpc/client';
import { fieldErrors, formError } from '../../../../_components/forms/trpc-error';
import { Button } from '../../../../_components/ui/button';
import { TextField } from '../../../../_components/ui/field';
import { Notice } from '../../../../_components/ui/notice';
import { SelectField } from '../../../../_components/ui/select';
import { GRANT_ROLE_OPTIONS } from './role-options';

/** Provider identifier (slug) + planner/viewer → providerAccess.grant. */
export function GrantAccessForm({ org }: { org: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [providerSlug, setProviderSlug] = useState('');
  const [role, setRole] = useState<GrantRole>('viewer');
  const [granted, setGranted] = useState<string | null>(null);
  const grant = useMutation(
    trpc.providerAccess.grant.mutationOptions({
      onMutate: () => setGranted(null),
      onSuccess: async (result) => {
        setGranted(`${result.provider.name} now has ${result.role} access.`);
        setProviderSlug('');
        await queryClient.invalidateQueries({ queryKey: trpc.providerAccess.list.queryKey() });
      },
    }),
  );
  const errors = fieldErrors(grant.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    grant.mutate({ org, providerSlug, role });
  }

  return (
    <div className="space-y-3">
      <form onSubmit={submit} className="grid gap-3 sm:grid-cols-[1fr_18rem_auto] sm:items-start" data-testid="grant-access-form">
        <TextField
          id="grant-provider"
          name="providerSlug"
          label="3PL identifier"
          required
          minLength={3}
          maxLength={64}
          autoComplete="off"
          spellCheck={false}
          hint="Your 3PL finds it in their Footprint settings, e.g. bluewave-3pl."
          value={providerSlug}
          onChange={(e) => setProviderSlug(e.target.value)}
          error={errors.providerSlug}
        />
        <SelectField
          id="grant-role"
          name="role"
          label="Access"
          value={role}
          options={GRANT_ROLE_OPTIONS.map((o) => ({ value: o.value, label: `${o.label} (${o.explanation})` }))}
          onChange={(e) => setRole(e.target.value as GrantRole)}
          error={errors.role}
        />
        <Button type="submit" pending={grant.isPending} pendingText="Granting…" className="sm:mt-6">
          Grant access
        </Button>
      </form>
      {grant.error ? <Notice tone="error">{formError(grant.error)}</Notice> : null}
      {granted ? <Notice tone="success">{granted}</Notice> : null}
    </div>
  );
}
