import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLexicon, type Hit, type SubstringLexicon } from '../../../analysis/coding/compile-lexicon';
import { compileLexicons } from '../../../analysis/coding/lexicons';
import type { LexiconSource } from '../../../analysis/coding/lexicons/types';
import { matchSubstrings } from '../../../analysis/coding/match-lexicon';
import { foldText, splitClauses } from '../../../analysis/coding/normalize';
import { readCorpus } from '../../../server/cli/devset-files';

// Every entry searched in turn, longest first, as before the letter-pair index: the index must
// give the same hits in the same order.
function scanEveryEntry(lexicon: SubstringLexicon, folded: string): Hit[] {
  const hits: Hit[] = [];
  let remaining = ` ${folded.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')}`;
  for (const { term, hits: termHits } of lexicon.terms) {
    let at = remaining.indexOf(term);
    while (at !== -1) {
      hits.push(...termHits);
      remaining = remaining.slice(0, at) + ' '.repeat(term.length) + remaining.slice(at + term.length);
      at = remaining.indexOf(term, at + term.length);
    }
  }
  return hits;
}

function indexed(lexicon: SubstringLexicon, folded: string): Hit[] {
  const hits: Hit[] = [];
  matchSubstrings(lexicon, folded, (hit) => hits.push(hit));
  return hits;
}

const themesOf = (hits: Hit[]): string[] => hits.map((hit) => hit.theme);

// One- and two-letter entries, accents, entries inside others, anchored and two-word entries.
const SMALL: LexiconSource = {
  lang: 'uk',
  match: 'substring',
  terms: {
    housing: { strong: ['房', '房租', '^мов', 'é', 'ab', 'a b'] },
    health: { strong: ['医生', '家庭医生', 'ï', 'çà', '^ab', 'ਘਰ', 'b', '^z'] },
    employment: { strong: ['工作', 'abc', '^b c', 'ñ', 'wxyz'] },
  },
};
const small = compileLexicon(SMALL) as SubstringLexicon;

describe('matchSubstrings through the letter-pair index', () => {
  it.each([
    ['a longer entry is used up before the shorter one inside it', '我的家庭医生很好', ['health']],
    ['a one-letter entry, twice', '房子和房间', ['housing', 'housing']],
    ['a longer anchored entry before a two-letter one, then a one-letter one', 'ab b', ['health', 'health']],
    ['an anchored entry at the start of a word only', 'мова умова', ['housing']],
    ['accents folded away on both sides (é, ï, ñ become e, i, n)', 'Été naïf', ['housing', 'housing', 'health', 'employment']],
    ['a stretch blanked out by a longer entry makes a new word start', 'wxyzz', ['employment', 'health']],
    ['nothing', 'xyz', []],
  ])('%s', (_case, text, themes) => {
    const folded = foldText(text);
    expect(themesOf(indexed(small, folded))).toEqual(themes);
    expect(indexed(small, folded)).toEqual(scanEveryEntry(small, folded));
  });

  it('gives the hits of a scan of every entry on any text made of the entries\' letters', () => {
    const letters = fc.constantFrom('a', 'b', 'c', 'w', 'x', 'y', 'z', 'n', 'i', ' ', 'é', 'e', 'ï', 'ç', 'à', 'ñ', '房', '租', '医', '生', '家', '庭', 'м', 'о', 'в', 'у', 'ਘ', 'ਰ', ',', '-');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 40 }), (parts) => {
        const folded = foldText(parts.join(''));
        expect(indexed(small, folded)).toEqual(scanEveryEntry(small, folded));
      }),
      { numRuns: 20000 },
    );
  });

  it('gives the hits of a scan of every entry for each shipped substring lexicon on every corpus clause', () => {
    const lexicons = Object.values(compileLexicons()).filter((lexicon): lexicon is SubstringLexicon => lexicon.kind === 'substring');
    expect(lexicons.map((lexicon) => lexicon.lang).sort()).toEqual(['ar', 'fa', 'pa', 'uk', 'zh-cn']);
    let hits = 0;
    for (const { text } of readCorpus().texts) {
      for (const clause of splitClauses(foldText(text))) {
        for (const lexicon of lexicons) {
          const found = indexed(lexicon, clause);
          expect(found).toEqual(scanEveryEntry(lexicon, clause));
          hits += found.length;
        }
      }
    }
    expect(hits).toBeGreaterThan(1000);
  });
});
