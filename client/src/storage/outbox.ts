import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ResponseBody } from '../api';

/**
 * The durable delivery queue. An entry leaves only when the server acknowledges it;
 * nothing expires on its own. Entries the server refused (409, 422...) stay, marked
 * `attention`, so staff can see them and nothing is silently lost.
 */
export type OutboxEntry = {
  id: string;
  slug: string;
  body: ResponseBody;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  state: 'pending' | 'attention';
  lastError: string | null;
};

interface OutboxDb extends DBSchema {
  outbox: { key: string; value: OutboxEntry };
}

let dbPromise: Promise<IDBPDatabase<OutboxDb>> | null = null;

function db(): Promise<IDBPDatabase<OutboxDb>> {
  dbPromise ??= openDB<OutboxDb>('tessera', 1, {
    upgrade(database) {
      database.createObjectStore('outbox', { keyPath: 'id' });
    },
  });
  return dbPromise;
}

const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('tessera-outbox') : null;
channel?.addEventListener('message', () => notifyLocal());

function notifyLocal(): void {
  for (const listener of listeners) listener();
}

function notify(): void {
  notifyLocal();
  channel?.postMessage('changed');
}

export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Adds a completed response; a second enqueue of the same id keeps the first. */
export async function enqueue(slug: string, body: ResponseBody, now = Date.now()): Promise<void> {
  const database = await db();
  const tx = database.transaction('outbox', 'readwrite');
  if (!(await tx.store.get(body.id))) {
    await tx.store.put({
      id: body.id, slug, body, createdAt: now, attempts: 0, nextAttemptAt: now,
      state: 'pending', lastError: null,
    });
  }
  await tx.done;
  notify();
}

export async function listOutbox(): Promise<OutboxEntry[]> {
  const entries = await (await db()).getAll('outbox');
  return entries.sort((a, b) => a.createdAt - b.createdAt);
}

export async function removeEntry(id: string): Promise<void> {
  await (await db()).delete('outbox', id);
  notify();
}

export async function updateEntry(entry: OutboxEntry): Promise<void> {
  await (await db()).put('outbox', entry);
  notify();
}

export type OutboxCounts = { pending: number; attention: number };

export async function countOutbox(): Promise<OutboxCounts> {
  const entries = await listOutbox();
  return {
    pending: entries.filter((entry) => entry.state === 'pending').length,
    attention: entries.filter((entry) => entry.state === 'attention').length,
  };
}
