import { compareNetwork } from '../../services/network-compare/compare';
import { networkCompareInput, networkSolveKInput } from '../../services/network-compare/schemas';
import { solveNetworkForK } from '../../services/network-compare/solve-k';
import { router, tenantProcedure } from '../init';

export const networkCompareRouter = router({
  /** Centralized vs current vs the optimal k of N, on the tenant's history. */
  compare: tenantProcedure('viewer').input(networkCompareInput).query(({ ctx, input }) => compareNetwork({ ctx, input })),
  /** One k of the 1..N sweep (the page asks for each k in turn). */
  solveK: tenantProcedure('viewer').input(networkSolveKInput).query(({ ctx, input }) => solveNetworkForK({ ctx, input })),
});
