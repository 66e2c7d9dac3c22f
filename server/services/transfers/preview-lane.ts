import type { TenantServiceContext } from '../context';
import { loadStockRefs } from '../stock/stock-refs';
import { findTransferLane } from './lane';
import type { TransferLaneInput } from './schemas';

/** What a transfer between two locations would be: cross-border or not, and the lane's days and cost (null without a lane). */
export async function previewTransferLane({ ctx, input }: { ctx: TenantServiceContext; input: TransferLaneInput }) {
  const refs = await loadStockRefs(ctx, [], [input.fromLocationId, input.toLocationId]);
  const from = refs.locations.get(input.fromLocationId)!;
  const to = refs.locations.get(input.toLocationId)!;
  const lane = input.fromLocationId === input.toLocationId ? null : await findTransferLane(ctx, from.id, to.id);
  return {
    crossBorder: from.country !== to.country,
    fromCountry: from.country,
    toCountry: to.country,
    lane: lane ? { transitDays: Number(lane.transitDays), customsDays: Number(lane.customsDays), costPerUnit: Number(lane.costPerUnit) } : null,
  };
}
