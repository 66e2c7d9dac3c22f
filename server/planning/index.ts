/**
 * Public facade of the pure planning engine (DESIGN §5). Import from '@/server/planning'.
 * Documented in server/planning/README.md.
 */
export * from './inventory';
export * from './allocation';
export * from './forecast';
export * from './segmentation';
// forecast/ also exports a normalQuantile (Acklam, 1e-9); the facade exposes the inventory one (refined, ~1e-15).
export { normalQuantile } from './inventory';

// Recommendations (replenish, rebalance with HiGHS, centralize/decentralize, inbound split) and network scenarios.
export * from './recommendations';
export * from './network';
export { solveLp, loadHighsSolver, LpNotOptimalError, toCplexLp, solutionValue } from './highs-solver';
export type { LpModel, LpVariable, LpConstraint, LpSolution, LpSolveOptions } from './highs-solver';
