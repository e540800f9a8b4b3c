// Comparisons of theme frequencies: across communities or waves (chi-square, adjusted
// residuals, corrected pairwise tests, bilingual flags) and newcomers' needs vs providers' gaps.
export {
  compareGroups,
  type CompareOptions,
  type ComparisonFlag,
  type GroupComparison,
  type GroupResult,
  type PairResult,
  type ThemeComparison,
  type ThemeTest,
} from './compare-groups';
export { audienceGaps, gapText, type AudienceGap, type AudienceGapInput, type GapOptions, type GapRow } from './audience-gap';
export { groupPhrase, pairwiseText, versusOverallText, type Bilingual, type GroupKind } from './flag-text';
export { formatPercent, labelOf, mentionedClause, type Lang } from './theme-phrases';
export { questionLineages, versionKey, type LinkedVersion } from './wave-lineage';
export { waveBasis, type ThemeWaveBasis, type WaveQuestions } from './wave-basis';
