import { describe, expect, it } from 'vitest';
import { compileLexicon, MATCH_CACHE_LIMIT, type Hit, type WordLexicon } from '../../../analysis/coding/compile-lexicon';
import { EN } from '../../../analysis/coding/lexicons';
import { matchWords } from '../../../analysis/coding/match-lexicon';
import { tokenize } from '../../../analysis/coding/normalize';

const themes = (lexicon: WordLexicon, text: string, fixTypos: boolean): string[] => {
  const hits: Hit[] = [];
  matchWords(lexicon, tokenize(text), (hit) => hits.push(hit), fixTypos);
  return hits.map((hit) => hit.theme);
};

describe('the word lexicon cache', () => {
  it('keeps typo correction apart: a word corrected in the chosen language is not corrected in another', () => {
    const lexicon = compileLexicon(EN) as WordLexicon;
    expect(themes(lexicon, 'no landlrd', true)).toEqual(['housing']);
    expect(themes(lexicon, 'no landlrd', false)).toEqual([]);
    expect(themes(lexicon, 'no landlrd', true)).toEqual(['housing']);
  });

  it('stays within its bound and answers the same once emptied', () => {
    const lexicon = compileLexicon(EN) as WordLexicon;
    const before = themes(lexicon, 'the rent is too high and no family doctor', true);
    for (let word = 0; word < MATCH_CACHE_LIMIT + 10_000; word += 1) {
      themes(lexicon, `w${word.toString(36)}`, true);
      expect(lexicon.matches.corrected.size).toBeLessThanOrEqual(MATCH_CACHE_LIMIT);
    }
    expect(MATCH_CACHE_LIMIT).toBeLessThanOrEqual(50_000);
    expect(themes(lexicon, 'the rent is too high and no family doctor', true)).toEqual(before);
    expect(before).toEqual(['housing', 'health']);
  });
});
