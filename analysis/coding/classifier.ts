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
  return { kind: 'naive-bayes-ovr', version: 1, examples: examples.length, vocabulary: vocabulary.size, themes };
}

/** Probability of each topic code for one answer; codes the model never saw get 0. */
export function predict(model: ClassifierModel, text: string, lang?: string): Partial<Record<TopicCode, number>> {
  const found = features(text, lang);
  const result: Partial<Record<TopicCode, number>> = {};
  const vocabulary = Math.max(model.vocabulary, 1);
  for (const code of TOPIC_CODES) {
    const stats = model.themes[code];
    if (!stats) {
      result[code] = 0;
      continue;
    }
    // Laplace smoothing; features the model never saw carry no evidence either way.
    let logOdds = Math.log(stats.positives / Math.max(model.examples - stats.positives, 1));
    let seen = 0;
    for (const feature of found) {
      const inTheme = stats.withTheme.counts[feature] ?? 0;
      const outTheme = stats.withoutTheme.counts[feature] ?? 0;
      if (inTheme + outTheme === 0) continue;
      seen += 1;
      logOdds +=
        Math.log((inTheme + 1) / (stats.withTheme.total + vocabulary)) -
        Math.log((outTheme + 1) / (stats.withoutTheme.total + vocabulary));
    }
    result[code] = seen === 0 ? 0 : 1 / (1 + Math.exp(-logOdds));
  }
  return result;
}
