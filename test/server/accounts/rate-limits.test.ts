import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIALECTS } from '../../helpers/databases';
import { call, createTestContext, NOW, PASSWORD, type TestContext } from '../../helpers/test-app';

const MINUTE = 60_000;

/** A request as @hono/node-server hands it over: the socket carries the client's address. */
function from(ctx: TestContext, address: string, path: string, init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  return ctx.app.request(
    path,
    { method: init.method ?? 'POST', headers, ...(init.body !== undefined && { body: JSON.stringify(init.body) }) },
    { incoming: { socket: { remoteAddress: address } } },
  );
}

describe.each(DIALECTS)('rate limits on %s', (dialect) => {
  let ctx: TestContext;
  let now = NOW;
  const at = (ms: number) => {
    now = new Date(Date.parse(NOW) + ms).toISOString();
  };
  beforeAll(async () => {
    ctx = await createTestContext(dialect, { clock: () => now, auth: { accountFailures: 5, addressFailures: 8 } });
  });
  afterAll(() => ctx.close());

  it('holds an account after five failed sign-ins, on every instance, then lets it in again', async () => {
    at(0);
    const email = ctx.users.researcherB.email;
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const failed = await from(ctx, `198.51.100.${attempt}`, '/api/auth/sign-in', { body: { email, password: `guess ${attempt}` } });
      expect(failed.status).toBe(401);
    }
    const held = await from(ctx, '198.51.100.99', '/api/auth/sign-in', { body: { email, password: PASSWORD } });
    expect(held.status).toBe(429);
    expect(held.headers.get('retry-after')).toBe('900');
    expect(await held.json()).toEqual({ code: 'too_many_attempts', message: 'Too many failed sign-ins for this account. Try again in 15 minutes.' });
    const elsewhere = await call(ctx.secondInstance(), 'POST', '/api/auth/sign-in', { body: { email, password: PASSWORD } });
    expect(elsewhere.status).toBe(429);
    at(15 * MINUTE);
    expect((await call(ctx.app, 'POST', '/api/auth/sign-in', { body: { email, password: PASSWORD } })).status).toBe(200);
    at(0);
  });

  it('holds a client address after too many failures across accounts, without holding others', async () => {
    at(0);
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      await from(ctx, '203.0.113.7', '/api/auth/sign-in', { body: { email: `nobody${attempt}@example.org`, password: 'guess' } });
    }
    const held = await from(ctx, '203.0.113.7', '/api/auth/sign-in', { body: { email: ctx.users.viewerA.email, password: PASSWORD } });
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await held.json()).message).toMatch(/from your address/);
    expect((await from(ctx, '203.0.113.8', '/api/auth/sign-in', { body: { email: ctx.users.viewerA.email, password: PASSWORD } })).status).toBe(200);
  });

  it('limits failed bearer authentications per address too', async () => {
    at(0);
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      const refused = await from(ctx, '192.0.2.44', '/api/consultations', { method: 'GET', token: `tsr_guess${attempt}` });
      expect(refused.status).toBe(401);
    }
    const held = await from(ctx, '192.0.2.44', '/api/consultations', { method: 'GET', token: ctx.tokens.admin });
    expect(held.status).toBe(429);
    expect((await held.json()).code).toBe('too_many_attempts');
    expect((await from(ctx, '192.0.2.45', '/api/consultations', { method: 'GET', token: ctx.tokens.admin })).status).toBe(200);
    at(16 * MINUTE);
    expect((await from(ctx, '192.0.2.44', '/api/consultations', { method: 'GET', token: ctx.tokens.admin })).status).toBe(200);
    at(0);
  });

  it('ignores X-Forwarded-For and X-Forwarded-Proto when no proxy is trusted', async () => {
    at(0);
    const response = await from(ctx, '198.51.100.200', '/api/auth/sign-in', {
      body: { email: ctx.users.viewerA.email, password: PASSWORD },
      headers: { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().join()).not.toMatch(/Secure/);
  });

  it('stores no client address anywhere in the database', async () => {
    const tables = ['users', 'user_roles', 'sessions', 'invitations', 'password_resets', 'sign_in_throttle', 'api_tokens'];
    for (const table of tables) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(ctx.database.db);
      const text = JSON.stringify(rows.rows);
      for (const address of ['198.51.100.', '203.0.113.', '192.0.2.']) expect(text, table).not.toContain(address);
    }
  });
});

describe('a trusted proxy', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext('sqlite', { auth: { trustProxy: true, addressFailures: 2 } });
  });
  afterAll(() => ctx.close());

  it("is believed about the client's address and scheme only when TESSERA_TRUST_PROXY is on", async () => {
    const viaProxy = (forwardedFor: string, body: unknown) =>
      from(ctx, '10.0.0.1', '/api/auth/sign-in', { body, headers: { 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'https' } });
    await viaProxy('203.0.113.20', { email: 'a@example.org', password: 'guess' });
    await viaProxy('203.0.113.20', { email: 'b@example.org', password: 'guess' });
    expect((await viaProxy('203.0.113.20', { email: ctx.users.viewerA.email, password: PASSWORD })).status).toBe(429);
    const other = await viaProxy('203.0.113.21', { email: ctx.users.viewerA.email, password: PASSWORD });
    expect(other.status).toBe(200);
    expect(other.headers.getSetCookie().join()).toMatch(/Secure/);
  });
});
