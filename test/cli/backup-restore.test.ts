import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startTessera } from '../../server/start';
import { submission } from '../helpers/answers';

const run = promisify(execFile);
const ADMIN_TOKEN = 'backup-test-admin-token-0123456789';

/** The CLI as a process, as an operator runs it (npm run --silent tessera -- …). */
function tessera(args: string[], databaseUrl: string) {
  return run(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

describe('tessera backup and restore', { timeout: 180_000 }, () => {
  it('backs up a live SQLite database under intake load, and the restored copy serves every response acknowledged before the backup began', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-backup-'));
    const live = join(dir, 'live.sqlite');
    const server = await startTessera({ port: 0, databaseUrl: live, adminToken: ADMIN_TOKEN, coding: false });
    const acknowledged: string[] = [];
    let sending = true;
    // Eight devices sending responses one after another until told to stop.
    const devices = Array.from({ length: 8 }, async () => {
      while (sending) {
        const body = submission({ channel: 'kiosk' });
        const response = await fetch(`${server.url}/api/c/demo/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        if (response.status === 201) acknowledged.push(body.id);
        else throw new Error(`intake answered ${response.status}: ${await response.text()}`);
      }
    });
    try {
      while (acknowledged.length < 50) await new Promise((resolve) => setTimeout(resolve, 20));
      const beforeBackup = [...acknowledged];
      const backup = join(dir, 'backup.sqlite');
      const backedUp = await tessera(['backup', backup], live);
      const afterBackup = acknowledged.length;
      console.log(`${backedUp.stdout.trim()} (${beforeBackup.length} acknowledged before it began, ${afterBackup} by its end)`);
      expect(backedUp.stdout).toMatch(/^Backed up .* responses, \d+ bytes, in \d+ ms\./);
      // Intake went on while the backup ran.
      while (acknowledged.length < afterBackup + 20) await new Promise((resolve) => setTimeout(resolve, 20));
      sending = false;
      await Promise.all(devices);

      const restored = join(dir, 'restored.sqlite');
      const restoredOut = await tessera(['restore', backup], restored);
      expect(restoredOut.stdout).toContain(`Restored ${backup} to ${restored}`);

      const second = await startTessera({ port: 0, databaseUrl: restored, adminToken: ADMIN_TOKEN, coding: false });
      try {
        const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
        const { consultations } = (await (await fetch(`${second.url}/api/consultations`, { headers })).json()) as { consultations: { id: string; slug?: string }[] };
        const demo = consultations.find((c) => c.slug === 'demo')!;
        const { responses } = (await (await fetch(`${second.url}/api/consultations/${demo.id}/responses`, { headers })).json()) as { responses: { id: string }[] };
        const ids = new Set(responses.map((response) => response.id));
        const missing = beforeBackup.filter((id) => !ids.has(id));
        expect(missing).toEqual([]);
        // Nothing appears that was never acknowledged.
        const everAcknowledged = new Set(acknowledged);
        expect(responses.filter((response) => !everAcknowledged.has(response.id))).toEqual([]);
      } finally {
        await second.close();
      }
    } finally {
      sending = false;
      await Promise.allSettled(devices);
      await server.close();
    }
  });

  it('restores over an existing database, keeping the one it replaces beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-restore-'));
    const original = join(dir, 'original.sqlite');
    const server = await startTessera({ port: 0, databaseUrl: original, coding: false });
    await server.close();
    const backup = join(dir, 'copy.sqlite');
    await tessera(['backup', backup], original);
    await tessera(['restore', backup], original);
    expect(existsSync(`${original}.before-restore`)).toBe(true);
  });

  it('refuses to overwrite a file with a backup, and explains pg_dump for PostgreSQL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-backup-refusals-'));
    const database = join(dir, 'db.sqlite');
    const server = await startTessera({ port: 0, databaseUrl: database, coding: false });
    await server.close();
    await expect(tessera(['backup', database], database)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('exists already') });
    await expect(tessera(['backup', join(dir, 'x.sqlite')], 'postgres://postgres@127.0.0.1:5432/test')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('pg_dump --format=custom'),
    });
  });
});
