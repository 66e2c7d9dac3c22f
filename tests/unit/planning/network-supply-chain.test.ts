import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  parseFreightRates,
  parseSupplyChainDataset,
  parseWarehouseCapacities,
  parseWarehouseCosts,
  SupplyChainCsvError,
} from '@/server/planning/network/supply-chain-dataset';
import { buildSupplyChainNetwork } from '@/server/planning/network/supply-chain-network';
import { optimizeNetwork } from '@/server/planning/network/optimize';

const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'data', 'supply_chain_logistics_problem');
const FILES = ['WhCosts.csv', 'WhCapacities.csv', 'PlantPorts.csv', 'FreightRates.csv', 'OrderList.csv', 'ProductsPerPlant.csv', 'VmiCustomers.csv'];
const present = FILES.every((f) => existsSync(path.join(dataDir, f)));

describe('supply-chain dataset parsers (inline CSV text)', () => {
  it('handles the quirks: trailing-space header, trailing empty record, money strings, quoted thousands, CRLF', () => {
    expect(parseWarehouseCapacities('Plant ID,Daily Capacity \r\nPLANT15,11\r\nPLANT17,8\r\n')).toEqual([
      { plantId: 'PLANT15', ordersPerDay: 11 },
      { plantId: 'PLANT17', ordersPerDay: 8 },
    ]);
    expect(parseWarehouseCosts('WH,Cost/unit\r\nPLANT15,1.42\r\n,\r\n')).toEqual([{ plantId: 'PLANT15', costPerUnit: 1.42 }]);
    const [rate] = parseFreightRates(
      'Carrier,orig_port_cd,dest_port_cd,minm_wgh_qty,max_wgh_qty,svc_cd,minimum cost,rate,mode_dsc,tpt_day_cnt,Carrier type\r\n' +
        'V444_9,PORT08,PORT09,5000,"9,999.99",DTD, $231.31 , $0.10 ,AIR   ,14,V88888888_0\r\n',
    );
    expect(rate).toMatchObject({ maxWeightKg: 9999.99, minimumCostPerShipment: 231.31, ratePerKg: 0.1, mode: 'AIR', transitDays: 14 });
  });

  it('names the file, line and column of a bad cell, and a missing column', () => {
    expect(() => parseWarehouseCosts('WH,Cost/unit\nPLANT15,1.42\nPLANT17,abc\n')).toThrow(
      new SupplyChainCsvError('WhCosts.csv', 3, 'Cost/unit', '"abc" is not a number'),
    );
    expect(() => parseWarehouseCapacities('Plant,Capacity\nP1,3\n')).toThrow(/WhCapacities.csv, line 1, column "Plant ID": missing column/);
  });
});

describe.skipIf(!present)(
  `Brunel supply-chain dataset (${present ? dataDir : `SKIPPED: put the dataset CSVs in ${dataDir}`})`,
  () => {
    const read = (file: string) => readFileSync(path.join(dataDir, file), 'utf8');
    const load = () =>
      parseSupplyChainDataset({
        whCosts: read('WhCosts.csv'),
        whCapacities: read('WhCapacities.csv'),
        plantPorts: read('PlantPorts.csv'),
        freightRates: read('FreightRates.csv'),
        orderList: read('OrderList.csv'),
        productsPerPlant: read('ProductsPerPlant.csv'),
        vmiCustomers: read('VmiCustomers.csv'),
      });

    it('loads warehouses, costs, capacities, ports, freight rates and orders', () => {
      const data = load();
      expect(data.warehouseCosts).toHaveLength(19);
      expect(data.warehouseCapacities).toHaveLength(19);
      expect(data.warehouseCosts.find((w) => w.plantId === 'PLANT15')?.costPerUnit).toBe(1.42);
      expect(data.warehouseCapacities.find((w) => w.plantId === 'PLANT01')?.ordersPerDay).toBe(1070);
      expect(data.plantPorts).toHaveLength(22);
      expect(data.freightRates).toHaveLength(1540); // Python's csv module counts the same
      expect(data.orders).toHaveLength(9215);
    });

    it.each(['customer', 'customer-product'] as const)(
      'optimizes the %s network: HiGHS reports Optimal and every plant stays within its daily order capacity',
      async (regionGrain) => {
        const network = buildSupplyChainNetwork(load(), { regionGrain });
        // One day of orders (9,215) exceeds total capacity (5,791 orders/day): unserved demand must be allowed.
        expect(network.demandOrdersPerDay).toBe(9215);
        expect(network.capacityOrdersPerDay).toBe(5791);
        const k = 10;
        const result = await optimizeNetwork(network.model, { maxOpenLocations: k, unservedPenaltyPerUnit: 5 });
        expect(result.status).toBe('Optimal');
        expect(result.openLocationIds.length).toBeLessThanOrEqual(k);

        const load_ = new Map(network.model.regions.map((r) => [r.regionId, r.capacityLoadPerDay ?? 0]));
        const capacity = new Map(network.model.locations.map((l) => [l.locationId, l.capacityPerDay ?? Infinity]));
        const used = new Map<string, number>();
        const covered = new Map<string, number>();
        const laneExists = new Set(network.model.lanes.map((l) => `${l.fromLocationId}>${l.toRegionId}`));
        for (const a of result.assignments) {
          expect(result.openLocationIds).toContain(a.locationId);
          expect(laneExists.has(`${a.locationId}>${a.regionId}`)).toBe(true);
          used.set(a.locationId, (used.get(a.locationId) ?? 0) + a.share * (load_.get(a.regionId) ?? 0));
          covered.set(a.regionId, (covered.get(a.regionId) ?? 0) + a.share);
        }
        for (const u of result.unserved) covered.set(u.regionId, (covered.get(u.regionId) ?? 0) + u.share);
        for (const [plant, orders] of used) expect(orders).toBeLessThanOrEqual(capacity.get(plant)! * (1 + 1e-7));
        for (const r of network.model.regions) expect(covered.get(r.regionId)).toBeCloseTo(1, 6);
        // Served orders cannot exceed the capacity of the open plants.
        const openCapacity = result.openLocationIds.reduce((sum, id) => sum + capacity.get(id)!, 0);
        expect([...used.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(openCapacity * (1 + 1e-7));
        console.info(
          `[supply-chain ${regionGrain}] regions ${network.model.regions.length}, lanes ${network.model.lanes.length}, ` +
            `k <= ${k}: open ${result.openLocationIds.join(' ')}; objective $${result.objectivePerYear.toExponential(6)}/year; ` +
            `unserved ${(result.evaluation.totals.unservedDemandPerDay / result.evaluation.totals.demandPerDay * 100).toFixed(1)}% of units; ` +
            `HiGHS ${result.solveTimeMs.toFixed(0)} ms`,
        );
      },
      60_000,
    );
  },
);
