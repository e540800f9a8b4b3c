import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fa } from './fa';
import { fr } from './fr';
import { pa } from './pa';
import type { AppStrings } from './strings';
import { tl } from './tl';
import { uk } from './uk';
import { zhCn } from './zh-cn';

export type LanguageInfo = { code: string; nativeName: string; dir: 'ltr' | 'rtl' };

/** Each language named in itself, in the order the language screen lists them. */
export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
  { code: 'zh-cn', nativeName: '中文', dir: 'ltr' },
  { code: 'pa', nativeName: 'ਪੰਜਾਬੀ', dir: 'ltr' },
  { code: 'tl', nativeName: 'Tagalog', dir: 'ltr' },
  { code: 'fa', nativeName: 'فارسی', dir: 'rtl' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr' },
];

const RTL_LOCALES = new Set(['ar', 'fa', 'ur', 'he']);

const STRINGS: Record<string, AppStrings> = { en, fr, ar, es, 'zh-cn': zhCn, pa, tl, fa, uk };

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(locale.split('-')[0] ?? locale) ? 'rtl' : 'ltr';
}

/** The app's strings in a locale, English for a locale the app does not know yet. */
export function stringsFor(locale: string): AppStrings {
  return STRINGS[locale] ?? en;
}

export function nativeNameOf(locale: string): string {
  return LANGUAGES.find((language) => language.code === locale)?.nativeName ?? locale;
}

/** The html `lang` attribute: BCP 47 spells Simplified Chinese zh-Hans. */
export function htmlLangOf(locale: string): string {
  return locale === 'zh-cn' ? 'zh-Hans' : locale;
}
