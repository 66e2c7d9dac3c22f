import { and, eq, sql } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import { purchaseOrders, transfers } from '@/db/schema';
import type { TenantServiceContext } from '../context';

const SERIES = {
  transfers: { prefix: 'TR', table: transfers },
  purchase_orders: { prefix: 'PO', table: purchaseOrders },
} as const;

export type DocumentSeries = keyof typeof SERIES;

/**
 * Takes the tenant's lock on a document series until the transaction ends. Creating a transfer or a
 * purchase order holds it: numbers are handed out without gaps or duplicates, and a second request
 * with the same idempotency key waits for the first and then finds its row (READ COMMITTED: the next
 * statement sees what the first request committed).
 */
export async function lockDocumentSeries(ctx: Pick<TenantServiceContext, 'tx' | 'tenant'>, series: DocumentSeries): Promise<void> {
  await ctx.tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${ctx.tenant.id}:${series}`}))`);
}

/** The next human number of the series (TR-000042, PO-000007); call while holding the series lock. */
export async function nextDocumentNumber(ctx: Pick<TenantServiceContext, 'tx' | 'tenant'>, series: DocumentSeries): Promise<string> {
  const { prefix, table } = SERIES[series];
  const pattern = `^${prefix}-([0-9]{1,9})$`;
  const [row] = resultRows<{ last: number | string | null }>(
    await ctx.tx.execute(
      sql`select max(substring(${table.number} from ${pattern})::int) as last from ${table} where ${and(eq(table.tenantId, ctx.tenant.id))}`,
    ),
  );
  const next = Number(row?.last ?? 0) + 1;
  return `${prefix}-${String(next).padStart(6, '0')}`;
}
