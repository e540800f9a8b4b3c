// Entry of Tessera's worker threads (coding, intake writes). Worker threads do not inherit the TypeScript loader of the thread
// that starts them (node --import tsx, vitest), so this plain module registers it, then loads the
// TypeScript entry named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
