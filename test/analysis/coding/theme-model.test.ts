import { describe, expect, it } from 'vitest';
import {
  afterReview,
  createCoder,
  crossValidate,
  labelledItems,
  parseCorpusLabels,
  parseCorpusTexts,
  trainThemeModel,
  type SplitItem,
} from '../../../analysis/coding';
import { TOPIC_CODES } from '../../../analysis/taxonomy';

const column = (theme: string) => TOPIC_CODES.indexOf(theme as (typeof TOPIC_CODES)[number]);
const lexicon = (themes: string[]) => TOPIC_CODES.map((code) => (themes.includes(code) ? 0.63 : 0));

describe('the per-theme model', () => {
  // Housing words appear in every answer; only those that also say "landlord" are labelled housing,
  // the way "council" only counts for civic participation in some company.
  const examples = Array.from({ length: 120 }, (_, index) => {
    const aboutIt = index % 3 === 0;
    return { lexicon: lexicon(['housing']), words: aboutIt ? ['landlord', `w${index % 7}`] : ['minutes', `w${index % 7}`], themes: aboutIt ? ['housing'] : [] };
  });

  it('learns from the words when a lexicon hit is about its theme, and picks an acceptance point', () => {
    const model = trainThemeModel(examples);
    const housing = model.themes.housing;
    expect(housing).toBeDefined();
    expect(housing!.words.landlord).toBeGreaterThan(0);
    expect(housing!.words.minutes ?? 0).toBeLessThan(0);
    expect(housing!.accept).toBeGreaterThan(0.1);
    expect(housing!.lexicon[column('housing')]).toBeTypeOf('number');
  });

  it('leaves out themes with fewer than three positive examples', () => {
    expect(trainThemeModel(examples).themes.health).toBeUndefined();
  });
});

describe('the labelled corpus', () => {
  it('joins texts with their labels, skipping unreadable lines and unlabelled texts', () => {
    const skipped: { line: number; reason: string }[] = [];
    const texts = parseCorpusTexts(
      ['{"id":"en-answer-0001","lang":"en","kind":"answer","text":"rent is 2000"}', '{"id":"en-answer-0002","lang":"en","kind":"essay","text":"x"}', '{"id":"en-prose-0001","lang":"en","kind":"prose","text":"The Council met."}', '{"id":"en-answ'].join('\n'),
      skipped,
    );
    const labels = parseCorpusLabels('{"id":"en-answer-0001","themes":["housing"]}\n{"id":"en-x","themes":["nope"]}\n', skipped);
    expect(texts.map((text) => text.id)).toEqual(['en-answer-0001', 'en-prose-0001']);
    expect(skipped.map((line) => line.reason)).toEqual(['kind must be "answer" or "prose"', 'not valid JSON', 'unknown theme nope']);
    expect(labelledItems(texts, labels)).toEqual([{ id: 'en-answer-0001', lang: 'en', kind: 'answer', text: 'rent is 2000', themes: ['housing'] }]);
  });

  it('cross-validates fold by fold and simulates the review of suggested codes', () => {
    const items: SplitItem[] = Array.from({ length: 40 }, (_, index) => ({
      id: `en-answer-${index}`,
      lang: 'en',
      kind: 'answer',
      text: index % 2 === 0 ? 'the landlord wants first and last' : 'the weather is grey',
      themes: index % 2 === 0 ? ['housing'] : [],
      heldOut: false,
      fold: index % 5,
    }));
    const predictions = crossValidate(items, 5, { model: false });
    expect(predictions.map((prediction) => prediction.item.id)).toEqual(items.map((item) => item.id));
    expect(predictions[0]?.coded.themes).toEqual(['housing']);
    // Nothing is doubtful here: only the answers without a code go to a person, who confirms them.
    const reviewed = afterReview(predictions);
    expect(reviewed.reviewed).toBeCloseTo(0.5, 5);
    expect(reviewed.evaluation.micro.f1).toBe(1);
    expect(createCoder({ model: false })({ text: 'the weather is grey' }).themes).toEqual([]);
  });
});
