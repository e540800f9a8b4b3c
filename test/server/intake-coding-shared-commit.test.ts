import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTessera, type RunningTessera } from '../../server/start';
import { submission, validNewcomerAnswers } from '../helpers/answers';

const TEXTS = [
  'Rent is too high and landlords want references',
  'No family doctor since we arrived',
  'I cannot find work in my field, my diploma is not recognized',
  'The bus does not come to my street after 7 pm',
  'Daycare costs too much',
  'Les cours de français sont complets',
  'Nothing',
];

/**
 * On SQLite the intake writer thread writes the coding thread's codes too, a few with each
 * intake batch while respondents are sending, and in transactions of their own when they stop.
 * Whichever way codes travel, every response must be stored once, coded once, and the counts
 * the summaries read must equal a recount of the stored themes.
 */
describe('codes written with intake batches on the writer thread', { timeout: 180_000 }, () => {
  let server: RunningTessera;
  let file: string;
  let reader: Database.Database;
  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'tessera-shared-commit-')), 'db.sqlite');
    // Three codes per intake batch: a coding batch is split over many intake transactions.
    server = await startTessera({ port: 0, databaseUrl: file, codedPerCommit: 3 });
    reader = new Database(file, { readonly: true, fileMustExist: true });
  });
  afterAll(async () => {
    reader?.close();
    await server?.close();
  });

  const post = async (body: unknown) =>
    (await fetch(`${server.url}/api/c/demo/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).status;
  const one = <T>(query: string) => reader.prepare(query).get() as T;

  it('stores and codes every response once while respondents keep sending', async () => {
    const before = one<{ n: number }>('select count(*) as n from responses').n;
    const bodies: ReturnType<typeof submission>[] = [];
    const codedSoFar = () => one<{ n: number }>('select count(*) as n from responses where coded_at is not null').n;
    // Forty devices sending one response after another, until the coding thread has coded a few
    // hundred meanwhile, so codes travel with intake's batches; the rest are coded once they stop.
    const enough = () => bodies.length >= 6000 || (codedSoFar() >= before + 300 && bodies.length >= 1200);
    const statuses: number[] = [];
    const device = async () => {
      while (!enough()) {
        const i = bodies.length;
        const body = submission({ answers: { ...validNewcomerAnswers(), biggest_challenge: `${TEXTS[i % TEXTS.length]} (${i})` } });
        bodies.push(body);
        statuses.push(await post(body));
      }
    };
    await Promise.all(Array.from({ length: 40 }, device));
    expect(statuses.filter((status) => status !== 201)).toEqual([]);
    expect(codedSoFar()).toBeGreaterThanOrEqual(before + 300);
    const total = before + bodies.length;
    expect(one<{ n: number }>('select count(*) as n from responses').n).toBe(total);

    await expect.poll(() => one<{ n: number }>('select count(*) as n from responses where coded_at is null').n, { timeout: 120_000, interval: 250 }).toBe(0);

    const respondents = one<{ n: number }>('select sum(n) as n from respondent_counts').n;
    expect(respondents).toBe(total);
    const drift = reader
      .prepare(
        `select t.theme, t.n, coalesce(r.n, 0) as recount from
           (select theme, sum(n_any) as n from theme_counts group by theme) t
           left join (select theme, count(*) as n from response_themes group by theme) r on r.theme = t.theme
         where t.n <> coalesce(r.n, 0)`,
      )
      .all();
    expect(drift).toEqual([]);
    expect(one<{ n: number }>('select count(*) as n from (select response_id from response_themes group by response_id, theme having count(*) > 1)').n).toBe(0);
    expect(one<{ n: number }>('select count(*) as n from (select 1 from answer_codes group by response_id, question, theme having count(*) > 1)').n).toBe(0);
    // The open answers were coded, not only claimed: housing comes from the first text alone.
    const housing = one<{ n: number }>(`select count(*) as n from answer_codes where theme = 'housing' and question = 'biggest_challenge'`).n;
    expect(housing).toBeGreaterThanOrEqual(Math.floor(bodies.length / TEXTS.length));
  });
});
