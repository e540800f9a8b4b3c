import { describe, expect, it } from 'vitest';
import { codeAnswer, createCoder } from '../../../analysis/coding';
import { lexiconLanguage, lexiconWeights } from '../../../analysis/coding/language';
import { foldText } from '../../../analysis/coding/normalize';

const lexiconOnly = createCoder({ model: false });
const languages = (text: string, lang?: string) => lexiconWeights(lexiconLanguage(lang), foldText(text)).map(([language]) => language);

describe('the language of an answer', () => {
  it('tells Farsi from Arabic by the letters only Persian has', () => {
    expect(languages('کار پیدا نمیکنم و مدرکم را قبول ندارند', 'ar')).toContain('fa');
    expect(languages('کار پیدا نمیکنم و مدرکم را قبول ندارند', 'ar')).not.toContain('ar');
    expect(languages('ما في شغل وما حدا رد علي', 'fa')).toContain('ar');
    expect(languages('ما في شغل وما حدا رد علي', 'en')).toEqual(expect.arrayContaining(['en', 'ar']));
  });

  it('reads Cyrillic as Ukrainian, and Dari and Farsi locales as the Farsi lexicon', () => {
    expect(languages('Оренда дуже дорога', 'en')).toContain('uk');
    expect(lexiconLanguage('prs')).toBe('fa');
    expect(lexiconLanguage('fa-IR')).toBe('fa');
    expect(lexiconLanguage('uk')).toBe('uk');
  });

  it('adds the detected language of a longer Latin answer to the chosen one', () => {
    const spanishUnderEnglish = languages('no encuentro trabajo y el alquiler esta muy caro para mi familia', 'en');
    expect(spanishUnderEnglish).toEqual(expect.arrayContaining(['en', 'es']));
    expect(languages('rent', 'en')).not.toContain('es');
  });

  it('codes Farsi and Ukrainian answers with their own lexicons', () => {
    expect(lexiconOnly({ text: 'اجاره خیلی گرونه', lang: 'fa' }).themes).toContain('housing');
    expect(lexiconOnly({ text: 'Роботу знайти дуже важко', lang: 'uk' }).themes).toContain('employment');
    // "^мов" is anchored at a word start: "умови" (conditions) is not about language.
    expect(lexiconOnly({ text: 'умови погані', lang: 'uk' }).themes).not.toContain('language');
    expect(lexiconOnly({ text: 'моя англійська мова слабка', lang: 'uk' }).themes).toContain('language');
  });

  it('codes romanised Punjabi when Punjabi was chosen', () => {
    expect(lexiconOnly({ text: 'naukri nahi mildi', lang: 'pa' }).themes).toContain('employment');
  });
});

describe('context rules for ambiguous words', () => {
  it('does not code civic participation for a council that merely meets', () => {
    expect(lexiconOnly({ text: 'The Partnership Council met at the library', lang: 'en' }).themes).not.toContain('civic_participation');
    expect(lexiconOnly({ text: 'newcomers have no voice on city council', lang: 'en' }).themes).toContain('civic_participation');
  });

  it('reads "right" as rights only next to a word about rights', () => {
    for (const text of ['Nothing right now', 'all right', 'the right answer']) expect(lexiconOnly({ text, lang: 'en' }).themes, text).not.toContain('safety_justice');
    for (const text of ['I do not know my rights as a worker', 'my employer violated my rights', 'Rights']) expect(lexiconOnly({ text, lang: 'en' }).themes, text).toContain('safety_justice');
  });

  it('codes funding as institutional capacity only when the funding itself is the issue', () => {
    expect(lexiconOnly({ text: 'an IRCC-funded program for youth', lang: 'en' }).themes).not.toContain('institutional_capacity');
    expect(lexiconOnly({ text: 'agencies lack stable funding', lang: 'en' }).themes).toContain('institutional_capacity');
  });

  it('reads coverage as media only next to a media word', () => {
    expect(lexiconOnly({ text: 'negative news coverage of refugees', lang: 'en' }).themes).toContain('media_representation');
    expect(lexiconOnly({ text: 'dental coverage', lang: 'en' }).themes).not.toContain('media_representation');
  });
});

describe('the shipped coder', () => {
  it('applies exactly the codes whose probability reaches their acceptance point, and leaves the rest as scores', () => {
    const coded = codeAnswer({ text: 'landlord wants 3 months upfront and no family doctor', lang: 'en' });
    expect(coded.themes).toEqual(expect.arrayContaining(['housing', 'health']));
    for (const [theme, score] of Object.entries(coded.scores)) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      if (coded.themes.includes(theme as never)) expect(score).toBeGreaterThan(0.1);
    }
  });

  it('still codes an empty answer as no_content', () => {
    expect(codeAnswer({ text: '  ', lang: 'fr' }).themes).toEqual(['no_content']);
  });
});
