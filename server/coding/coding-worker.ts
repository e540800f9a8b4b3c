// The coding thread: its own database connection, the background coder flat out, no intake to
// yield to. Started and stopped by coding-thread.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { connectDatabase } from '../db/connect';
import { lowerThisThreadPriority } from '../lib/thread-priority';
import { startBackgroundCoding } from './background-coder';
import type { StoreCoded } from './coded-store';
import type { CodingThreadMessage, CodingThreadRequest, CodingWorkerData } from './coding-thread';

const { databaseUrl, idleMs, codingNiceness, commitEvery, storesThroughParent } = workerData as CodingWorkerData;
// Respondents first: where cores are short, the coder takes the time intake leaves, and catches
// up when the flood ebbs (its lag is measured by bench/intake-coding-lag.ts).
lowerThisThreadPriority(codingNiceness);
const port = parentPort!;
// Two connections on PostgreSQL: a batch's reads and its transaction never need more.
const handle = connectDatabase(databaseUrl, { maxConnections: 2 });
const report = (message: CodingThreadMessage) => port.postMessage(message);

const waitingStores = new Map<number, { resolve(): void; reject(error: Error): void }>();
let nextStoreId = 0;
const storeThroughParent: StoreCoded = (coded, claim) =>
  new Promise<void>((resolve, reject) => {
    const id = nextStoreId++;
    waitingStores.set(id, { resolve, reject });
    report({ type: 'store', id, coded, claim });
  });

const stopCoding = startBackgroundCoding(handle.db, {
  clock: () => new Date().toISOString(),
  idleMs,
  // Its own thread: nothing to share the event loop with, so no duty cycle and no deferral.
  dutyCycle: 1,
  // Under a flood, full batches share each batch's queries and commit, and waiting a second
  // after a partial one lets the next fill up (summaries trail by about a second more). Batches
  // of 100 halve intake's p99 but code a quarter slower, so a flood's backlog outlives it
  // (docs/benchmarks.md): 500.
  batchSize: 500,
  partialBatchPauseMs: 1000,
  ...(commitEvery !== undefined && { commitEvery }),
  ...(storesThroughParent && { store: storeThroughParent }),
  onError: (error) => report({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
});

port.on('message', (message: CodingThreadRequest) => {
  if (message === 'stop') {
    void stopCoding()
      .finally(() => handle.close())
      .finally(() => {
        report({ type: 'stopped' });
        port.close();
      });
    return;
  }
  const waiting = waitingStores.get(message.id);
  waitingStores.delete(message.id);
  if (message.type === 'stored') waiting?.resolve();
  else waiting?.reject(new Error(message.message));
});
report({ type: 'started' });
