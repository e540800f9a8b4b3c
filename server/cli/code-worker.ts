// A coding thread of `tessera code --threads N`: says when its coder is ready, then codes the
// chunks of lines it is sent and answers with their output text. Started by parallel-code.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { createCoder } from '../../analysis/coding';
import { codeLines } from './code-lines';
import type { ChunkRequest, ChunkResult, CodeWorkerData } from './parallel-code';

const { threshold } = workerData as CodeWorkerData;
const coder = createCoder(threshold === undefined ? {} : { threshold });
const port = parentPort!;

port.on('message', (request: ChunkRequest | 'stop') => {
  if (request === 'stop') return port.close();
  port.postMessage({ id: request.id, text: codeLines(coder, request.lines, request.lineNumbers) } satisfies ChunkResult);
});
port.postMessage('ready');
