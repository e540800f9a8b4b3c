import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { connectDatabase } from '../../../server/db/connect';
import { call, signIn } from '../../helpers/test-app';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function tessera(args: string[], options: { env?: Record<string, string>; stdin?: string }) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const env = { ...process.env, ...options.env };
    delete env.TESSERA_PASSWORD;
    if (options.env?.TESSERA_PASSWORD) env.TESSERA_PASSWORD = options.env.TESSERA_PASSWORD;
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['server/cli/main.ts', ...args], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

// Each case starts the CLI as a process: give a busy machine room.
describe('tessera user add', { timeout: 120_000 }, () => {
  const databaseUrl = join(mkdtempSync(join(tmpdir(), 'tessera-user-')), 'db.sqlite');

  it('adds an admin whose password comes from stdin, who can then sign in', async () => {
    const added = await tessera(['user', 'add', '--email', 'Chair@Example.org', '--name', 'Chair', '--admin'], {
      env: { DATABASE_URL: databaseUrl },
      stdin: 'a password from stdin\n',
    });
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toBe('Added chair@example.org (admin).\n');
    expect(added.stdout).not.toContain('a password from stdin');

    const handle = connectDatabase(databaseUrl);
    try {
      const app = createApp({ db: handle.db, dialect: handle.dialect, clock: () => new Date().toISOString() });
      const session = await signIn(app, 'chair@example.org', 'a password from stdin');
      expect((await call(app, 'GET', '/api/auth/session', { session })).json).toMatchObject({ isAdmin: true, user: { name: 'Chair' } });
    } finally {
      await handle.close();
    }
  });

  it('updates the password of an existing person from TESSERA_PASSWORD', async () => {
    const updated = await tessera(['user', 'add', '--email', 'chair@example.org', '--name', 'Chair'], {
      env: { DATABASE_URL: databaseUrl, TESSERA_PASSWORD: 'a password from the env' },
    });
    expect(updated.code).toBe(0);
    expect(updated.stdout).toBe('Updated chair@example.org.\n');
    const handle = connectDatabase(databaseUrl);
    try {
      const app = createApp({ db: handle.db, dialect: handle.dialect, clock: () => new Date().toISOString() });
      await expect(signIn(app, 'chair@example.org', 'a password from the env')).resolves.toBeTruthy();
    } finally {
      await handle.close();
    }
  });

  it('refuses a password given as an argument, or one too short', async () => {
    const inArgv = await tessera(['user', 'add', '--email', 'x@example.org', '--name', 'X', '--password', 'secret-secret'], { env: { DATABASE_URL: databaseUrl } });
    expect(inArgv.code).toBe(2);
    expect(inArgv.stderr).toMatch(/TESSERA_PASSWORD or on stdin/);
    const short = await tessera(['user', 'add', '--email', 'x@example.org', '--name', 'X'], { env: { DATABASE_URL: databaseUrl }, stdin: 'short\n' });
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/at least 10 characters/);
  });
});
