import { compileLexicon, type CompiledLexicon } from '../compile-lexicon';
import { EN } from './en';
import { FR } from './fr';
import { AR, ES, PA, TL, ZH } from './others';
import { FA } from './fa';
import { UK } from './uk';
import type { LexiconSource } from './types';

export { EN } from './en';
export { FR } from './fr';
export { AR, ES, PA, TL, ZH } from './others';
export { FA } from './fa';
export { UK } from './uk';
export type { LexiconSource, ThemeTerms, TopicCode } from './types';

export const LEXICON_SOURCES: LexiconSource[] = [EN, FR, ES, TL, AR, ZH, PA, FA, UK];

export type LexiconSet = Record<LexiconSource['lang'], CompiledLexicon>;

export function compileLexicons(sources: LexiconSource[] = LEXICON_SOURCES): LexiconSet {
  const entries = sources.map((source) => [source.lang, compileLexicon(source)] as const);
  return Object.fromEntries(entries) as LexiconSet;
}
