import { createCallerFactory, router } from './init';
import { accountRouter } from './routers/account';
import { organizationRouter } from './routers/organization';
import { membersRouter } from './routers/members';
import { invitationsRouter } from './routers/invitations';
import { providerAccessRouter } from './routers/provider-access';
import { portfolioRouter } from './routers/portfolio';
import { locationsRouter } from './routers/locations';
import { regionsRouter } from './routers/regions';
import { lanesRouter } from './routers/lanes';
import { transferLanesRouter } from './routers/transfer-lanes';
import { suppliersRouter } from './routers/suppliers';
import { skusRouter } from './routers/skus';
import { ordersRouter } from './routers/orders';
import { auditRouter } from './routers/audit';
import { networkRouter } from './routers/network';
import { stockRouter } from './routers/stock';
import { transfersRouter } from './routers/transfers';
import { purchaseOrdersRouter } from './routers/purchase-orders';
import { importsRouter } from './routers/imports';
import { networkCompareRouter } from './routers/network-compare';
import { scenariosRouter } from './routers/scenarios';
import { digestsRouter } from './routers/digests';
import { planningRouter } from './routers/planning';
import { forecastsRouter } from './routers/forecasts';
import { recommendationsRouter } from './routers/recommendations';
import { stockTargetsRouter } from './routers/stock-targets';
import { planningSettingsRouter } from './routers/planning-settings';
import { dashboardRouter } from './routers/dashboard';
import { replayRouter } from './routers/replay';

export const appRouter = router({
  account: accountRouter,
  organization: organizationRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  providerAccess: providerAccessRouter,
  portfolio: portfolioRouter,
  locations: locationsRouter,
  regions: regionsRouter,
  lanes: lanesRouter,
  transferLanes: transferLanesRouter,
  suppliers: suppliersRouter,
  skus: skusRouter,
  orders: ordersRouter,
  audit: auditRouter,
  network: networkRouter,
  stock: stockRouter,
  transfers: transfersRouter,
  purchaseOrders: purchaseOrdersRouter,
  imports: importsRouter,
  networkCompare: networkCompareRouter,
  scenarios: scenariosRouter,
  digests: digestsRouter,
  planning: planningRouter,
  forecasts: forecastsRouter,
  recommendations: recommendationsRouter,
  stockTargets: stockTargetsRouter,
  planningSettings: planningSettingsRouter,
  dashboard: dashboardRouter,
  replay: replayRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
