import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTessera, type RunningTessera } from '../../server/start';
import { submission, validNewcomerAnswers } from '../helpers/answers';

const ADMIN = 'writer-thread-admin-token-0123456789';

/**
 * On an SQLite file the running server commits intake's batches on a writer thread. What a
 * device relies on must hold the same: an acknowledgement only once the response is on disk,
 * each response stored once however often and however concurrently it is sent, a different
 * response under a known id refused, and the counts equal to what is stored.
 */
describe('intake through the SQLite writer thread', { timeout: 120_000 }, () => {
  let server: RunningTessera;
  let file: string;
  let reader: Database.Database;
  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'tessera-writer-')), 'db.sqlite');
    server = await startTessera({ port: 0, databaseUrl: file, adminToken: ADMIN, coding: false });
    reader = new Database(file, { readonly: true, fileMustExist: true });
  });
  afterAll(async () => {
    reader?.close();
    await server?.close();
  });

  const post = async (body: unknown) => {
    const response = await fetch(`${server.url}/api/c/demo/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, json: (await response.json()) as { id?: string; status?: string; code?: string } };
  };
  const storedContent = (id: string) => reader.prepare('select answers from responses where id = ?').get(id) as { answers: string } | undefined;

  it('acknowledges a response only once another connection can read it from the file', async () => {
    for (let i = 0; i < 20; i += 1) {
      const body = submission({ answers: { ...validNewcomerAnswers(), biggest_challenge: `Rent, ${i}` } });
      const posted = await post(body);
      expect(posted.status).toBe(201);
      expect(JSON.parse(storedContent(body.id)!.answers).biggest_challenge).toBe(`Rent, ${i}`);
    }
  });

  it('stores each of many concurrent responses once, retries included, and refuses a different one under a known id', async () => {
    const bodies = Array.from({ length: 150 }, (_, i) => submission({ answers: { ...validNewcomerAnswers(), household_size: (i % 6) + 3, biggest_challenge: `Transit ${i}` } }));
    // Every response twice at once (a device retrying before its first try was answered), and
    // ten of them a third time with other answers under the same id.
    const conflicting = bodies.slice(0, 10).map((body) => ({ ...body, answers: { ...body.answers, biggest_challenge: 'Something else' } }));
    const results = await Promise.all([...bodies, ...bodies, ...conflicting].map(post));

    const byId = new Map<string, number[]>();
    for (const [index, body] of [...bodies, ...bodies, ...conflicting].entries()) byId.set(body.id, [...(byId.get(body.id) ?? []), results[index]!.status]);
    for (const [index, body] of bodies.entries()) {
      const statuses = byId.get(body.id)!;
      const sameContent = statuses.slice(0, 2).sort();
      if (index >= 10) expect(sameContent, body.id).toEqual([200, 201]);
      else {
        // The first to commit wins; the others are a retry (200) or a conflict (409), never a second row.
        expect(statuses.filter((s) => s === 201)).toHaveLength(1);
        expect(statuses.every((s) => [200, 201, 409].includes(s))).toBe(true);
      }
    }
    for (const body of bodies.slice(10)) expect(JSON.parse(storedContent(body.id)!.answers).biggest_challenge).toBe(body.answers.biggest_challenge);

    const demoId = (reader.prepare("select consultation_id as id from consultation_links where slug = 'demo'").get() as { id: string }).id;
    const stored = (reader.prepare('select count(*) as n from responses where consultation_id = ?').get(demoId) as { n: number }).n;
    expect(stored).toBe(20 + 150);
    const progress = await (await fetch(`${server.url}/api/consultations/${demoId}/progress`, { headers: { authorization: `Bearer ${ADMIN}` } })).json();
    expect(progress.total).toBe(stored);
  });
});
