// The intake writer thread: its own SQLite connection, committing intake's batches in the order
// the event loop sends them, each with a slice of the coding thread's codes when some wait.
// Started by writer-thread.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { connectDatabase } from '../db/connect';
import { storeCoded, type CodedResponse, type CodingClaim } from '../coding/coded-store';
import { commitWithCodes, type CodedSlice } from './shared-commit';
import type { NewResponseRow } from './response-writer';
import type { WriterReply, WriterRequest, WriterWorkerData } from './writer-thread';

const { databaseFile, codedPerCommit, codedAlonePerCommit, intakeGraceMs } = workerData as WriterWorkerData;
const port = parentPort!;
const handle = connectDatabase(databaseFile);
const reply = (message: WriterReply) => port.postMessage(message);

interface CodingRequest {
  id: number;
  waiting: CodedResponse[];
  claim: CodingClaim;
  failure?: string;
}

const intake: Array<{ id: number; rows: NewResponseRow[] }> = [];
const coding: CodingRequest[] = [];
let stopping = false;
let running = false;
let intakeArrived: (() => void) | undefined;

port.on('message', (request: WriterRequest) => {
  if (request.type === 'commit') {
    intake.push({ id: request.id, rows: request.rows });
    intakeArrived?.();
  } else if (request.type === 'store-coded') coding.push({ id: request.id, waiting: [...request.coded], claim: request.claim });
  else stopping = true;
  void run();
});

async function run(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (;;) {
      const batch = intake.shift();
      if (batch) {
        await commitIntake(batch.id, batch.rows);
        continue;
      }
      if (coding.length === 0) break;
      // Under a flood intake's next batch arrives within a millisecond or two of the last
      // acknowledgement and carries the codes with it; a coding transaction of their own would
      // make that batch wait for its commit.
      if (!stopping && (await nextIntakeWithin(intakeGraceMs))) continue;
      await storeAlone();
    }
  } finally {
    running = false;
  }
  if (stopping && intake.length === 0 && coding.length === 0) {
    await handle.close().finally(() => {
      reply({ type: 'stopped' });
      port.close();
    });
  }
}

const RECENT_INTAKE_MS = 1000;
let lastIntakeCommit = -Infinity;

async function commitIntake(id: number, rows: NewResponseRow[]): Promise<void> {
  lastIntakeCommit = performance.now();
  const slice = takeSlice(codedPerCommit);
  try {
    const { outcomes, coded } = await commitWithCodes(handle.db, rows, slice);
    reply({ type: 'committed', id, outcomes });
    if (slice && coded) settle(slice, coded.type === 'failed' ? coded.message : undefined);
  } catch (error) {
    // The responses' part failed (the event loop retries each row alone); the codes wait for the next commit.
    if (slice) putBack(slice);
    reply({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
}

async function storeAlone(): Promise<void> {
  // Right after intake's last batch another may come at any moment: keep the transaction it would wait for short.
  const intakeRecently = performance.now() - lastIntakeCommit < RECENT_INTAKE_MS;
  const slice = takeSlice(intakeRecently ? codedPerCommit : codedAlonePerCommit)!;
  try {
    await storeCoded(handle.db, slice.coded, slice.claim);
    settle(slice, undefined);
  } catch (error) {
    settle(slice, error instanceof Error ? error.message : String(error));
  }
}

/** A slice of the request at the head of the queue, which it goes back to or settles. */
type RequestSlice = CodedSlice & { request: CodingRequest };

function takeSlice(size: number): RequestSlice | undefined {
  const request = coding[0];
  if (!request) return undefined;
  return { coded: request.waiting.splice(0, size), claim: request.claim, request };
}

function putBack(slice: RequestSlice): void {
  slice.request.waiting.unshift(...slice.coded);
}

/**
 * A request is answered once all its slices are written. After a failed slice the rest are not
 * written: the coding thread leaves the unwritten responses unclaimed and codes them again.
 */
function settle({ request }: RequestSlice, failure: string | undefined): void {
  if (failure) {
    request.failure = failure;
    request.waiting.length = 0;
  }
  if (request.waiting.length > 0) return;
  coding.splice(coding.indexOf(request), 1);
  reply(request.failure ? { type: 'failed', id: request.id, message: request.failure } : { type: 'stored', id: request.id });
}

function nextIntakeWithin(ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(false), ms);
    function done(arrived: boolean) {
      clearTimeout(timer);
      intakeArrived = undefined;
      resolve(arrived);
    }
    intakeArrived = () => done(true);
  });
}
