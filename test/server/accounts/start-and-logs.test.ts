import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTessera, type RunningTessera } from '../../../server/start';
import { DIALECTS, postgresUrl } from '../../helpers/databases';

/** A database URL a started server can use: an SQLite file, or a fresh PostgreSQL schema. */
async function databaseFor(dialect: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect === 'sqlite') return { url: join(mkdtempSync(join(tmpdir(), 'tessera-start-')), 'db.sqlite'), drop: async () => {} };
  const schema = `t_${Math.random().toString(36).slice(2, 10)}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await run(`create schema ${schema}`);
  const separator = postgresUrl!.includes('?') ? '&' : '?';
  return { url: `${postgresUrl}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`, drop: () => run(`drop schema ${schema} cascade`) };
}

/** Everything the server writes: the log function start.ts receives, and the console. */
function captureLogs() {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => void lines.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, method).mockImplementation(keep);
  return { lines, log: (line: string) => void lines.push(line) };
}

async function http(base: string, method: string, path: string, options: { body?: unknown; cookie?: string; csrf?: string; token?: string; raw?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.csrf) headers['x-csrf-token'] = options.csrf;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${base}${path}`, { method, headers, ...(options.raw ? { body: options.raw } : options.body !== undefined && { body: JSON.stringify(options.body) }) });
  const text = await response.text();
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('tessera_session='))?.split(';')[0];
  return { status: response.status, json: text ? JSON.parse(text) : undefined, cookie };
}

describe.each(DIALECTS)('starting the server on %s', { timeout: 120_000 }, (dialect) => {
  let running: RunningTessera | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
    vi.restoreAllMocks();
  });

  it('prints a demo admin password once, on the first start, and it signs in', async () => {
    const database = await databaseFor(dialect);
    try {
      const first = captureLogs();
      running = await startTessera({ port: 0, databaseUrl: database.url, coding: false, log: first.log });
      const line = first.lines.find((l) => l.startsWith('Demo admin created'));
      const match = /with (\S+) and password (\S+) /.exec(line ?? '');
      expect(match?.[1]).toBe('admin@demo.tessera.local');
      const signedIn = await http(running.url, 'POST', '/api/auth/sign-in', { body: { email: match![1], password: match![2] } });
      expect(signedIn.status).toBe(200);
      expect(signedIn.json.isAdmin).toBe(true);
      await running.close();

      const second = captureLogs();
      running = await startTessera({ port: 0, databaseUrl: database.url, coding: false, log: second.log });
      expect(second.lines.join('\n')).not.toContain('Demo admin');
      expect(second.lines.join('\n')).not.toContain(match![2]);
    } finally {
      await running?.close();
      running = undefined;
      await database.drop();
    }
  });

  it('never logs a password, a session id, a CSRF token, an invitation or reset link, or an API token', async () => {
    const database = await databaseFor(dialect);
    const capture = captureLogs();
    const secrets: string[] = [];
    const adminPassword = 'admin password from the environment';
    try {
      running = await startTessera({ port: 0, databaseUrl: database.url, coding: false, log: capture.log, admin: { email: 'chair@example.org', password: adminPassword } });
      const base = running.url;
      secrets.push(adminPassword);
      expect(capture.lines.join('\n')).toContain('chair@example.org');

      const wrong = 'a wrong password guessed';
      secrets.push(wrong);
      expect((await http(base, 'POST', '/api/auth/sign-in', { body: { email: 'chair@example.org', password: wrong } })).status).toBe(401);
      expect((await http(base, 'POST', '/api/auth/sign-in', { raw: `{"email":"chair@example.org","password":"${wrong}"` })).status).toBe(400);

      const admin = await http(base, 'POST', '/api/auth/sign-in', { body: { email: 'chair@example.org', password: adminPassword } });
      expect(admin.status).toBe(200);
      secrets.push(admin.cookie!.split('=')[1]!, admin.json.csrfToken);
      const session = { cookie: admin.cookie!, csrf: admin.json.csrfToken };

      const partnershipId = (await http(base, 'GET', '/api/partnerships', session)).json.partnerships[0].id;
      const invitation = await http(base, 'POST', `/api/partnerships/${partnershipId}/invitations`, { ...session, body: { email: 'new@example.org', role: 'researcher' } });
      const invitationToken = invitation.json.link.split('/').at(-1);
      secrets.push(invitationToken);
      const newPassword = 'the newcomer chose this';
      secrets.push(newPassword);
      const accepted = await http(base, 'POST', `/api/invitations/${invitationToken}/accept`, { body: { name: 'New', password: newPassword } });
      expect(accepted.status).toBe(200);
      secrets.push(accepted.cookie!.split('=')[1]!, accepted.json.csrfToken);
      expect((await http(base, 'POST', `/api/invitations/${invitationToken}/accept`, { body: { name: 'New', password: newPassword } })).status).toBe(410);

      const reset = await http(base, 'POST', `/api/users/${accepted.json.user.id}/password-reset`, session);
      const resetToken = reset.json.link.split('/').at(-1);
      secrets.push(resetToken);
      const resetPassword = 'a reset password chosen';
      secrets.push(resetPassword);
      expect((await http(base, 'POST', `/api/password-resets/${resetToken}`, { body: { password: resetPassword } })).status).toBe(204);
      expect((await http(base, 'POST', `/api/password-resets/${resetToken}`, { body: { password: resetPassword } })).status).toBe(410);

      const issued = await http(base, 'POST', '/api/tokens', { ...session, body: { role: 'viewer', partnershipId, label: 'script' } });
      secrets.push(issued.json.token);
      expect((await http(base, 'GET', '/api/consultations', { token: issued.json.token })).status).toBe(200);
      await http(base, 'DELETE', `/api/tokens/${issued.json.id}`, session);
      expect((await http(base, 'GET', '/api/consultations', { token: issued.json.token })).status).toBe(401);
      expect((await http(base, 'POST', '/api/auth/sign-out', session)).status).toBe(204);
      expect((await http(base, 'GET', '/api/auth/session', session)).status).toBe(401);

      const logged = capture.lines.join('\n');
      for (const secret of secrets) expect(logged).not.toContain(secret);
    } finally {
      await running?.close();
      running = undefined;
      await database.drop();
    }
  });
});
