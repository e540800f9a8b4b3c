import { TOPIC_CODES, isThemeCode, type ThemeCode } from '../taxonomy';
import { lexiconLanguage } from './language';
import { foldText, tokenize } from './normalize';
import { createStemmer, type StemLanguage, type Stemmer } from './stem';

export type TopicCode = Exclude<ThemeCode, 'no_content'>;

export type TrainingExample = { text: string; lang?: string; themes: readonly string[] };

/**
 * One-vs-rest multinomial naive Bayes on word stems (character bigrams for scripts without
 * spaces). Plain JSON so a partnership's model can be stored next to its consultation.
 */
export type ClassifierModel = {
  kind: 'naive-bayes-ovr';
  version: 1;
  /**
   * Additive (Lidstone) smoothing. Below Laplace's 1 because a partnership trains on a few
   * hundred answers: with 1, a local word seen in three answers barely moves the odds.
   */
  smoothing: number;
  examples: number;
  vocabulary: number;
  themes: Partial<
    Record<
      TopicCode,
      {
        positives: number;
        /** Stem counts and totals in answers with and without the theme. */
        withTheme: { counts: Record<string, number>; total: number };
        withoutTheme: { counts: Record<string, number>; total: number };
      }
    >
  >;
};

const stemmers = new Map<StemLanguage, Stemmer>();
function stemmerFor(lang: StemLanguage): Stemmer {
  let stemmer = stemmers.get(lang);
  if (!stemmer) {
    stemmer = createStemmer(lang);
    stemmers.set(lang, stemmer);
  }
  return stemmer;
}

export function features(text: string, lang?: string): string[] {
  const language = lexiconLanguage(lang);
  const stem = stemmerFor(language === 'fr' || language === 'es' || language === 'tl' ? language : 'en');
  const found = new Set<string>();
  for (const token of tokenize(foldText(text))) {
    if (/^\p{Script=Latin}+$/u.test(token)) {
      if (token.length > 2) found.add(stem(token));
    } else {
      // No word boundaries to rely on: character bigrams carry the words.
      const chars = [...token];
      if (chars.length === 1) found.add(token);
      for (let index = 0; index + 1 < chars.length; index += 1) found.add(`${chars[index]}${chars[index + 1]}`);
    }
  }
  return [...found];
}

const SMOOTHING = 0.1;
const MIN_SUPPORT = 2;
const MIN_PURITY = 0.75;

export function trainClassifier(examples: readonly TrainingExample[]): ClassifierModel {
  const featureSets = examples.map((example) => features(example.text, example.lang));
  const vocabulary = new Set(featureSets.flat());
  const themes: ClassifierModel['themes'] = {};
  for (const code of TOPIC_CODES) {
    const withTheme = { counts: {} as Record<string, number>, total: 0 };
    const withoutTheme = { counts: {} as Record<string, number>, total: 0 };
    let positives = 0;
    examples.forEach((example, index) => {
      const positive = example.themes.some((theme) => isThemeCode(theme) && theme === code);
      if (positive) positives += 1;
      const side = positive ? withTheme : withoutTheme;
      for (const feature of featureSets[index] ?? []) {
        side.counts[feature] = (side.counts[feature] ?? 0) + 1;
        side.total += 1;
      }
    });
    if (positives > 0) themes[code] = { positives, withTheme, withoutTheme };
  }
  return { kind: 'naive-bayes-ovr', version: 1, smoothing: SMOOTHING, examples: examples.length, vocabulary: vocabulary.size, themes };
}

/**
 * The words' evidence for each topic code as a log likelihood ratio (0: no evidence either
 * way), without the base rate. The coder adds it to the lexicon's log-odds, so a theme the
 * lexicon found is not pulled down just because it is rare in the training answers.
 */
export function evidence(
  model: ClassifierModel,
  text: string,
  lang?: string,
  ignore?: (feature: string) => boolean,
): Partial<Record<TopicCode, number>> {
  const found = ignore ? features(text, lang).filter((feature) => !ignore(feature)) : features(text, lang);
  const result: Partial<Record<TopicCode, number>> = {};
  const vocabulary = Math.max(model.vocabulary, 1);
  const alpha = model.smoothing;
  for (const code of TOPIC_CODES) {
    const stats = model.themes[code];
    let ratio = 0;
    if (stats) {
      for (const feature of found) {
        const inTheme = stats.withTheme.counts[feature] ?? 0;
        const outTheme = stats.withoutTheme.counts[feature] ?? 0;
        // Only words the partnership's coders tied to the theme again and again count: with a few
        // hundred answers, a word seen once or spread over themes is noise, not evidence.
        if (inTheme < MIN_SUPPORT || inTheme / (inTheme + outTheme) < MIN_PURITY) continue;
        ratio +=
          Math.log((inTheme + alpha) / (stats.withTheme.total + alpha * vocabulary)) -
          Math.log((outTheme + alpha) / (stats.withoutTheme.total + alpha * vocabulary));
      }
    }
    result[code] = ratio;
  }
  return result;
}

/** Probability of each topic code for one answer from the model alone (base rate included). */
export function predict(model: ClassifierModel, text: string, lang?: string): Partial<Record<TopicCode, number>> {
  const ratios = evidence(model, text, lang);
  const result: Partial<Record<TopicCode, number>> = {};
  for (const code of TOPIC_CODES) {
    const stats = model.themes[code];
    if (!stats) {
      result[code] = 0;
      continue;
    }
    const prior = Math.log(stats.positives / Math.max(model.examples - stats.positives, 1));
    result[code] = 1 / (1 + Math.exp(-(prior + (ratios[code] ?? 0))));
  }
  return result;
}
