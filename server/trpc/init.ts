/**
 * tRPC: context and the four procedure kinds of DESIGN.md §8 — public, authed, tenant(minRole), provider.
 * Tenant procedures resolve membership or grant from the database on every call and run the resolver
 * in the same transaction, scoped to that tenant (setTenant: row-level security reads it).
 */
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { setTenant, withGlobal } from '@/db/client';
import { users } from '@/db/schema';
import { Forbidden, Unauthenticated } from '../errors';
import { hasRole, type MemberRole } from '../auth/roles';
import { resolveTenant, type TenantContext } from '../services/tenancy/resolve-tenant';
import { toTrpcError } from './error-mapping';

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

export interface Context {
  db: Database;
  session: SessionClaims | null;
  /** Client address, for throttling (null in tests and server-side calls). */
  ip: string | null;
  /** Absolute origin of the app, for links in emails. */
  origin: string;
}

export interface AuthedUser {
  id: string;
  email: string;
  name: string | null;
}

export interface ProcedureMeta {
  /** The weakest role a tenant procedure accepts (tests read it to try every weaker role). */
  minRole?: MemberRole;
  kind?: 'tenant' | 'provider';
}

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodIssues = error.cause instanceof z.ZodError ? error.cause.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) : undefined;
    const domainIssues = (error.cause as { issues?: unknown } | undefined)?.issues;
    return { ...shape, data: { ...shape.data, stack: undefined, issues: zodIssues ?? (Array.isArray(domainIssues) ? domainIssues : undefined) } };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/** Thrown inside a tenant transaction to roll it back when the resolver returned an error. */
class RollbackForError extends Error {}

const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR' && result.error.cause) {
    return { ...result, error: toTrpcError(result.error.cause) };
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);

/** Signed in, with a session whose version still matches the user's (sign-out-everywhere acts at once). */
export const authedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  const claims = ctx.session;
  const user = await withGlobal(ctx.db, async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, claims.userId)).limit(1);
    return row;
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) {
    throw toTrpcError(new Unauthenticated('Your session has ended. Please sign in again.'));
  }
  const authed: AuthedUser = { id: user.id, email: user.email, name: user.name };
  return next({ ctx: { ...ctx, user: authed } });
});

export const orgInput = z.object({ org: z.string().min(1).max(64) });

export interface TenantProcedureContext extends Context {
  user: AuthedUser;
  tenant: TenantContext;
  tx: Tx;
}

/**
 * A procedure inside the organization named by `input.org`. The membership or grant is resolved
 * before the procedure's own input is validated, so a foreign organization is NOT_FOUND whatever else
 * the call carries.
 */
export function tenantProcedure(minRole: MemberRole) {
  return authedProcedure.meta({ kind: 'tenant', minRole }).input(orgInput).use(async ({ ctx, input, next }) => {
    return runInTenant(ctx.db, ctx.user.id, input.org, async (tenant, tx) => {
      if (!hasRole(tenant.role, minRole)) {
        throw toTrpcError(new Forbidden(`This needs the ${minRole} role or higher; you are ${tenant.role}.`));
      }
      return next({ ctx: { ...ctx, tenant, tx } });
    });
  });
}

/** A procedure of a provider organization (`input.org` must be a provider the caller belongs to). */
export const providerProcedure = authedProcedure.meta({ kind: 'provider' }).input(orgInput).use(async ({ ctx, input, next }) => {
  return runInTenant(ctx.db, ctx.user.id, input.org, async (tenant, tx) => {
    if (tenant.kind !== 'provider' || tenant.via !== 'membership') {
      throw toTrpcError(new Forbidden('This is for members of a 3PL provider organization.'));
    }
    return next({ ctx: { ...ctx, tenant, tx } });
  });
});

async function runInTenant<R extends { ok: boolean }>(
  db: Database,
  userId: string,
  slug: string,
  body: (tenant: TenantContext, tx: Tx) => Promise<R>,
): Promise<R> {
  // One transaction: resolve access on the global tables, then scope the rest of it to the tenant.
  let result: R | undefined;
  try {
    await withGlobal(db, async (tx) => {
      let tenant: TenantContext;
      try {
        tenant = await resolveTenant(tx, userId, slug);
      } catch (error) {
        throw toTrpcError(error);
      }
      await setTenant(tx, tenant.id);
      result = await body(tenant, tx);
      if (!result.ok) throw new RollbackForError();
    });
  } catch (error) {
    if (!(error instanceof RollbackForError)) throw error;
  }
  return result as R;
}
