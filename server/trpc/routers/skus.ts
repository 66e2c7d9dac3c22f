import { archiveSku, unarchiveSku } from '../../services/skus/archive';
import { createSku } from '../../services/skus/create';
import { getSku } from '../../services/skus/get';
import { listSkus, skuCategories } from '../../services/skus/list';
import { createSkuInput, listSkusInput, skuIdInput, updateSkuInput } from '../../services/skus/schemas';
import { updateSku } from '../../services/skus/update';
import { router, tenantProcedure } from '../init';

export const skusRouter = router({
  list: tenantProcedure('viewer').input(listSkusInput).query(({ ctx, input }) => listSkus({ ctx, input })),
  categories: tenantProcedure('viewer').query(({ ctx }) => skuCategories({ ctx })),
  get: tenantProcedure('viewer').input(skuIdInput).query(({ ctx, input }) => getSku({ ctx, input })),
  create: tenantProcedure('planner').input(createSkuInput).mutation(({ ctx, input }) => createSku({ ctx, input })),
  update: tenantProcedure('planner').input(updateSkuInput).mutation(({ ctx, input }) => updateSku({ ctx, input })),
  archive: tenantProcedure('planner').input(skuIdInput).mutation(({ ctx, input }) => archiveSku({ ctx, input })),
  unarchive: tenantProcedure('planner').input(skuIdInput).mutation(({ ctx, input }) => unarchiveSku({ ctx, input })),
});
