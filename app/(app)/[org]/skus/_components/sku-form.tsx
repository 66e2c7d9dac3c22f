'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { createSkuInput } from '@/server/services/skus/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { SchemaForm, formValuesOf, type FormField } from '../../../../_components/forms/schema-form';

const NAMES = ['code', 'name', 'category', 'unitCost', 'unitPrice', 'weightKg', 'volumeM3', 'casePack', 'moq', 'supplierId', 'leadTimeDaysOverride', 'hsCode', 'notes'] as const;

export function SkuForm({ org, currency, existing }: { org: string; currency: string; existing?: { id: string } & Record<string, unknown> }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const suppliers = useQuery(trpc.suppliers.options.queryOptions({ org }));
  const done = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.skus.pathKey() });
    router.push(`/${org}/skus/${id}`);
    router.refresh();
  };
  const create = useMutation(trpc.skus.create.mutationOptions({ onSuccess: (row) => done(row.id) }));
  const update = useMutation(trpc.skus.update.mutationOptions({ onSuccess: (row) => done(row.id) }));
  const mutation = existing ? update : create;

  const fields: FormField[] = [
    { name: 'code', label: 'SKU code', required: true, hint: 'Unique, e.g. NW-1001. Stock and order files name the SKU by it.' },
    { name: 'name', label: 'Name', required: true },
    { name: 'category', label: 'Category' },
    {
      name: 'supplierId',
      label: 'Supplier',
      kind: 'select',
      options: [{ value: '', label: 'No supplier' }, ...(suppliers.data ?? []).map((s) => ({ value: s.id, label: `${s.code} · ${s.name} (${s.leadTimeDays} days)` }))],
    },
    { name: 'unitCost', label: 'Unit cost', unit: currency, kind: 'number', required: true, hint: 'What one unit costs you; inventory value and holding cost use it.' },
    { name: 'unitPrice', label: 'Unit price', unit: currency, kind: 'number' },
    { name: 'casePack', label: 'Case pack', unit: 'units per case', kind: 'number', hint: 'Orders and splits are rounded to it. 1 if sold by the unit.' },
    { name: 'moq', label: 'MOQ', unit: 'units', kind: 'number', hint: 'The supplier’s minimum order quantity.' },
    { name: 'weightKg', label: 'Weight', unit: 'kg per unit', kind: 'number' },
    { name: 'volumeM3', label: 'Volume', unit: 'm³ per unit', kind: 'number' },
    { name: 'leadTimeDaysOverride', label: 'Lead time override', unit: 'days', kind: 'number', hint: 'Leave blank to use the supplier’s lead time.' },
    { name: 'hsCode', label: 'HS code', hint: '6 to 10 digits, e.g. 7323.93.' },
    { name: 'notes', label: 'Notes', kind: 'textarea', wide: true },
  ];

  return (
    <SchemaForm
      id="sku-form"
      schema={createSkuInput}
      fields={fields}
      initial={existing ? formValuesOf(existing, NAMES) : { ...formValuesOf({}, NAMES), casePack: '1', moq: '0', unitPrice: '0' }}
      submitLabel={existing ? 'Save changes' : 'Create SKU'}
      pending={mutation.isPending}
      serverError={mutation.error}
      onCancel={() => router.back()}
      onSubmit={(value) => (existing ? update.mutate({ org, id: existing.id, ...value }) : create.mutate({ org, ...value }))}
    />
  );
}
