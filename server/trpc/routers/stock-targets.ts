import { listStockTargetsInput } from '../../services/stock-targets/schemas';
import { listStockTargets } from '../../services/stock-targets/list';
import { summarizeStockTargets } from '../../services/stock-targets/summary';
import { z } from 'zod';
import { idSchema } from '../../services/stock/schemas';
import { router, tenantProcedure } from '../init';

export const stockTargetsRouter = router({
  list: tenantProcedure('viewer').input(listStockTargetsInput).query(({ ctx, input }) => listStockTargets({ ctx, input })),
  summary: tenantProcedure('viewer').input(z.object({ runId: idSchema.optional() })).query(({ ctx, input }) => summarizeStockTargets({ ctx, input })),
});
