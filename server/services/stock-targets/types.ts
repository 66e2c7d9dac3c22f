/** Output shape of stockTargets.list (see server/services/planning/CONTRACT.md). */
import type { TargetPosition } from './schemas';

export interface StockTargetRow {
  id: string;
  skuId: string;
  skuCode: string;
  skuName: string;
  locationId: string;
  locationCode: string;
  locationName: string;
  abcClass: 'A' | 'B' | 'C';
  xyzClass: 'X' | 'Y' | 'Z';
  /** Units/day. */
  demandPerDay: number;
  demandSdPerDay: number;
  leadTimeDays: number | null;
  safetyStock: number;
  reorderPoint: number;
  orderUpTo: number;
  /** Fraction (0.95). */
  serviceLevel: number;
  /** Current stock position: on hand + inbound + on order - reserved (units). */
  positionUnits: number;
  onHand: number;
  /** Days of supply of the position at the target's demand rate; null without demand. */
  daysOfSupply: number | null;
  position: TargetPosition;
  /** Units below the reorder point (> 0) or above order-up-to (< 0 shown as excess); 0 within. */
  gap: number;
  unitCost: number;
}
