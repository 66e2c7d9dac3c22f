'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { createRegionInput } from '@/server/services/regions/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { SchemaForm, formValuesOf, type FormField } from '../../../../_components/forms/schema-form';

const NAMES = ['code', 'name', 'country', 'centroidLat', 'centroidLng', 'postalPrefixes', 'notes'] as const;
const FIELDS: FormField[] = [
  { name: 'code', label: 'Code', required: true, hint: 'Unique, e.g. US-W. Lane and SLA files name the region by it.' },
  { name: 'name', label: 'Name', required: true },
  { name: 'country', label: 'Country', required: true, hint: 'Two-letter ISO code.' },
  { name: 'postalPrefixes', label: 'Postal prefixes', hint: 'Separated by spaces or commas, e.g. "59 80 9". An order’s ship-to postal code goes to the region with the longest matching prefix.' },
  { name: 'centroidLat', label: 'Centroid latitude', kind: 'number', hint: 'Where demand centers, for the map and distance estimates.' },
  { name: 'centroidLng', label: 'Centroid longitude', kind: 'number' },
  { name: 'notes', label: 'Notes', kind: 'textarea', wide: true },
];

export function RegionForm({ org, existing }: { org: string; existing?: { id: string } & Record<string, unknown> }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const done = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.regions.pathKey() });
    router.push(`/${org}/regions/${id}`);
    router.refresh();
  };
  const create = useMutation(trpc.regions.create.mutationOptions({ onSuccess: (row) => done(row.id) }));
  const update = useMutation(trpc.regions.update.mutationOptions({ onSuccess: (row) => done(row.id) }));
  const mutation = existing ? update : create;
  return (
    <SchemaForm
      id="region-form"
      schema={createRegionInput}
      fields={FIELDS}
      initial={existing ? formValuesOf(existing, NAMES) : { ...formValuesOf({}, NAMES), country: 'US' }}
      submitLabel={existing ? 'Save changes' : 'Create region'}
      pending={mutation.isPending}
      serverError={mutation.error}
      onCancel={() => router.back()}
      onSubmit={(value) => (existing ? update.mutate({ org, id: existing.id, ...value }) : create.mutate({ org, ...value }))}
    />
  );
}
