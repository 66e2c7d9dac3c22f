import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { auditLog, organizations, users } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import type { ListPage } from '../listing/input';
import { listQueryParts, pageOf, type ListSpec } from '../listing/query';
import type { ListAuditInput } from './schemas';
import { auditRecordLabels, type AuditRecordLabel } from './record-labels';

export interface AuditRow {
  id: string;
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  /** The record's code and name and its page, when it still exists. */
  record: AuditRecordLabel | null;
  actor: { id: string; name: string | null; email: string } | null;
  /** The 3PL organization the actor acted through, if any. */
  viaProvider: string | null;
  before: unknown;
  after: unknown;
}

const provider = alias(organizations, 'via_provider');

const spec: ListSpec<ListAuditInput['sort'], Exclude<keyof ListAuditInput['filters'], 'from' | 'to'>> = {
  tenantId: auditLog.tenantId,
  id: auditLog.id,
  sortable: { at: auditLog.at, entity: auditLog.entity, action: auditLog.action, actor: sql`lower(${users.email})` },
  filterable: { actorId: auditLog.actorId, entity: auditLog.entity, action: auditLog.action, entityId: auditLog.entityId },
  search: [auditLog.entity, auditLog.action, sql`${auditLog.entityId}::text`, users.email, users.name],
};

function atWithin(tz: string, from: string | undefined, to: string | undefined): SQL | undefined {
  const parts: SQL[] = [];
  if (from) parts.push(sql`${auditLog.at} >= (${from}::date::timestamp at time zone ${tz})`);
  if (to) parts.push(sql`${auditLog.at} < ((${to}::date + 1)::timestamp at time zone ${tz})`);
  return parts.length ? and(...parts) : undefined;
}

/** One page of the tenant's audit log, newest first unless sorted otherwise. */
export async function listAudit({ ctx, input }: { ctx: TenantServiceContext; input: ListAuditInput }): Promise<ListPage<AuditRow>> {
  const { from, to, ...equalities } = input.filters;
  const q = listQueryParts(spec, { ...input, filters: equalities }, ctx.tenant.id);
  const where = and(q.where, atWithin(ctx.tenant.timezone, from, to));
  const rows = await ctx.tx
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      actorId: users.id,
      actorName: users.name,
      actorEmail: users.email,
      viaProvider: provider.name,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(provider, eq(provider.id, auditLog.actorProviderId))
    .where(where)
    .orderBy(...q.orderBy)
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.tx.select({ n: count() }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).where(where);
  const labels = await auditRecordLabels(ctx, rows);
  const shaped: AuditRow[] = rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    record: r.entityId ? (labels.get(`${r.entity}:${r.entityId}`) ?? null) : null,
    actor: r.actorId && r.actorEmail ? { id: r.actorId, name: r.actorName, email: r.actorEmail } : null,
    viaProvider: r.viaProvider,
    before: r.before,
    after: r.after,
  }));
  return pageOf(shaped, total?.n, input);
}

/** The actors, entities and actions present in the log, for the filter menus. */
export async function auditFacets({ ctx }: { ctx: TenantServiceContext }) {
  const tenant = ctx.tenant.id;
  const entities = await ctx.tx.selectDistinct({ value: auditLog.entity }).from(auditLog).where(eq(auditLog.tenantId, tenant)).orderBy(auditLog.entity);
  const actions = await ctx.tx.selectDistinct({ value: auditLog.action }).from(auditLog).where(eq(auditLog.tenantId, tenant)).orderBy(auditLog.action);
  const actors = await ctx.tx
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .where(eq(auditLog.tenantId, tenant))
    .orderBy(users.email);
  return { entities: entities.map((e) => e.value), actions: actions.map((a) => a.value), actors };
}
