import { sql, type SQL } from 'drizzle-orm';
import type { TenantServiceContext } from '../context';

/** What an audit row's record is, in the user's words, and where its page is. */
export interface AuditRecordLabel {
  label: string;
  /** Path inside the organization (`locations/<id>`), or null when the record has no page of its own. */
  path: string | null;
}

interface Resolver {
  /** One query for all ids of this entity on the page: returns (id, label, path). */
  query: (tenantId: string, ids: string[]) => SQL;
}

const idList = (ids: string[]) => sql`array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;

/** Code-and-name lookups per audited entity (the names server/services write into audit_log.entity). */
const RESOLVERS: Record<string, Resolver> = {
  locations: { query: (t, ids) => sql`select id, code || ' · ' || name as label, 'locations/' || id as path from locations where tenant_id = ${t} and id = any(${idList(ids)})` },
  regions: { query: (t, ids) => sql`select id, code || ' · ' || name as label, 'regions/' || id as path from regions where tenant_id = ${t} and id = any(${idList(ids)})` },
  skus: { query: (t, ids) => sql`select id, code || ' · ' || name as label, 'skus/' || id as path from skus where tenant_id = ${t} and id = any(${idList(ids)})` },
  suppliers: { query: (t, ids) => sql`select id, code || ' · ' || name as label, 'suppliers/' || id as path from suppliers where tenant_id = ${t} and id = any(${idList(ids)})` },
  lanes: {
    query: (t, ids) => sql`select x.id, l.code || ' → ' || r.code as label, 'lanes/' || x.id as path from lanes x
      join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id join regions r on r.tenant_id = x.tenant_id and r.id = x.region_id
      where x.tenant_id = ${t} and x.id = any(${idList(ids)})`,
  },
  transfer_lanes: {
    query: (t, ids) => sql`select x.id, a.code || ' → ' || b.code as label, 'transfer-lanes/' || x.id as path from transfer_lanes x
      join locations a on a.tenant_id = x.tenant_id and a.id = x.from_location_id join locations b on b.tenant_id = x.tenant_id and b.id = x.to_location_id
      where x.tenant_id = ${t} and x.id = any(${idList(ids)})`,
  },
  slas: {
    query: (t, ids) => sql`select s.id, 'SLA of ' || r.code || ' from ' || s.effective_from::text as label, 'regions/' || r.id as path from slas s
      join regions r on r.tenant_id = s.tenant_id and r.id = s.region_id where s.tenant_id = ${t} and s.id = any(${idList(ids)})`,
  },
  transfer: { query: (t, ids) => sql`select id, number as label, 'transfers/' || id as path from transfers where tenant_id = ${t} and id = any(${idList(ids)})` },
  purchase_order: { query: (t, ids) => sql`select id, number as label, 'inbound/' || id as path from purchase_orders where tenant_id = ${t} and id = any(${idList(ids)})` },
  orders: { query: (t, ids) => sql`select id, 'Order ' || external_ref as label, 'orders/' || id as path from orders where tenant_id = ${t} and id = any(${idList(ids)})` },
  stock_level: {
    query: (t, ids) => sql`select x.id, s.code || ' at ' || l.code as label, null as path from stock_levels x
      join skus s on s.tenant_id = x.tenant_id and s.id = x.sku_id join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
      where x.tenant_id = ${t} and x.id = any(${idList(ids)})`,
  },
};

/**
 * Labels for the records of one page of the audit log, one query per entity present. A record that
 * no longer exists (or an entity without a resolver) gets no label; the page then shows its short id.
 */
export async function auditRecordLabels(ctx: TenantServiceContext, rows: { entity: string; entityId: string | null }[]): Promise<Map<string, AuditRecordLabel>> {
  const byEntity = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.entityId || !RESOLVERS[r.entity] || !/^[0-9a-f-]{36}$/i.test(r.entityId)) continue;
    const set = byEntity.get(r.entity) ?? new Set<string>();
    set.add(r.entityId);
    byEntity.set(r.entity, set);
  }
  const labels = new Map<string, AuditRecordLabel>();
  for (const [entity, ids] of byEntity) {
    const resolver = RESOLVERS[entity];
    if (!resolver) continue;
    const result = await ctx.tx.execute<{ id: string; label: string; path: string | null }>(resolver.query(ctx.tenant.id, [...ids]));
    const list = Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
    for (const row of list as { id: string; label: string; path: string | null }[]) labels.set(`${entity}:${row.id}`, { label: row.label, path: row.path });
  }
  return labels;
}
