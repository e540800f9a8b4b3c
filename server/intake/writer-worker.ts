// The intake writer thread: its own SQLite connection, one transaction per batch the event loop
// sends, replying with each row's outcome once committed. Started by writer-thread.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { connectDatabase } from '../db/connect';
import { insertIdempotently } from './response-writer';
import type { WriterReply, WriterRequest, WriterWorkerData } from './writer-thread';

const { databaseFile } = workerData as WriterWorkerData;
const port = parentPort!;
const handle = connectDatabase(databaseFile);
const reply = (message: WriterReply) => port.postMessage(message);

// Batches are committed one after another, in the order they were sent.
let queue = Promise.resolve();

port.on('message', (request: WriterRequest) => {
  if (request.type === 'stop') {
    queue = queue
      .then(() => handle.close())
      .finally(() => {
        reply({ type: 'stopped' });
        port.close();
      });
    return;
  }
  queue = queue.then(async () => {
    try {
      reply({ type: 'committed', id: request.id, outcomes: await insertIdempotently(handle.db, request.rows) });
    } catch (error) {
      reply({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
});
