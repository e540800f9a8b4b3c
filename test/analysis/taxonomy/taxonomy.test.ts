import { describe, expect, it } from 'vitest';
import {
  TAXONOMY,
  THEME_CODES,
  WELCOMING_CROSSWALK,
  isThemeCode,
  themeLabel,
} from '../../../analysis/taxonomy';

describe('the theme taxonomy', () => {
  it('lists the 20 shared codes in the reference order, then no_content', () => {
    expect(THEME_CODES).toHaveLength(21);
    expect(THEME_CODES[0]).toBe('employment');
    expect(THEME_CODES[19]).toBe('basic_needs');
    expect(THEME_CODES[20]).toBe('no_content');
    expect(TAXONOMY.themes.map((theme) => theme.code)).toEqual([...THEME_CODES]);
  });

  it('gives every theme English and French labels, definitions and examples', () => {
    for (const theme of TAXONOMY.themes) {
      expect(theme.label.en.length).toBeGreaterThan(0);
      expect(theme.label.fr.length).toBeGreaterThan(0);
      expect(theme.definition.fr.length).toBeGreaterThan(0);
      expect(theme.examples.en.length).toBeGreaterThan(0);
      expect(theme.examples.fr.length).toBeGreaterThan(0);
      for (const subtheme of theme.subthemes) expect(subtheme.label.fr.length).toBeGreaterThan(0);
    }
  });

  it('keeps subtheme codes unique within a theme', () => {
    for (const theme of TAXONOMY.themes) {
      const codes = theme.subthemes.map((subtheme) => subtheme.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('maps each of the 17 welcoming-community characteristics to existing codes and subthemes', () => {
    expect(WELCOMING_CROSSWALK.map((row) => row.number)).toEqual(
      Array.from({ length: 17 }, (_, index) => index + 1),
    );
    for (const row of WELCOMING_CROSSWALK) {
      expect(row.primary.length).toBeGreaterThan(0);
      for (const ref of [...row.primary, ...row.secondary]) {
        expect(isThemeCode(ref.code)).toBe(true);
        if (ref.subtheme) {
          const theme = TAXONOMY.themes.find((candidate) => candidate.code === ref.code);
          expect(theme?.subthemes.map((subtheme) => subtheme.code)).toContain(ref.subtheme);
        }
      }
    }
  });

  it.each([
    ['housing', 'en', 'Housing'],
    ['housing', 'fr', 'Logement'],
    ['language', 'ar', 'Language learning & interpretation'],
    ['basic_needs', 'fr-CA', "Revenu, coût de la vie et besoins essentiels (y compris garde d'enfants)"],
  ] as const)('labels %s in %s as %s', (code, lang, expected) => {
    expect(themeLabel(code, lang)).toBe(expected);
  });

  it('recognises codes and rejects anything else', () => {
    expect(isThemeCode('health')).toBe(true);
    expect(isThemeCode('Health')).toBe(false);
    expect(isThemeCode(3)).toBe(false);
  });
});
