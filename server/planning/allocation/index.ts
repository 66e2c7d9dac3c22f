/**
 * Allocation in the planning engine: region assignment, stocking policy by ABC class, targets per location and
 * the fair-share split of inbound arrivals. Pure: numbers in, numbers out.
 */
export { assignRegions, holdingCostPerUnitShipped } from './region-assignment';
export type {
  AssignmentRegion,
  AssignmentLane,
  AssignmentLocation,
  AssignRegionsInput,
  RegionAssignment,
  RegionAssignmentResult,
  HoldingCostPerUnitShippedInput,
} from './region-assignment';
export { stockingLocations, assignSkuRegions, DEFAULT_STOCKING_POLICY } from './stocking-policy';
export type {
  StockingRule,
  StockingPolicy,
  StockingLocationsInput,
  StockingDecision,
  AssignSkuRegionsInput,
} from './stocking-policy';
export { nodeTargets } from './node-targets';
export type { TargetRegion, TargetLocation, NodeTargetsInput, NodeTarget } from './node-targets';
export { splitInbound } from './inbound-split';
export type { InboundSplitInput, InboundSplitLocation, InboundSplitPart, InboundSplitResult } from './inbound-split';
