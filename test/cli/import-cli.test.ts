import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importQuestionnaire } from '../../server/imports';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(root, 'test/fixtures/imports', name);

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'server/cli/main.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Each run starts tsx in a new process: seconds each on a busy machine.
describe('tessera import and export', { timeout: 180_000 }, () => {
  it('prints the SurveyJS JSON of an XLSForm and lists what did not convert on stderr', async () => {
    const { code, stdout, stderr } = await run(['import', fixture('newcomer-needs.xlsx')]);
    expect(code).toBe(0);
    const survey = JSON.parse(stdout) as { title: string; pages: Array<{ name: string }> };
    expect(survey.title).toBe('Newcomer Needs Survey 2026');
    expect(survey.pages.map((page) => page.name)).toContain('household');
    expect(stderr).toContain('3 item(s) not converted');
    expect(stderr).toContain('sheet survey, row 49, question location, column type:');
  });

  it('writes the JSON to --out and exports it back as an XLSForm workbook', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tessera-import-'));
    const json = join(directory, 'needs.json');
    const imported = await run(['import', fixture('newcomer-needs.lss'), '--out', json]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe('');
    expect(imported.stderr).toContain('everything converted');
    const xlsx = join(directory, 'needs.xlsx');
    const exported = await run(['export', json, '--format', 'xlsform', '--out', xlsx]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain('question housing, column type');
    expect(exported.stderr).toContain("survey title's translations");
    const back = await importQuestionnaire(readFileSync(xlsx));
    expect(back.survey.title).toBe('Newcomer needs assessment');
    const first = (back.survey.pages as Array<{ elements: Array<{ name: string; title: unknown }> }>)[0]!.elements[0]!;
    expect(first).toMatchObject({ name: 'consent', title: { default: 'Do you agree to take part?', fr: 'Acceptez-vous de participer?', ar: 'هل توافق على المشاركة؟' } });
  });

  it('exits 1 on a file it cannot read, and 2 on a wrong option', async () => {
    const missing = await run(['import', fixture('no-such-file.xlsx')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    const garbage = await run(['import', fixture('xlsform-rows.ts')]);
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toContain('neither an XLSForm');
    const wrong = await run(['import', fixture('newcomer-needs.xlsx'), '--format', 'pdf']);
    expect(wrong.code).toBe(2);
  });
});
