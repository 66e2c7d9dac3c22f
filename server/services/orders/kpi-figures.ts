/**
 * The order KPIs of DESIGN.md §6 as ratios of kpi_daily sums (see db/schema/orders.ts#kpiDaily). Pure:
 * the orders page, the dashboard and the digests divide the same way. A ratio without a denominator is
 * null ("no data"), never 0.
 */
export interface KpiSums {
  ordersCount: number;
  unitsOrdered: number;
  unitsShipped: number;
  unitsShippedFirst: number;
  completeOrders: number;
  deliveredOrders: number;
  onTimeOrders: number;
  /** Fractional days, over delivered orders. */
  deliveryDaysSum: number;
  shippingCostSum: number;
}

export interface KpiFigures {
  /** Mean delivery time of delivered orders, days. */
  avgDeliveryDays: number | null;
  /** On-time (SLA attainment): on-time orders / delivered orders, 0..1. */
  onTimeRate: number | null;
  /** Shipping cost / units shipped, in the tenant currency per unit. */
  shippingCostPerUnit: number | null;
  /** Orders shipped complete from stock on the first shipment / orders, 0..1. */
  orderFillRate: number | null;
  /** Units shipped on the first shipment / units ordered, 0..1. */
  lineFillRate: number | null;
}

const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

export function kpiFigures(s: KpiSums): KpiFigures {
  return {
    avgDeliveryDays: ratio(s.deliveryDaysSum, s.deliveredOrders),
    onTimeRate: ratio(s.onTimeOrders, s.deliveredOrders),
    shippingCostPerUnit: ratio(s.shippingCostSum, s.unitsShipped),
    orderFillRate: ratio(s.completeOrders, s.ordersCount),
    lineFillRate: ratio(s.unitsShippedFirst, s.unitsOrdered),
  };
}
