import type { ThemeCode } from './codes';
import { WELCOMING_CROSSWALK } from './crosswalk';
import { THEMES } from './themes';
import type { Theme } from './types';

export { THEME_CODES, TOPIC_CODES, isThemeCode, type ThemeCode } from './codes';
export { THEMES } from './themes';
export { WELCOMING_CROSSWALK } from './crosswalk';
export type { Bilingual, CodeRef, Subtheme, Theme, WelcomingCharacteristic } from './types';

/**
 * The taxonomy as versioned data. Bump `version` whenever a code, a definition or a
 * subtheme changes meaning: applied codes record the version they were coded under.
 */
export const TAXONOMY = {
  version: '2026.1',
  themes: THEMES,
  crosswalk: WELCOMING_CROSSWALK,
} as const;

export const TAXONOMY_VERSION = TAXONOMY.version;

const byCode = new Map<ThemeCode, Theme>(THEMES.map((theme) => [theme.code, theme]));

export function themeOf(code: ThemeCode): Theme {
  const theme = byCode.get(code);
  if (!theme) throw new Error(`theme ${code} missing from the codebook`);
  return theme;
}

/** The label in `lang`; locales without reviewed labels (ar, es, zh-cn, pa, tl) get English. */
export function themeLabel(code: ThemeCode, lang: string): string {
  const label = themeOf(code).label;
  return lang === 'fr' || lang.startsWith('fr-') ? label.fr : label.en;
}
