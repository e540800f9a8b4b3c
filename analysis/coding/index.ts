// The open-answer coder: lexicons, an optional trained classifier, semi-automatic review and evaluation.
export { codeAnswer, createCoder, lexiconConfidences, DEFAULT_THRESHOLD, type AnswerInput, type CodedAnswer, type CoderOptions } from './coder';
export { coderFingerprint, CODER_RULES_VERSION, type CoderConfig } from './coder-fingerprint';
export { trainClassifier, predict, evidence, type ClassifierModel, type TrainingExample } from './classifier';
export { evaluateCoding, type CodingEvaluation, type ThemeEvaluation } from './evaluation';
export { parseLabelledAnswers, type LabelledAnswer } from './devset';
export { parseCorpusTexts, parseCorpusLabels, labelledItems, type CorpusItem, type CorpusKind, type CorpusLabels, type CorpusText, type Skipped } from './corpus';
export { foldText, tokenize } from './normalize';
export { splitSuggestions, mergeDecisions, DEFAULT_REVIEW_FLOOR, type HumanDecision, type ReviewSplit, type Suggestion } from './review';
export { closedThemeWeights, codeClosedAnswers, rankWeight, themesOffered, type ClosedCoding, type RankWeighting } from './closed-answers';
export { freeTextQuestions, withFreeTextCoding, type FreeTextEdit, type FreeTextQuestion } from './free-text-questions';
export { choiceSlots, gatherSuggestions, suggestChoiceThemes, textsToSuggestFrom, withChoiceThemes, type ChoiceSlot, type ChoiceText, type ChoiceThemeEdit, type ChoiceThemeSuggestion, type ChoiceWithThemes } from './choice-themes';
export { openAnswerPlan, answerAt, type OpenAnswer, type OpenAnswerPlan } from './open-answers';
export { surveyElements } from './survey-elements';
export type { AppliedCode, CodeSource } from './applied-code';
export { trainThemeModel, modelProbabilities, wordFeatures, type ModelOptions, type ThemeModel, type ThemeWeights } from './theme-model';
export { afterReview, crossValidate, evaluateBy, evaluatePredictions, fitCoder, fitThemeModel, heldOutPredictions, type FitOptions, type Prediction, type SplitItem } from './corpus-evaluation';
export { classifierIfItHelps, MIN_GAIN, type GateResult } from './classifier-gate';
