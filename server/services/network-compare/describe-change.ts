/**
 * One sentence saying what changes from one network to another, from the figures alone, e.g.
 * "Distributing to 4 locations cuts delivery days 5.2 → 2.1 and shipping cost per unit 51%, for 24% more
 * safety stock; total cost per year falls 8%."
 */
import type { NetworkFigures } from './figures';

const oneDecimal = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

function percent(change: number): string {
  return `${Math.round(Math.abs(change) * 100)}%`;
}

function relative(from: number, to: number): number | null {
  return from !== 0 ? to / from - 1 : null;
}

export function describeChange(from: NetworkFigures, to: NetworkFigures): string {
  const verb =
    to.openLocationCount > from.openLocationCount
      ? `Distributing to ${to.openLocationCount} location${to.openLocationCount === 1 ? '' : 's'}`
      : to.openLocationCount < from.openLocationCount
        ? `Consolidating to ${to.openLocationCount} location${to.openLocationCount === 1 ? '' : 's'}`
        : `Using these ${to.openLocationCount} location${to.openLocationCount === 1 ? '' : 's'} instead`;

  const parts: string[] = [];
  const daysFrom = oneDecimal(from.averageDeliveryDays);
  const daysTo = oneDecimal(to.averageDeliveryDays);
  const deliveryVerb = daysFrom === daysTo ? null : to.averageDeliveryDays < from.averageDeliveryDays ? 'cuts' : 'raises';
  parts.push(deliveryVerb ? `${deliveryVerb} delivery days ${daysFrom} → ${daysTo}` : `keeps delivery days at ${daysTo}`);

  const shipping = relative(from.shippingCostPerUnit, to.shippingCostPerUnit);
  if (shipping !== null && Math.round(Math.abs(shipping) * 100) > 0) {
    const shippingVerb = shipping < 0 ? 'cuts' : 'raises';
    parts.push(`${shippingVerb === deliveryVerb ? '' : `${shippingVerb} `}shipping cost per unit ${percent(shipping)}`);
  } else {
    parts.push('keeps shipping cost per unit');
  }
  let sentence = `${verb} ${parts.join(' and ')}`;

  const safety = relative(from.safetyStockValue, to.safetyStockValue);
  if (safety !== null && Math.round(Math.abs(safety) * 100) > 0) {
    sentence += safety > 0 ? `, for ${percent(safety)} more safety stock` : `, with ${percent(safety)} less safety stock`;
  } else {
    sentence += ', with the same safety stock';
  }

  const total = relative(from.totalCostPerYear, to.totalCostPerYear);
  if (total !== null && Math.round(Math.abs(total) * 100) > 0) sentence += `; total cost per year ${total < 0 ? 'falls' : 'rises'} ${percent(total)}`;
  const within = [Math.round(from.slaMetShare * 100), Math.round(to.slaMetShare * 100)];
  if (within[0] !== within[1]) sentence += `; demand delivered within its SLA ${within[0]}% → ${within[1]}%`;
  return `${sentence}.`;
}
