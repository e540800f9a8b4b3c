// A coding thread of `tessera code --threads N`: codes the chunks of lines it is sent and answers
// with their output text. Started by parallel-code.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { createCoder } from '../../analysis/coding';
import { codeLine } from './code-lines';
import type { ChunkRequest, ChunkResult, CodeWorkerData } from './parallel-code';

const { threshold } = workerData as CodeWorkerData;
const coder = createCoder(threshold === undefined ? {} : { threshold });
const port = parentPort!;

port.on('message', (request: ChunkRequest | 'stop') => {
  if (request === 'stop') return port.close();
  let text = '';
  request.lines.forEach((line, index) => {
    text += `${JSON.stringify(codeLine(coder, line, request.lineNumbers[index]!))}\n`;
  });
  port.postMessage({ id: request.id, text } satisfies ChunkResult);
});
