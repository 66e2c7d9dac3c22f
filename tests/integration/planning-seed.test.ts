/**
 * The demo after the first start: every inbound and on-order unit of the seed has its document (in-transit
 * transfers and purchase orders, ordered purchase orders), and the seeded planning run finished with forecasts,
 * targets and recommendations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/database';
import { seedDemo } from '@/db/seed';
import { seedPlanningRun } from '@/db/seed/planning-run';

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDemo(db.db);
}, 600_000);
afterAll(() => db.close());

describe('demo seed and its planning run', () => {
  it('inbound and on order come from real transfer and purchase-order records', async () => {
    const mismatches = await db.ownerQuery<{ sku_id: string; location_id: string; inbound: number; docs_inbound: number; on_order: number; docs_on_order: number }>(`
      with docs as (
        select l.sku_id, t.to_location_id as location_id, sum(l.qty_shipped - l.qty_received) as inbound, 0 as on_order
          from transfers t join transfer_lines l on l.transfer_id = t.id and l.tenant_id = t.tenant_id where t.status = 'in_transit' group by 1, 2
        union all
        select l.sku_id, po.arrival_location_id, sum(case when po.status = 'in_transit' then l.qty - l.qty_received else 0 end),
               sum(case when po.status = 'ordered' then l.qty - l.qty_received else 0 end)
          from purchase_orders po join purchase_order_lines l on l.purchase_order_id = po.id and l.tenant_id = po.tenant_id
         where po.status in ('ordered', 'in_transit') group by 1, 2
      ), totals as (select sku_id, location_id, sum(inbound)::int as inbound, sum(on_order)::int as on_order from docs group by 1, 2)
      select s.sku_id, s.location_id, s.inbound, coalesce(t.inbound, 0) as docs_inbound, s.on_order, coalesce(t.on_order, 0) as docs_on_order
        from stock_levels s full join totals t on t.sku_id = s.sku_id and t.location_id = s.location_id
       where coalesce(s.inbound, 0) <> coalesce(t.inbound, 0) or coalesce(s.on_order, 0) <> coalesce(t.on_order, 0)`);
    expect(mismatches).toEqual([]);
    const [docs] = await db.ownerQuery<{ pos: number; trs: number }>(`select (select count(*)::int from purchase_orders) as pos, (select count(*)::int from transfers) as trs`);
    expect(docs?.pos).toBeGreaterThan(0);
    expect(docs?.trs).toBeGreaterThan(0);
  });

  it('has a finished planning run with forecasts, targets and explained recommendations', async () => {
    const run = await seedPlanningRun(db.db);
    expect(run?.status).toBe('succeeded');
    const [row] = await db.ownerQuery<{ outcome: string; trigger: string; forecasts: number; targets: number; recs: number; kinds: number }>(`
      select outcome, trigger,
             (select count(*)::int from forecasts) as forecasts, (select count(*)::int from stock_targets) as targets,
             (select count(*)::int from recommendations where status = 'open') as recs,
             (select count(distinct kind)::int from recommendations) as kinds
        from planning_runs`);
    expect(row).toMatchObject({ outcome: 'completed', trigger: 'seed' });
    expect(row?.forecasts).toBeGreaterThan(100);
    expect(row?.targets).toBeGreaterThan(100);
    expect(row?.recs).toBeGreaterThan(10);
    expect(row?.kinds).toBeGreaterThanOrEqual(3);
    const [sample] = await db.ownerQuery<{ reason: string }>(`select reason from recommendations where kind = 'transfer' order by priority desc, score desc limit 1`);
    expect(sample?.reason).toMatch(/covers .* of demand for .*; lead time is .*: transfer \d+ units from /);
  });
});
