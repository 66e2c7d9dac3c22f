/**
 * The delivery figures of one order, as DESIGN.md §6 defines them (the rollup computes the same in SQL):
 * delivery days = delivered_at - ordered_at in fractional days; on time = delivered_at <= promised_at,
 * or, with no promise, delivery days <= the region's SLA target days in force on the order day.
 */
const DAY_MS = 86_400_000;

interface Dated {
  orderedAt: Date;
  promisedAt: Date | null;
  deliveredAt: Date | null;
}

/** Fractional days from order to delivery; null while not delivered. */
export function deliveryDays(o: Dated): number | null {
  return o.deliveredAt ? (o.deliveredAt.getTime() - o.orderedAt.getTime()) / DAY_MS : null;
}

/**
 * True or false once delivered; null while not delivered. A delivered order with neither a promise nor
 * an SLA is not on time (nothing shows it met a target).
 */
export function isOnTime(o: Dated, slaTargetDays: number | null): boolean | null {
  if (!o.deliveredAt) return null;
  if (o.promisedAt) return o.deliveredAt.getTime() <= o.promisedAt.getTime();
  const days = deliveryDays(o);
  return slaTargetDays !== null && days !== null && days <= slaTargetDays;
}
