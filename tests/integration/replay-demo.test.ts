/**
 * A replay of the demo organization's own history (seeded: a central warehouse, four regional centres, about
 * 200 SKUs, 12 months of orders) through the router, as the demo planner would run it: the suggested period,
 * class A SKUs, all four policies. The figures must be internally consistent: every policy saw the same demand,
 * fill rates are fractions, the centralized policy ships from the central warehouse only (slower delivery).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withGlobal } from '@/db/client';
import { users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { DEMO_IMPORTER } from '@/db/seed/demo-accounts';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor } from './support/actors';

let db: TestDatabase;

// Seeding the demo takes a while on a loaded machine; nothing here is timed.
beforeAll(async () => {
  db = await openTestDatabase();
  await seedDemo(db.db);
}, 600_000);
afterAll(() => db.close());

describe('replay of the demo history', () => {
  it('replays the class A SKUs over the suggested period under every policy', { timeout: 300_000 }, async () => {
    const [planner] = await withGlobal(db.db, (tx) => tx.select().from(users).where(eq(users.email, 'planner@northwind.example')));
    const caller = await callerFor(db.db, planner!);
    const org = DEMO_IMPORTER.slug;
    const options = await caller.replay.options({ org });
    expect(options.orderHistory).not.toBeNull();
    expect(options.centralLocation).not.toBeNull();
    const started = await caller.replay.start({
      org,
      from: options.suggested!.from,
      to: options.suggested!.to,
      skus: { mode: 'classes', classes: ['A'] },
      policies: ['footprint', 'independent', 'min-max', 'centralized'],
    });
    let replay = await caller.replay.get({ org, id: started.id });
    const seen = new Set<number>();
    for (let i = 0; i < 1200 && (replay.status === 'queued' || replay.status === 'running'); i++) {
      seen.add(replay.progress);
      await new Promise((resolve) => setTimeout(resolve, 250));
      replay = await caller.replay.get({ org, id: started.id });
    }
    expect(replay.error).toBeNull();
    expect(replay.status).toBe('succeeded');
    const results = replay.results!;
    expect(results.skuCount).toBeGreaterThan(5);
    const demand = results.policies[0]!.totals.demandUnits;
    expect(demand).toBeGreaterThan(0);
    for (const p of results.policies) {
      expect(p.totals.demandUnits).toBe(demand);
      expect(p.totals.lineFillRate).toBeGreaterThan(0);
      expect(p.totals.lineFillRate).toBeLessThanOrEqual(1);
      expect(p.totals.averageInventoryValue).toBeGreaterThan(0);
    }
    const footprint = results.policies.find((p) => p.policy === 'footprint')!;
    const centralized = results.policies.find((p) => p.policy === 'centralized')!;
    expect(centralized.locations.map((l) => l.locationId)).toEqual([results.centralLocationId]);
    expect(centralized.totals.averageDeliveryDays).toBeGreaterThan(footprint.totals.averageDeliveryDays);
    expect(results.skuDifferences.length).toBeGreaterThan(0);
    console.log(
      results.policies.map((p) => `${p.policy}: fill ${(p.totals.lineFillRate * 100).toFixed(1)}% stock ${p.totals.averageInventoryValue.toFixed(0)} days ${p.totals.averageDeliveryDays.toFixed(2)}`).join('\n'),
    );
  });
});
