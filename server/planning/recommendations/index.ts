/**
 * Recommendations of the planning engine: replenish (purchase orders), transfer / rebalance (min-cost
 * transportation MILP in HiGHS), centralize / decentralize a SKU, and inbound split. Each carries a reason
 * sentence and its expected impact (units, cost, days of supply after, SLA effect). Pure: numbers in, numbers out.
 */
export { PRIORITY_RANK, sortRecommendations } from './types';
export type {
  Recommendation,
  RecommendationKind,
  RecommendationPriority,
  RecommendationImpact,
  DaysOfSupplyAfter,
  SlaEffect,
} from './types';
export { daysOfSupply, roundUpToCasePack } from './stock-cover';
export { planRebalance, surplusAndDeficit } from './rebalance';
export type {
  RebalanceInput,
  RebalancePlan,
  RebalanceSku,
  RebalancePosition,
  RebalanceOptions,
  TransferLane,
  LateLanePolicy,
  TransferRecommendation,
  UncoveredDeficit,
} from './rebalance';
export { recommendReplenishment, recommendReplenishments, inventoryPosition } from './replenish';
export type { ReplenishInput, ReplenishRecommendation } from './replenish';
export { assessCentralization } from './centralize';
export type {
  CentralizeInput,
  CentralizeAssessment,
  CentralizeRecommendation,
  ConfigurationFigures,
  StockingConfiguration,
} from './centralize';
export { recommendInboundSplit, INBOUND_SPLIT_HIGH_PRIORITY_DAYS } from './inbound-split';
export type { InboundSplitRecommendationInput, InboundSplitRecommendation } from './inbound-split';
