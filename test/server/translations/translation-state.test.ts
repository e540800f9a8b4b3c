import { describe, expect, it } from 'vitest';
import { stampTranslationSources } from '../../../server/translations/stamp-sources';
import { surveyStrings } from '../../../server/translations/survey-strings';
import { sourceHash, stringDetails, translationSummary } from '../../../server/translations/translation-state';
import { transitSurvey } from './fixtures';

const stateOf = (survey: Record<string, unknown>, locale: string, id: string) =>
  stringDetails(survey, locale).find((detail) => detail.id === id)?.state;

describe('the strings of a survey', () => {
  it('are named by page, question and choice names, not positions', () => {
    expect(surveyStrings(transitSurvey()).map((entry) => entry.id)).toEqual([
      'title', 'pages.ride.title', 'intro.html', 'bus.title', 'bus.choices.yes.text', 'bus.choices.no.text',
      'trips.title', 'trips.validators.0.text',
    ]);
  });

  it('keep their ids when questions are reordered', () => {
    const survey = transitSurvey();
    const reordered = { ...survey, pages: [{ ...survey.pages[0]!, elements: [...survey.pages[0]!.elements].reverse() }] };
    const ids = (s: unknown) => surveyStrings(s).map((entry) => entry.id).sort();
    expect(ids(reordered)).toEqual(ids(survey));
  });
});

describe('translation status', () => {
  it('counts every string of a complete translation as translated', () => {
    expect(translationSummary(transitSurvey())).toEqual({
      fr: { status: 'reviewed', translated: 8, stale: 0, missing: 0 },
      fa: { status: 'draft', translated: 8, stale: 0, missing: 0 },
    });
  });

  it('flags every translation of a changed English text stale, per string and per language', () => {
    const v1 = transitSurvey();
    const v2 = transitSurvey();
    v2.pages[0]!.elements[1]!.title!.default = 'Do you ride the bus or the streetcar?';
    const stamped = stampTranslationSources(v2, v1);
    expect(stateOf(stamped, 'fa', 'bus.title')).toBe('stale');
    expect(stateOf(stamped, 'fr', 'bus.title')).toBe('stale');
    expect(stateOf(stamped, 'fa', 'bus.choices.yes.text')).toBe('translated');
    expect(translationSummary(stamped).fa).toEqual({ status: 'draft', translated: 7, stale: 1, missing: 0 });
    expect(stamped.translationSources).toEqual({
      fr: { 'bus.title': sourceHash('Do you take the bus?') },
      fa: { 'bus.title': sourceHash('Do you take the bus?') },
    });
  });

  it('takes a translation rewritten together with its English as current, and one left as it was as stale', () => {
    const v1 = transitSurvey();
    const v2 = transitSurvey();
    v2.title.default = 'Transit survey';
    v2.title.fr = 'Sondage sur le transport';
    const stamped = stampTranslationSources(v2, v1);
    expect(stateOf(stamped, 'fr', 'title')).toBe('translated');
    expect(stateOf(stamped, 'fa', 'title')).toBe('stale');
  });

  it('keeps a translation stale through later saves of the draft until it is rewritten', () => {
    const v1 = transitSurvey();
    const v2 = transitSurvey();
    v2.title.default = 'Transit survey';
    const draft = stampTranslationSources(v2, v1);
    const { translationSources: _dropped, ...savedByAnEditorThatDropsIt } = draft;
    const resaved = stampTranslationSources(savedByAnEditorThatDropsIt, draft);
    expect(stateOf(resaved, 'fa', 'title')).toBe('stale');
    const fixed = structuredClone(resaved) as typeof v2;
    fixed.title.fa = 'پرسش‌نامهٔ حمل‌ونقل';
    const afterFix = stampTranslationSources(fixed, resaved);
    expect(stateOf(afterFix, 'fa', 'title')).toBe('translated');
    expect(stateOf(afterFix, 'fr', 'title')).toBe('stale');
  });

  it('is current again when the English goes back to the text that was translated', () => {
    const v1 = transitSurvey();
    const v2 = transitSurvey();
    v2.title.default = 'Transit survey';
    const stale = stampTranslationSources(v2, v1);
    const reverted = stampTranslationSources({ ...structuredClone(stale), title: v1.title }, stale);
    expect(translationSummary(reverted).fa?.stale).toBe(0);
    expect('translationSources' in reverted).toBe(false);
  });

  it('counts strings with no text in a language as missing', () => {
    const survey = transitSurvey();
    delete (survey.pages[0]!.elements[1]!.choices![1]!.text as { fa?: string }).fa;
    survey.title.fa = '  ';
    expect(translationSummary(survey).fa).toEqual({ status: 'draft', translated: 6, stale: 0, missing: 2 });
  });
});
