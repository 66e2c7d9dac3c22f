import type { TargetPosition } from '@/server/services/stock-targets/schemas';
import { formatUnits } from '../../../../_components/tables/cell-format';

const FILL: Record<TargetPosition, string> = { below_reorder_point: 'bg-red-500', within: 'bg-emerald-500', above_order_up_to: 'bg-amber-500' };

/**
 * Where a position stands against its targets on one bar: the fill is the position, the ticks are safety
 * stock, reorder point and order-up-to. The text beside it says the same in words (the bar is decorative).
 */
export function TargetGauge({ positionUnits, safetyStock, reorderPoint, orderUpTo, position }: { positionUnits: number; safetyStock: number; reorderPoint: number; orderUpTo: number; position: TargetPosition }) {
  const max = Math.max(1, orderUpTo * 1.25, positionUnits);
  const at = (v: number) => `${Math.max(0, Math.min(100, (v / max) * 100))}%`;
  const title = `Position ${formatUnits(positionUnits)}; safety stock ${formatUnits(safetyStock)}, reorder point ${formatUnits(reorderPoint)}, order-up-to ${formatUnits(orderUpTo)}`;
  return (
    <span className="relative block h-3 w-32 rounded-full bg-slate-100" title={title} aria-hidden="true">
      <span className={`absolute inset-y-0 left-0 rounded-full ${FILL[position]}`} style={{ width: at(Math.max(0, positionUnits)) }} />
      <span className="absolute -inset-y-0.5 w-px bg-slate-400" style={{ left: at(safetyStock) }} />
      <span className="absolute -inset-y-1 w-0.5 bg-slate-700" style={{ left: at(reorderPoint) }} />
      <span className="absolute -inset-y-1 w-0.5 bg-slate-700" style={{ left: at(orderUpTo) }} />
    </span>
  );
}

export const POSITION_LABEL: Record<TargetPosition, string> = {
  below_reorder_point: 'Below reorder point',
  within: 'Within targets',
  above_order_up_to: 'Above order-up-to',
};
