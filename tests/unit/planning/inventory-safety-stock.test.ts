import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  expectedFillRate,
  leadTimeDemand,
  normalCdf,
  normalLoss,
  rescaleDemand,
  safetyStock,
  safetyStockDetail,
} from '@/server/planning/inventory';

// Chopra & Meindl, Supply Chain Management: Strategy, Planning, and Operation, ch. 12 "Managing Uncertainty in a
// Supply Chain: Safety Inventory" (chapter numbering of the 5th/6th editions). The worked examples on the Lego
// sets at Palm (weekly demand D = 2,500, sigma_D = 500, lead time L = 2 weeks, lot size Q = 10,000) and on Dell
// (daily demand 2,500, sigma 500, L = 7 days, CSL 0.90, lead-time uncertainty s_L). Example numbers differ
// between editions, so the tests cite the data and the printed answers instead.
const palm = { demandMean: 2500, demandSd: 500, leadTime: 2 };

describe('lead-time demand', () => {
  it('Chopra & Meindl ch. 12 (Palm/Lego): D_L = 5,000, sigma_L = sqrt(2) * 500 = 707', () => {
    const ltd = leadTimeDemand(palm);
    expect(ltd.meanUnits).toBe(5000);
    expect(ltd.sdUnits).toBeCloseTo(707.1, 1);
  });

  it('Chopra & Meindl ch. 12 (Dell, lead-time uncertainty): sigma_L = 17,550 with s_L = 7 days', () => {
    const ltd = leadTimeDemand({ demandMean: 2500, demandSd: 500, leadTime: 7, leadTimeSd: 7 });
    expect(ltd.meanUnits).toBe(17500);
    expect(Math.round(ltd.sdUnits)).toBe(17550);
  });

  it('rescales weekly statistics to daily (mean / 7, sd / sqrt 7)', () => {
    const daily = rescaleDemand({ mean: 70, sd: 14, fromPeriodDays: 7, toPeriodDays: 1 });
    expect(daily.mean).toBeCloseTo(10, 12);
    expect(daily.sd).toBeCloseTo(14 / Math.sqrt(7), 12);
  });
});

describe('safety stock, cycle-service method', () => {
  it('Chopra & Meindl ch. 12 (Palm, safety inventory given CSL 0.90): ss = 906', () => {
    const ss = safetyStock({ method: 'cycle-service', serviceLevel: 0.9, ...palm });
    expect(Math.round(ss)).toBe(906);
  });

  it('Chopra & Meindl ch. 12 (Palm, CSL given ROP 6,000): CSL = F(6000; 5000, 707) = 0.92', () => {
    // Evaluating a replenishment policy: the inverse direction of the same formula.
    const { sdUnits, meanUnits } = leadTimeDemand(palm);
    expect(normalCdf((6000 - meanUnits) / sdUnits)).toBeCloseTo(0.92, 2);
  });

  it.each([
    [7, 17550, 22491],
    [6, 15058, 19298],
    [1, 2828, 3625],
    [0, 1323, 1695],
  ])('Chopra & Meindl ch. 12 (Dell, CSL 0.90): s_L = %s days -> sigma_L = %s, ss = %s', (sL, sigma, ss) => {
    const input = { method: 'cycle-service', serviceLevel: 0.9, demandMean: 2500, demandSd: 500, leadTime: 7, leadTimeSd: sL } as const;
    const detail = safetyStockDetail(input);
    expect(Math.round(detail.leadTimeDemandSdUnits)).toBe(sigma);
    expect(Math.abs(detail.safetyStockUnits - ss)).toBeLessThanOrEqual(1);
  });

  it('z(0.95) * sigma_L and z(0.99) * sigma_L (normal table 1.6449, 2.3263)', () => {
    const sigma = leadTimeDemand(palm).sdUnits;
    expect(safetyStock({ method: 'cycle-service', serviceLevel: 0.95, ...palm })).toBeCloseTo(1.6449 * sigma, 0);
    expect(safetyStock({ method: 'cycle-service', serviceLevel: 0.99, ...palm })).toBeCloseTo(2.3263 * sigma, 0);
  });

  it('below 50% CSL the raw factor is negative and the safety stock is clamped to 0', () => {
    const detail = safetyStockDetail({ method: 'cycle-service', serviceLevel: 0.3, ...palm });
    expect(detail.safetyFactor).toBeLessThan(0);
    expect(detail.safetyStockUnits).toBe(0);
    expect(detail.clampedAtZero).toBe(true);
  });
});

describe('safety stock, fill-rate method', () => {
  it('Chopra & Meindl ch. 12 (Palm, safety inventory given fill rate 0.975, Q = 10,000): ss = 67', () => {
    const ss = safetyStock({ method: 'fill-rate', fillRate: 0.975, orderQuantity: 10000, ...palm });
    expect(Math.round(ss)).toBe(67);
  });

  it('Chopra & Meindl ch. 12 (Palm, fill rate given ss = 1,000, Q = 10,000): fr = 0.9975', () => {
    const sigma = leadTimeDemand(palm).sdUnits;
    expect(expectedFillRate({ safetyStockUnits: 1000, leadTimeDemandSdUnits: sigma, orderQuantity: 10000 })).toBeCloseTo(0.9975, 4);
  });

  it('Silver, Pyke & Peterson ch. 7 (P2 criterion) with table values: G(k) = (1 - P2) Q / sigma_L', () => {
    // sigma_L = 100, Q = 833.2 and P2 = 0.99 give G(k) = 0.08332 -> k = 1.00 (table G(1) = 0.0833);
    // Q = 293.1 gives G(k) = 0.02931 -> k = 1.50 (table G(1.5) = 0.0293).
    const base = { method: 'fill-rate', fillRate: 0.99, demandMean: 0, demandSd: 100, leadTime: 1 } as const;
    expect(safetyStockDetail({ ...base, orderQuantity: 833.2 }).safetyFactor).toBeCloseTo(1, 2);
    expect(safetyStockDetail({ ...base, orderQuantity: 293.1 }).safetyFactor).toBeCloseTo(1.5, 2);
  });

  it('gives the smallest k with sigma_L * G(k) <= (1 - beta) * Q (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 0.9999, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        (fillRate, orderQuantity, demandSd) => {
          const detail = safetyStockDetail({ method: 'fill-rate', fillRate, orderQuantity, demandMean: 10, demandSd, leadTime: 4 });
          const sigma = detail.leadTimeDemandSdUnits;
          const budget = (1 - fillRate) * orderQuantity;
          expect(sigma * normalLoss(detail.safetyFactor)).toBeLessThanOrEqual(budget * (1 + 1e-9));
          expect(sigma * normalLoss(detail.safetyFactor - 1e-6)).toBeGreaterThan(budget);
        },
      ),
    );
  });

  it('a large order quantity gives a negative k: safety stock clamped to 0', () => {
    const detail = safetyStockDetail({ method: 'fill-rate', fillRate: 0.9, orderQuantity: 50000, ...palm });
    expect(detail.safetyFactor).toBeLessThan(0);
    expect(detail.safetyStockUnits).toBe(0);
    expect(detail.clampedAtZero).toBe(true);
  });

  it('no uncertainty gives no safety stock', () => {
    expect(safetyStock({ method: 'fill-rate', fillRate: 0.99, orderQuantity: 100, demandMean: 5, demandSd: 0, leadTime: 3 })).toBe(0);
  });
});

describe('safety stock properties', () => {
  const positive = fc.double({ min: 0.1, max: 1e4, noNaN: true });
  it('rises with the cycle service level, demand sigma and lead-time sigma', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.501, max: 0.998, noNaN: true }), // z > 0: at CSL 0.5 safety stock is 0 whatever sigma
        fc.double({ min: 1e-4, max: 1e-3, noNaN: true }),
        positive,
        positive,
        fc.double({ min: 0.5, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (serviceLevel, step, demandMean, demandSd, leadTime, leadTimeSd) => {
          const base = { method: 'cycle-service', serviceLevel, demandMean, demandSd, leadTime, leadTimeSd } as const;
          const ss = safetyStock(base);
          expect(safetyStock({ ...base, serviceLevel: serviceLevel + step })).toBeGreaterThan(ss);
          expect(safetyStock({ ...base, demandSd: demandSd * 1.1 })).toBeGreaterThan(ss);
          expect(safetyStock({ ...base, leadTimeSd: leadTimeSd + 1 })).toBeGreaterThan(ss);
        },
      ),
    );
  });

  it('rises with the fill rate and falls with the order quantity (never below 0)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.8, max: 0.995, noNaN: true }), positive, positive, (fillRate, orderQuantity, demandSd) => {
        const base = { method: 'fill-rate', fillRate, orderQuantity, demandMean: 20, demandSd, leadTime: 9 } as const;
        const ss = safetyStock(base);
        expect(ss).toBeGreaterThanOrEqual(0);
        expect(safetyStock({ ...base, fillRate: fillRate + 0.004 })).toBeGreaterThanOrEqual(ss);
        expect(safetyStock({ ...base, orderQuantity: orderQuantity * 2 })).toBeLessThanOrEqual(ss);
      }),
    );
  });

  it('rejects service levels outside (0, 1) and negative inputs', () => {
    expect(() => safetyStock({ method: 'cycle-service', serviceLevel: 1, ...palm })).toThrow(RangeError);
    expect(() => safetyStock({ method: 'fill-rate', fillRate: 0, orderQuantity: 10, ...palm })).toThrow(RangeError);
    expect(() => safetyStock({ method: 'cycle-service', serviceLevel: 0.9, ...palm, demandSd: -1 })).toThrow(RangeError);
  });
});
