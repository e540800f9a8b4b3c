import { THEMES, isThemeCode } from '../../../../analysis/taxonomy';
import type { Locale } from '../shell/types';

/** A theme's label in the workspace language; an unknown code (added after the data) shows as itself. */
export function themeName(code: string, locale: Locale): string {
  return isThemeCode(code) ? (THEMES.find((theme) => theme.code === code)?.label[locale] ?? code) : code;
}

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Themes whose label (in either language), code or subthemes contain every word of the query. */
export function searchThemes(query: string): string[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return THEMES.filter((theme) => {
    const haystack = fold([theme.code, theme.label.en, theme.label.fr, ...theme.subthemes.flatMap((s) => [s.label.en, s.label.fr])].join(' '));
    return words.every((word) => haystack.includes(word));
  }).map((theme) => theme.code);
}
