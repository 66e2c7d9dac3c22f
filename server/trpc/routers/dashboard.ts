import { readLocationTable, readRegionTable, readSkuTable } from '../../services/dashboard/breakdowns';
import { readKpis, readPlanningFigures } from '../../services/dashboard/read-kpis';
import { dashboardViewInput } from '../../services/dashboard/schemas';
import { describeSubject } from '../../services/dashboard/subject';
import { router, tenantProcedure } from '../init';

/** The KPI dashboard and its drill-downs (server/services/dashboard/README.md). Read-only, for every role. */
export const dashboardRouter = router({
  /** The cards without the planning run's figures (see planning): what the page shows first. */
  kpis: tenantProcedure('viewer').input(dashboardViewInput).query(({ ctx, input }) => readKpis({ ctx, ...input, withPlanning: false })),
  /** Excess stock (total and by location) and forecast accuracy of the latest succeeded planning run. */
  planning: tenantProcedure('viewer').input(dashboardViewInput).query(({ ctx, input }) => readPlanningFigures({ ctx, filter: input.filter, asOf: input.asOf })),
  regions: tenantProcedure('viewer').input(dashboardViewInput).query(({ ctx, input }) => readRegionTable({ ctx, ...input })),
  locations: tenantProcedure('viewer').input(dashboardViewInput).query(({ ctx, input }) => readLocationTable({ ctx, ...input })),
  skus: tenantProcedure('viewer').input(dashboardViewInput).query(({ ctx, input }) => readSkuTable({ ctx, ...input })),
  subject: tenantProcedure('viewer').input(dashboardViewInput).query(({ ctx, input }) => describeSubject({ ctx, filter: input.filter })),
});
