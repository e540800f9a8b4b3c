import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTessera, type RunningTessera } from '../../server/start';

/**
 * test/fixtures/release-2026-11.sqlite is a database written by the release at commit 6f21dc7
 * (its migrations, then its API: see make-release-database.ts): partnerships, the shipped
 * questionnaires, a consultation with a kiosk PIN, coded responses, tokens. Today's server must
 * open a copy, run its own migrations, and lose nothing.
 */
const FIXTURE = join(import.meta.dirname, '../fixtures/release-2026-11.sqlite');
const ADMIN_TOKEN = 'upgrade-test-admin-token-0123456789';

type Row = Record<string, unknown>;

function readAll(file: string): Map<string, Row[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_migration%'").all() as { name: string }[];
    return new Map(tables.map(({ name }) => [name, db.prepare(`select * from "${name}"`).all() as Row[]]));
  } finally {
    db.close();
  }
}

describe('upgrading a database from the previous release', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-upgrade-'));
  const file = join(dir, 'tessera.sqlite');
  let before: Map<string, Row[]>;
  let server: RunningTessera;
  const get = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(response.status, path).toBe(200);
    return (await response.json()) as any;
  };

  beforeAll(async () => {
    copyFileSync(FIXTURE, file);
    before = readAll(file);
    server = await startTessera({ port: 0, databaseUrl: file, adminToken: ADMIN_TOKEN, coding: false });
  });
  afterAll(() => server?.close());

  it('keeps every row of every table, with every value it had', () => {
    const after = readAll(file);
    expect([...before.values()].reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(20);
    for (const [table, rows] of before) {
      const now = after.get(table);
      expect(now, `table ${table} is gone`).toBeDefined();
      for (const row of rows) {
        // Columns added since keep the old rows readable; the old columns keep their values.
        const match = now!.find((candidate) => Object.entries(row).every(([column, value]) => candidate[column] === value));
        expect(match, `${table} lost ${JSON.stringify(row).slice(0, 200)}`).toBeDefined();
      }
    }
  });

  it('serves the old partnerships, consultation and responses through the API', async () => {
    const { partnerships } = await get('/api/partnerships');
    expect(partnerships.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Peel-Halton LIP', 'Ottawa LIP']));
    const { consultations } = await get('/api/consultations');
    const consultation = consultations.find((c: { slug?: string }) => c.slug === 'upgrade-fixture');
    expect(consultation).toMatchObject({ title: 'Needs assessment 2026 & beyond', status: 'paused', responses: 3 });
    const { responses } = await get(`/api/consultations/${consultation.id}/responses`);
    expect(responses.map((r: { answers: { biggest_challenge?: string } }) => r.answers.biggest_challenge).sort()).toEqual(
      [undefined, 'No Canadian experience, they say', 'Trouver un logement abordable près du métro'].sort(),
    );
    const stored = before.get('responses')!;
    for (const response of responses) {
      const old = stored.find((row) => row.id === response.id)!;
      expect(response.answers).toEqual(JSON.parse(old.answers as string));
    }
  });

  it('keeps the old consultation working for respondents once reopened, kiosk PIN included', async () => {
    const { consultations } = await get('/api/consultations');
    const consultation = consultations.find((c: { slug?: string }) => c.slug === 'upgrade-fixture');
    const reopened = await fetch(`${server.url}/api/consultations/${consultation.id}/status`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'open' }),
    });
    expect(reopened.status).toBe(200);
    const payload = await (await fetch(`${server.url}/api/c/upgrade-fixture`)).json() as { kiosk: { exitPin: { salt: string } | null } };
    expect(payload.kiosk.exitPin?.salt).toMatch(/^[0-9a-f]{16}$/);
    const sent = await fetch(`${server.url}/api/c/upgrade-fixture/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: crypto.randomUUID(), locale: 'en', community: 'Peel', answers: { time_in_canada: 'under_1_year', household_size: 2 } }),
    });
    expect(sent.status).toBe(201);
    // The responses stored by the old release are still recognised as such on a resend.
    const old = before.get('responses')![0]!;
    const resent = await fetch(`${server.url}/api/c/upgrade-fixture/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: old.id, locale: old.locale, community: old.community, channel: old.channel, answers: JSON.parse(old.answers as string) }),
    });
    expect(resent.status).toBe(200);
  });
});
