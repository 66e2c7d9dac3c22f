/**
 * Inbound-split recommendations: one per location receiving part of an arrival (a container, a purchase order).
 * The split itself is the allocation module's fair share (`splitInbound`: equalize projected days of supply after
 * arrival, whole case packs); this file only turns its parts into recommendations with reason and impact.
 *
 * Units: units, days of supply in days, freight in currency/unit (optional, per location).
 */
import { splitInbound, type InboundSplitInput, type InboundSplitResult } from '../allocation/inbound-split';
import { formatQuantity } from './reason-text';
import type { Recommendation } from './types';

export interface InboundSplitRecommendationInput extends InboundSplitInput {
  skuId: string;
  /** Where the arrival lands (port, cross-dock, supplier), echoed as fromLocationId. */
  arrivalLocationId?: string;
  /** Freight from the arrival point to each location, currency/unit (impact.costDelta). Default 0. */
  freightCostPerUnitByLocation?: Readonly<Record<string, number>>;
}

export interface InboundSplitRecommendation extends Recommendation {
  kind: 'inbound-split';
  toLocationId: string;
  /** Share of the arrival, fraction. */
  share: number;
  cases: number;
}

/** Locations below this many days of supply before arrival get 'high' priority, others 'medium'. */
export const INBOUND_SPLIT_HIGH_PRIORITY_DAYS = 7;

export function recommendInboundSplit(input: InboundSplitRecommendationInput): {
  split: InboundSplitResult;
  recommendations: InboundSplitRecommendation[];
} {
  const split = splitInbound(input);
  const target = split.targetDaysOfSupply;
  const recommendations = split.parts
    .filter((part) => part.units > 0)
    .map((part): InboundSplitRecommendation => {
      const share = input.arrivalUnits > 0 ? part.units / input.arrivalUnits : 0;
      const before = part.daysOfSupplyBefore;
      const after = part.daysOfSupplyAfter;
      const cover =
        before !== null && after !== null
          ? ` raises it from ${formatQuantity(before)} to ${formatQuantity(after)} days of supply` +
            (target !== null ? ` (fair-share target ${formatQuantity(target)} days)` : '')
          : ' (no demand forecast: even split)';
      return {
        kind: 'inbound-split',
        skuId: input.skuId,
        ...(input.arrivalLocationId !== undefined ? { fromLocationId: input.arrivalLocationId } : {}),
        toLocationId: part.locationId,
        qty: part.units,
        share,
        cases: part.cases,
        reason: `Send ${(share * 100).toFixed(0)}% of the ${input.arrivalUnits}-unit arrival (${part.units} units) to ${part.locationId}:${cover}.`,
        impact: {
          units: part.units,
          costDelta: part.units * (input.freightCostPerUnitByLocation?.[part.locationId] ?? 0),
          ...(after !== null ? { daysOfSupplyAfter: { to: after } } : {}),
        },
        priority: before !== null && before < INBOUND_SPLIT_HIGH_PRIORITY_DAYS ? 'high' : 'medium',
      };
    });
  return { split, recommendations };
}
