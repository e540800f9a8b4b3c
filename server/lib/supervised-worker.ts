import { Worker } from 'node:worker_threads';

/** What every TypeScript worker's data carries: the file: URL of its entry, loaded by typescript-worker-boot.mjs. */
export interface TypescriptWorkerData {
  entry: string;
}

/** A worker thread running a TypeScript module, under vitest, tsx or plain node alike. */
export function spawnTypescriptWorker(data: TypescriptWorkerData): Worker {
  // execArgv: [] — the parent's loader flags do not work in a worker; the boot module registers its own.
  return new Worker(new URL('./typescript-worker-boot.mjs', import.meta.url), { workerData: data, execArgv: [] });
}

export interface SupervisedWorkerOptions<Message> {
  data: TypescriptWorkerData;
  /** Names the thread in the messages given to onError. */
  name: string;
  onMessage(message: Message): void;
  onError(message: string): void;
  /** Called each time the thread ends, before any restart; what it had in hand is lost. */
  onExit?(code: number): void;
  /** The message that asks the thread to finish its work and end. */
  stopMessage: unknown;
  restartMs?: number;
  stopTimeoutMs?: number;
}

export interface SupervisedWorker {
  /** Posts to the thread; false while it is down and waiting to be restarted, or stopping. */
  post(message: unknown): boolean;
  /** Asks the thread to finish and end, and terminates it if it has not within the stop timeout. */
  stop(): Promise<void>;
}

// A thread that died unexpectedly is restarted after this pause, so a thread that crashes as it
// starts cannot spin in a loop of restarts.
const DEFAULT_RESTART_MS = 2000;
// The threads' units of work take milliseconds; past this a stuck thread is terminated rather than awaited.
const DEFAULT_STOP_TIMEOUT_MS = 10_000;

/** Keeps one worker thread running: restarted after a pause when it dies, stopped on request. */
export function startSupervisedWorker<Message>(options: SupervisedWorkerOptions<Message>): SupervisedWorker {
  const restartMs = options.restartMs ?? DEFAULT_RESTART_MS;
  let stopping = false;
  let running: Worker | undefined;
  let exited: Promise<void> = Promise.resolve();
  let restart: NodeJS.Timeout | undefined;

  const spawn = () => {
    restart = undefined;
    const worker = spawnTypescriptWorker(options.data);
    running = worker;
    worker.on('message', (message: Message) => options.onMessage(message));
    worker.on('error', (error) => options.onError(error.stack ?? error.message));
    exited = new Promise((resolve) =>
      worker.once('exit', (code) => {
        running = undefined;
        options.onExit?.(code);
        resolve();
        if (stopping) return;
        options.onError(`the ${options.name} exited with code ${code}; restarting it in ${restartMs} ms`);
        restart = setTimeout(spawn, restartMs);
      }),
    );
  };
  spawn();

  return {
    post(message) {
      if (stopping || !running) return false;
      running.postMessage(message);
      return true;
    },
    async stop() {
      stopping = true;
      if (restart) clearTimeout(restart);
      const worker = running;
      if (!worker) return;
      worker.postMessage(options.stopMessage);
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(resolve, options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS, 'timeout').unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') await worker.terminate();
    },
  };
}
