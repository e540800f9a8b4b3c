import type { CodedAnswer } from '../../analysis/coding';
import { THEME_CODES } from '../../analysis/taxonomy';

export type Coder = (input: { text: string; lang?: string }) => CodedAnswer;

type ErrorLine = { id?: string; line: number; error: string };

// Coded lines are written by hand rather than by JSON.stringify of an object built for each
// (0.5 -> 0.45 CPU-s per 200,000 lines, measured apart from coding). The codes are quoted
// once; the text is what JSON.stringify wrote, key for key.
const QUOTED = new Map<string, string>(THEME_CODES.map((code) => [code, JSON.stringify(code)]));
const quote = (code: string): string => QUOTED.get(code) ?? JSON.stringify(code);

/** One input line of `tessera code` and its output line (JSON, no newline): coded, or an error saying what is wrong. */
export function codeLine(coder: Coder, line: string, lineNumber: number): string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return errorLine({ line: lineNumber, error: 'not valid JSON' });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errorLine({ line: lineNumber, error: 'expected a JSON object with id and text' });
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined;
  if (id === undefined) return errorLine({ line: lineNumber, error: 'missing id (a string)' });
  if (typeof record.text !== 'string') return errorLine({ id, line: lineNumber, error: 'missing text (a string)' });
  if (record.lang !== undefined && typeof record.lang !== 'string') {
    return errorLine({ id, line: lineNumber, error: 'lang must be a string such as "fr"' });
  }
  const coded = coder(typeof record.lang === 'string' ? { text: record.text, lang: record.lang } : { text: record.text });
  return `{"id":${JSON.stringify(id)},"themes":[${coded.themes.map(quote).join(',')}],"scores":{${compactScores(coded.scores)}}}`;
}

/** The output text of a run of input lines (one newline-ended line each), as every coding thread writes it. */
export function codeLines(coder: Coder, lines: readonly string[], lineNumbers: readonly number[]): string {
  let text = '';
  for (let index = 0; index < lines.length; index += 1) text += `${codeLine(coder, lines[index]!, lineNumbers[index]!)}\n`;
  return text;
}

const errorLine = (error: ErrorLine): string => JSON.stringify(error);

/** Only the codes with some evidence (0.05 or more), to three decimals: the full 21-code record per line is mostly near zero. */
function compactScores(scores: Record<string, number>): string {
  let text = '';
  for (const theme of THEME_CODES) {
    const rounded = Math.round(scores[theme]! * 1000) / 1000;
    // JSON.stringify writes a number as String does, and a non-finite one as null.
    if (rounded >= 0.05) text += `${text ? ',' : ''}${quote(theme)}:${Number.isFinite(rounded) ? String(rounded) : 'null'}`;
  }
  return text;
}
