import { SurveyModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { isSurveyLocaleReady, loadSurveyLocale } from '../../client/src/pages/survey-locales';

/** survey-core's own messages for a locale, as a respondent sees them on a question limited to 3 choices. */
async function messagesIn(locale: string) {
  await loadSurveyLocale(locale);
  const survey = new SurveyModel({
    locale,
    pages: [{ elements: [{ type: 'checkbox', name: 'top', maxSelectedChoices: 3, minSelectedChoices: 2, choices: ['a', 'b', 'c', 'd'], showRefuseItem: true, showNoneItem: true }] }],
  });
  const question = survey.getQuestionByName('top');
  survey.setValue('top', ['a']);
  survey.validate(true, false);
  return {
    minSelect: question.errors.map((error) => error.getText()).join(' '),
    refuse: (question as unknown as { refuseItem: { locText: { renderedHtml: string } } }).refuseItem.locText.renderedHtml,
    none: (question as unknown as { noneItem: { locText: { renderedHtml: string } } }).noneItem.locText.renderedHtml,
  };
}

describe("survey-core's words in Farsi and Ukrainian", () => {
  it('load on demand for both new languages', async () => {
    expect(isSurveyLocaleReady('fa')).toBe(false);
    await loadSurveyLocale('fa');
    await loadSurveyLocale('uk');
    expect(isSurveyLocaleReady('fa') && isSurveyLocaleReady('uk')).toBe(true);
  });

  it('say in Farsi how many choices are needed, and offer "prefer not to answer" as the questionnaires do', async () => {
    const fa = await messagesIn('fa');
    expect(fa.minSelect).toBe('لطفاً دست‌کم 2 گزینه انتخاب کنید.');
    expect(fa.refuse).toBe('ترجیح می‌دهم پاسخ ندهم');
    expect(fa.none).toBe('هیچ‌کدام');
  });

  it('offer "I do not want to answer" in Ukrainian, not an order to refuse', async () => {
    const uk = await messagesIn('uk');
    expect(uk.refuse).toBe('Не хочу відповідати');
    expect(uk.minSelect).toBe('Кількість вибраних варіантів має бути не менше 2.');
  });
});
