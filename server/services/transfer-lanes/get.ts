import { and, eq } from 'drizzle-orm';
import { locations } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { auditedTransferLane, loadTransferLane } from './load';

/** A transfer lane with both locations; the total days a transfer takes (transit, plus customs when cross-border). */
export async function getTransferLane({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) {
  const lane = await loadTransferLane(ctx, input.id);
  const end = async (id: string) => {
    const [row] = await ctx.tx
      .select({ id: locations.id, code: locations.code, name: locations.name, country: locations.country })
      .from(locations)
      .where(and(eq(locations.tenantId, ctx.tenant.id), eq(locations.id, id)));
    if (!row) throw new Error('transfer lane without its location');
    return row;
  };
  const from = await end(lane.fromLocationId);
  const to = await end(lane.toLocationId);
  const crossBorder = from.country !== to.country;
  return { transferLane: auditedTransferLane(lane), from, to, crossBorder, totalDays: lane.transitDays + (crossBorder ? lane.customsDays : 0) };
}
