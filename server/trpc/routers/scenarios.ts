import { compareScenarios } from '../../services/scenarios/compare';
import { createScenario } from '../../services/scenarios/create';
import { deleteScenario } from '../../services/scenarios/delete';
import { getScenario } from '../../services/scenarios/get';
import { listScenarios } from '../../services/scenarios/list';
import { compareScenariosInput, createScenarioInput, listScenariosInput, scenarioIdInput, updateScenarioInput } from '../../services/scenarios/schemas';
import { recomputeScenario, updateScenario } from '../../services/scenarios/update';
import { router, tenantProcedure } from '../init';

export const scenariosRouter = router({
  list: tenantProcedure('viewer').input(listScenariosInput).query(({ ctx, input }) => listScenarios({ ctx, input })),
  get: tenantProcedure('viewer').input(scenarioIdInput).query(({ ctx, input }) => getScenario({ ctx, input })),
  compare: tenantProcedure('viewer').input(compareScenariosInput).query(({ ctx, input }) => compareScenarios({ ctx, input })),
  create: tenantProcedure('planner').input(createScenarioInput).mutation(({ ctx, input }) => createScenario({ ctx, input })),
  update: tenantProcedure('planner').input(updateScenarioInput).mutation(({ ctx, input }) => updateScenario({ ctx, input })),
  recompute: tenantProcedure('planner').input(scenarioIdInput).mutation(({ ctx, input }) => recomputeScenario({ ctx, input })),
  delete: tenantProcedure('planner').input(scenarioIdInput).mutation(({ ctx, input }) => deleteScenario({ ctx, input })),
});
