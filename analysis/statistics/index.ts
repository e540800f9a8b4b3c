// Statistics the analysis needs that simple-statistics lacks: intervals, tests, corrections.
// Pure functions on numbers; too little data returns null or a `testable: false` value.
export { normalQuantile, criticalZ, twoSidedNormalP } from './normal';
export { regularizedGammaP, regularizedGammaQ, chiSquareP } from './incomplete-gamma';
export { wilsonInterval, type Interval } from './wilson';
export { chiSquareIndependence, type ChiSquareOutcome, type ChiSquareResult } from './chi-square-independence';
export { twoProportionZTest, type TwoProportionResult } from './two-proportion';
export { holmAdjust, benjaminiHochbergAdjust, adjustPValues, type Adjustment } from './multiple-comparisons';
