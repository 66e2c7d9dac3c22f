import { archiveSupplier, unarchiveSupplier } from '../../services/suppliers/archive';
import { createSupplier } from '../../services/suppliers/create';
import { getSupplier } from '../../services/suppliers/get';
import { listSuppliers } from '../../services/suppliers/list';
import { supplierOptions } from '../../services/suppliers/options';
import { createSupplierInput, listSuppliersInput, supplierIdInput, updateSupplierInput } from '../../services/suppliers/schemas';
import { updateSupplier } from '../../services/suppliers/update';
import { router, tenantProcedure } from '../init';

export const suppliersRouter = router({
  list: tenantProcedure('viewer').input(listSuppliersInput).query(({ ctx, input }) => listSuppliers({ ctx, input })),
  options: tenantProcedure('viewer').query(({ ctx }) => supplierOptions({ ctx })),
  get: tenantProcedure('viewer').input(supplierIdInput).query(({ ctx, input }) => getSupplier({ ctx, input })),
  create: tenantProcedure('planner').input(createSupplierInput).mutation(({ ctx, input }) => createSupplier({ ctx, input })),
  update: tenantProcedure('planner').input(updateSupplierInput).mutation(({ ctx, input }) => updateSupplier({ ctx, input })),
  archive: tenantProcedure('planner').input(supplierIdInput).mutation(({ ctx, input }) => archiveSupplier({ ctx, input })),
  unarchive: tenantProcedure('planner').input(supplierIdInput).mutation(({ ctx, input }) => unarchiveSupplier({ ctx, input })),
});
