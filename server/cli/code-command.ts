import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { createCoder, type CodedAnswer } from '../../analysis/coding';
import { THEME_CODES } from '../../analysis/taxonomy';

export type CodeCommandOptions = { threshold?: number };

// Lines are written in batches: one write per answer costs more than coding it.
const BATCH_LINES = 512;

/**
 * Reads answers as JSON Lines and writes one coded line per input line, in order. Streams, so
 * a million answers never sit in memory; a bad line yields an `error` line and coding goes on.
 */
export async function runCodeCommand(input: Readable, output: Writable, options: CodeCommandOptions = {}): Promise<void> {
  const coder = createCoder(options.threshold === undefined ? {} : { threshold: options.threshold });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let batch: string[] = [];
  let lineNumber = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const chunk = batch.join('');
    batch = [];
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', resolve));
  };
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    batch.push(`${JSON.stringify(codeLine(coder, line, lineNumber))}\n`);
    if (batch.length >= BATCH_LINES) await flush();
  }
  await flush();
}

type OutputLine =
  | { id: string; themes: string[]; scores: Record<string, number> }
  | { id?: string; line: number; error: string };

function codeLine(coder: (input: { text: string; lang?: string }) => CodedAnswer, line: string, lineNumber: number): OutputLine {
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

/** Only the codes with some evidence (0.05 or more), to three decimals: the full 21-code record per line is mostly near zero. */
function compactScores(scores: Record<string, number>): Record<string, number> {
  const compact: Record<string, number> = {};
  for (const theme of THEME_CODES) {
    const rounded = Math.round(scores[theme]! * 1000) / 1000;
    if (rounded >= 0.05) compact[theme] = rounded;
  }
  return compact;
}
