import { setSkuStockingPolicyInput, updatePlanningSettingsInput } from '../../services/planning-settings/schemas';
import { getPlanningSettings } from '../../services/planning-settings/get';
import { setSkuStockingPolicy, updatePlanningSettings } from '../../services/planning-settings/update';
import { router, tenantProcedure } from '../init';

export const planningSettingsRouter = router({
  get: tenantProcedure('viewer').query(({ ctx }) => getPlanningSettings({ ctx })),
  update: tenantProcedure('admin').input(updatePlanningSettingsInput).mutation(({ ctx, input }) => updatePlanningSettings({ ctx, input })),
  setSkuPolicy: tenantProcedure('admin').input(setSkuStockingPolicyInput).mutation(({ ctx, input }) => setSkuStockingPolicy({ ctx, input })),
});
