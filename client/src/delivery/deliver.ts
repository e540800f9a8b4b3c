import { postResponse } from '../api';
import { listOutbox, removeEntry, updateEntry } from '../storage/outbox';
import { clearAcknowledged } from '../storage/progress';
import { retryDelayMs } from './backoff';

let running: Promise<void> | null = null;

/**
 * Sends every pending entry that is due (or all of them when `force`), one at a time so a
 * slow link is not flooded. Only one pass runs at once in a tab.
 */
export function deliverDue(force = false): Promise<void> {
  running ??= pass(force).finally(() => {
    running = null;
  });
  return running;
}

async function pass(force: boolean): Promise<void> {
  for (const entry of await listOutbox()) {
    if (entry.state !== 'pending') continue;
    if (!force && entry.nextAttemptAt > Date.now()) continue;
    const outcome = await postResponse(entry.slug, entry.body);
    if (outcome.kind === 'stored') {
      await removeEntry(entry.id);
      clearAcknowledged(entry.id);
      continue;
    }
    const attempts = entry.attempts + 1;
    if (outcome.kind === 'attention') {
      await updateEntry({ ...entry, attempts, state: 'attention',
        lastError: `${outcome.status} ${outcome.code}: ${outcome.message}` });
      continue;
    }
    const delay = outcome.retryAfterSeconds !== null
      ? outcome.retryAfterSeconds * 1_000
      : retryDelayMs(attempts, Math.random());
    await updateEntry({ ...entry, attempts, nextAttemptAt: Date.now() + delay, lastError: outcome.detail });
    // The network is down: the other entries would fail the same way.
    if (outcome.retryAfterSeconds === null) break;
  }
}

/** The earliest time a pending entry is due, to schedule the next pass. */
export async function nextDueAt(): Promise<number | null> {
  const due = (await listOutbox())
    .filter((entry) => entry.state === 'pending')
    .map((entry) => entry.nextAttemptAt);
  return due.length ? Math.min(...due) : null;
}
