import { sql } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import type { TenantServiceContext } from '../context';

export const CONSISTENCY_MISMATCH_LIMIT = 500;

export interface ConsistencyMismatch {
  skuId: string;
  skuCode: string | null;
  locationId: string;
  locationCode: string | null;
  /** What the balance row says (0 when the ledger has movements but no balance row exists). */
  onHand: number;
  /** The sum of the ledger's movements for that SKU x location. */
  ledgerUnits: number;
}

/**
 * Proves that every balance equals the sum of its movements: one statement (one snapshot) compares
 * each stock_levels.on_hand with the ledger sum of its SKU x location, both ways (a balance without
 * movements, movements without a balance). Consistent means no mismatch.
 */
export async function checkStockConsistency({ ctx }: { ctx: TenantServiceContext }) {
  const tenantId = ctx.tenant.id;
  const rows = resultRows<{
    sku_id: string;
    location_id: string;
    sku_code: string | null;
    location_code: string | null;
    on_hand: number | string;
    ledger_units: number | string;
    balances: number | string;
    movements: number | string;
  }>(
    await ctx.tx.execute(sql`
      with ledger as (
        select sku_id, location_id, sum(qty)::bigint as units, count(*)::bigint as n
        from stock_movements where tenant_id = ${tenantId}
        group by sku_id, location_id
      ),
      balance as (
        select sku_id, location_id, on_hand from stock_levels where tenant_id = ${tenantId}
      ),
      compared as (
        select coalesce(b.sku_id, m.sku_id) as sku_id, coalesce(b.location_id, m.location_id) as location_id,
               coalesce(b.on_hand, 0) as on_hand, coalesce(m.units, 0) as ledger_units
        from balance b full join ledger m on m.sku_id = b.sku_id and m.location_id = b.location_id
      ),
      totals as (
        select (select count(*) from balance) as balances, (select coalesce(sum(n), 0) from ledger) as movements
      )
      select c.sku_id, c.location_id, s.code as sku_code, l.code as location_code, c.on_hand, c.ledger_units, t.balances, t.movements
      from totals t
      left join compared c on c.on_hand <> c.ledger_units
      left join skus s on s.tenant_id = ${tenantId} and s.id = c.sku_id
      left join locations l on l.tenant_id = ${tenantId} and l.id = c.location_id
      order by l.code, s.code
      limit ${CONSISTENCY_MISMATCH_LIMIT}`),
  );
  const first = rows[0];
  const mismatches: ConsistencyMismatch[] = rows
    .filter((r) => r.sku_id !== null)
    .map((r) => ({
      skuId: r.sku_id,
      skuCode: r.sku_code,
      locationId: r.location_id,
      locationCode: r.location_code,
      onHand: Number(r.on_hand),
      ledgerUnits: Number(r.ledger_units),
    }));
  return {
    consistent: mismatches.length === 0,
    balancesChecked: Number(first?.balances ?? 0),
    movementsChecked: Number(first?.movements ?? 0),
    mismatches,
    checkedAt: new Date(),
  };
}
