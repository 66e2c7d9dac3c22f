/**
 * The planning loop on a real database through tRPC callers: request a run, execute it as the job does,
 * read forecasts, targets and recommendations, accept them into batched drafts, receive, and see stock move.
 * Also: a second request returns the active run, a new run supersedes open recommendations, a failing run keeps
 * the previous results, double accept creates one draft, and too little history is a clear result.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/database';
import { refusal } from './support/master-data';
import { executePlanningRun } from '@/server/services/planning/execute-run';
import { PLANNING_NOW, planningWorld, type PlanningWorld } from './planning-world';

let db: TestDatabase;
let w: PlanningWorld;

const opened = openTestDatabase().then((d) => (db = d));
afterAll(async () => (await opened).close());

beforeEach(async () => {
  await opened;
  await db.reset();
  w = await planningWorld(db.db);
  // Chicago holds plenty of SKU-A; Atlanta and Toronto nearly nothing: transfers and purchases are due.
  const { chi, atl, skuA, skuB } = w.inA;
  await w.callers.planner.stock.adjust({ org: w.orgA, skuId: skuA.id, locationId: chi.id, qty: 2000, reason: 'opening count' });
  await w.callers.planner.stock.adjust({ org: w.orgA, skuId: skuA.id, locationId: atl.id, qty: 10, reason: 'opening count' });
  await w.callers.planner.stock.adjust({ org: w.orgA, skuId: skuB.id, locationId: chi.id, qty: 5, reason: 'opening count' });
});

async function runPlanning(caller = w.callers.planner, opts: { beforeWrite?: () => void } = {}) {
  const started = await caller.planning.start({ org: w.orgA });
  await executePlanningRun({ db: db.db, tenantId: w.a.id, runId: started.runId, now: PLANNING_NOW, ...opts });
  return started.runId;
}

describe('planning run', () => {
  it('runs end to end: forecasts, targets, explained recommendations, progress and timings recorded', async () => {
    const phases: string[] = [];
    const started = await w.callers.planner.planning.start({ org: w.orgA });
    expect(started.alreadyActive).toBe(false);
    const again = await w.callers.owner.planning.start({ org: w.orgA });
    expect(again).toEqual({ runId: started.runId, alreadyActive: true });
    const queued = await w.callers.viewer.planning.run({ org: w.orgA, runId: started.runId });
    expect(queued?.status).toBe('queued');

    await executePlanningRun({ db: db.db, tenantId: w.a.id, runId: started.runId, now: PLANNING_NOW, onProgress: (p) => void phases.push(p.phase) });
    const run = await w.callers.viewer.planning.run({ org: w.orgA });
    expect(run?.error).toBeNull();
    expect(run).toMatchObject({ id: started.runId, status: 'succeeded', outcome: 'completed', phase: 'done', percent: 100, trigger: 'manual', isCurrent: true, asOfWeek: '2026-06-15' });
    expect(run?.createdBy?.email).toBe('planner@a.test');
    expect(Object.keys(run?.timings ?? {})).toEqual(expect.arrayContaining(['load', 'forecast', 'targets', 'recommend', 'write']));
    expect(run?.counts).toMatchObject({ skus: 3, skusForecast: 3, regions: 3, historyWeeks: 40 });
    expect(phases).toEqual(expect.arrayContaining(['load', 'forecast', 'recommend', 'write', 'done']));

    const summary = await w.callers.viewer.forecasts.summary({ org: w.orgA });
    expect(summary.series?.history).toHaveLength(40);
    expect(summary.series?.forecast).toHaveLength(13);
    const weeklyUnits = 60 + 40 + 20 + 25 + 5 + 3;
    expect(summary.series?.forecast[0]).toBeGreaterThan(weeklyUnits * 0.6);
    expect(summary.series?.forecast[0]).toBeLessThan(weeklyUnits * 1.4);
    summary.series?.forecast.forEach((v, k) => {
      expect(summary.series?.lower[k]).toBeLessThanOrEqual(v);
      expect(summary.series?.upper[k]).toBeGreaterThanOrEqual(v);
    });
    expect(summary.counts.skus).toBe(3);
    expect(summary.counts.byAbc.A).toBeGreaterThanOrEqual(1);
    expect(summary.accuracy.wape).not.toBeNull();
    expect(summary.accuracy.seasonalNaive.wape).not.toBeNull();

    const list = await w.callers.viewer.forecasts.list({ org: w.orgA, sort: 'forecastUnits', direction: 'desc' });
    expect(list.total).toBe(3);
    expect(list.rows[0]?.skuCode).toBe('SKU-A');
    expect(list.rows[0]?.recentWeeks).toHaveLength(26);
    expect(list.rows[0]?.forecastValues).toHaveLength(13);
    const regional = await w.callers.viewer.forecasts.list({ org: w.orgA, level: 'sku-region', filters: { regionId: w.net.east.id } });
    expect(regional.rows.map((r) => r.skuCode).sort()).toEqual(['SKU-A', 'SKU-B']);
    const detail = await w.callers.viewer.forecasts.detail({ org: w.orgA, skuId: w.inA.skuA.id });
    expect(detail.series.history).toHaveLength(40);
    expect(detail.candidates.length).toBeGreaterThan(1);
    expect(detail.candidates.filter((c) => c.chosen)).toHaveLength(1);
    expect(detail.methodReason).toMatch(/holdout MASE/);
    expect(detail.regions.map((r) => r.regionCode).sort()).toEqual(['CANADA', 'EAST', 'MIDWEST']);
    const east = await w.callers.viewer.forecasts.detail({ org: w.orgA, skuId: w.inA.skuA.id, regionId: w.net.east.id });
    // The region's history is that region's orders only: about 60 a week.
    const eastMean = east.series.history.reduce((a, b) => a + b, 0) / east.series.history.length;
    expect(eastMean).toBeGreaterThan(50);
    expect(eastMean).toBeLessThan(70);

    const targets = await w.callers.viewer.stockTargets.list({ org: w.orgA, filters: { skuId: w.inA.skuA.id } });
    expect(targets.rows.map((r) => r.locationCode).sort()).toEqual(['ATL', 'CHI', 'TOR']);
    for (const row of targets.rows) {
      expect(row.reorderPoint).toBeGreaterThanOrEqual(row.safetyStock);
      expect(row.orderUpTo).toBeGreaterThanOrEqual(row.reorderPoint);
    }
    expect(targets.rows.find((r) => r.locationCode === 'ATL')?.position).toBe('below_reorder_point');
    const byLocation = await w.callers.viewer.stockTargets.summary({ org: w.orgA });
    const atl = byLocation.locations.find((l) => l.locationCode === 'ATL');
    expect(atl?.below).toBeGreaterThanOrEqual(1);
    expect(atl?.belowUnits).toBeGreaterThan(0);
    expect(byLocation.locations.reduce((n, l) => n + l.below + l.within + l.above, 0)).toBe((await w.callers.viewer.stockTargets.list({ org: w.orgA })).total);

    const recs = await w.callers.viewer.recommendations.list({ org: w.orgA });
    expect(recs.runId).toBe(started.runId);
    const kinds = recs.groups.map((g) => g.kind);
    expect(kinds).toEqual(expect.arrayContaining(['transfer', 'replenish']));
    const transfer = recs.groups.find((g) => g.kind === 'transfer')?.items.find((r) => r.sku.code === 'SKU-A' && r.to?.code === 'ATL');
    expect(transfer?.from?.code).toBe('CHI');
    expect(transfer?.explanation).toMatch(/^Atlanta DC covers .* days of demand for SKU-A; lead time is 35 days; the East region's 95% service level needs \d+ units there: transfer \d+ units from Chicago DC, which keeps .* days of cover\./);
    expect(transfer?.facts.length).toBeGreaterThan(3);
    expect(transfer?.qty ?? 0).toBeGreaterThan(0);
    expect((transfer?.qty ?? 1) % 10).toBe(0);
  });

  it('accept batches drafts (one PO per supplier x arrival, one transfer per lane); receiving moves stock; a double accept creates nothing new', async () => {
    await runPlanning();
    const recs = await w.callers.planner.recommendations.list({ org: w.orgA });
    const buys = recs.groups.find((g) => g.kind === 'replenish')?.items ?? [];
    const moves = recs.groups.find((g) => g.kind === 'transfer')?.items ?? [];
    expect(buys.length).toBeGreaterThan(0);
    expect(moves.length).toBeGreaterThan(0);
    const items = [...buys, ...moves].map((r) => ({ recommendationId: r.id }));
    const [accepted, second] = await Promise.all([
      w.callers.planner.recommendations.accept({ org: w.orgA, items, note: 'weekly review' }),
      w.callers.owner.recommendations.accept({ org: w.orgA, items }).catch((e: unknown) => e),
    ]);
    expect(accepted.accepted).toHaveLength(items.length);
    const supplierLocations = new Set(buys.map((b) => `${b.supplier?.id}|${b.to?.id}`));
    expect(accepted.purchaseOrders).toHaveLength(supplierLocations.size);
    const lanes = new Set(moves.map((m) => `${m.from?.id}|${m.to?.id}`));
    expect(accepted.transfers).toHaveLength(lanes.size);
    // The concurrent second accept waited on the row locks and then found them accepted.
    expect(second).toMatchObject({ accepted: [], transfers: [], purchaseOrders: [] });
    const third = await w.callers.planner.recommendations.accept({ org: w.orgA, items });
    expect(third.accepted).toHaveLength(0);
    expect(third.alreadyAccepted.map((a) => a.recommendationId).sort()).toEqual(items.map((i) => i.recommendationId).sort());
    const pos = await w.callers.planner.purchaseOrders.list({ org: w.orgA });
    expect(pos.rows.filter((p) => p.status === 'draft')).toHaveLength(accepted.purchaseOrders.length);
    const audit = await w.callers.owner.audit.list({ org: w.orgA, filters: { action: 'recommendation.accepted' } });
    expect(audit.total).toBe(items.length);

    // The transfer it created: approve, ship, receive; Atlanta's stock rises by the moved units.
    const t = accepted.transfers.find((x) => x.toLocationId === w.inA.atl.id);
    expect(t).toBeDefined();
    const detail = await w.callers.planner.transfers.get({ org: w.orgA, transferId: t!.id });
    expect(detail.status).toBe('draft');
    const movedA = detail.lines.find((l) => l.skuId === w.inA.skuA.id)?.qty ?? 0;
    await w.callers.planner.transfers.approve({ org: w.orgA, transferId: t!.id });
    await w.callers.planner.transfers.ship({ org: w.orgA, transferId: t!.id });
    await w.callers.planner.transfers.receive({ org: w.orgA, transferId: t!.id });
    const levels = await w.callers.viewer.stock.levels({ org: w.orgA, filters: { skuId: w.inA.skuA.id, locationId: w.inA.atl.id } });
    expect(levels.rows[0]?.onHand).toBe(10 + movedA);
  });

  it('refuses an accept that no longer holds after stock moved, and writes nothing', async () => {
    await runPlanning();
    const recs = await w.callers.planner.recommendations.list({ org: w.orgA, kind: 'replenish' });
    const buy = recs.groups[0]?.items[0];
    expect(buy?.to).toBeTruthy();
    await w.callers.planner.stock.adjust({ org: w.orgA, skuId: buy!.sku.id, locationId: buy!.to!.id, qty: 50_000, reason: 'found a pallet' });
    const before = await db.snapshot();
    const refused = await refusal(w.callers.planner.recommendations.accept({ org: w.orgA, items: [{ recommendationId: buy!.id }] }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain(`${buy!.sku.code} at ${buy!.to!.name} no longer needs an order: its stock position is now`);
    expect(refused.message).toMatch(/above the reorder point of \d+ .*Nothing was accepted; run planning again for fresh figures\./);
    expect(await db.snapshot()).toEqual(before);
  });

  it('dismiss needs a reason, snooze hides until a date; both are audited', async () => {
    await runPlanning();
    const recs = await w.callers.planner.recommendations.list({ org: w.orgA });
    const [first, second] = recs.groups.flatMap((g) => g.items);
    expect(first && second).toBeTruthy();
    expect((await refusal(w.callers.planner.recommendations.dismiss({ org: w.orgA, recommendationIds: [first!.id], reason: '' }))).code).toBe('BAD_REQUEST');
    await w.callers.planner.recommendations.dismiss({ org: w.orgA, recommendationIds: [first!.id], reason: 'supplier is closed this month' });
    await w.callers.planner.recommendations.snooze({ org: w.orgA, recommendationIds: [second!.id], until: '2099-01-01' });
    const open = await w.callers.viewer.recommendations.list({ org: w.orgA });
    const ids = open.groups.flatMap((g) => g.items.map((i) => i.id));
    expect(ids).not.toContain(first!.id);
    expect(ids).not.toContain(second!.id);
    const snoozed = await w.callers.viewer.recommendations.list({ org: w.orgA, status: 'snoozed' });
    expect(snoozed.groups.flatMap((g) => g.items.map((i) => i.id))).toEqual([second!.id]);
    const dismissed = await w.callers.viewer.recommendations.list({ org: w.orgA, status: 'dismissed' });
    expect(dismissed.groups[0]?.items[0]).toMatchObject({ id: first!.id, decisionNote: 'supplier is closed this month' });
    expect(dismissed.groups[0]?.items[0]?.decidedBy?.email).toBe('planner@a.test');
    expect((await refusal(w.callers.planner.recommendations.dismiss({ org: w.orgA, recommendationIds: [first!.id], reason: 'again' }))).code).toBe('CONFLICT');
  });

  it('a new run supersedes the open recommendations of the previous one in its own transaction', async () => {
    const firstRun = await runPlanning();
    const before = await w.callers.viewer.recommendations.list({ org: w.orgA });
    expect(before.total).toBeGreaterThan(0);
    const secondRun = await runPlanning();
    const after = await w.callers.viewer.recommendations.list({ org: w.orgA });
    expect(after.runId).toBe(secondRun);
    expect(after.groups.flatMap((g) => g.items).every((r) => r.runId === secondRun)).toBe(true);
    const superseded = await w.callers.viewer.recommendations.list({ org: w.orgA, status: 'superseded', limitPerKind: 500 });
    expect(superseded.total).toBe(before.total);
    expect(superseded.groups.flatMap((g) => g.items).every((r) => r.runId === firstRun)).toBe(true);
    const runs = await w.callers.viewer.planning.runs({ org: w.orgA });
    expect(runs.map((r) => r.isCurrent)).toEqual([true, false]);
  });

  it('keeps the last N runs (a setting), never one whose recommendations became documents', async () => {
    const { updatedAt: _u, updatedBy: _b, skuOverrides: _o, ...settings } = await w.callers.owner.planningSettings.get({ org: w.orgA });
    await w.callers.owner.planningSettings.update({ org: w.orgA, ...settings, runsToKeep: 1 });
    const first = await runPlanning();
    const buy = (await w.callers.planner.recommendations.list({ org: w.orgA, kind: 'replenish' })).groups[0]?.items[0];
    await w.callers.planner.recommendations.accept({ org: w.orgA, items: [{ recommendationId: buy!.id }] });
    const second = await runPlanning();
    const third = await runPlanning();
    const runs = (await w.callers.viewer.planning.runs({ org: w.orgA })).map((r) => r.id);
    expect(runs).toEqual([third, first]); // the second went; the first holds an accepted recommendation
    expect(runs).not.toContain(second);
  });

  it('a run that fails mid-way is marked failed with a reason; the previous run stays current, with its recommendations open', async () => {
    const good = await runPlanning();
    const open = (await w.callers.viewer.recommendations.list({ org: w.orgA })).total;
    const bad = await runPlanning(w.callers.planner, {
      beforeWrite: () => {
        throw new Error('the worker process was killed');
      },
    });
    const failed = await w.callers.viewer.planning.run({ org: w.orgA, runId: bad });
    expect(failed).toMatchObject({ status: 'failed', isCurrent: false });
    expect(failed?.error).toMatch(/The planning run failed: the worker process was killed\. Nothing was saved; the previous results stay current\./);
    const recs = await w.callers.viewer.recommendations.list({ org: w.orgA });
    expect(recs.runId).toBe(good);
    expect(recs.total).toBe(open);
    expect((await w.callers.viewer.forecasts.summary({ org: w.orgA })).runId).toBe(good);
    // The failed run left no rows behind, and a new run can start.
    expect((await db.ownerQuery<{ n: number }>(`select count(*)::int as n from forecasts where run_id = $1`, [bad]))[0]?.n).toBe(0);
    expect((await w.callers.planner.planning.start({ org: w.orgA })).alreadyActive).toBe(false);
  });

  it('too little history is a clear result, not an error, and keeps nothing stale on the pages', async () => {
    await db.reset();
    w = await planningWorld(db.db, { weeks: 5 });
    const runId = await runPlanning();
    const run = await w.callers.viewer.planning.run({ org: w.orgA, runId });
    expect(run).toMatchObject({ status: 'succeeded', outcome: 'insufficient_history', isCurrent: false, error: null });
    expect(run?.message).toBe('Not enough history yet: orders in 5 weeks; planning needs at least 8. Import more order history, or run planning again in a few weeks.');
    expect((await w.callers.viewer.forecasts.summary({ org: w.orgA })).series).toBeNull();
    expect((await w.callers.viewer.recommendations.list({ org: w.orgA })).groups).toEqual([]);
  });

  it('roles: viewers read, planners run and decide, admins change settings', async () => {
    expect((await refusal(w.callers.viewer.planning.start({ org: w.orgA }))).code).toBe('FORBIDDEN');
    expect((await refusal(w.callers.viewer.recommendations.accept({ org: w.orgA, items: [{ recommendationId: '0190a7b0-0000-7000-8000-000000000000' }] }))).code).toBe('FORBIDDEN');
    const settings = await w.callers.viewer.planningSettings.get({ org: w.orgA });
    expect((await refusal(w.callers.planner.planningSettings.update({ org: w.orgA, ...settings, horizonWeeks: 8 }))).code).toBe('FORBIDDEN');
    const { updatedAt: _u, updatedBy: _b, skuOverrides: _o, ...plain } = settings;
    const saved = await w.callers.owner.planningSettings.update({ org: w.orgA, ...plain, horizonWeeks: 8 });
    expect(saved.horizonWeeks).toBe(8);
    expect(saved.updatedBy?.email).toBe('owner@a.test');
    const bad = await refusal(w.callers.owner.planningSettings.update({ org: w.orgA, ...plain, abcCuts: { aShare: 0.9, bShare: 0.2 } }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(Object.keys(bad.fields)).toContain('abcCuts.bShare');
    await runPlanning();
    expect((await w.callers.viewer.forecasts.summary({ org: w.orgA })).series?.forecast).toHaveLength(8);
  });
});
