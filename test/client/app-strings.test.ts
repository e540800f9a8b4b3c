import { describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en';
import { LANGUAGES, directionOf, stringsFor } from '../../client/src/i18n/languages';
import { questionnaires } from '../../surveys/catalog';

describe("the app's own strings", () => {
  it.each(LANGUAGES.map((language) => language.code))('are all present and non-empty in %s', (locale) => {
    const strings = stringsFor(locale);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(strings[key], key).toMatch(/\S/);
    }
  });

  it.each(LANGUAGES.map((language) => language.code))('keep the placeholders of the English text in %s', (locale) => {
    const strings = stringsFor(locale);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(strings[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('lays Arabic and Farsi out right to left and the other shipped languages left to right', () => {
    expect(LANGUAGES.filter((language) => language.dir === 'rtl').map((language) => language.code)).toEqual(['ar', 'fa']);
    expect(LANGUAGES.every((language) => directionOf(language.code) === language.dir)).toBe(true);
    expect(directionOf('ur')).toBe('rtl');
  });
});

describe('the languages list', () => {
  it('offers every language the shipped questionnaires are written in, each named in itself', () => {
    const written = new Set(questionnaires.flatMap((questionnaire) => Object.keys(questionnaire.json.translationStatus as object)));
    expect(new Set(LANGUAGES.map((language) => language.code))).toEqual(written);
    expect(LANGUAGES.find((language) => language.code === 'fa')?.nativeName).toBe('فارسی');
    expect(LANGUAGES.find((language) => language.code === 'uk')?.nativeName).toBe('Українська');
  });

  it('has its own strings for Farsi and Ukrainian rather than falling back to English', () => {
    expect(stringsFor('fa').consentAccept).not.toBe(stringsFor('en').consentAccept);
    expect(stringsFor('uk').consentAccept).not.toBe(stringsFor('en').consentAccept);
  });
});
