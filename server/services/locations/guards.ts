import { and, eq, isNull } from 'drizzle-orm';
import { organizations, providerGrants } from '@/db/schema';
import { Conflict, Invalid } from '../../errors';
import { uniqueViolation } from '../master-data/unique-violation';
import type { TenantServiceContext } from '../context';
import { coordinatesIssue } from './schemas';

/** A location is operated by a 3PL organization this tenant has granted access to, or by no one. */
export async function assertOperator(ctx: TenantServiceContext, operatedBy: string | null | undefined): Promise<void> {
  if (!operatedBy) return;
  const [row] = await ctx.tx
    .select({ id: organizations.id })
    .from(providerGrants)
    .innerJoin(organizations, eq(organizations.id, providerGrants.providerId))
    .where(and(eq(providerGrants.importerId, ctx.tenant.id), eq(providerGrants.providerId, operatedBy), isNull(providerGrants.revokedAt)))
    .limit(1);
  if (!row) {
    throw new Invalid('Choose a 3PL that has access to this organization.', [{ field: 'operatedBy', message: 'Grant this 3PL access in Settings first, or leave the operator empty.' }]);
  }
}

export function assertCoordinates(value: { lat?: number | null; lng?: number | null }): void {
  const issue = coordinatesIssue(value);
  if (issue) throw new Invalid(issue.message, [issue]);
}

/** Turns a duplicate-code error into a Conflict naming the code; anything else is rethrown. */
export function rethrowDuplicateCode(error: unknown, code: string | undefined): never {
  if (uniqueViolation(error) !== null) {
    throw new Conflict(`A location with code ${code ?? '(this code)'} already exists. Choose another code, or edit the existing location.`);
  }
  throw error;
}
