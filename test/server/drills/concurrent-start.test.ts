import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startTessera } from '../../../server/start';

const postgresUrl = process.env.TEST_DATABASE_URL;
const ADMIN_TOKEN = 'concurrent-start-admin-token-0123456789';

// Found by the two-instance drill: two instances starting together on an empty PostgreSQL both
// seeded the demo, and one died on a duplicate questionnaire key.
describe.skipIf(!postgresUrl)('instances starting together on one empty PostgreSQL database', { timeout: 120_000 }, () => {
  it('both start, and the demo, the admin token and the demo admin exist once', async () => {
    const database = `tessera_start_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create database ${database}`);
    const url = new URL(postgresUrl!);
    url.pathname = `/${database}`;
    const started = await Promise.allSettled(
      [1, 2, 3].map(() => startTessera({ port: 0, databaseUrl: url.href, adminToken: ADMIN_TOKEN, coding: false })),
    );
    try {
      expect(started.map((result) => (result.status === 'rejected' ? String(result.reason) : 'started'))).toEqual(['started', 'started', 'started']);
      const client = new pg.Client({ connectionString: url.href });
      await client.connect();
      const count = async (query: string) => Number((await client.query(query)).rows[0].n);
      expect(await count('select count(*) as n from partnerships')).toBe(1);
      expect(await count("select count(*) as n from consultation_links where slug = 'demo'")).toBe(1);
      expect(await count('select count(*) as n from users')).toBe(1);
      await client.end();
      // Every instance serves the one demo consultation.
      for (const result of started) {
        if (result.status !== 'fulfilled') continue;
        const response = await fetch(`${result.value.url}/api/c/demo`);
        expect(response.status).toBe(200);
      }
    } finally {
      await Promise.all(started.map((result) => (result.status === 'fulfilled' ? result.value.close() : undefined)));
      // Dropped at once, the database's last pool connections were terminated while ending (unhandled 57P01).
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
    }
  });
});
