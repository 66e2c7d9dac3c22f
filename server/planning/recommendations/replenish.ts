/**
 * Replenishment (purchase order) recommendations for one SKU at one location.
 *
 * Rule: inventory position IP = on hand + inbound (in transit) + on order - reserved. When IP <= reorder point,
 * order up to the order-up-to level: raw = OUT - IP, rounded UP to whole case packs, and at least the supplier's
 * MOQ (itself rounded up to whole case packs). Otherwise no order.
 *
 * Units: stock in units, demand in units/day, lead time in days, unit cost in currency/unit.
 * Reorder point and order-up-to come from `inventory/targets.ts` (or the allocation module's node targets).
 */
import { formatQuantity } from './reason-text';
import { daysOfSupply, roundUpToCasePack } from './stock-cover';
import { sortRecommendations, type Recommendation, type RecommendationPriority } from './types';

export interface ReplenishInput {
  skuId: string;
  locationId: string;
  /** Supplier the purchase order goes to (echoed in the reason). */
  supplierId?: string;
  onHandUnits: number;
  /** In transit to this location (shipped purchase orders and transfers), units. */
  inboundUnits: number;
  /** Ordered from suppliers but not yet shipped, units. */
  onOrderUnits: number;
  /** Promised to customers or other locations, not yet shipped, units. */
  reservedUnits: number;
  reorderPointUnits: number;
  orderUpToUnits: number;
  /** Units per case pack; orders are whole cases. Default 1. */
  casePackUnits?: number;
  /** Supplier minimum order quantity, units. Default 0. */
  moqUnits?: number;
  /** Average daily demand, units/day (for days of supply and urgency). */
  dailyDemandUnits: number;
  /** Supplier lead time, days. When given, an expected stock-out before arrival makes the order urgent. */
  leadTimeDays?: number;
  /** Purchase cost, currency/unit. Default 0 (impact.costDelta then 0). */
  unitCost?: number;
}

export interface ReplenishRecommendation extends Recommendation {
  kind: 'replenish';
  toLocationId: string;
  supplierId?: string;
  inventoryPositionUnits: number;
  cases: number;
  /** What drove the quantity: the order-up-to gap, or the MOQ. */
  quantityRule: 'order-up-to' | 'moq';
}

/** Inventory position: on hand + inbound + on order - reserved (units). */
export function inventoryPosition(input: Pick<ReplenishInput, 'onHandUnits' | 'inboundUnits' | 'onOrderUnits' | 'reservedUnits'>): number {
  return input.onHandUnits + input.inboundUnits + input.onOrderUnits - input.reservedUnits;
}

/** Purchase recommendation for one SKU x location, or null when the inventory position is above the reorder point. */
export function recommendReplenishment(input: ReplenishInput): ReplenishRecommendation | null {
  validate(input);
  const position = inventoryPosition(input);
  if (position > input.reorderPointUnits) return null;

  const pack = input.casePackUnits ?? 1;
  const moq = input.moqUnits ?? 0;
  const gapQty = roundUpToCasePack(Math.max(0, input.orderUpToUnits - position), pack);
  const moqQty = roundUpToCasePack(moq, pack);
  const qty = Math.max(gapQty, moqQty, pack); // an order is at least one case
  const quantityRule = moqQty > gapQty ? 'moq' : 'order-up-to';
  const cases = Math.round(qty / pack);
  const demand = input.dailyDemandUnits;
  const leadTimeDemand = input.leadTimeDays !== undefined ? demand * input.leadTimeDays : undefined;
  const stockoutBeforeArrival = leadTimeDemand !== undefined && position < leadTimeDemand;

  const positionText =
    `inventory position ${formatQuantity(position)} (on hand ${formatQuantity(input.onHandUnits)} + inbound ${formatQuantity(input.inboundUnits)} + ` +
    `on order ${formatQuantity(input.onOrderUnits)} - reserved ${formatQuantity(input.reservedUnits)})`;
  const quantityText =
    quantityRule === 'moq'
      ? `the supplier minimum of ${formatQuantity(moq)} units`
      : `the order-up-to level of ${formatQuantity(input.orderUpToUnits)} units`;
  const reason =
    `${capitalize(positionText)} is at or below the reorder point of ${formatQuantity(input.reorderPointUnits)}; ` +
    `order ${cases} case(s) of ${pack} = ${formatQuantity(qty)} units${input.supplierId ? ` from ${input.supplierId}` : ''} to reach ${quantityText}` +
    (stockoutBeforeArrival ? `; expect a stock-out before it arrives in ${input.leadTimeDays} days.` : '.');

  return {
    kind: 'replenish',
    skuId: input.skuId,
    toLocationId: input.locationId,
    ...(input.supplierId !== undefined ? { supplierId: input.supplierId } : {}),
    qty,
    cases,
    quantityRule,
    inventoryPositionUnits: position,
    reason,
    impact: {
      units: qty,
      costDelta: qty * (input.unitCost ?? 0),
      daysOfSupplyAfter: { to: daysOfSupply(position + qty, demand) },
      ...(leadTimeDemand !== undefined
        ? {
            slaEffect: {
              meetsSlaAfter: !stockoutBeforeArrival,
              summary: stockoutBeforeArrival
                ? `Position covers ${formatQuantity(daysOfSupply(position, demand) ?? 0)} of the ${input.leadTimeDays} lead-time days: expedite or transfer.`
                : `Stock lasts until the order arrives in ${input.leadTimeDays} days.`,
            },
          }
        : {}),
    },
    priority: replenishPriority(position, input, stockoutBeforeArrival),
  };
}

/** Recommendations for many SKU x locations, most urgent first. */
export function recommendReplenishments(inputs: readonly ReplenishInput[]): ReplenishRecommendation[] {
  return sortRecommendations(inputs.map(recommendReplenishment).filter((r): r is ReplenishRecommendation => r !== null));
}

/** urgent: out of stock or a stock-out expected before arrival; high: below the reorder point; medium: exactly at it. */
function replenishPriority(position: number, input: ReplenishInput, stockoutBeforeArrival: boolean): RecommendationPriority {
  if (stockoutBeforeArrival || input.onHandUnits - input.reservedUnits <= 0) return 'urgent';
  return position < input.reorderPointUnits ? 'high' : 'medium';
}

function validate(input: ReplenishInput): void {
  const numbers: Array<[string, number | undefined]> = [
    ['onHandUnits', input.onHandUnits],
    ['inboundUnits', input.inboundUnits],
    ['onOrderUnits', input.onOrderUnits],
    ['reservedUnits', input.reservedUnits],
    ['reorderPointUnits', input.reorderPointUnits],
    ['orderUpToUnits', input.orderUpToUnits],
    ['moqUnits', input.moqUnits],
    ['dailyDemandUnits', input.dailyDemandUnits],
    ['leadTimeDays', input.leadTimeDays],
    ['unitCost', input.unitCost],
  ];
  for (const [name, value] of numbers) {
    if (value !== undefined && (!Number.isFinite(value) || value < 0)) {
      throw new RangeError(`replenish ${input.skuId}@${input.locationId}: ${name} must be a finite number >= 0, got ${value}`);
    }
  }
  const pack = input.casePackUnits ?? 1;
  if (!(Number.isInteger(pack) && pack >= 1)) throw new RangeError(`replenish ${input.skuId}: casePackUnits must be an integer >= 1`);
  if (input.orderUpToUnits < input.reorderPointUnits) {
    throw new RangeError(`replenish ${input.skuId}@${input.locationId}: order-up-to ${input.orderUpToUnits} is below the reorder point ${input.reorderPointUnits}`);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
