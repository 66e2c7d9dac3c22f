import { readLocationTable, readRegionTable, readSkuTable } from '../../services/dashboard/breakdowns';
import { readKpis } from '../../services/dashboard/read-kpis';
import { dashboardViewInput } from '../../services/dashboard/schemas';
import { describeSubject } from '../../services/dashboard/subject';
import { router, tenantProcedure } from '../init';

/** The KPI dashboard and its drill-downs (server/services/dashboard/README.md). Read-only, for every role. */
export const dashboardRouter = router({
  kpis: tenantProcedure('viewer').input(dashboardViewInput).query(({ ctx, input }) => readKpis({ ctx, ...input })),
  regions: tenantProcedure('viewer').input(dashboardViewInput).query(({ ctx, input }) => readRegionTable({ ctx, ...input })),
  locations: tenantProcedure('viewer').input(dashboardViewInput).query(({ ctx, input }) => readLocationTable({ ctx, ...input })),
  skus: tenantProcedure('viewer').input(dashboardViewInput).query(({ ctx, input }) => readSkuTable({ ctx, ...input })),
  subject: tenantProcedure('viewer').input(dashboardViewInput).query(({ ctx, input }) => describeSubject({ ctx, filter: input.filter })),
});
