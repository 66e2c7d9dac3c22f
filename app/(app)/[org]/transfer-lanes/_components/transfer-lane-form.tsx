'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { createTransferLaneInput } from '@/server/services/transfer-lanes/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { SchemaForm, formValuesOf, type FormField } from '../../../../_components/forms/schema-form';

const NAMES = ['fromLocationId', 'toLocationId', 'transitDays', 'costPerUnit', 'customsDays', 'notes'] as const;

export function TransferLaneForm({ org, currency, existing }: { org: string; currency: string; existing?: { id: string } & Record<string, unknown> }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const locations = useQuery(trpc.locations.options.queryOptions({ org }));
  const done = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.transferLanes.pathKey() });
    router.push(`/${org}/transfer-lanes/${id}`);
    router.refresh();
  };
  const create = useMutation(trpc.transferLanes.create.mutationOptions({ onSuccess: (row) => done(row.id) }));
  const update = useMutation(trpc.transferLanes.update.mutationOptions({ onSuccess: (row) => done(row.id) }));
  const mutation = existing ? update : create;
  const options = (locations.data ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name} (${l.country})` }));

  const fields: FormField[] = [
    { name: 'fromLocationId', label: 'From location', kind: 'select', required: true, options: [{ value: '', label: 'Choose the origin…' }, ...options] },
    { name: 'toLocationId', label: 'To location', kind: 'select', required: true, options: [{ value: '', label: 'Choose the destination…' }, ...options] },
    { name: 'transitDays', label: 'Transit', unit: 'days', kind: 'number', required: true },
    { name: 'customsDays', label: 'Customs', unit: 'days', kind: 'number', hint: 'Added only when the two locations are in different countries.' },
    { name: 'costPerUnit', label: 'Cost per unit', unit: currency, kind: 'number' },
    { name: 'notes', label: 'Notes', kind: 'textarea', wide: true },
  ];

  return (
    <SchemaForm
      id="transfer-lane-form"
      schema={createTransferLaneInput}
      fields={fields}
      initial={existing ? formValuesOf(existing, NAMES) : { ...formValuesOf({}, NAMES), customsDays: '0', costPerUnit: '0' }}
      submitLabel={existing ? 'Save changes' : 'Create transfer lane'}
      pending={mutation.isPending}
      serverError={mutation.error}
      onCancel={() => router.back()}
      onSubmit={(value) => (existing ? update.mutate({ org, id: existing.id, ...value }) : create.mutate({ org, ...value }))}
    />
  );
}
