import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { spawnTypescriptWorker, type TypescriptWorkerData } from '../lib/supervised-worker';
import { codeLines } from './code-lines';

export interface CodeWorkerData extends TypescriptWorkerData {
  threshold?: number;
}
export type ChunkRequest = { id: number; lines: string[]; lineNumbers: number[] };
export type ChunkResult = { id: number; text: string };

// Large enough that a message costs little beside coding it, small enough to keep every thread busy.
const CHUNK_LINES = 1000;
// A worker holds one chunk to code and one waiting, so it need not wait while this thread codes one.
const WORKER_CHUNKS = 2;
// Coded chunks kept for writing behind one still on a worker: bounds memory if a worker lags.
const MAX_UNWRITTEN = 32;

type Helper = { worker: Worker; ready: boolean; chunks: number };

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * `tessera code` on several threads: this thread reads the lines and codes chunks of them
 * itself, and `threads - 1` workers (each with its own coder) code the others; every chunk is
 * written in input order, so the output is exactly what one thread writes. This thread codes
 * rather than only dispatching because on two cores a dispatcher would leave one core to a
 * second worker's start-up and its messages; it codes while the workers start, too.
 */
export async function runCodeCommandInParallel(input: Readable, output: Writable, options: { threshold?: number; threads: number }): Promise<void> {
  const data: CodeWorkerData = { entry: new URL('./code-worker.ts', import.meta.url).href, ...(options.threshold !== undefined && { threshold: options.threshold }) };
  // The workers start before this thread loads its own coder, so both loads overlap.
  const helpers: Helper[] = Array.from({ length: options.threads - 1 }, () => ({ worker: spawnTypescriptWorker(data), ready: false, chunks: 0 }));
  const done = new Map<number, string>();
  const waiting = new Map<number, () => void>();
  let failure: Error | undefined;
  for (const helper of helpers) {
    helper.worker.on('message', (result: ChunkResult | 'ready') => {
      if (result === 'ready') {
        helper.ready = true;
        return;
      }
      helper.chunks -= 1;
      done.set(result.id, result.text);
      waiting.get(result.id)?.();
    });
    helper.worker.on('error', (error) => {
      failure = error;
      for (const wake of waiting.values()) wake();
    });
  }
  const { createCoder } = await import('../../analysis/coding');
  const coder = createCoder(options.threshold === undefined ? {} : { threshold: options.threshold });

  let sent = 0;
  let written = 0;
  const writeDone = async (): Promise<void> => {
    if (failure) throw failure;
    while (done.has(written)) {
      const text = done.get(written)!;
      done.delete(written);
      written += 1;
      if (text && !output.write(text)) await new Promise<void>((resolve) => output.once('drain', resolve));
    }
  };
  const writeNext = async (): Promise<void> => {
    if (!done.has(written) && !failure) {
      await new Promise<void>((resolve) => waiting.set(written, resolve));
      waiting.delete(written);
    }
    await writeDone();
  };

  let lines: string[] = [];
  let lineNumbers: number[] = [];
  const send = async (): Promise<void> => {
    if (lines.length === 0) return;
    const helper = helpers.find((candidate) => candidate.ready && candidate.chunks < WORKER_CHUNKS);
    if (helper) {
      helper.chunks += 1;
      helper.worker.postMessage({ id: sent, lines, lineNumbers } satisfies ChunkRequest);
    } else {
      done.set(sent, codeLines(coder, lines, lineNumbers));
      // Coding holds this thread; the workers' results and readiness are heard between chunks.
      await nextTurn();
    }
    sent += 1;
    lines = [];
    lineNumbers = [];
    await writeDone();
    while (sent - written > MAX_UNWRITTEN) await writeNext();
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
    await Promise.all(helpers.map((helper) => helper.worker.terminate()));
  }
}
