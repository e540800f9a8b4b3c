import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'server/cli/main.ts', ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('tessera code', () => {
  it('writes one coded line per answer, in order, and an error line for a bad one', async () => {
    const input = [
      '{"id":"a1","text":"logement trop cher","lang":"fr"}',
      'not json',
      '{"id":"a3","text":"no family docter"}',
      '{"id":"a4"}',
      '',
      '{"id":"a5","text":"rien","lang":"fr"}',
    ].join('\n');
    const { code, stdout } = await run(['code'], input);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ id: 'a1', themes: ['housing'] });
    expect((lines[0]?.scores as Record<string, number>).housing).toBeGreaterThan(0.5);
    expect(lines[1]).toEqual({ line: 2, error: 'not valid JSON' });
    expect(lines[2]).toMatchObject({ id: 'a3', themes: ['health'] });
    expect(lines[3]).toMatchObject({ id: 'a4', line: 4 });
    expect(lines[3]?.error).toMatch(/text/);
    expect(lines[4]).toEqual({ id: 'a5', themes: ['no_content'], scores: { no_content: 1 } });
  });

  it('streams thousands of lines through', async () => {
    const input = Array.from({ length: 5000 }, (_, index) => JSON.stringify({ id: `r${index}`, text: 'rent and jobs' })).join('\n');
    const { code, stdout } = await run(['code'], input);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(5000);
    expect(JSON.parse(lines[4999] as string)).toMatchObject({ id: 'r4999', themes: ['employment', 'housing'] });
  });

  it('takes a threshold and exits 2 on a bad one', async () => {
    const strict = await run(['code', '--threshold', '0.9'], '{"id":"1","text":"rent"}\n');
    expect(JSON.parse(strict.stdout)).toMatchObject({ themes: [] });
    const bad = await run(['code', '--threshold', 'high']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--threshold/);
  });
});

describe('tessera evaluate and help', () => {
  it('prints the per-theme table for the held-out answers and the whole set', async () => {
    const { code, stdout } = await run(['evaluate']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Held-out answers, lexicon \(n = 120\)/);
    expect(stdout).toMatch(/Whole set/);
    expect(stdout).toMatch(/credential_recognition/);
    expect(stdout).toMatch(/micro P/);
  });

  it('prints help with exit 0, and usage with exit 2 for an unknown command', async () => {
    const help = await run(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage/);
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command frobnicate/);
  });
});
