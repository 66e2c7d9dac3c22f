/**
 * Simulated inventory behind the demo orders. Stock starts at each location's order-up-to level and is
 * replenished the way a planner would: purchase orders every three weeks per supplier to the central
 * warehouse (echelon order-up-to: network demand over lead time + review + safety days plus the regional
 * centers' targets, rounded to case packs and MOQ, with a random lead time), and weekly transfers from
 * the central warehouse to the regional centers.
 * Forecasts are the demand model's expectations times a per-SKU bias, so some SKUs run short.
 *
 * Where stock is held: every SKU at the central warehouse; A and B items at the regional centers, and
 * the C items that still sell at least ten times a year in a center's region (cheap, fast lines); the
 * other C items only centrally. Orders take stock when they are allocated; on_hand drops when they ship.
 */
import type { stockLevels, stockMovements } from '@/db/schema';
import type { SkuModel } from './catalog';
import type { AbcClass, DemandModel } from './demand';
import type { NetworkModel } from './network';
import { REGIONS } from './network';
import type { SeededRandom } from './random';
import type { OpenPipelineEntry } from './pipeline-documents';

/** Regional centers are replenished weekly; purchase orders go out every three weeks per supplier. */
const REVIEW_DAYS = 7;
const PURCHASE_REVIEW_DAYS = 21;
const SAFETY_DAYS_CENTRAL: Record<AbcClass, number> = { A: 18, B: 24, C: 35 };
const SAFETY_DAYS_REGIONAL: Record<AbcClass, number> = { A: 12, B: 15, C: 20 };
/** A C item is held at a regional center when its region orders it on at least this many lines a year. */
const C_ITEM_REGIONAL_LINES = 10;
/** Backorders not filled within this many days are cancelled by the customer. */
export const BACKORDER_CANCEL_DAYS = 21;

export interface BackorderClaim {
  /** Called with the units shipped now (fill) or given up (cancel). */
  fill: (units: number, day: number) => void;
  cancel: (units: number) => void;
  remaining: number;
  createdDay: number;
}

interface PipelineEntry {
  index: number;
  qty: number;
  shipDay: number;
  arrivalDay: number;
  kind: 'purchase' | 'transfer';
}

export class StockSimulation {
  readonly locationCount: number;
  readonly onHand: Int32Array;
  readonly available: Int32Array;
  readonly stocked: Uint8Array;
  private readonly pipelineQty: Int32Array;
  private readonly pipeline: PipelineEntry[] = [];
  private readonly arrivalsByDay = new Map<number, PipelineEntry[]>();
  private readonly shipmentsByDay = new Map<number, { index: number; qty: number }[]>();
  private readonly backorders = new Map<number, BackorderClaim[]>();
  /** Prefix sums of forecast units per SKU, network-wide: forecast(s, a, b) = prefix[b] - prefix[a]. */
  private readonly prefix: Float64Array[];
  readonly bias: number[];
  counts = { purchaseOrders: 0, transfers: 0 };

  constructor(
    private readonly skus: SkuModel[],
    private readonly demand: DemandModel,
    private readonly network: NetworkModel,
    private readonly rng: SeededRandom,
  ) {
    this.locationCount = network.locationIds.length;
    const size = skus.length * this.locationCount;
    this.onHand = new Int32Array(size);
    this.available = new Int32Array(size);
    this.stocked = new Uint8Array(size);
    this.pipelineQty = new Int32Array(size);
    this.bias = skus.map(() => Math.min(1.3, Math.max(0.75, rng.normal(1, 0.1))));
    this.prefix = demand.expectedUnits.map((units, s) => {
      const p = new Float64Array(units.length + 1);
      for (let d = 0; d < units.length; d++) p[d + 1] = (p[d] ?? 0) + (units[d] ?? 0) * (this.bias[s] ?? 1);
      return p;
    });
    skus.forEach((_, s) => {
      const abc = demand.abc[s] ?? 'C';
      for (let l = 0; l < this.locationCount; l++) {
        const regionalLines = (demand.annualLines[s] ?? 0) * this.regionalShare(l);
        this.stocked[this.idx(s, l)] = l === network.centralIndex || abc !== 'C' || regionalLines >= C_ITEM_REGIONAL_LINES ? 1 : 0;
      }
    });
  }

  idx(sku: number, location: number): number {
    return sku * this.locationCount + location;
  }

  private forecast(sku: number, from: number, days: number): number {
    const p = this.prefix[sku];
    if (!p) return 0;
    const a = Math.min(Math.max(0, from), p.length - 1);
    const b = Math.min(Math.max(0, from + days), p.length - 1);
    return (p[b] ?? 0) - (p[a] ?? 0);
  }

  /** The share of network demand a location serves directly (its regions), for regional targets. */
  private regionalShare(location: number): number {
    return REGIONS.reduce((sum, r, i) => sum + (this.network.servingLocation[i] === location ? r.populationShare : 0), 0);
  }

  private transferDays(location: number): number {
    return Math.ceil(this.network.transferLanes[this.network.centralIndex]?.[location]?.transitDays ?? 2) + 1;
  }

  private regionalOrderUpTo(sku: number, location: number, day: number): number {
    const abc = this.demand.abc[sku] ?? 'C';
    const cover = REVIEW_DAYS + this.transferDays(location) + SAFETY_DAYS_REGIONAL[abc];
    return this.forecast(sku, day, cover) * this.regionalShare(location);
  }

  /** Echelon target: network demand over lead time + review + safety, plus what the regional centers hold. */
  private centralOrderUpTo(sku: number, day: number): number {
    const model = this.skus[sku];
    const abc = this.demand.abc[sku] ?? 'C';
    const leadTime = Math.round(model?.leadTimeDays ?? 40);
    let regional = 0;
    for (let l = 0; l < this.locationCount; l++) {
      if (l !== this.network.centralIndex && this.stocked[this.idx(sku, l)]) regional += this.regionalOrderUpTo(sku, l, day + leadTime);
    }
    return this.forecast(sku, day, leadTime + PURCHASE_REVIEW_DAYS + SAFETY_DAYS_CENTRAL[abc]) + regional;
  }

  /** Opening stock on the first day: regional centers at their targets, the central warehouse for a lead time of demand. */
  initialise(): void {
    const central = this.network.centralIndex;
    this.skus.forEach((model, s) => {
      let regional = 0;
      for (let l = 0; l < this.locationCount; l++) {
        if (l === central || !this.stocked[this.idx(s, l)]) continue;
        const qty = Math.round(this.regionalOrderUpTo(s, l, 0) * this.rng.uniform(0.7, 1));
        this.receive(this.idx(s, l), qty);
        regional += qty;
      }
      const abc = this.demand.abc[s] ?? 'C';
      const centralQty = this.forecast(s, 0, model.leadTimeDays + SAFETY_DAYS_CENTRAL[abc]) * this.rng.uniform(0.9, 1.15) - regional;
      this.receive(this.idx(s, central), Math.max(model.casePack, Math.ceil(centralQty / model.casePack) * model.casePack));
    });
  }

  private receive(index: number, qty: number): void {
    this.onHand[index] = (this.onHand[index] ?? 0) + qty;
    this.available[index] = (this.available[index] ?? 0) + qty;
  }

  /** Takes up to `qty` from a location for an order; the units leave on_hand on the day they ship. */
  allocate(sku: number, location: number, qty: number): number {
    const index = this.idx(sku, location);
    const take = Math.min(qty, this.available[index] ?? 0);
    this.available[index] = (this.available[index] ?? 0) - take;
    return take;
  }

  /** Records the day allocated units leave on_hand (a day past the history = still reserved). */
  scheduleShipment(sku: number, location: number, qty: number, day: number): void {
    if (qty <= 0) return;
    const list = this.shipmentsByDay.get(day) ?? [];
    list.push({ index: this.idx(sku, location), qty });
    this.shipmentsByDay.set(day, list);
  }

  addBackorder(sku: number, location: number, claim: BackorderClaim): void {
    const index = this.idx(sku, location);
    const list = this.backorders.get(index) ?? [];
    list.push(claim);
    this.backorders.set(index, list);
  }

  /** Morning: arrivals land, then waiting backorders are filled first come, first served (or cancelled when too old). */
  startDay(day: number): void {
    for (const entry of this.arrivalsByDay.get(day) ?? []) {
      this.pipelineQty[entry.index] = (this.pipelineQty[entry.index] ?? 0) - entry.qty;
      this.receive(entry.index, entry.qty);
    }
    this.arrivalsByDay.delete(day);
    for (const [index, claims] of this.backorders) {
      const kept: BackorderClaim[] = [];
      for (const claim of claims) {
        if (day - claim.createdDay < 2) kept.push(claim);
        else if (day - claim.createdDay > BACKORDER_CANCEL_DAYS) claim.cancel(claim.remaining);
        else {
          const take = Math.min(claim.remaining, this.available[index] ?? 0);
          if (take > 0) {
            this.available[index] = (this.available[index] ?? 0) - take;
            this.onHand[index] = (this.onHand[index] ?? 0) - take;
            claim.fill(take, day);
          }
          if (claim.remaining > 0) kept.push(claim);
        }
      }
      if (kept.length) this.backorders.set(index, kept);
      else this.backorders.delete(index);
    }
  }

  /** Evening: the day's shipments leave on_hand, then the weekly reviews place transfers and purchase orders. */
  endDay(day: number): void {
    for (const { index, qty } of this.shipmentsByDay.get(day) ?? []) this.onHand[index] = (this.onHand[index] ?? 0) - qty;
    this.shipmentsByDay.delete(day);
    const central = this.network.centralIndex;
    for (let l = 0; l < this.locationCount; l++) {
      if (l === central || day % REVIEW_DAYS !== l % REVIEW_DAYS) continue;
      for (let s = 0; s < this.skus.length; s++) if (this.stocked[this.idx(s, l)]) this.reviewRegional(s, l, day);
    }
    for (let s = 0; s < this.skus.length; s++) {
      if (day % PURCHASE_REVIEW_DAYS === (3 + 10 * (this.skus[s]?.supplierIndex ?? 0)) % PURCHASE_REVIEW_DAYS) this.reviewCentral(s, day);
    }
  }

  private backordered(index: number): number {
    return (this.backorders.get(index) ?? []).reduce((sum, c) => sum + c.remaining, 0);
  }

  private reviewRegional(sku: number, location: number, day: number): void {
    const model = this.skus[sku];
    if (!model) return;
    const index = this.idx(sku, location);
    const position = (this.available[index] ?? 0) + (this.pipelineQty[index] ?? 0) - this.backordered(index);
    const need = this.regionalOrderUpTo(sku, location, day + 1) - position;
    if (need < model.casePack / 2) return;
    const centralIndex = this.idx(sku, this.network.centralIndex);
    const wanted = Math.ceil(need / model.casePack) * model.casePack;
    const qty = Math.min(wanted, Math.floor((this.available[centralIndex] ?? 0) / model.casePack) * model.casePack);
    if (qty <= 0) return;
    this.available[centralIndex] = (this.available[centralIndex] ?? 0) - qty;
    this.onHand[centralIndex] = (this.onHand[centralIndex] ?? 0) - qty;
    this.schedule({ index, qty, shipDay: day, arrivalDay: day + this.transferDays(location), kind: 'transfer' });
    this.counts.transfers++;
  }

  private reviewCentral(sku: number, day: number): void {
    const model = this.skus[sku];
    if (!model) return;
    let position = 0;
    for (let l = 0; l < this.locationCount; l++) {
      const index = this.idx(sku, l);
      position += (this.available[index] ?? 0) + (this.pipelineQty[index] ?? 0) - this.backordered(index);
    }
    const need = this.centralOrderUpTo(sku, day + 1) - position;
    if (need < Math.max(model.casePack, model.moq * 0.25)) return;
    const qty = Math.max(model.moq, Math.ceil(need / model.casePack) * model.casePack);
    const leadTime = Math.max(20, Math.round(this.rng.normal(model.leadTimeDays, model.leadTimeSdDays)));
    const index = this.idx(sku, this.network.centralIndex);
    this.schedule({ index, qty, shipDay: day + Math.round(model.leadTimeDays * 0.3), arrivalDay: day + leadTime, kind: 'purchase' });
    this.counts.purchaseOrders++;
  }

  private schedule(entry: PipelineEntry): void {
    this.pipeline.push(entry);
    this.pipelineQty[entry.index] = (this.pipelineQty[entry.index] ?? 0) + entry.qty;
    const list = this.arrivalsByDay.get(entry.arrivalDay) ?? [];
    list.push(entry);
    this.arrivalsByDay.set(entry.arrivalDay, list);
  }

  /** Units and value on hand per location (end of day). */
  totals(): { units: number[]; valueCents: number[] } {
    const units = new Array<number>(this.locationCount).fill(0);
    const valueCents = new Array<number>(this.locationCount).fill(0);
    this.skus.forEach((model, s) => {
      const costCents = Math.round(model.unitCost * 100);
      for (let l = 0; l < this.locationCount; l++) {
        const q = this.onHand[this.idx(s, l)] ?? 0;
        units[l] = (units[l] ?? 0) + q;
        valueCents[l] = (valueCents[l] ?? 0) + q * costCents;
      }
    });
    return { units, valueCents };
  }

  /** Pipeline entries still open at the end of the history (their documents: pipeline-documents.ts). */
  openPipeline(historyDays: number): OpenPipelineEntry[] {
    return this.pipeline
      .filter((e) => e.arrivalDay >= historyDays)
      .map((e) => ({ skuIndex: Math.floor(e.index / this.locationCount), locationIndex: e.index % this.locationCount, qty: e.qty, shipDay: e.shipDay, arrivalDay: e.arrivalDay, kind: e.kind }));
  }

  /**
   * Balances at the end of the history: on_hand; reserved = allocated to orders not shipped yet;
   * inbound = transfers on the road and purchase orders shipped by the supplier; on_order = purchase
   * orders not shipped yet. Plus one opening-balance movement per non-zero on_hand.
   */
  finalRows(args: { tenantId: string; newId: () => string; historyDays: number; now: Date; skuIds: string[]; actorId: string | null }) {
    const { tenantId, newId, historyDays, now, skuIds } = args;
    const reserved = new Int32Array(this.onHand.length);
    for (const [day, list] of this.shipmentsByDay) {
      if (day >= historyDays) for (const { index, qty } of list) reserved[index] = (reserved[index] ?? 0) + qty;
    }
    const inbound = new Int32Array(this.onHand.length);
    const onOrder = new Int32Array(this.onHand.length);
    for (const entry of this.pipeline) {
      if (entry.arrivalDay < historyDays) continue;
      if (entry.kind === 'purchase' && entry.shipDay >= historyDays) onOrder[entry.index] = (onOrder[entry.index] ?? 0) + entry.qty;
      else inbound[entry.index] = (inbound[entry.index] ?? 0) + entry.qty;
    }
    const levels: (typeof stockLevels.$inferInsert)[] = [];
    const movements: (typeof stockMovements.$inferInsert)[] = [];
    skuIds.forEach((skuId, s) => {
      for (let l = 0; l < this.locationCount; l++) {
        const index = this.idx(s, l);
        const onHand = this.onHand[index] ?? 0;
        const locationId = this.network.locationIds[l] as string;
        levels.push({ tenantId, id: newId(), skuId, locationId, onHand, reserved: reserved[index] ?? 0, inbound: inbound[index] ?? 0, onOrder: onOrder[index] ?? 0, createdAt: now, updatedAt: now });
        if (onHand !== 0) {
          movements.push({
            tenantId, id: newId(), skuId, locationId, qty: onHand, kind: 'count', reason: 'Opening balance when the ledger started',
            reference: 'opening balance', occurredAt: now, actorId: args.actorId, idempotencyKey: `opening-balance:${skuId}:${locationId}`, createdAt: now,
          });
        }
      }
    });
    return { levels, movements };
  }
}
