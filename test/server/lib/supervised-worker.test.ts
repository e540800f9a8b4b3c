import { afterEach, describe, expect, it } from 'vitest';
import { startSupervisedWorker, type SupervisedWorker } from '../../../server/lib/supervised-worker';

const entry = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

function supervise(name: string, restartMs: number) {
  const messages: string[] = [];
  const errors: string[] = [];
  const exits: number[] = [];
  const worker = startSupervisedWorker<string>({
    name: 'test thread',
    data: { entry: entry(name) },
    stopMessage: 'stop',
    restartMs,
    onMessage: (message) => messages.push(message),
    onError: (message) => errors.push(message),
    onExit: (code) => exits.push(code),
  });
  return { worker, messages, errors, exits };
}

const starts = (messages: string[]) => messages.filter((message) => message === 'started').length;

describe('a supervised worker thread', () => {
  let running: SupervisedWorker | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  it('is restarted after its pause when it dies, refuses work while down, and works again after', async () => {
    const thread = supervise('echo-worker.ts', 300);
    running = thread.worker;
    await expect.poll(() => starts(thread.messages), { timeout: 15_000 }).toBe(1);
    expect(thread.worker.post('ping')).toBe(true);
    await expect.poll(() => thread.messages.includes('pong')).toBe(true);

    thread.worker.post('crash');
    await expect.poll(() => thread.exits).toEqual([3]);
    expect(thread.worker.post('ping')).toBe(false);
    expect(thread.errors.join('\n')).toContain('the test thread exited with code 3; restarting it in 300 ms');

    await expect.poll(() => starts(thread.messages), { timeout: 15_000 }).toBe(2);
    thread.messages.length = 0;
    expect(thread.worker.post('ping')).toBe(true);
    await expect.poll(() => thread.messages).toContain('pong');
  });

  it('does not spin when the thread dies as it starts: one restart per pause', async () => {
    const thread = supervise('crash-on-start-worker.ts', 1000);
    running = thread.worker;
    await expect.poll(() => thread.exits.length, { timeout: 15_000 }).toBe(1);
    const startsAtFirstExit = starts(thread.messages);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Half a pause later, no new thread has been started.
    expect(starts(thread.messages)).toBe(startsAtFirstExit);
    expect(thread.errors.some((message) => message.includes('cannot open the database'))).toBe(true);
  });

  it('stops: the thread ends on its stop message, and nothing is posted after', async () => {
    const thread = supervise('echo-worker.ts', 300);
    await expect.poll(() => starts(thread.messages), { timeout: 15_000 }).toBe(1);
    await thread.worker.stop();
    expect(thread.exits).toHaveLength(1);
    expect(thread.worker.post('ping')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 600));
    // Stopped for good: no restart after the pause.
    expect(starts(thread.messages)).toBe(1);
  });
});
