import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTessera, type RunningTessera } from '../../server/start';
import type { DialectName } from '../../server/db/connect';
import { submission, validNewcomerAnswers } from '../helpers/answers';
import { DIALECTS, freshDatabase } from '../helpers/databases';

const ADMIN = 'background-coding-admin-token';

// A URL alone names the database: the coding thread connects with it, so the schema goes in the URL.
async function databaseUrlFor(dialect: DialectName): Promise<{ url: string; close(): Promise<void> }> {
  if (dialect === 'sqlite') return { url: join(mkdtempSync(join(tmpdir(), 'tessera-bg-')), 'db.sqlite'), close: async () => {} };
  const database = await freshDatabase('postgres');
  const url = new URL(database.url);
  url.searchParams.set('options', `-c search_path=${database.schema}`);
  return { url: url.href, close: () => database.close() };
}

describe.each(DIALECTS)('the running server on %s', (dialect) => {
  let server: RunningTessera;
  let database: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    database = await databaseUrlFor(dialect);
    // Two responses per transaction, so a batch is written in several and every one must land.
    server = await startTessera({ port: 0, databaseUrl: database.url, adminToken: ADMIN, codingCommitEvery: 2 });
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  const get = async (path: string) => (await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${ADMIN}` } })).json();
  const post = (answers: Record<string, unknown>) =>
    fetch(`${server.url}/api/c/demo/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submission({ answers })) });

  /** The demo consultation's summary once it counts `respondents` (or after 15 s). */
  async function summaryOnceCoded(respondents: number): Promise<any> {
    const { consultations } = await get('/api/consultations');
    const demo = consultations.find((c: { slug: string }) => c.slug === 'demo');
    let summary: any;
    for (let waited = 0; waited < 15_000; waited += 250) {
      summary = (await get(`/api/analysis/summary?consultationId=${demo.id}`)).summary;
      if (summary.respondents === respondents) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return summary;
  }

  it('codes new responses in the background, so summaries follow submissions within seconds', async () => {
    const posted = await post({ ...validNewcomerAnswers(), biggest_challenge: 'Finding an affordable apartment' });
    expect(posted.status).toBe(201);
    const summary = await summaryOnceCoded(1);
    expect(summary.respondents).toBe(1);
    const housing = summary.themes.find((t: { theme: string }) => t.theme === 'housing');
    expect(housing.n).toBe(1);
  });

  it('writes a batch in short transactions and codes every response of it exactly once', async () => {
    const texts = ['Rent is too high', 'No family doctor', 'I cannot find work in my field', 'The bus does not come to my street', 'My diploma is not recognized'];
    for (const text of texts) {
      // Closed answers that code neither housing nor transportation: those counts come from the open answer alone.
      const answers = { ...validNewcomerAnswers(), needs: ['learn_language'], top_priorities: ['learn_language'], has_family_doctor: true, biggest_challenge: text };
      expect((await post(answers)).status).toBe(201);
    }
    const summary = await summaryOnceCoded(6);
    expect(summary.respondents).toBe(6);
    const count = (theme: string) => summary.themes.find((t: { theme: string }) => t.theme === theme)?.n ?? 0;
    expect(count('housing')).toBe(2);
    expect(count('transportation')).toBe(1);
  });
});

describe('closing the running server', () => {
  it('ends the coding thread with it, so nothing keeps the process alive', { timeout: 90_000 }, async () => {
    const databaseUrl = join(mkdtempSync(join(tmpdir(), 'tessera-bg-close-')), 'db.sqlite');
    // Without process.exit: a coding thread left running would keep this process from ending.
    const script = `import { startTessera } from './server/start.ts';
const server = await startTessera({ port: 0, databaseUrl: ${JSON.stringify(databaseUrl)} });
await new Promise((resolve) => setTimeout(resolve, 500));
await server.close();
console.log('closed');`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const exit = await new Promise<number | null | 'still running'>((resolve) => {
      const timer = setTimeout(() => resolve('still running'), 80_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    if (exit === 'still running') child.kill('SIGKILL');
    expect(output).toContain('closed');
    expect(exit).toBe(0);
  });
});
