'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { createSupplierInput } from '@/server/services/suppliers/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { SchemaForm, formValuesOf, type FormField } from '../../../../_components/forms/schema-form';

const NAMES = ['code', 'name', 'country', 'leadTimeDays', 'leadTimeSdDays', 'email', 'notes'] as const;

const FIELDS: FormField[] = [
  { name: 'code', label: 'Code', required: true, hint: 'Short and unique, e.g. ACME. SKU files name the supplier by it.' },
  { name: 'name', label: 'Name', required: true },
  { name: 'country', label: 'Country', required: true, hint: 'Two-letter ISO code: CN, VN, US…' },
  { name: 'email', label: 'Ordering email', kind: 'email' },
  { name: 'leadTimeDays', label: 'Lead time', unit: 'days', kind: 'number', required: true, hint: 'From placing an order to its arrival.' },
  { name: 'leadTimeSdDays', label: 'Lead time spread', unit: 'days, standard deviation', kind: 'number', hint: 'How much the lead time varies; 0 if it never does.' },
  { name: 'notes', label: 'Notes', kind: 'textarea', wide: true },
];

export function SupplierForm({ org, existing }: { org: string; existing?: { id: string } & Record<string, unknown> }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const done = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.suppliers.pathKey() });
    router.push(`/${org}/suppliers/${id}`);
    router.refresh();
  };
  const create = useMutation(trpc.suppliers.create.mutationOptions({ onSuccess: (row) => done(row.id) }));
  const update = useMutation(trpc.suppliers.update.mutationOptions({ onSuccess: (row) => done(row.id) }));
  const mutation = existing ? update : create;
  return (
    <SchemaForm
      id="supplier-form"
      schema={createSupplierInput}
      fields={FIELDS}
      initial={existing ? formValuesOf(existing, NAMES) : { ...formValuesOf({}, NAMES), leadTimeSdDays: '0' }}
      submitLabel={existing ? 'Save changes' : 'Create supplier'}
      pending={mutation.isPending}
      serverError={mutation.error}
      onCancel={() => router.back()}
      onSubmit={(value) => (existing ? update.mutate({ org, id: existing.id, ...value }) : create.mutate({ org, ...value }))}
    />
  );
}
