import { describe, expect, it } from 'vitest';
import { createCoder } from '../../../analysis/coding';

// These tests are about the lexicon rules: the coder without the fitted model, whose decisions are measured on the corpus.
const codeAnswer = createCoder({ model: false });
import { LEXICON_SOURCES } from '../../../analysis/coding/lexicons';
import { foldText, tokenize } from '../../../analysis/coding/normalize';
import { TAXONOMY_VERSION } from '../../../analysis/taxonomy';

describe('codeAnswer', () => {
  it.each([
    // accents and their absence
    ['trouver un médecin de famille', 'fr', 'health'],
    ['trouver un medecin de famille', 'fr', 'health'],
    // plurals the French stemmer keeps apart
    ['emplois', 'fr', 'employment'],
    ['les loyers', 'fr', 'housing'],
    // elisions
    ["l'emploi", 'fr', 'employment'],
    ['l’éducation des enfants', 'fr', 'education'],
    // misspellings, listed and one letter off
    ['housng is too expensive', 'en', 'housing'],
    ['no family docter', 'en', 'health'],
    ['logment', 'fr', 'housing'],
    ['my englsh is not good', 'en', 'language'],
    // multi-word expressions
    ['canadian experience', 'en', 'employment'],
    ['transport en commun', 'fr', 'transportation'],
    ['la banque alimentaire', 'fr', 'basic_needs'],
    // mixed language
    ['le housing est trop cher', 'fr', 'housing'],
    ['job pis logement', 'fr', 'employment'],
    // other shipped languages, Chinese without spaces
    ['房租太贵了', 'zh-cn', 'housing'],
    ['找工作很难', 'zh-cn', 'employment'],
    ['السكن غالي جدا', 'ar', 'housing'],
    ['ਨੌਕਰੀ ਲੱਭਣਾ ਔਖਾ ਹੈ', 'pa', 'employment'],
    ['encontrar trabajo', 'es', 'employment'],
    ['mahirap maghanap ng trabaho', 'tl', 'employment'],
  ])('codes %j (%s) as %s', (text, lang, theme) => {
    expect(codeAnswer({ text, lang }).themes).toContain(theme);
  });

  it('keeps a need stated with a negation ("no family doctor", "pas de logement")', () => {
    expect(codeAnswer({ text: 'no family doctor', lang: 'en' }).themes).toEqual(['health']);
    expect(codeAnswer({ text: 'pas de logement', lang: 'fr' }).themes).toEqual(['housing']);
  });

  it.each([
    ['no problem with housing, the hardest is finding work', 'en', ['employment']],
    ['pas de problème de logement, mais le travail est difficile', 'fr', ['employment']],
    ['Housing is not an issue. Doctors are', 'en', ['health']],
    ['aucun souci avec le transport', 'fr', []],
  ] as const)('drops a topic the respondent dismisses: %j', (text, lang, themes) => {
    expect(codeAnswer({ text, lang }).themes).toEqual(themes);
  });

  it.each(['', '   ', 'nothing', 'N/A', 'n/a', 'rien', 'non', '—', '--', 'Rien à ajouter', 'nothing really, all good', 'je ne sais pas', 'لا شيء', '没有', 'nada', 'wala', 'Нічого', 'Все добре, дякую', 'هیچی', 'ندارم ممنون', 'ما بعرف', 'sab theek aa', '都挺好的', 'ਨਹੀਂ ਜੀ'])(
    'codes %j as no_content only',
    (text) => {
      const coded = codeAnswer({ text });
      expect(coded.themes).toEqual(['no_content']);
      expect(coded.scores.no_content).toBe(1);
    },
  );

  it('gives content that fits no theme no code at all, not no_content', () => {
    expect(codeAnswer({ text: 'the weather, so cold', lang: 'en' }).themes).toEqual([]);
    expect(codeAnswer({ text: 'погода дуже холодна', lang: 'uk' }).themes).toEqual([]);
  });

  it('uses the chosen language as the prior: a French cognate counts less in an English answer', () => {
    const asFrench = codeAnswer({ text: 'cher', lang: 'fr' }).scores.basic_needs;
    const asEnglish = codeAnswer({ text: 'cher', lang: 'en' }).scores.basic_needs;
    expect(asEnglish).toBeLessThan(asFrench);
  });

  it('returns several themes for an answer that names several', () => {
    expect(codeAnswer({ text: 'Logement, emploi, garderie', lang: 'fr' }).themes).toEqual([
      'employment',
      'housing',
      'basic_needs',
    ]);
  });

  it('returns a confidence for every code, the taxonomy version and the method', () => {
    const coded = codeAnswer({ text: 'rent', lang: 'en' });
    expect(Object.keys(coded.scores)).toHaveLength(21);
    for (const score of Object.values(coded.scores)) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    expect(coded.taxonomyVersion).toBe(TAXONOMY_VERSION);
    expect(coded.method).toBe('lexicon');
  });

  it('accepts fewer codes with a higher threshold', () => {
    const strict = createCoder({ model: false, threshold: 0.9 });
    expect(strict({ text: 'rent', lang: 'en' }).themes).toEqual([]);
    expect(strict({ text: 'rent is high and the landlord wants a guarantor', lang: 'en' }).themes).toEqual(['housing']);
  });

  it('does not throw on text that is not a string', () => {
    expect(codeAnswer({ text: undefined as unknown as string }).themes).toEqual(['no_content']);
  });
});

describe('the lexicons', () => {
  it('keep at least two words in every phrase once stopwords are dropped', () => {
    const collapsed: string[] = [];
    for (const source of LEXICON_SOURCES) {
      if (source.match !== 'words') continue;
      const stopwords = new Set(source.stopwords ?? []);
      for (const terms of Object.values(source.terms)) {
        for (const term of [...(terms?.strong ?? []), ...(terms?.weak ?? [])]) {
          const words = tokenize(foldText(term.replace(/^=/, '')));
          if (words.length > 1 && words.filter((word) => !stopwords.has(word)).length < 2) collapsed.push(`${source.lang}: ${term}`);
        }
      }
    }
    // A phrase that collapses to one word silently becomes a strong single-word term.
    expect(collapsed).toEqual(['fr: ma langue', 'es: mi profesion', 'tl: miss ko']);
  });
});
