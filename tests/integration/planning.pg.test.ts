/**
 * The planning loop on a real Postgres server (npm run test:pg -- tests/integration/planning.pg.test.ts):
 * run -> results -> accept (batched drafts, a concurrent second accept creates nothing) -> transfer received
 * -> stock moved; a second run supersedes what was left open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onRealPostgres, openTestDatabase, type TestDatabase } from './support/database';
import { executePlanningRun } from '@/server/services/planning/execute-run';
import { PLANNING_NOW, planningWorld, type PlanningWorld } from './planning-world';

let db: TestDatabase;
let w: PlanningWorld;

beforeAll(async () => {
  db = await openTestDatabase();
  w = await planningWorld(db.db);
  const { chi, atl, skuA } = w.inA;
  await w.callers.planner.stock.adjust({ org: w.orgA, skuId: skuA.id, locationId: chi.id, qty: 2000, reason: 'opening count' });
  await w.callers.planner.stock.adjust({ org: w.orgA, skuId: skuA.id, locationId: atl.id, qty: 10, reason: 'opening count' });
});
afterAll(() => db.close());

describe('planning loop on Postgres', () => {
  it('runs on a real server', () => expect(onRealPostgres).toBe(true));

  it('run -> accept -> drafts batched -> receive -> stock; the next run supersedes the rest', async () => {
    const [first, second] = await Promise.all([w.callers.planner.planning.start({ org: w.orgA }), w.callers.owner.planning.start({ org: w.orgA })]);
    expect([first.alreadyActive, second.alreadyActive].sort()).toEqual([false, true]);
    expect(second.runId).toBe(first.runId);
    await executePlanningRun({ db: db.db, tenantId: w.a.id, runId: first.runId, now: PLANNING_NOW });
    expect((await w.callers.viewer.planning.run({ org: w.orgA }))?.status).toBe('succeeded');

    const recs = await w.callers.planner.recommendations.list({ org: w.orgA });
    const moves = recs.groups.find((g) => g.kind === 'transfer')?.items ?? [];
    const buys = recs.groups.find((g) => g.kind === 'replenish')?.items ?? [];
    expect(moves.length).toBeGreaterThan(0);
    const items = [...moves, ...buys].map((r) => ({ recommendationId: r.id }));
    const [a, b] = await Promise.all([
      w.callers.planner.recommendations.accept({ org: w.orgA, items }),
      w.callers.owner.recommendations.accept({ org: w.orgA, items }),
    ]);
    const made = [a, b].find((r) => r.accepted.length > 0)!;
    const other = [a, b].find((r) => r !== made)!;
    expect(made.accepted).toHaveLength(items.length);
    expect(other.accepted).toHaveLength(0);
    expect(other.alreadyAccepted).toHaveLength(items.length);
    expect(made.transfers).toHaveLength(new Set(moves.map((m) => `${m.from?.id}|${m.to?.id}`)).size);
    expect(made.purchaseOrders).toHaveLength(new Set(buys.map((m) => `${m.supplier?.id}|${m.to?.id}`)).size);

    const t = made.transfers.find((x) => x.toLocationId === w.inA.atl.id)!;
    const detail = await w.callers.planner.transfers.get({ org: w.orgA, transferId: t.id });
    const moved = detail.lines.find((l) => l.skuId === w.inA.skuA.id)?.qty ?? 0;
    await w.callers.planner.transfers.approve({ org: w.orgA, transferId: t.id });
    await w.callers.planner.transfers.ship({ org: w.orgA, transferId: t.id });
    await w.callers.planner.transfers.receive({ org: w.orgA, transferId: t.id });
    const level = await w.callers.viewer.stock.levels({ org: w.orgA, filters: { skuId: w.inA.skuA.id, locationId: w.inA.atl.id } });
    expect(level.rows[0]?.onHand).toBe(10 + moved);

    const open = (await w.callers.viewer.recommendations.list({ org: w.orgA })).total;
    const { runId } = await w.callers.planner.planning.start({ org: w.orgA });
    await executePlanningRun({ db: db.db, tenantId: w.a.id, runId, now: PLANNING_NOW });
    const superseded = await w.callers.viewer.recommendations.list({ org: w.orgA, status: 'superseded', limitPerKind: 500 });
    expect(superseded.total).toBe(open);
    expect((await w.callers.viewer.recommendations.list({ org: w.orgA, status: 'accepted', limitPerKind: 500 })).total).toBe(items.length);
  });
});
