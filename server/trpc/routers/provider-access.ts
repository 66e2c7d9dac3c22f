import { grantAccessInput, revokeAccessInput } from '../../services/provider-access/schemas';
import { listProviderGrants } from '../../services/provider-access/list';
import { grantProviderAccess } from '../../services/provider-access/grant';
import { revokeProviderAccess } from '../../services/provider-access/revoke';
import { tenantProcedure, router } from '../init';

export const providerAccessRouter = router({
  list: tenantProcedure('admin').query(({ ctx }) => listProviderGrants({ ctx })),
  grant: tenantProcedure('admin').input(grantAccessInput).mutation(({ ctx, input }) => grantProviderAccess({ ctx, input })),
  revoke: tenantProcedure('admin').input(revokeAccessInput).mutation(({ ctx, input }) => revokeProviderAccess({ ctx, input })),
});
