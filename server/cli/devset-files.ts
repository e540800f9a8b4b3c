import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  labelledItems,
  parseCorpusLabels,
  parseCorpusTexts,
  parseLabelledAnswers,
  type CorpusItem,
  type CorpusLabels,
  type CorpusText,
  type LabelledAnswer,
} from '../../analysis/coding';

export const DEVSET_PARTS = ['held-out', 'development'] as const;
export type DevsetPart = (typeof DEVSET_PARTS)[number];

const devsetDir = fileURLToPath(new URL('../../analysis/devset/', import.meta.url));

export function readDevset(part: DevsetPart): LabelledAnswer[] {
  return parseLabelledAnswers(readFileSync(join(devsetDir, `${part}.jsonl`), 'utf8'));
}

export const CORPUS_DIR = join(devsetDir, 'corpus');

const sha256 = (id: string): Buffer => createHash('sha256').update(id, 'utf8').digest();

/** The corpus's computed split (analysis/devset/README.md): a quarter of the ids, by hash, is held out. */
export function isHeldOut(id: string): boolean {
  return (sha256(id)[0] as number) < 64;
}

/** Cross-validation fold of a training item, from another byte of the same hash so folds do not follow the split. */
export function foldOf(id: string, folds: number): number {
  return (sha256(id)[1] as number) % folds;
}

export type Corpus = {
  /** Every labelled item, with the labelling used as truth (gold where adjudicated, else a). */
  items: CorpusItem[];
  /** Which labelling each language's truth came from. */
  truthSource: Record<string, 'gold' | 'a'>;
  texts: CorpusText[];
  labelsA: CorpusLabels;
  labelsB: CorpusLabels;
  /** Unreadable lines (files still being written may end mid-line), per file. */
  skipped: { file: string; lines: number }[];
};

function readJsonl<T>(file: string, parse: (jsonl: string, skipped: { line: number; reason: string }[]) => T, skipped: Corpus['skipped']): T {
  const lines: { line: number; reason: string }[] = [];
  const value = parse(readFileSync(file, 'utf8'), lines);
  if (lines.length > 0) skipped.push({ file, lines: lines.length });
  return value;
}

function readLabels(set: 'a' | 'b' | 'gold', lang: string, skipped: Corpus['skipped'], dir: string): CorpusLabels | undefined {
  const file = join(dir, 'labels', set, `${lang}.jsonl`);
  return existsSync(file) ? readJsonl(file, parseCorpusLabels, skipped) : undefined;
}

/** Reads the labelled corpus: texts/<lang>.jsonl with labels/gold (when present, else labels/a). */
export function readCorpus(dir = CORPUS_DIR): Corpus {
  const corpus: Corpus = { items: [], truthSource: {}, texts: [], labelsA: new Map(), labelsB: new Map(), skipped: [] };
  const textDir = join(dir, 'texts');
  if (!existsSync(textDir)) return corpus;
  for (const name of readdirSync(textDir).filter((file) => file.endsWith('.jsonl')).sort()) {
    const lang = name.slice(0, -'.jsonl'.length);
    const texts = readJsonl(join(textDir, name), parseCorpusTexts, corpus.skipped);
    corpus.texts.push(...texts);
    const a = readLabels('a', lang, corpus.skipped, dir);
    const b = readLabels('b', lang, corpus.skipped, dir);
    const gold = readLabels('gold', lang, corpus.skipped, dir);
    for (const [id, themes] of a ?? []) corpus.labelsA.set(id, themes);
    for (const [id, themes] of b ?? []) corpus.labelsB.set(id, themes);
    const truth = gold && gold.size > 0 ? gold : a;
    if (!truth) continue;
    corpus.truthSource[lang] = truth === gold ? 'gold' : 'a';
    corpus.items.push(...labelledItems(texts, truth));
  }
  return corpus;
}
