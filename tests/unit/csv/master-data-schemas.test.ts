/**
 * The master-data schemas are shared by forms, routers and the CSV importer: text cells parse to typed
 * values, and parsing a schema's own output gives the same output (the router re-validates what the form
 * parsed). Checked over generated rows with fast-check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLocationInput, locationRow } from '@/server/services/locations/schemas';
import { createSkuInput, skuRow } from '@/server/services/skus/schemas';
import { createSlaInput, regionRow } from '@/server/services/regions/schemas';
import { laneRow } from '@/server/services/lanes/schemas';
import { supplierRow } from '@/server/services/suppliers/schemas';

const code = fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9._-]{0,10}$/);
const blankOr = <T>(arb: fc.Arbitrary<T>) => fc.oneof(fc.constant(''), arb.map(String));
const money = fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => Math.round(n * 100) / 100);

describe('master-data schemas', () => {
  it('location rows from text parse, and parse again to the same value', () => {
    fc.assert(
      fc.property(
        code,
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
        fc.constantFrom('us', 'CA', ' de '),
        fc.option(fc.tuple(fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }))),
        blankOr(fc.integer({ min: 1, max: 1e6 })),
        blankOr(money),
        fc.constantFrom('', 'yes', 'no', 'TRUE', '0'),
        (c, name, country, coords, capacity, cost, central) => {
          const row = { code: c, name, country, lat: coords ? String(coords[0]) : '', lng: coords ? String(coords[1]) : '', capacityUnits: capacity, fixedCostMonth: cost, isCentral: central };
          const once = locationRow.parse(row);
          expect(once.code).toBe(c.trim().toUpperCase());
          expect(createLocationInput.parse(once)).toEqual(once);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('SKU, supplier, region and lane rows parse idempotently', () => {
    fc.assert(
      fc.property(code, money, blankOr(fc.integer({ min: 1, max: 500 })), blankOr(fc.double({ min: 0, max: 100, noNaN: true })), (c, cost, pack, days) => {
        const sku = skuRow.parse({ code: c, name: 'x', unitCost: String(cost), casePack: pack, leadTimeDaysOverride: days === '' ? '' : String(Math.round(Number(days) * 100) / 100), supplierCode: '' });
        expect(skuRow.parse(sku)).toEqual(sku);
        const { supplierCode: _s, ...input } = sku;
        expect(createSkuInput.parse(input)).toEqual(input);
        const supplier = supplierRow.parse({ code: c, name: 'x', country: 'cn', leadTimeDays: String(cost % 100), email: '' });
        expect(supplierRow.parse(supplier)).toEqual(supplier);
        const region = regionRow.parse({ code: c, name: 'x', country: 'US', postalPrefixes: '10; 11|12 10' });
        expect(region.postalPrefixes).toEqual(['10', '11', '12']);
        expect(regionRow.parse(region)).toEqual(region);
        const lane = laneRow.parse({ locationCode: c, regionCode: 'r', mode: ' LTL ', transitDays: '2.5', costPerUnit: '' });
        expect(laneRow.parse(lane)).toEqual(lane);
      }),
      { numRuns: 300 },
    );
  });

  it('SLA targets are strictly between 0 and 1', () => {
    const base = { regionId: '0199a34a-9c80-7012-845a-59ac6be4a9f5', effectiveFrom: '2025-01-01', targetDeliveryDays: 2 };
    expect(createSlaInput.safeParse({ ...base, targetFillRate: 0.999 }).success).toBe(true);
    expect(createSlaInput.safeParse({ ...base, targetFillRate: 1 }).success).toBe(false);
    expect(createSlaInput.safeParse({ ...base, targetCycleServiceLevel: 0 }).success).toBe(false);
  });
});
