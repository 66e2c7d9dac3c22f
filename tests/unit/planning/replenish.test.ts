import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inventoryPosition, recommendReplenishment, recommendReplenishments, type ReplenishInput } from '@/server/planning/recommendations/replenish';
import { safetyStock } from '@/server/planning/inventory/safety-stock';
import { orderUpToLevel, reorderPoint } from '@/server/planning/inventory/targets';

const base: ReplenishInput = {
  skuId: 'SKU-1',
  locationId: 'NJ',
  onHandUnits: 30,
  inboundUnits: 10,
  onOrderUnits: 5,
  reservedUnits: 5,
  reorderPointUnits: 55,
  orderUpToUnits: 110,
  casePackUnits: 12,
  moqUnits: 0,
  dailyDemandUnits: 5,
  leadTimeDays: 6,
  unitCost: 3,
};

describe('recommendReplenishment', () => {
  it('Chopra & Meindl ch. 12 targets (weekly demand 2,500, sd 500, L = 2 weeks, CSL 90%): orders up to S in whole cases', () => {
    const ss = safetyStock({ method: 'cycle-service', serviceLevel: 0.9, demandMean: 2500, demandSd: 500, leadTime: 2 });
    expect(ss).toBeCloseTo(906.2, 1);
    const rop = reorderPoint({ demandMean: 2500, leadTime: 2, safetyStockUnits: ss }); // ~5,906
    const out = orderUpToLevel({ demandMean: 2500, leadTime: 2, safetyStockUnits: ss, reviewPeriod: 1 }); // ~8,406
    const rec = recommendReplenishment({
      ...base, onHandUnits: 4000, inboundUnits: 1500, onOrderUnits: 0, reservedUnits: 200,
      reorderPointUnits: rop, orderUpToUnits: out, casePackUnits: 100, dailyDemandUnits: 2500 / 7, leadTimeDays: 14,
    });
    // IP = 5,300 <= 5,906: order 8,406.2 - 5,300 = 3,106.2 -> 32 cases of 100.
    expect(rec?.inventoryPositionUnits).toBe(5300);
    expect(rec?.qty).toBe(3200);
    expect(rec?.cases).toBe(32);
    expect(rec?.quantityRule).toBe('order-up-to');
  });

  it('does nothing above the reorder point and orders at exactly the reorder point', () => {
    expect(recommendReplenishment({ ...base, onHandUnits: 51 })).toBeNull(); // IP 56 > 55
    const atRop = recommendReplenishment({ ...base, onHandUnits: 45 }); // IP 55
    expect(atRop?.qty).toBe(60); // 110 - 55 = 55 -> 5 cases of 12
    expect(atRop?.priority).toBe('medium');
  });

  it('computes inventory position = on hand + inbound + on order - reserved, and explains itself', () => {
    const rec = recommendReplenishment(base)!;
    expect(inventoryPosition(base)).toBe(40);
    expect(rec.qty).toBe(72); // 110 - 40 = 70 -> 6 cases of 12
    expect(rec.reason).toContain('Inventory position 40 (on hand 30 + inbound 10 + on order 5 - reserved 5)');
    expect(rec.reason).toContain('reorder point of 55');
    expect(rec.impact).toMatchObject({ units: 72, costDelta: 216, daysOfSupplyAfter: { to: (40 + 72) / 5 } });
    expect(rec.priority).toBe('high'); // 40 units cover 8 days > 6-day lead time
  });

  it('orders at least the MOQ, rounded up to whole cases', () => {
    const rec = recommendReplenishment({ ...base, moqUnits: 100 })!;
    expect(rec.qty).toBe(108); // MOQ 100 -> 9 cases of 12
    expect(rec.quantityRule).toBe('moq');
    expect(rec.reason).toContain('supplier minimum of 100 units');
  });

  it('flags an expected stock-out before arrival as urgent', () => {
    const rec = recommendReplenishment({ ...base, onHandUnits: 10, inboundUnits: 0, onOrderUnits: 0, reservedUnits: 0 })!;
    expect(rec.priority).toBe('urgent'); // 10 units = 2 days < 6-day lead time
    expect(rec.impact.slaEffect?.meetsSlaAfter).toBe(false);
  });

  it('rejects an order-up-to level below the reorder point', () => {
    expect(() => recommendReplenishment({ ...base, orderUpToUnits: 50 })).toThrow(/below the reorder point/);
  });

  it('sorts many recommendations most urgent first', () => {
    const recs = recommendReplenishments([
      { ...base, skuId: 'high' },
      { ...base, skuId: 'none', onHandUnits: 500 },
      { ...base, skuId: 'urgent', onHandUnits: 0, inboundUnits: 0, onOrderUnits: 0, reservedUnits: 0 },
    ]);
    expect(recs.map((r) => r.skuId)).toEqual(['urgent', 'high']);
  });

  it('property: orders iff IP <= ROP; qty is whole cases, >= MOQ, reaches OUT, and is the least such quantity', () => {
    fc.assert(
      fc.property(
        fc.record({
          onHand: fc.integer({ min: 0, max: 500 }),
          inbound: fc.integer({ min: 0, max: 200 }),
          onOrder: fc.integer({ min: 0, max: 200 }),
          reserved: fc.integer({ min: 0, max: 100 }),
          rop: fc.integer({ min: 0, max: 400 }),
          extra: fc.integer({ min: 0, max: 400 }),
          pack: fc.integer({ min: 1, max: 24 }),
          moq: fc.integer({ min: 0, max: 300 }),
        }),
        (p) => {
          const input: ReplenishInput = {
            ...base, onHandUnits: p.onHand, inboundUnits: p.inbound, onOrderUnits: p.onOrder, reservedUnits: p.reserved,
            reorderPointUnits: p.rop, orderUpToUnits: p.rop + p.extra, casePackUnits: p.pack, moqUnits: p.moq,
          };
          const ip = p.onHand + p.inbound + p.onOrder - p.reserved;
          const rec = recommendReplenishment(input);
          if (ip > p.rop) return rec === null;
          if (!rec) return false;
          const floor = Math.max(p.rop + p.extra - ip, p.moq, 1);
          return rec.qty % p.pack === 0 && rec.qty >= floor && rec.qty - p.pack < floor;
        },
      ),
      { numRuns: 300 },
    );
  });
});
