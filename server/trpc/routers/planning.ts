import { planningRunInput, planningRunsInput } from '../../services/planning/schemas';
import { requestPlanningRun } from '../../services/planning/request-run';
import { getPlanningRun, listPlanningRuns } from '../../services/planning/get-run';
import { router, tenantProcedure } from '../init';

export const planningRouter = router({
  start: tenantProcedure('planner').mutation(({ ctx }) => requestPlanningRun({ ctx, trigger: 'manual' })),
  run: tenantProcedure('viewer').input(planningRunInput).query(({ ctx, input }) => getPlanningRun({ ctx, input })),
  runs: tenantProcedure('viewer').input(planningRunsInput).query(({ ctx, input }) => listPlanningRuns({ ctx, input })),
});
