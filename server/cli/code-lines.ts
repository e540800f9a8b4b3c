import type { CodedAnswer } from '../../analysis/coding';
import { THEME_CODES } from '../../analysis/taxonomy';

export type Coder = (input: { text: string; lang?: string }) => CodedAnswer;

type OutputLine =
  | { id: string; themes: string[]; scores: Record<string, number> }
  | { id?: string; line: number; error: string };

/** One input line of `tessera code` and its output line: coded, or an error saying what is wrong. */
export function codeLine(coder: Coder, line: string, lineNumber: number): OutputLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { line: lineNumber, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line: lineNumber, error: 'expected a JSON object with id and text' };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined;
  if (id === undefined) return { line: lineNumber, error: 'missing id (a string)' };
  if (typeof record.text !== 'string') return { id, line: lineNumber, error: 'missing text (a string)' };
  if (record.lang !== undefined && typeof record.lang !== 'string') {
    return { id, line: lineNumber, error: 'lang must be a string such as "fr"' };
  }
  const coded = coder(typeof record.lang === 'string' ? { text: record.text, lang: record.lang } : { text: record.text });
  return { id, themes: coded.themes, scores: compactScores(coded.scores) };
}

/** The output text of a run of input lines (one newline-ended line each), as every coding thread writes it. */
export function codeLines(coder: Coder, lines: readonly string[], lineNumbers: readonly number[]): string {
  let text = '';
  for (let index = 0; index < lines.length; index += 1) {
    text += `${JSON.stringify(codeLine(coder, lines[index]!, lineNumbers[index]!))}\n`;
  }
  return text;
}

/** Only the codes with some evidence (0.05 or more), to three decimals: the full 21-code record per line is mostly near zero. */
function compactScores(scores: Record<string, number>): Record<string, number> {
  const compact: Record<string, number> = {};
  for (const theme of THEME_CODES) {
    const rounded = Math.round(scores[theme]! * 1000) / 1000;
    if (rounded >= 0.05) compact[theme] = rounded;
  }
  return compact;
}
