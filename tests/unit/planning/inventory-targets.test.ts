import { describe, expect, it } from 'vitest';
import {
  annualOrderingAndHoldingCost,
  cycleStock,
  economicOrderQuantity,
  orderUpToLevel,
  reorderPoint,
  safetyStock,
} from '@/server/planning/inventory';

describe('reorder point and order-up-to level', () => {
  it('Chopra & Meindl ch. 12 (Palm/Lego): ROP = D_L + ss = 5,000 + 1,000 = 6,000', () => {
    expect(reorderPoint({ demandMean: 2500, leadTime: 2, safetyStockUnits: 1000 })).toBe(6000);
  });

  it('Chopra & Meindl ch. 12 (Palm, CSL 0.90): ROP = 5,000 + 906 = 5,906', () => {
    const ss = safetyStock({ method: 'cycle-service', serviceLevel: 0.9, demandMean: 2500, demandSd: 500, leadTime: 2 });
    expect(Math.round(reorderPoint({ demandMean: 2500, leadTime: 2, safetyStockUnits: ss }))).toBe(5906);
  });

  it('order-up-to = d * (L + R) + SS: 40/day, L = 10, R = 7, SS = 120 -> 800', () => {
    expect(orderUpToLevel({ demandMean: 40, leadTime: 10, reviewPeriod: 7, safetyStockUnits: 120 })).toBe(800);
    expect(orderUpToLevel({ demandMean: 40, leadTime: 10, reviewPeriod: 0, safetyStockUnits: 120 })).toBe(520);
  });

  it('rejects negative inputs', () => {
    expect(() => reorderPoint({ demandMean: -1, leadTime: 2, safetyStockUnits: 0 })).toThrow(RangeError);
  });
});

describe('economic order quantity', () => {
  // Chopra & Meindl ch. 11 "Managing Economies of Scale in a Supply Chain: Cycle Inventory" (Best Buy computers):
  // D = 1,000/month = 12,000/year, S = $4,000/order, h = 0.2, C = $500 -> H = $100/unit/year, Q* = 980,
  // cycle inventory 490, annual ordering + holding cost $97,980.
  const bestBuy = { annualDemandUnits: 12000, orderCostPerOrder: 4000, unitCost: 500, holdingRateAnnual: 0.2 };

  it('Chopra & Meindl ch. 11 (Best Buy): EOQ = sqrt(2DS/H) = 980', () => {
    expect(Math.round(economicOrderQuantity(bestBuy))).toBe(980);
    expect(economicOrderQuantity({ annualDemandUnits: 12000, orderCostPerOrder: 4000, holdingCostPerUnitYear: 100 })).toBeCloseTo(979.8, 1);
  });

  it('Chopra & Meindl ch. 11 (Best Buy): cycle inventory 490, annual cost $97,980', () => {
    const q = economicOrderQuantity(bestBuy);
    expect(Math.round(cycleStock(q))).toBe(490);
    expect(Math.round(annualOrderingAndHoldingCost({ ...bestBuy, orderQuantity: q }))).toBe(97980);
  });

  it('EOQ minimises ordering + holding cost', () => {
    const q = economicOrderQuantity(bestBuy);
    const at = (orderQuantity: number) => annualOrderingAndHoldingCost({ ...bestBuy, orderQuantity });
    expect(at(q)).toBeLessThan(at(q * 0.9));
    expect(at(q)).toBeLessThan(at(q * 1.1));
  });

  it('needs a holding cost', () => {
    expect(() => economicOrderQuantity({ annualDemandUnits: 100, orderCostPerOrder: 10 })).toThrow(RangeError);
    expect(() => economicOrderQuantity({ annualDemandUnits: 100, orderCostPerOrder: 10, holdingCostPerUnitYear: 0 })).toThrow(RangeError);
  });
});
