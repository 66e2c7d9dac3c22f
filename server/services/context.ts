import type { Tx } from '@/db/client';
import type { TenantContext } from './tenancy/resolve-tenant';

/** What every tenant-scoped service receives: the open tenant transaction, the tenant, the actor. */
export interface TenantServiceContext {
  tx: Tx;
  tenant: TenantContext;
  user: { id: string; email: string; name: string | null };
  origin: string;
}
