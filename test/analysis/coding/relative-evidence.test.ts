import { describe, expect, it } from 'vitest';
import { createCoder, splitSuggestions, type ThemeModel } from '../../../analysis/coding';
import { TOPIC_CODES } from '../../../analysis/taxonomy';

// Hand-set models: each theme's probability is sigmoid(bias), whatever the answer says.
const flat = (bias: number, accept: number) => ({ bias, lexicon: TOPIC_CODES.map(() => 0), words: {}, slope: 1, intercept: 0, accept });
const model = (housingBias: number): ThemeModel => ({
  kind: 'logistic-ovr',
  version: 1,
  themes: { housing: flat(housingBias, 0.3), social_inclusion: flat(-1, 0.2) },
});

describe('a theme far behind the answer\'s strongest one', () => {
  it('is not applied next to a much stronger theme, and goes to review as a suggestion', () => {
    const coded = createCoder({ model: model(3) })({ text: 'rent is too high for our community', lang: 'en' });
    expect(coded.scores.housing).toBeGreaterThan(0.9);
    expect(coded.scores.social_inclusion).toBeGreaterThan(0.2); // above its own acceptance point
    expect(coded.themes).toEqual(['housing']);
    const split = splitSuggestions(coded, {});
    expect(split.review.map((s) => s.theme)).toContain('social_inclusion');
  });

  it('is applied when the strongest theme is not far ahead', () => {
    const coded = createCoder({ model: model(0) })({ text: 'rent is too high for our community', lang: 'en' });
    expect(coded.themes.sort()).toEqual(['housing', 'social_inclusion']);
  });

  it('does not touch the lexicon-alone coder', () => {
    const coded = createCoder({ model: false, threshold: 0.1 })({ text: 'rent is too high and no family doctor', lang: 'en' });
    expect(coded.themes).toEqual(expect.arrayContaining(['housing', 'health']));
  });
});
