import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../helpers/test-app';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function run(args: string[], env: Record<string, string>, stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'server/cli/main.ts', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('tessera translations', () => {
  let ctx: TestContext;
  let env: Record<string, string>;
  beforeAll(async () => {
    ctx = await createTestContext('sqlite');
    env = { DATABASE_URL: ctx.database.url };
  });
  afterAll(() => ctx.close());

  it('exports a language as XLIFF and imports it back without changing anything', async () => {
    const exported = await run(['translations', 'export', 'provider-survey', '1', 'uk'], env);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('trgLang="uk"');
    expect(exported.stdout).toContain('<target>Опитування постачальників послуг</target>');
    const imported = await run(['translations', 'import', 'provider-survey', '1', 'uk'], env, exported.stdout);
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout)).toEqual({ changed: 0, confirmed: 0 });
  }, 180_000);

  it('refuses an edited file for a published version, and lists the strings of a broken CSV', async () => {
    const csv = await run(['translations', 'export', 'provider-survey', '1', 'fa', '--format', 'csv'], env);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('\uFEFFid,source,translation,state,note');
    const broken = csv.stdout.replace('<h3>سپاسگزاریم!</h3>', '<h2>سپاسگزاریم!</h2>');
    const rejected = await run(['translations', 'import', 'provider-survey', '1', 'fa'], env, broken);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/completedHtml: broken_markup/);
    const edited = csv.stdout.replace('سازمان شما', 'سازمانِ شما');
    const frozen = await run(['translations', 'import', 'provider-survey', '1', 'fa'], env, edited);
    expect(frozen.code).toBe(1);
    expect(frozen.stderr).toMatch(/published and frozen/);
  }, 180_000);
});
