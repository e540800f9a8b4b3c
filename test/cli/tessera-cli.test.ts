import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

// The CLI starts through tsx; on a machine shared by many processes that takes seconds.
describe('tessera code', { timeout: 180_000 }, () => {
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
    expect((lines[0]?.scores as Record<string, number>).housing).toBeGreaterThan(0.2);
    expect(lines[1]).toEqual({ line: 2, error: 'not valid JSON' });
    expect(lines[2]).toMatchObject({ id: 'a3', themes: ['health'] });
    expect(lines[3]).toMatchObject({ id: 'a4', line: 4 });
    expect(lines[3]?.error).toMatch(/text/);
    expect(lines[4]).toMatchObject({ id: 'a5', themes: ['no_content'], scores: { no_content: 1 } });
  });

  it('streams thousands of lines through', async () => {
    const input = Array.from({ length: 5000 }, (_, index) => JSON.stringify({ id: `r${index}`, text: 'rent and jobs' })).join('\n');
    const { code, stdout } = await run(['code'], input);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(5000);
    expect(JSON.parse(lines[4999] as string).themes).toEqual(expect.arrayContaining(['employment', 'housing']));
  });

  it('writes on several threads exactly what it writes on one, in order, error lines included', async () => {
    const texts = ['rent and jobs', 'pas de médecin de famille', 'الإيجار مرتفع جدا', 'no bus on sundays', 'rien'];
    const lines = Array.from({ length: 4500 }, (_, index) => JSON.stringify({ id: `r${index}`, text: texts[index % texts.length], ...(index % 3 === 0 && { lang: 'fr' }) }));
    lines.splice(1234, 0, 'not json', '', '{"id":"no-text"}');
    const input = lines.join('\n');
    const one = await run(['code', '--threads', '1'], input);
    const three = await run(['code', '--threads', '3'], input);
    expect(three.code).toBe(0);
    expect(three.stdout.split('\n')).toHaveLength(4503);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stdout.split('\n')[1234]).toBe('{"line":1235,"error":"not valid JSON"}');
    const bad = await run(['code', '--threads', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--threads/);
  });

  it('takes a threshold and exits 2 on a bad one', async () => {
    const strict = await run(['code', '--threshold', '1'], '{"id":"1","text":"rent"}\n');
    expect(JSON.parse(strict.stdout)).toMatchObject({ themes: [] });
    const bad = await run(['code', '--threshold', 'high']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--threshold/);
  });
});

describe('tessera evaluate and help', { timeout: 300_000 }, () => {
  it('reports a corpus by cross-validation on its train part and on its held-out part, with agreement, per language and kind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-corpus-'));
    mkdirSync(join(dir, 'texts'));
    mkdirSync(join(dir, 'labels', 'a'), { recursive: true });
    mkdirSync(join(dir, 'labels', 'b'), { recursive: true });
    const rows = Array.from({ length: 60 }, (_, index) => {
      const housing = index % 2 === 0;
      return {
        id: `en-${housing ? 'answer' : 'prose'}-${String(index).padStart(4, '0')}`,
        lang: 'en',
        kind: housing ? 'answer' : 'prose',
        text: housing ? `landlord wants ${index} months upfront` : `The Council met on day ${index} and adopted the minutes.`,
        themes: housing ? ['housing'] : [],
      };
    });
    writeFileSync(join(dir, 'texts', 'en.jsonl'), rows.map(({ themes, ...text }) => JSON.stringify(text)).join('\n'));
    writeFileSync(join(dir, 'labels', 'a', 'en.jsonl'), rows.map(({ id, themes }) => JSON.stringify({ id, themes })).join('\n'));
    // The second labeller disagrees once.
    writeFileSync(join(dir, 'labels', 'b', 'en.jsonl'), rows.map(({ id, themes }, index) => JSON.stringify({ id, themes: index === 1 ? ['civic_participation'] : themes })).join('\n'));
    const { code, stdout } = await run(['evaluate', '--corpus', dir, '--uncalibrated']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Labelled corpus: 60 items/);
    expect(stdout).toMatch(/Agreement between labels\/a and labels\/b \(60 items labelled twice; identical code sets on 98%\)/);
    expect(stdout).toMatch(/TRAIN part, 5-fold cross-validation/);
    expect(stdout).toMatch(/HELD-OUT part/);
    expect(stdout).toMatch(/^prose +n +\d+/m);
    expect(stdout).toMatch(/not an estimate/);
    const trainOnly = await run(['evaluate', '--corpus', dir, '--uncalibrated', '--split', 'train', '--errors']);
    expect(trainOnly.stdout).not.toMatch(/HELD-OUT part/);
    expect(trainOnly.stdout).toMatch(/TRAIN errors/);
    const bad = await run(['evaluate', '--split', 'everything']);
    expect(bad.code).toBe(2);
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
