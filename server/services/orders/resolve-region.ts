/**
 * An order's region when the order does not name one (issue 3 §6): the active region whose postal
 * prefix is the longest prefix of the ship-to postal code (in the ship-to country, when given), else the
 * only active region of the ship-to country. The pure rule is exported for the CSV importer, which
 * loads the regions once per file.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { regions } from '@/db/schema';
import { Invalid } from '../../errors';
import type { TenantServiceContext } from '../context';

export interface RegionCandidate {
  id: string;
  country: string;
  postalPrefixes: readonly string[];
}

/** Postal codes compared without spaces or dashes, upper case ("SW1A 1AA" → "SW1A1AA"). */
export function normalizePostalCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toUpperCase();
}

/** The matching region's id, or null when no prefix (or country) decides. */
export function regionForShipTo(candidates: readonly RegionCandidate[], postalCode: string | null | undefined, country: string | null | undefined): string | null {
  const inCountry = country ? candidates.filter((r) => r.country === country) : candidates;
  if (postalCode) {
    const code = normalizePostalCode(postalCode);
    let best: { id: string; length: number } | null = null;
    for (const region of inCountry) {
      for (const prefix of region.postalPrefixes) {
        const p = normalizePostalCode(prefix);
        if (p && code.startsWith(p) && (!best || p.length > best.length)) best = { id: region.id, length: p.length };
      }
    }
    if (best) return best.id;
  }
  if (country && inCountry.length === 1) return inCountry[0]?.id ?? null;
  return null;
}

/** Resolves the region of a new order from its ship-to address, or says which field to fill in. */
export async function resolveOrderRegion(ctx: TenantServiceContext, shipTo: { postalCode?: string | null; country?: string | null }): Promise<string> {
  const candidates = await ctx.tx
    .select({ id: regions.id, country: regions.country, postalPrefixes: regions.postalPrefixes })
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), isNull(regions.archivedAt)));
  const id = regionForShipTo(candidates, shipTo.postalCode, shipTo.country);
  if (!id) {
    const what = shipTo.postalCode ? `postal code ${shipTo.postalCode}` : `country ${shipTo.country ?? ''}`;
    throw new Invalid(`No region matches the ship-to ${what}.`, [{ field: 'regionId', message: `No region's postal prefixes match ${what}: choose the region.` }]);
  }
  return id;
}
