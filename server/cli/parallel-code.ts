import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { spawnTypescriptWorker, type TypescriptWorkerData } from '../lib/supervised-worker';

export interface CodeWorkerData extends TypescriptWorkerData {
  threshold?: number;
}
export type ChunkRequest = { id: number; lines: string[]; lineNumbers: number[] };
export type ChunkResult = { id: number; text: string };

// Large enough that a message costs little beside coding it, small enough to keep every thread busy.
const CHUNK_LINES = 1000;

/**
 * `tessera code` on several threads: the lines are read here, coded in chunks by `threads`
 * workers (each with its own coder) and written back in input order, so the output is exactly
 * what one thread writes. At most two chunks per thread are in flight, so memory stays bounded
 * however long the input.
 */
export async function runCodeCommandInParallel(input: Readable, output: Writable, options: { threshold?: number; threads: number }): Promise<void> {
  const data: CodeWorkerData = { entry: new URL('./code-worker.ts', import.meta.url).href, ...(options.threshold !== undefined && { threshold: options.threshold }) };
  const workers = Array.from({ length: options.threads }, () => spawnTypescriptWorker(data));
  const done = new Map<number, string>();
  const waiting = new Map<number, () => void>();
  let failure: Error | undefined;
  for (const worker of workers) {
    worker.on('message', (result: ChunkResult) => {
      done.set(result.id, result.text);
      waiting.get(result.id)?.();
    });
    worker.on('error', (error) => {
      failure = error;
      for (const wake of waiting.values()) wake();
    });
  }

  let sent = 0;
  let written = 0;
  const writeNext = async (): Promise<void> => {
    if (!done.has(written)) {
      await new Promise<void>((resolve) => waiting.set(written, resolve));
      waiting.delete(written);
    }
    if (failure) throw failure;
    const text = done.get(written)!;
    done.delete(written);
    written += 1;
    if (text && !output.write(text)) await new Promise<void>((resolve) => output.once('drain', resolve));
  };

  let lines: string[] = [];
  let lineNumbers: number[] = [];
  const send = async (): Promise<void> => {
    if (lines.length === 0) return;
    workers[sent % workers.length]!.postMessage({ id: sent, lines, lineNumbers } satisfies ChunkRequest);
    sent += 1;
    lines = [];
    lineNumbers = [];
    while (sent - written >= workers.length * 2) await writeNext();
  };

  try {
    let lineNumber = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      lines.push(line);
      lineNumbers.push(lineNumber);
      if (lines.length >= CHUNK_LINES) await send();
    }
    await send();
    while (written < sent) await writeNext();
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
