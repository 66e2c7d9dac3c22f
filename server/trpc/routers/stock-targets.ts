import { listStockTargetsInput } from '../../services/stock-targets/schemas';
import { listStockTargets } from '../../services/stock-targets/list';
import { router, tenantProcedure } from '../init';

export const stockTargetsRouter = router({
  list: tenantProcedure('viewer').input(listStockTargetsInput).query(({ ctx, input }) => listStockTargets({ ctx, input })),
});
