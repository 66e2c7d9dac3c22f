import { adjustStockInput, countStockInput, receiveStockInput, stockLevelsInput, stockMovementsInput, stockPickerInput } from '../../services/stock/schemas';
import { listStockLevels } from '../../services/stock/list-levels';
import { listStockMovements } from '../../services/stock/list-movements';
import { adjustStock } from '../../services/stock/adjust';
import { receiveStock } from '../../services/stock/receive';
import { countStock } from '../../services/stock/count';
import { checkStockConsistency } from '../../services/stock/consistency';
import { pickStockOptions } from '../../services/stock/pick-options';
import { router, tenantProcedure } from '../init';

export const stockRouter = router({
  levels: tenantProcedure('viewer').input(stockLevelsInput).query(({ ctx, input }) => listStockLevels({ ctx, input })),
  movements: tenantProcedure('viewer').input(stockMovementsInput).query(({ ctx, input }) => listStockMovements({ ctx, input })),
  consistency: tenantProcedure('viewer').query(({ ctx }) => checkStockConsistency({ ctx })),
  options: tenantProcedure('viewer').input(stockPickerInput).query(({ ctx, input }) => pickStockOptions({ ctx, input })),
  adjust: tenantProcedure('planner').input(adjustStockInput).mutation(({ ctx, input }) => adjustStock({ ctx, input })),
  receive: tenantProcedure('planner').input(receiveStockInput).mutation(({ ctx, input }) => receiveStock({ ctx, input })),
  count: tenantProcedure('planner').input(countStockInput).mutation(({ ctx, input }) => countStock({ ctx, input })),
});
