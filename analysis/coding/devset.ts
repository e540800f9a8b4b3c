import { isThemeCode, type ThemeCode } from '../taxonomy';

export type LabelledAnswer = { id: string; lang?: string; text: string; themes: ThemeCode[] };

/** Parses a labelled set (JSON Lines, one answer a line); throws on a malformed line, naming it. */
export function parseLabelledAnswers(jsonl: string): LabelledAnswer[] {
  const items: LabelledAnswer[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const value = JSON.parse(line) as Record<string, unknown>;
    const themes = value.themes;
    if (typeof value.id !== 'string' || typeof value.text !== 'string' || !Array.isArray(themes)) {
      throw new Error(`line ${index + 1}: expected id, text and themes`);
    }
    const unknown = themes.filter((theme) => !isThemeCode(theme));
    if (unknown.length > 0) throw new Error(`line ${index + 1}: unknown theme ${String(unknown[0])}`);
    items.push({
      id: value.id,
      text: value.text,
      themes: themes as ThemeCode[],
      ...(typeof value.lang === 'string' ? { lang: value.lang } : {}),
    });
  });
  return items;
}
