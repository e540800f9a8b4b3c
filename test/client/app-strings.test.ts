import { describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en';
import { LANGUAGES, directionOf, stringsFor } from '../../client/src/i18n/languages';

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

  it('lays Arabic out right to left and the other shipped languages left to right', () => {
    expect(LANGUAGES.filter((language) => language.dir === 'rtl').map((language) => language.code)).toEqual(['ar']);
    expect(LANGUAGES.every((language) => directionOf(language.code) === language.dir)).toBe(true);
    expect(directionOf('fa')).toBe('rtl');
  });
});
