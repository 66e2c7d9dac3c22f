import { addSla } from '../../services/regions/add-sla';
import { archiveRegion, unarchiveRegion } from '../../services/regions/archive';
import { createRegion } from '../../services/regions/create';
import { getRegion } from '../../services/regions/get';
import { listRegions } from '../../services/regions/list';
import { listSlas } from '../../services/regions/list-slas';
import { regionOptions } from '../../services/regions/options';
import { removeSla } from '../../services/regions/remove-sla';
import { createRegionInput, createSlaInput, listRegionsInput, listSlasInput, regionIdInput, slaIdInput, updateRegionInput } from '../../services/regions/schemas';
import { updateRegion } from '../../services/regions/update';
import { router, tenantProcedure } from '../init';

export const regionsRouter = router({
  list: tenantProcedure('viewer').input(listRegionsInput).query(({ ctx, input }) => listRegions({ ctx, input })),
  options: tenantProcedure('viewer').query(({ ctx }) => regionOptions({ ctx })),
  get: tenantProcedure('viewer').input(regionIdInput).query(({ ctx, input }) => getRegion({ ctx, input })),
  create: tenantProcedure('planner').input(createRegionInput).mutation(({ ctx, input }) => createRegion({ ctx, input })),
  update: tenantProcedure('planner').input(updateRegionInput).mutation(({ ctx, input }) => updateRegion({ ctx, input })),
  archive: tenantProcedure('planner').input(regionIdInput).mutation(({ ctx, input }) => archiveRegion({ ctx, input })),
  unarchive: tenantProcedure('planner').input(regionIdInput).mutation(({ ctx, input }) => unarchiveRegion({ ctx, input })),
  listSlas: tenantProcedure('viewer').input(listSlasInput).query(({ ctx, input }) => listSlas({ ctx, input })),
  addSla: tenantProcedure('planner').input(createSlaInput).mutation(({ ctx, input }) => addSla({ ctx, input })),
  removeSla: tenantProcedure('planner').input(slaIdInput).mutation(({ ctx, input }) => removeSla({ ctx, input })),
});
