'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createSlaInput } from '@/server/services/regions/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { SchemaForm, type FormField } from '../../../../_components/forms/schema-form';

const FIELDS: FormField[] = [
  { name: 'effectiveFrom', label: 'Effective from', kind: 'date', required: true, hint: 'Applies from this day until a later SLA takes over.' },
  { name: 'targetDeliveryDays', label: 'Target delivery', unit: 'days', kind: 'number', required: true },
  { name: 'targetFillRate', label: 'Target fill rate', unit: 'fraction', kind: 'number', hint: '0.97 = 97 % of units shipped from stock on the first shipment.' },
  { name: 'targetCycleServiceLevel', label: 'Target cycle service level', unit: 'fraction', kind: 'number', hint: '0.95 = no stock-out in 95 % of replenishment cycles.' },
  { name: 'notes', label: 'Notes', kind: 'textarea', wide: true },
];

/** Adds a dated SLA to a region (the form resets after each one). */
export function AddSlaForm({ org, regionId, today }: { org: string; regionId: string; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [round, setRound] = useState(0);
  const add = useMutation(
    trpc.regions.addSla.mutationOptions({
      onSuccess: async () => {
        setRound((r) => r + 1);
        await queryClient.invalidateQueries({ queryKey: trpc.regions.pathKey() });
        router.refresh();
      },
    }),
  );
  return (
    <SchemaForm
      key={round}
      id="add-sla-form"
      schema={createSlaInput}
      fields={FIELDS}
      initial={{ regionId, effectiveFrom: today, targetDeliveryDays: '', targetFillRate: '0.95', targetCycleServiceLevel: '0.95', notes: '' }}
      submitLabel="Add SLA"
      pendingText="Adding…"
      pending={add.isPending}
      serverError={add.error}
      onSubmit={(value) => add.mutate({ org, ...value })}
    />
  );
}
