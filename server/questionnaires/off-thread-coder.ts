import type { ChunkRequest, ChunkResult, CodeWorkerData } from '../cli/parallel-code';
import { spawnTypescriptWorker } from '../lib/supervised-worker';

// A worker that has not answered by then is stuck; the author can press the button again.
const TIMEOUT_MS = 60_000;

/**
 * The themes the open-answer coder accepts in each text, coded on a thread of its own (the
 * `tessera code` worker) that ends once it has answered. Building the coder takes about 300 ms
 * of CPU, which on the server's own thread would hold up every respondent's request meanwhile.
 */
export function codeOffThread(texts: ReadonlyArray<{ text: string; lang?: string }>): Promise<string[][]> {
  if (texts.length === 0) return Promise.resolve([]);
  const data: CodeWorkerData = { entry: new URL('../cli/code-worker.ts', import.meta.url).href };
  const worker = spawnTypescriptWorker(data);
  return new Promise<string[][]>((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error('the coding thread did not answer in time')), TIMEOUT_MS);
    let settled = false;
    const finish = (error: Error | null, themes?: string[][]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(themes!);
    };
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => finish(new Error(`the coding thread stopped (exit code ${code})`)));
    worker.on('message', (message: ChunkResult | 'ready') => {
      if (message === 'ready') {
        const request: ChunkRequest = {
          id: 0,
          lines: texts.map(({ text, lang }, index) => JSON.stringify({ id: String(index), text, ...(lang && { lang }) })),
          lineNumbers: texts.map((_, index) => index + 1),
        };
        worker.postMessage(request);
        return;
      }
      const lines = message.text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { themes?: string[] });
      finish(null, lines.map((line) => line.themes ?? []));
    });
  });
}
