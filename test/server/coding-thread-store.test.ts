import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeCoded, type CodedResponse, type CodingClaim } from '../../server/coding/coded-store';
import { startCodingThread } from '../../server/coding/coding-thread';
import { connectDatabase, type DatabaseHandle } from '../../server/db/connect';
import { startTessera } from '../../server/start';
import { submission, validNewcomerAnswers } from '../helpers/answers';

/**
 * On SQLite the server gives the coding thread the intake writer thread's connection to write
 * on, so the two never wait for each other's write lock. The thread must then write nothing on
 * its own connection, and a write that fails (the writer thread restarting) must leave its
 * responses to be coded again, once.
 */
describe('the coding thread writing through a store it is given', { timeout: 90_000 }, () => {
  let file: string;
  let handle: DatabaseHandle;
  let respondents: number;
  const texts = ['Rent is too high', 'No family doctor', 'I cannot find work in my field', 'The bus does not come to my street', 'My diploma is not recognized', 'Daycare costs too much'];

  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'tessera-coding-store-')), 'db.sqlite');
    const server = await startTessera({ port: 0, databaseUrl: file, coding: false });
    for (const text of texts) {
      const response = await fetch(`${server.url}/api/c/demo/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(submission({ answers: { ...validNewcomerAnswers(), biggest_challenge: text } })),
      });
      expect(response.status).toBe(201);
    }
    await server.close();
    handle = connectDatabase(file);
    respondents = (await handle.db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    // The demo seed's responses were coded as it stored them: only the posted ones wait.
    const waiting = await handle.db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).where('coded_at', 'is', null).executeTakeFirstOrThrow();
    expect(waiting.n).toBe(texts.length);
  });
  afterAll(() => handle?.close());

  it('hands every write to the store, and codes again what a failed write left', async () => {
    const calls: Array<{ ids: string[]; stored: boolean }> = [];
    const errors: string[] = [];
    const store = async (coded: CodedResponse[], claim: CodingClaim) => {
      const ids = coded.map((response) => response.id);
      if (calls.length === 0) {
        calls.push({ ids, stored: false });
        throw new Error('the intake writer thread is not running');
      }
      await storeCoded(handle.db, coded, claim);
      calls.push({ ids, stored: true });
    };
    const stop = startCodingThread({ databaseUrl: file, idleMs: 100, commitEvery: 2, store, onError: (message) => errors.push(message) });
    try {
      await expect
        .poll(async () => (await handle.db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).where('coded_at', 'is not', null).executeTakeFirstOrThrow()).n, { timeout: 60_000 })
        .toBe(respondents);
    } finally {
      await stop();
    }

    expect(errors.some((message) => message.includes('the intake writer thread is not running'))).toBe(true);
    expect(calls[0]!.stored).toBe(false);
    expect(calls.every((call) => call.ids.length <= 2)).toBe(true);
    // The thread wrote nothing itself: every response was claimed by exactly one successful store call.
    const storedIds = calls.filter((call) => call.stored).flatMap((call) => call.ids);
    expect(new Set(storedIds).size).toBe(texts.length);
    expect(storedIds).toHaveLength(texts.length);
    expect(storedIds).toEqual(expect.arrayContaining(calls[0]!.ids));

    // The respondent counts equal a recount of the stored themes.
    const counted = await handle.db.selectFrom('response_themes').select((eb) => eb.fn.countAll<number>().as('n')).where('theme', '=', 'housing').executeTakeFirstOrThrow();
    const summed = await handle.db.selectFrom('theme_counts').select((eb) => eb.fn.sum<number>('n_any').as('n')).where('theme', '=', 'housing').executeTakeFirstOrThrow();
    expect(Number(summed.n)).toBe(Number(counted.n));
    expect(Number(counted.n)).toBeGreaterThanOrEqual(1);
  });
});
