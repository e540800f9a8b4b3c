import { describe, expect, it } from 'vitest';
import { applyTranslationImport } from '../../../server/translations/apply-import';
import { stampTranslationSources } from '../../../server/translations/stamp-sources';
import { parseTranslationCsv, toTranslationCsv } from '../../../server/translations/translation-csv';
import type { TranslationExport } from '../../../server/translations/translation-file';
import { languageStatusOf, stringDetails, translationSummary } from '../../../server/translations/translation-state';
import { parseXliff, toXliff } from '../../../server/translations/xliff';
import { questionnaires } from '../../../surveys/catalog';
import { transitSurvey } from './fixtures';

type Json = Record<string, unknown>;
const FORMATS = [
  ['XLIFF 2.0', toXliff, parseXliff],
  ['CSV', toTranslationCsv, parseTranslationCsv],
] as const;

const exportOf = (survey: Json, locale: string): TranslationExport => ({
  locale, name: 'transit.v2', status: languageStatusOf(survey, locale), strings: stringDetails(survey, locale),
});

function staleSurvey() {
  const v2 = transitSurvey();
  v2.pages[0]!.elements[1]!.title!.default = 'Do you ride the bus?';
  return stampTranslationSources(v2, transitSurvey());
}

describe.each(FORMATS)('a %s file', (_name, write, read) => {
  it('changes nothing when imported back without edits, stale strings included', () => {
    const survey = staleSurvey();
    const before = JSON.stringify(survey);
    const outcome = applyTranslationImport(survey, 'fa', read(write(exportOf(survey, 'fa'))));
    expect(outcome).toMatchObject({ changed: 0, confirmed: 0 });
    expect(JSON.stringify(outcome.survey)).toBe(before);
  });

  it.each(questionnaires.map((q) => [q.key, q.json] as const))('of the shipped %s questionnaire round-trips in every language unchanged', (_key, json) => {
    for (const locale of Object.keys(translationSummary(json))) {
      const outcome = applyTranslationImport(json, locale, read(write(exportOf(json, locale))));
      expect(JSON.stringify(outcome.survey), locale).toBe(JSON.stringify(json));
    }
  });

  it('writes edited translations, makes them current and leaves the rest alone', () => {
    const survey = staleSurvey();
    const text = write(exportOf(survey, 'fa')).replace('آیا با اتوبوس رفت‌وآمد می‌کنید؟', 'آیا سوار اتوبوس می‌شوید؟');
    const outcome = applyTranslationImport(survey, 'fa', read(text));
    expect(outcome).toMatchObject({ changed: 1, confirmed: 0 });
    const bus = stringDetails(outcome.survey, 'fa').find((detail) => detail.id === 'bus.title');
    expect(bus).toMatchObject({ text: 'آیا سوار اتوبوس می‌شوید؟', state: 'translated' });
    expect(translationSummary(outcome.survey).fr?.stale).toBe(1);
  });

  it('keeps text that a spreadsheet would read as a formula as text, and reads it back exactly', () => {
    const survey = transitSurvey();
    survey.title.fa = '=HYPERLINK("http://x","y")';
    survey.pages[0]!.title.fa = "'+1";
    const written = write(exportOf(survey, 'fa'));
    const outcome = applyTranslationImport(survey, 'fa', read(written));
    expect(outcome.changed).toBe(0);
    if (_name === 'CSV') expect(written).toContain(`'=HYPERLINK`);
  });

  it('starts a new language from an empty export and declares it a draft', () => {
    const survey = transitSurvey();
    const filled = write(exportOf(survey, 'uk')).replace(
      _name === 'CSV' ? 'Transit check,,missing' : '<source>Transit check</source>',
      _name === 'CSV' ? 'Transit check,Перевірка транспорту,missing' : '<source>Transit check</source>\n        <target>Перевірка транспорту</target>',
    );
    const outcome = applyTranslationImport(survey, 'uk', read(filled));
    expect(outcome.changed).toBe(1);
    expect(translationSummary(outcome.survey).uk).toEqual({ status: 'draft', translated: 1, stale: 0, missing: 7 });
  });
});

describe('an XLIFF export', () => {
  it('is XLIFF 2.0 with the source, the translation, its state and a note where stale', () => {
    const xliff = toXliff(exportOf(staleSurvey(), 'fa'));
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fa">');
    expect(xliff).toContain('<note category="language-status">draft</note>');
    expect(xliff).toMatch(/<unit id="bus.title" name="bus.title">\s*<notes>\s*<note category="state">stale<\/note>\s*<note>The English text changed/);
    expect(xliff).toMatch(/<segment state="initial">\s*<source>Do you ride the bus\?<\/source>\s*<target>آیا با اتوبوس/);
    expect(xliff).toContain('<source>&lt;p&gt;About &lt;b&gt;buses&lt;/b&gt;.&lt;/p&gt;</source>');
    expect(xliff).toMatch(/<unit id="bus.choices.yes.text" name="bus.choices.yes.text">\s*<segment state="translated">/);
  });

  it('confirms a stale translation the translator marked translated without changing it', () => {
    const survey = staleSurvey();
    const xliff = toXliff(exportOf(survey, 'fa')).replace(
      /(<unit id="bus.title"[\s\S]*?<segment state=")initial/,
      '$1translated',
    );
    const outcome = applyTranslationImport(survey, 'fa', parseXliff(xliff));
    expect(outcome).toMatchObject({ changed: 0, confirmed: 1 });
    expect(translationSummary(outcome.survey).fa?.stale).toBe(0);
    expect(translationSummary(outcome.survey).fr?.stale).toBe(1);
  });
});

describe('an import with problems', () => {
  function rejected(survey: Json, text: string) {
    try {
      applyTranslationImport(survey, 'fa', parseXliff(text));
    } catch (error) {
      return error as { status: number; code: string; fields: { field: string; code: string }[] };
    }
    throw new Error('the import was accepted');
  }

  it('is refused as a whole, listing each string with what is wrong', () => {
    const survey = transitSurvey();
    const before = JSON.stringify(survey);
    const text = toXliff(exportOf(survey, 'fa'))
      .replace('بررسی حمل‌ونقل', 'عنوان تازه') // a valid edit, which must not be applied either
      .replace('از ۰ تا {max}.', 'از ۰ تا {بیشینه}.')
      .replace('&lt;p&gt;دربارهٔ &lt;b&gt;اتوبوس‌ها&lt;/b&gt;.&lt;/p&gt;', '&lt;p&gt;دربارهٔ اتوبوس‌ها.&lt;/p&gt;')
      .replace('<source>Yes</source>', '<source>Yes, I do</source>')
      .replace('name="bus.choices.no.text"', 'name="bus.choices.maybe.text"');
    const error = rejected(survey, text);
    expect(error.status).toBe(422);
    expect(error.code).toBe('translation_import_rejected');
    expect(error.fields.map((field) => [field.field, field.code])).toEqual([
      ['intro.html', 'broken_markup'],
      ['bus.choices.yes.text', 'source_changed'],
      ['bus.choices.maybe.text', 'unknown_string'],
      ['trips.validators.0.text', 'broken_placeholder'],
    ]);
    expect(JSON.stringify(survey)).toBe(before);
  });

  it('is refused when the file is for another language', () => {
    const survey = transitSurvey();
    expect(rejected(survey, toXliff(exportOf(survey, 'fr'))).fields[0]).toMatchObject({ code: 'wrong_locale' });
  });

  it('gets a 400 when the XML is broken', () => {
    expect(() => parseXliff('<xliff version="2.0"><file>')).toThrow(/not well-formed/);
    expect(() => parseXliff('<?xml version="1.0"?><xliff version="1.2"></xliff>')).toThrow(/XLIFF 2.0/);
  });
});
