import { isThemeCode, type ThemeCode } from '../taxonomy';

export type CorpusKind = 'answer' | 'prose';
export type CorpusText = { id: string; lang: string; kind: CorpusKind; text: string };
export type CorpusItem = CorpusText & { themes: ThemeCode[] };
export type CorpusLabels = Map<string, ThemeCode[]>;

/** Lines a reader skipped, with why: files that are still being written may end mid-line. */
export type Skipped = { line: number; reason: string }[];

function eachObject(jsonl: string, skipped: Skipped, visit: (value: Record<string, unknown>, line: number) => string | undefined): void {
  jsonl.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      skipped.push({ line: index + 1, reason: 'not valid JSON' });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      skipped.push({ line: index + 1, reason: 'not an object' });
      return;
    }
    const reason = visit(value as Record<string, unknown>, index + 1);
    if (reason) skipped.push({ line: index + 1, reason });
  });
}

/** Texts of one language file: `{"id","lang","kind","text"}` a line. */
export function parseCorpusTexts(jsonl: string, skipped: Skipped = []): CorpusText[] {
  const texts: CorpusText[] = [];
  eachObject(jsonl, skipped, (value) => {
    const { id, lang, kind, text } = value;
    if (typeof id !== 'string' || typeof lang !== 'string' || typeof text !== 'string') return 'expected id, lang and text';
    if (kind !== 'answer' && kind !== 'prose') return 'kind must be "answer" or "prose"';
    texts.push({ id, lang, kind, text });
    return undefined;
  });
  return texts;
}

/** One labelling of a language file: `{"id","themes"}` a line; the last line for an id wins. */
export function parseCorpusLabels(jsonl: string, skipped: Skipped = []): CorpusLabels {
  const labels: CorpusLabels = new Map();
  eachObject(jsonl, skipped, (value) => {
    const { id, themes } = value;
    if (typeof id !== 'string' || !Array.isArray(themes)) return 'expected id and themes';
    const unknown = themes.find((theme) => !isThemeCode(theme));
    if (unknown !== undefined) return `unknown theme ${String(unknown)}`;
    labels.set(id, [...new Set(themes as ThemeCode[])]);
    return undefined;
  });
  return labels;
}

/** Texts that have a label, in text order; texts not labelled yet are left out. */
export function labelledItems(texts: readonly CorpusText[], labels: CorpusLabels): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const text of texts) {
    const themes = labels.get(text.id);
    if (themes) items.push({ ...text, themes });
  }
  return items;
}
