import { and, desc, eq } from 'drizzle-orm';
import { imports, users } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import type { ListImportsInput } from './schemas';
import { toSummary } from './summary';

/** Past imports, newest first, with their counts (errors are on `imports.get`). */
export async function listImports({ ctx, input }: { ctx: TenantServiceContext; input: ListImportsInput }) {
  const rows = await ctx.tx
    .select({ row: imports, createdBy: users.name, createdByEmail: users.email })
    .from(imports)
    .leftJoin(users, eq(users.id, imports.createdBy))
    .where(and(eq(imports.tenantId, ctx.tenant.id), input.entity ? eq(imports.entity, input.entity) : undefined))
    .orderBy(desc(imports.createdAt))
    .limit(input.limit);
  return rows.map(({ row, createdBy, createdByEmail }) => {
    const { errors: _errors, ...summary } = toSummary(row, createdBy ?? createdByEmail);
    return summary;
  });
}
