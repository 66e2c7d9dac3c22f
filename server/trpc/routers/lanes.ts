import { archiveLane, unarchiveLane } from '../../services/lanes/archive';
import { createLane } from '../../services/lanes/create';
import { getLane } from '../../services/lanes/get';
import { listLanes } from '../../services/lanes/list';
import { createLaneInput, laneIdInput, listLanesInput, updateLaneInput } from '../../services/lanes/schemas';
import { updateLane } from '../../services/lanes/update';
import { router, tenantProcedure } from '../init';

export const lanesRouter = router({
  list: tenantProcedure('viewer').input(listLanesInput).query(({ ctx, input }) => listLanes({ ctx, input })),
  get: tenantProcedure('viewer').input(laneIdInput).query(({ ctx, input }) => getLane({ ctx, input })),
  create: tenantProcedure('planner').input(createLaneInput).mutation(({ ctx, input }) => createLane({ ctx, input })),
  update: tenantProcedure('planner').input(updateLaneInput).mutation(({ ctx, input }) => updateLane({ ctx, input })),
  archive: tenantProcedure('planner').input(laneIdInput).mutation(({ ctx, input }) => archiveLane({ ctx, input })),
  unarchive: tenantProcedure('planner').input(laneIdInput).mutation(({ ctx, input }) => unarchiveLane({ ctx, input })),
});
