import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CODING_NICENESS } from '../../server/coding/coding-thread';
import { startTessera, type RunningTessera } from '../../server/start';

/** Each thread's niceness, read from /proc (field 19 of its stat line). */
function threadNiceness(): Map<number, number> {
  const result = new Map<number, number>();
  for (const task of readdirSync('/proc/self/task')) {
    try {
      const fields = readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1]!.split(' ');
      result.set(Number(task), Number(fields[16]));
    } catch {
      // The thread ended while being read.
    }
  }
  return result;
}

describe.skipIf(process.platform !== 'linux')('the coding thread gives way to intake', { timeout: 60_000 }, () => {
  let server: RunningTessera | undefined;
  afterAll(() => server?.close());

  it('runs at a lower priority than the thread that answers respondents', async () => {
    const before = threadNiceness();
    server = await startTessera({ port: 0, databaseUrl: join(mkdtempSync(join(tmpdir(), 'tessera-nice-')), 'db.sqlite'), seed: false });
    await expect.poll(() => [...threadNiceness()].filter(([task]) => !before.has(task)).some(([, nice]) => nice === DEFAULT_CODING_NICENESS), { timeout: 30_000 }).toBe(true);
    expect(threadNiceness().get(process.pid)).toBe(before.get(process.pid));
    expect(DEFAULT_CODING_NICENESS).toBeGreaterThan(0);
  });
});
