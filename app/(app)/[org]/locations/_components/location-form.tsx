'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { createLocationInput, LOCATION_KIND_LABELS, LOCATION_KINDS } from '@/server/services/locations/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { SchemaForm, formValuesOf, type FormField } from '../../../../_components/forms/schema-form';

const NAMES = ['code', 'name', 'kind', 'country', 'city', 'postalCode', 'lat', 'lng', 'capacityUnits', 'holdingRate', 'fixedCostMonth', 'handlingCostUnit', 'isCentral', 'operatedBy', 'notes'] as const;

/** Create or edit a location; validated with the server's schema before it is sent. */
export function LocationForm({ org, currency, existing }: { org: string; currency: string; existing?: { id: string } & Record<string, unknown> }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const operators = useQuery(trpc.locations.operatorOptions.queryOptions({ org }));
  const done = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.locations.pathKey() });
    router.push(`/${org}/locations/${id}`);
    router.refresh();
  };
  const create = useMutation(trpc.locations.create.mutationOptions({ onSuccess: (row) => done(row.id) }));
  const update = useMutation(trpc.locations.update.mutationOptions({ onSuccess: (row) => done(row.id) }));
  const mutation = existing ? update : create;

  const fields: FormField[] = [
    { name: 'code', label: 'Code', required: true, hint: 'Short and unique, e.g. MEM-CDC. Files and other pages name the location by it.', autoFocus: !existing },
    { name: 'name', label: 'Name', required: true },
    { name: 'kind', label: 'Kind', kind: 'select', options: LOCATION_KINDS.map((k) => ({ value: k, label: LOCATION_KIND_LABELS[k] })) },
    { name: 'country', label: 'Country', required: true, hint: 'Two-letter ISO code: US, CA, DE…' },
    { name: 'city', label: 'City' },
    { name: 'postalCode', label: 'Postal code' },
    { name: 'lat', label: 'Latitude', kind: 'number', hint: 'Decimal degrees, −90 to 90. Puts the site on the network map.' },
    { name: 'lng', label: 'Longitude', kind: 'number', hint: 'Decimal degrees, −180 to 180.' },
    { name: 'capacityUnits', label: 'Capacity', unit: 'units', kind: 'number', hint: 'Leave blank when not constrained.' },
    { name: 'holdingRate', label: 'Holding rate', unit: 'fraction per year', kind: 'number', hint: '0.25 = 25 % of unit cost a year (the default).' },
    { name: 'fixedCostMonth', label: 'Fixed cost per month', unit: currency, kind: 'number' },
    { name: 'handlingCostUnit', label: 'Handling cost per unit', unit: currency, kind: 'number' },
    {
      name: 'operatedBy',
      label: 'Operated by (3PL)',
      kind: 'select',
      options: [{ value: '', label: 'Operated by us' }, ...(operators.data ?? []).map((o) => ({ value: o.id, label: o.name }))],
      hint: 'A 3PL that has access to this organization (Settings → 3PL access).',
    },
    { name: 'isCentral', label: 'Central location', kind: 'checkbox', hint: 'Slow, high-value items are held here and shipped from here.' },
    { name: 'notes', label: 'Notes', kind: 'textarea', wide: true },
  ];

  const initial = existing ? formValuesOf(existing, NAMES) : { ...formValuesOf({}, NAMES), kind: 'warehouse', country: 'US', isCentral: false, holdingRate: '0.25' };

  return (
    <SchemaForm
      id="location-form"
      schema={createLocationInput}
      fields={fields}
      initial={initial}
      submitLabel={existing ? 'Save changes' : 'Create location'}
      pending={mutation.isPending}
      serverError={mutation.error}
      onCancel={() => router.back()}
      onSubmit={(value) => (existing ? update.mutate({ org, id: existing.id, ...value }) : create.mutate({ org, ...value }))}
    />
  );
}
