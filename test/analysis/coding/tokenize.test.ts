import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, tokenize } from '../../../analysis/coding/normalize';
import { readCorpus } from '../../../server/cli/devset-files';

// The tokenizer as it was, in three passes: split on separators, trim each piece of what is not
// a letter or digit, split it again inside. The one-expression tokenizer must give the same words.
function tokenizeInPasses(folded: string): string[] {
  const tokens: string[] = [];
  for (const piece of folded.split(/[\s'’‘`´ʼ\-‐‑–—_/\\]+/)) {
    const word = piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word === '') continue;
    for (const part of word.split(/[^\p{L}\p{N}]+/u)) if (part !== '') tokens.push(part);
  }
  return tokens;
}

describe('tokenize', () => {
  it.each([
    ["l'emploi d’un main-d'oeuvre", ['l', 'emploi', 'd', 'un', 'main', 'd', 'oeuvre']],
    ['памʼять і мовʼязь', ['пам', 'ять', 'і', 'мов', 'язь']],
    ['walk-in clinic_2 / 24h\\7', ['walk', 'in', 'clinic', '2', '24h', '7']],
    ['  ...rent!!! (too) high?? ', ['rent', 'too', 'high']],
    ['no.way,at;all', ['no', 'way', 'at', 'all']],
    ['房租太贵 جدا ਕੰਮ', ['房租太贵', 'جدا', 'ਕ', 'ਮ']],
    ['😀 ok 👍🏽 fine', ['ok', 'fine']],
    ['', []],
    ['--- ...', []],
  ])('cuts %j into its words', (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });

  it('gives the same words as the three-pass tokenizer on every corpus text, folded and as typed', () => {
    const texts = readCorpus().texts.map((text) => text.text);
    expect(texts.length).toBeGreaterThan(2000);
    for (const text of texts) {
      expect(tokenize(foldText(text))).toEqual(tokenizeInPasses(foldText(text)));
      expect(tokenize(text)).toEqual(tokenizeInPasses(text));
    }
  });

  it('gives the same words as the three-pass tokenizer on any string', () => {
    const pieces = fc.constantFrom('a', 'é', 'Z', '7', ' ', '\n', "'", '’', '-', '—', '_', '/', '\\', '.', ',', '!', '房', 'ج', 'ਕ', 'ੰ', 'м', '😀', '\u200c', '\u0301', '\ud800', 'ʼ', 'ʹ', '´', '`');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(tokenizeInPasses(text));
      }),
      { numRuns: 20000 },
    );
  });
});
