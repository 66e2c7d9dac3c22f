/**
 * Inventory formulas of the planning engine: normal distribution, loss function, lead-time demand, safety stock,
 * targets (reorder point, order-up-to, EOQ) and risk pooling. Pure: numbers in, numbers out.
 */
export { normalPdf, normalCdf, normalUpperTail, normalQuantile } from './normal';
export { normalLoss, inverseNormalLoss } from './loss-function';
export { leadTimeDemand, rescaleDemand } from './lead-time-demand';
export type { LeadTimeDemandInput, LeadTimeDemand, RescaleDemandInput } from './lead-time-demand';
export { safetyStock, safetyStockDetail, expectedFillRate } from './safety-stock';
export type {
  SafetyStockInput,
  CycleServiceSafetyStockInput,
  FillRateSafetyStockInput,
  SafetyStockDetail,
  ExpectedFillRateInput,
} from './safety-stock';
export { reorderPoint, orderUpToLevel, economicOrderQuantity, annualOrderingAndHoldingCost, cycleStock } from './targets';
export type { ReorderPointInput, OrderUpToInput, EconomicOrderQuantityInput } from './targets';
export { pooledSd, poolingComparison, squareRootLaw } from './risk-pooling';
export type { Correlation, PooledSdInput, PoolingComparisonInput, PoolingComparison, SquareRootLawInput } from './risk-pooling';
