import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { createCoder } from '../../analysis/coding';
import { codeLine } from './code-lines';

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
    batch.push(`${codeLine(coder, line, lineNumber)}\n`);
    if (batch.length >= BATCH_LINES) await flush();
  }
  await flush();
}
