import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { submission } from '../helpers/answers';

/** Starts the real server process (as `npm start` does, without the client build) on a fresh SQLite file. */
async function startServerProcess(databaseFile: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: { ...process.env, PORT: '0', DATABASE_URL: databaseFile, TESSERA_CLIENT_DIST: join(tmpdir(), 'no-client') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { child, url };
}

describe('durability', () => {
  it('keeps every acknowledged response when the server is killed with SIGKILL the instant after', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tessera-kill-')), 'tessera.sqlite');
    const { child, url } = await startServerProcess(file);
    const acknowledged: string[] = [];
    let killed = false;
    const sends = Array.from({ length: 60 }, async () => {
      const body = submission();
      try {
        const response = await fetch(`${url}/api/c/demo/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        if (response.status === 201 && !killed) {
          acknowledged.push(body.id);
          if (acknowledged.length === 20) {
            killed = true;
            child.kill('SIGKILL');
          }
        }
      } catch {
        // Requests in flight when the process dies fail: the device keeps and resends those.
      }
    });
    await Promise.all(sends);
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode ? resolve(null) : child.once('exit', resolve)));
    expect(child.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);

    const sqlite = new Database(file, { readonly: true });
    const stored = new Set(sqlite.prepare('select id from responses').all().map((row) => (row as { id: string }).id));
    sqlite.close();
    for (const id of acknowledged) expect(stored.has(id), `acknowledged ${id} was lost`).toBe(true);
  });
});
