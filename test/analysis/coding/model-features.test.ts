import { describe, expect, it } from 'vitest';
import { createCoder, trainThemeModel, wordFeatures } from '../../../analysis/coding';
import { TOPIC_CODES } from '../../../analysis/taxonomy';

describe("the per-theme model's features", () => {
  it('adds the character n-grams of each word, boundaries marked, only when asked', () => {
    const words = wordFeatures('loyer', 'fr');
    expect(words).toHaveLength(1);
    expect(wordFeatures('loyer', 'fr', { grams: { min: 3, max: 3 } })).toEqual([...words, '#<lo', '#loy', '#oye', '#yer', '#er>']);
    expect(wordFeatures('Нічого', 'uk', { grams: { min: 4, max: 4 } })).toContain('#<ніч');
  });

  it('hashes the n-grams into a bounded number of buckets', () => {
    const grams = wordFeatures('apartement trop cher', 'fr', { grams: { min: 3, max: 4, buckets: 16 } }).filter((feature) => feature.startsWith('#'));
    expect(grams.length).toBeGreaterThan(0);
    for (const gram of grams) expect(Number(gram.slice(1))).toBeLessThan(16);
  });

  it('records the feature settings in the model, so coding extracts what it was fitted on', () => {
    const settings = { grams: { min: 3, max: 4 }, normalise: 'answer' } as const;
    const examples = Array.from({ length: 60 }, (_, index) => {
      const text = index % 2 === 0 ? `the landlord ${index}` : `the weather ${index}`;
      return { lexicon: TOPIC_CODES.map(() => 0), words: wordFeatures(text, 'en', settings), themes: index % 2 === 0 ? ['housing'] : [] };
    });
    const model = trainThemeModel(examples, settings);
    expect(model.features).toEqual(settings);
    const coder = createCoder({ model });
    // A misspelling the words never saw still shares n-grams with "landlord".
    expect(coder({ text: 'my landlordd', lang: 'en' }).scores.housing).toBeGreaterThan(coder({ text: 'my weather', lang: 'en' }).scores.housing);
  });
});
