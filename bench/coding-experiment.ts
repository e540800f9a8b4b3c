// Compares settings of the per-theme model by cross-validation on the corpus's TRAIN part only:
// `npx tsx bench/coding-experiment.ts`. Held-out items are filtered out before anything runs.
import { afterReview, createCoder, evaluateCoding, lexiconConfidences, trainThemeModel, wordFeatures, type ModelOptions, type Prediction } from '../analysis/coding';
import { featureSettings } from '../analysis/coding/theme-model';
import { compileLexicons } from '../analysis/coding/lexicons';
import { foldOf, isHeldOut, readCorpus } from '../server/cli/devset-files';

const train = readCorpus().items.filter((item) => !isHeldOut(item.id));
const lexicons = compileLexicons();
const rows = train.map((item) => ({ item, fold: foldOf(item.id, 5), lexicon: lexiconConfidences(lexicons, item.text, item.lang), words: [] as string[] }));
const settings: ModelOptions[] = JSON.parse(process.argv[2] ?? '[{}]');
for (const options of settings) {
  const started = performance.now();
  // The features depend on the settings (character n-grams or not): extracted again per run.
  // The model as it was: '{"normalise":"known","grams":null,"epochs":10,"l2":0.01,"beta":1,"prune":0.15}'.
  const features = featureSettings(options);
  for (const row of rows) row.words = wordFeatures(row.item.text, row.item.lang, features);
  const predicted: string[][] = [];
  const human: string[][] = [];
  const langs: string[] = [];
  const predictions: Prediction[] = [];
  for (let fold = 0; fold < 5; fold += 1) {
    const model = trainThemeModel(rows.filter((row) => row.fold !== fold).map((row) => ({ lexicon: row.lexicon, words: row.words, themes: row.item.themes })), options);
    const coder = createCoder({ model });
    for (const row of rows) {
      if (row.fold !== fold) continue;
      const coded = coder(row.item);
      predicted.push(coded.themes);
      human.push(row.item.themes);
      langs.push(row.item.lang);
      predictions.push({ item: { ...row.item, heldOut: false, fold }, coded });
    }
  }
  const all = evaluateCoding(human, predicted);
  const byLang = [...new Set(langs)].map((lang) => {
    const idx = langs.map((l, i) => (l === lang ? i : -1)).filter((i) => i >= 0);
    return `${lang} ${evaluateCoding(idx.map((i) => human[i]!), idx.map((i) => predicted[i]!)).micro.f1?.toFixed(2)}`;
  });
  console.log(JSON.stringify(options), `P ${all.micro.precision?.toFixed(3)} R ${all.micro.recall?.toFixed(3)} F1 ${all.micro.f1?.toFixed(3)} macro ${all.macroF1?.toFixed(3)} gap ${(all.maxAbsShareGap * 100).toFixed(1)} queue ${(afterReview(predictions).reviewed * 100).toFixed(0)}%`, byLang.join(' '), `${((performance.now() - started) / 1000).toFixed(0)} s`);
}
