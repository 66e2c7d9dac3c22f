/**
 * Every table of the app. `tenantTables` lists each tenant table (first column tenant_id, key
 * (tenant_id, id)): row-level security is applied to them and the catalog test checks their keys.
 */
import type { PgTable } from 'drizzle-orm/pg-core';
import { locations, regions, slas, lanes, transferLanes } from './network';
import { suppliers, skus } from './catalog';
import {
  stockLevels,
  stockMovements,
  transfers,
  transferLines,
  purchaseOrders,
  purchaseOrderLines,
  inboundAllocations,
} from './stock';
import { orders, orderLines, kpiDaily, skuDaily, inventoryDaily } from './orders';
import { planningRuns, forecasts, skuForecasts, stockTargets, recommendations, scenarios, planningSettings, replays } from './planning';
import { imports, importLayouts, auditLog, digestSubscriptions, digestDeliveries, apiTokens } from './ops';

export * from './auth';
export * from './tenancy';
export * from './network';
export * from './catalog';
export * from './stock';
export * from './orders';
export * from './planning';
export * from './ops';
export * from './jobs';

export const tenantTables = [
  // network
  locations,
  regions,
  slas,
  lanes,
  transferLanes,
  // catalog
  suppliers,
  skus,
  // stock
  stockLevels,
  stockMovements,
  transfers,
  transferLines,
  purchaseOrders,
  purchaseOrderLines,
  inboundAllocations,
  // orders
  orders,
  orderLines,
  kpiDaily,
  skuDaily,
  inventoryDaily,
  // planning
  planningRuns,
  forecasts,
  stockTargets,
  recommendations,
  scenarios,
  skuForecasts,
  planningSettings,
  replays,
  // ops
  imports,
  importLayouts,
  auditLog,
  digestSubscriptions,
  digestDeliveries,
  apiTokens,
] as const satisfies readonly PgTable[];
