// The intake writer thread: its own SQLite connection, one transaction per batch the event loop
// sends (intake's responses, or the coding thread's codes), replying once committed. Started by writer-thread.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { connectDatabase } from '../db/connect';
import { storeCoded } from '../coding/coded-store';
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
      if (request.type === 'commit') reply({ type: 'committed', id: request.id, outcomes: await insertIdempotently(handle.db, request.rows) });
      else {
        await storeCoded(handle.db, request.coded, request.claim);
        reply({ type: 'committed', id: request.id, outcomes: [] });
      }
    } catch (error) {
      reply({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
});
