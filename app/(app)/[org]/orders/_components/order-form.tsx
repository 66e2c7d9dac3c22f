'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/trpc/root';
import { LocalTimeZone, parseTimestamp } from '@/server/imports/cells/timestamp';
import { createOrderInput, ORDER_STATUS_LABELS, ORDER_STATUSES } from '@/server/services/orders/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { fieldErrors, formError } from '../../../../_components/forms/trpc-error';
import { Button } from '../../../../_components/ui/button';
import { TextField } from '../../../../_components/ui/field';
import { Notice } from '../../../../_components/ui/notice';
import { SelectField } from '../../../../_components/ui/select';
import { OrderLinesEditor, type LineDraft } from './order-lines-editor';

const HEADER = {
  externalRef: '',
  regionId: '',
  shipFromLocationId: '',
  channel: '',
  shipToPostalCode: '',
  shipToCountry: '',
  orderedAt: '',
  promisedAt: '',
  shippedAt: '',
  deliveredAt: '',
  shippingCost: '',
  status: '',
};
type Header = typeof HEADER;
const TIMES = ['orderedAt', 'promisedAt', 'shippedAt', 'deliveredAt'] as const;

type ExistingOrder = inferRouterOutputs<AppRouter>['orders']['get'];

/** An instant (now by default) as a datetime-local value in the organization's time zone. */
function localInput(timeZone: string, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

function headerOf(order: ExistingOrder, timeZone: string): Header {
  const at = (d: Date | string | null) => (d ? localInput(timeZone, new Date(d)) : '');
  return {
    externalRef: order.externalRef,
    regionId: order.region.id,
    shipFromLocationId: order.shipFrom?.id ?? '',
    channel: order.channel ?? '',
    shipToPostalCode: order.shipToPostalCode ?? '',
    shipToCountry: order.shipToCountry ?? '',
    orderedAt: at(order.orderedAt),
    promisedAt: at(order.promisedAt),
    shippedAt: at(order.shippedAt),
    deliveredAt: at(order.deliveredAt),
    shippingCost: String(order.shippingCost ?? ''),
    status: order.status,
  };
}

function linesOf(order: ExistingOrder): LineDraft[] {
  return order.lines.map((l) => ({
    key: l.id,
    skuId: l.skuId,
    skuLabel: `${l.skuCode} · ${l.skuName}`,
    qtyOrdered: String(l.qtyOrdered),
    qtyShipped: String(l.qtyShipped),
    qtyShippedFirst: String(l.qtyShippedFirst),
    qtyBackordered: String(l.qtyBackordered),
    unitPrice: String(l.unitPrice),
  }));
}

/**
 * The manual order form, for a new order or an edit of an existing one: validated with the server's
 * own schema (createOrderInput) before sending.
 */
export function OrderForm({ org, currency, timezone, existing }: { org: string; currency: string; timezone: string; existing?: ExistingOrder }) {
  const trpc = useTRPC();
  const router = useRouter();
  const options = useQuery(trpc.orders.options.queryOptions({ org }));
  const [header, setHeader] = useState<Header>(() => (existing ? headerOf(existing, timezone) : { ...HEADER, orderedAt: localInput(timezone) }));
  const [lines, setLines] = useState<LineDraft[]>(() => (existing ? linesOf(existing) : []));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const done = (order: { id: string }) => {
    router.push(`/${org}/orders/${order.id}`);
    router.refresh();
  };
  const createMutation = useMutation(trpc.orders.create.mutationOptions({ onSuccess: done }));
  const updateMutation = useMutation(trpc.orders.update.mutationOptions({ onSuccess: done }));
  const create = existing ? updateMutation : createMutation;
  const errors = { ...fieldErrors(create.error), ...clientErrors };
  const set = (name: keyof Header) => (e: { target: { value: string } }) => setHeader((h) => ({ ...h, [name]: e.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    create.reset();
    const zone = new LocalTimeZone(timezone);
    const times = Object.fromEntries(TIMES.map((t) => [t, header[t] ? (parseTimestamp(header[t], zone) ?? new Date(Number.NaN)) : t === 'orderedAt' ? undefined : null]));
    const parsed = createOrderInput.safeParse({
      ...header,
      ...times,
      regionId: header.regionId || null,
      shipFromLocationId: header.shipFromLocationId || null,
      status: header.status || undefined,
      lines: lines.map(({ skuId, qtyOrdered, qtyShipped, qtyShippedFirst, qtyBackordered, unitPrice }) => ({ skuId, qtyOrdered, qtyShipped, qtyShippedFirst, qtyBackordered, unitPrice })),
    });
    if (!parsed.success) {
      const out: Record<string, string> = {};
      for (const issue of parsed.error.issues) out[issue.path.join('.')] ??= issue.message;
      setClientErrors(out);
      const first = Object.keys(out)[0];
      if (first) document.getElementById(`order-${first}`)?.focus();
      return;
    }
    setClientErrors({});
    if (existing) updateMutation.mutate({ org, id: existing.id, order: parsed.data });
    else createMutation.mutate({ org, ...parsed.data });
  }

  const choose = (list: { id: string; code: string; name: string; active: boolean }[] | undefined, none: string) => [
    { value: '', label: none },
    ...(list ?? []).filter((x) => x.active).map((x) => ({ value: x.id, label: `${x.code} · ${x.name}` })),
  ];
  const text = (name: keyof Header, label: string, extra: Record<string, unknown> = {}) => (
    <TextField id={`order-${name}`} label={label} value={header[name]} onChange={set(name)} error={errors[name]} {...extra} />
  );
  const formMessage = formError(create.error);

  return (
    <form onSubmit={submit} noValidate className="max-w-4xl space-y-6" data-testid="order-form">
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        {text('externalRef', 'Order number', { required: true, autoFocus: true })}
        {text('channel', 'Channel', { placeholder: 'web, marketplace, B2B…' })}
        <SelectField id="order-regionId" label="Region" value={header.regionId} onChange={set('regionId')} options={choose(options.data?.regions, 'Find it from the postal code')} error={errors.regionId} />
        <SelectField id="order-shipFromLocationId" label="Ships from" value={header.shipFromLocationId} onChange={set('shipFromLocationId')} options={choose(options.data?.locations, 'The location that serves the region')} error={errors.shipFromLocationId} />
        {text('shipToPostalCode', 'Ship-to postal code')}
        {text('shipToCountry', 'Ship-to country', { placeholder: 'US', maxLength: 2, hint: 'Two-letter ISO code.' })}
        {text('orderedAt', 'Ordered at', { type: 'datetime-local', required: true, hint: `Time in ${timezone}.` })}
        {text('promisedAt', 'Promised by', { type: 'datetime-local', hint: 'Blank: on time is judged against the region’s SLA.' })}
        {text('shippedAt', 'Shipped at', { type: 'datetime-local' })}
        {text('deliveredAt', 'Delivered at', { type: 'datetime-local' })}
        {text('shippingCost', `Shipping cost (${currency})`, { inputMode: 'decimal' })}
        <SelectField
          id="order-status"
          label="Status"
          value={header.status}
          onChange={set('status')}
          options={[{ value: '', label: 'From the dates' }, ...ORDER_STATUSES.map((s) => ({ value: s, label: ORDER_STATUS_LABELS[s] }))]}
          error={errors.status}
        />
      </div>
      <OrderLinesEditor org={org} currency={currency} lines={lines} onChange={setLines} errors={errors} />
      {formMessage ? <Notice tone="error">{formMessage}</Notice> : Object.keys(clientErrors).length ? <Notice tone="error">Check the highlighted fields.</Notice> : null}
      <div className="flex gap-3">
        <Button type="submit" pending={create.isPending} pendingText="Saving…">
          {existing ? 'Save changes' : 'Save order'}
        </Button>
        <Button variant="secondary" onClick={() => router.push(existing ? `/${org}/orders/${existing.id}` : `/${org}/orders`)} disabled={create.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
