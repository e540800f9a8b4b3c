import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { isPostgresUrl } from '../db/connect';

export class BackupError extends Error {}

const POSTGRES_GUIDANCE = `This database is PostgreSQL: back it up with PostgreSQL's own tools, while Tessera serves.
  pg_dump --format=custom --file=tessera.dump "$DATABASE_URL"
and restore into an empty database (stop the servers first):
  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" tessera.dump`;

/**
 * Copies a live SQLite database into `target` with SQLite's online backup, in one step: the
 * copy is the database as one read transaction saw it, so every response acknowledged before
 * the backup began is in it. Under WAL a reader does not block writers, so intake goes on.
 */
export async function runBackup(databaseUrl: string, target: string): Promise<string> {
  if (isPostgresUrl(databaseUrl)) throw new BackupError(POSTGRES_GUIDANCE);
  if (!existsSync(databaseUrl)) throw new BackupError(`There is no database at ${databaseUrl} (set DATABASE_URL).`);
  if (existsSync(target)) throw new BackupError(`${target} exists already; choose a new file name.`);
  const began = performance.now();
  const source = new Database(databaseUrl, { fileMustExist: true });
  try {
    // Every page in one step (the most better-sqlite3 takes), so no write between steps restarts the copy.
    await source.backup(target, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  const responses = countResponses(target);
  const ms = Math.round(performance.now() - began);
  return `Backed up ${databaseUrl} to ${target}: ${responses} responses, ${statSync(target).size} bytes, in ${ms} ms.`;
}

/**
 * Puts a backup in place of the database at `databaseUrl`. The server must be stopped: the
 * old database is moved aside to `<file>.before-restore` (never deleted), and its WAL files are
 * removed, since frames left from the old database would be applied to the restored one.
 */
export async function runRestore(databaseUrl: string, backup: string): Promise<string> {
  if (isPostgresUrl(databaseUrl)) throw new BackupError(POSTGRES_GUIDANCE);
  if (!existsSync(backup)) throw new BackupError(`There is no backup at ${backup}.`);
  const check = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new BackupError(`${backup} is damaged (${String(result)}); nothing was restored.`);
  } finally {
    check.close();
  }
  if (existsSync(databaseUrl)) renameSync(databaseUrl, `${databaseUrl}.before-restore`);
  for (const suffix of ['-wal', '-shm']) rmSync(`${databaseUrl}${suffix}`, { force: true });
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(databaseUrl, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  return `Restored ${backup} to ${databaseUrl}: ${countResponses(databaseUrl)} responses (the database it replaced is at ${databaseUrl}.before-restore).`;
}

function countResponses(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select count(*) as n from responses').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
