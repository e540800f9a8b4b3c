import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the scheduling priority of the calling thread only (Linux: each thread is a task with
 * its own niceness, found through /proc/thread-self). Elsewhere it does nothing: the work still
 * runs, only without giving way. Returns whether the priority was lowered.
 */
export function lowerThisThreadPriority(niceness: number): boolean {
  if (process.platform !== 'linux' || niceness <= 0) return false;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    setPriority(threadId, Math.min(19, niceness));
    return true;
  } catch {
    return false;
  }
}
