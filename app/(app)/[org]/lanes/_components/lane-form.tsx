'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { createLaneInput, LANE_MODE_LABELS, LANE_MODES } from '@/server/services/lanes/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { SchemaForm, formValuesOf, type FormField } from '../../../../_components/forms/schema-form';

const NAMES = ['locationId', 'regionId', 'mode', 'transitDays', 'transitDaysSd', 'costPerUnit', 'costPerKg', 'notes'] as const;

export function LaneForm({ org, currency, existing }: { org: string; currency: string; existing?: { id: string } & Record<string, unknown> }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const locations = useQuery(trpc.locations.options.queryOptions({ org }));
  const regions = useQuery(trpc.regions.options.queryOptions({ org }));
  const done = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.lanes.pathKey() });
    router.push(`/${org}/lanes/${id}`);
    router.refresh();
  };
  const create = useMutation(trpc.lanes.create.mutationOptions({ onSuccess: (row) => done(row.id) }));
  const update = useMutation(trpc.lanes.update.mutationOptions({ onSuccess: (row) => done(row.id) }));
  const mutation = existing ? update : create;

  const fields: FormField[] = [
    { name: 'locationId', label: 'From location', kind: 'select', required: true, options: [{ value: '', label: 'Choose a location…' }, ...(locations.data ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))] },
    { name: 'regionId', label: 'To region', kind: 'select', required: true, options: [{ value: '', label: 'Choose a region…' }, ...(regions.data ?? []).map((r) => ({ value: r.id, label: `${r.code} · ${r.name}` }))] },
    { name: 'mode', label: 'Mode', kind: 'select', options: LANE_MODES.map((m) => ({ value: m, label: LANE_MODE_LABELS[m] })), hint: 'One lane per location, region and mode.' },
    { name: 'transitDays', label: 'Transit', unit: 'days', kind: 'number', required: true, hint: 'Average days from shipping to delivery.' },
    { name: 'transitDaysSd', label: 'Transit spread', unit: 'days, standard deviation', kind: 'number' },
    { name: 'costPerUnit', label: 'Cost per unit', unit: currency, kind: 'number' },
    { name: 'costPerKg', label: 'Cost per kg', unit: currency, kind: 'number' },
    { name: 'notes', label: 'Notes', kind: 'textarea', wide: true },
  ];

  return (
    <SchemaForm
      id="lane-form"
      schema={createLaneInput}
      fields={fields}
      initial={existing ? formValuesOf(existing, NAMES) : { ...formValuesOf({}, NAMES), mode: 'parcel', transitDaysSd: '0', costPerUnit: '0', costPerKg: '0' }}
      submitLabel={existing ? 'Save changes' : 'Create lane'}
      pending={mutation.isPending}
      serverError={mutation.error}
      onCancel={() => router.back()}
      onSubmit={(value) => (existing ? update.mutate({ org, id: existing.id, ...value }) : create.mutate({ org, ...value }))}
    />
  );
}
