/** Segmentation of SKUs for the planning engine: ABC by value, XYZ by variability, demand pattern by ADI/CV². */
export {
  annualConsumptionValue,
  classifyAbc,
  DEFAULT_ABC_CUTOFFS,
  type AbcClass,
  type AbcCutoffs,
  type AbcInput,
  type AbcResult,
} from './abc';
export {
  classifyXyz,
  coefficientOfVariation,
  DEFAULT_XYZ_THRESHOLDS,
  xyzClassOf,
  type XyzClass,
  type XyzThresholds,
} from './xyz';
export {
  classifyDemandPattern,
  isIntermittentPattern,
  SYNTETOS_BOYLAN_CUTOFFS,
  type DemandPattern,
  type DemandPatternCutoffs,
  type DemandPatternResult,
} from './demand-pattern';
