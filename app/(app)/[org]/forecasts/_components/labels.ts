/** Words for the codes a planning run stores: forecast methods, demand patterns, ABC/XYZ classes. */

const METHOD_LABEL: Record<string, string> = {
  'seasonal-naive': 'Seasonal naive',
  ses: 'Simple exponential smoothing',
  'holt-damped': 'Holt (damped trend)',
  'holt-winters-additive': 'Holt-Winters (additive)',
  'holt-winters-multiplicative': 'Holt-Winters (multiplicative)',
  croston: 'Croston',
  sba: 'Syntetos-Boylan (SBA)',
  tsb: 'Teunter-Syntetos-Babai (TSB)',
};

const METHOD_HINT: Record<string, string> = {
  'seasonal-naive': 'next week = the same week last season',
  ses: 'a level that follows recent weeks, no trend',
  'holt-damped': 'level and a trend that flattens out',
  'holt-winters-additive': 'level, trend and a seasonal swing of fixed size',
  'holt-winters-multiplicative': 'level, trend and a seasonal swing that grows with the level',
  croston: 'size and interval of demand for sporadic items',
  sba: 'Croston with its bias corrected',
  tsb: 'sporadic demand whose probability can fade',
};

/** "holt-damped" → "Holt (damped trend)"; an unknown code reads as itself with spaces. */
export function methodLabel(method: string): string {
  if (METHOD_LABEL[method]) return METHOD_LABEL[method];
  const seasonal = /^(.*)-seasonal$/.exec(method);
  if (seasonal?.[1] && METHOD_LABEL[seasonal[1]]) return `${METHOD_LABEL[seasonal[1]]} with pooled seasonality`;
  return method.replace(/[-_]/g, ' ');
}

export function methodHint(method: string): string | null {
  return METHOD_HINT[method] ?? null;
}

export const PATTERN_LABEL: Record<string, string> = {
  smooth: 'Smooth',
  erratic: 'Erratic',
  intermittent: 'Intermittent',
  lumpy: 'Lumpy',
  none: 'No demand',
};

export const PATTERN_HINT: Record<string, string> = {
  smooth: 'regular demand of steady size',
  erratic: 'regular demand, very variable size',
  intermittent: 'sporadic demand of steady size',
  lumpy: 'sporadic demand, very variable size',
  none: 'no orders in the history',
};

export function patternLabel(pattern: string): string {
  return PATTERN_LABEL[pattern] ?? pattern;
}

export const ABC_HINT: Record<string, string> = {
  A: 'the SKUs that make most of the consumption value',
  B: 'the middle of the consumption value',
  C: 'the long tail of low consumption value',
};

export const XYZ_HINT: Record<string, string> = {
  X: 'steady week to week (CV below 0.5)',
  Y: 'variable (CV 0.5 to 1)',
  Z: 'very variable (CV 1 or more)',
};

export const ACCURACY_LABEL: Record<string, string> = {
  better: 'Beats seasonal naive',
  worse: 'No better than seasonal naive',
  unmeasured: 'Too little history to measure',
};
