/**
 * Network scenarios of the planning engine: evaluate a set of open locations (delivery days, shipping cost per
 * unit, cycle and pooled safety stock, holding, fixed cost, fill rate), choose k of N locations with a
 * facility-location MILP in HiGHS, and compare centralized / current / optimized. Also parsers and a model
 * builder for the Brunel "Supply Chain Logistics Problem" dataset. Pure: numbers (or CSV text) in, numbers out.
 */
export type { NetworkModel, NetworkLocation, NetworkRegion, NetworkSku, NetworkLane, RegionShare } from './types';
export { evaluateNetwork, lanesByLocation } from './evaluate';
export type { NetworkEvaluation, NetworkTotals, NodeFigures, EvaluatedShare, EvaluateOptions } from './evaluate';
export { assignmentCosts } from './assignment-cost';
export type { AssignmentArc, AssignmentCosts, SlaHandling } from './assignment-cost';
export { optimizeNetwork, networkObjective } from './optimize';
export type { OptimizeOptions, OptimizeResult, LocationMilpResult } from './optimize';
export { compareNetworks, COMPARISON_METRICS } from './compare';
export type { NetworkComparison, ScenarioRow, ScenarioName, ComparedMetric, CompareOptions } from './compare';
export {
  parseSupplyChainDataset,
  parseWarehouseCosts,
  parseWarehouseCapacities,
  parsePlantPorts,
  parseFreightRates,
  parseOrderList,
  parseProductsPerPlant,
  parseVmiCustomers,
  SupplyChainCsvError,
} from './supply-chain-dataset';
export type {
  SupplyChainDataset,
  WarehouseCost,
  WarehouseCapacity,
  PlantPort,
  PlantProduct,
  VmiCustomer,
  FreightRate,
  Order,
} from './supply-chain-dataset';
export { buildSupplyChainNetwork } from './supply-chain-network';
export type { SupplyChainNetwork, SupplyChainNetworkOptions } from './supply-chain-network';
export { crossNodeFillRate } from './cross-node-fill-rate';
export type { CrossNodeFillRate } from './cross-node-fill-rate';
