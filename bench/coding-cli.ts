// The CLI as a user runs it, start-up included: `npx tsx bench/coding-cli.ts [answers] [runs]`.
// Feeds real corpus texts (analysis/devset/corpus: every language, answers and prose, as
// written, not recombined), each with the language its respondent chose, cycled to the size.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../server/cli/devset-files';

const size = Number(process.argv[2] ?? 200_000);
const runs = Number(process.argv[3] ?? 3);
const texts = readCorpus().texts;
if (texts.length === 0) throw new Error('no corpus texts in analysis/devset/corpus/texts');
const lines: string[] = [];
for (let index = 0; index < size; index += 1) {
  const text = texts[index % texts.length]!;
  lines.push(JSON.stringify({ id: `r${index}`, text: text.text, lang: text.lang }));
}
const input = join(tmpdir(), `tessera-coding-cli-${process.pid}.jsonl`);
writeFileSync(input, `${lines.join('\n')}\n`);
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'node_modules', '.bin', 'tsx');
// CPU seconds (user + system) of the CLI and its children: on a shared machine wall time
// measures the other users as much as the coder; CPU time much less so.
const TIME = '/usr/bin/time';
const cpuFile = join(tmpdir(), `tessera-coding-cli-${process.pid}.cpu`);

function once(): Promise<{ seconds: number; cpu: number | undefined; lines: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const command = `"${cli}" server/cli/main.ts code < "${input}"`;
    const timed = existsSync(TIME) ? `${TIME} -f "%U %S" -o "${cpuFile}" ${command}` : command;
    const child = spawn('sh', ['-c', timed], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let count = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) count += 1;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`tessera code exited with ${code}`));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const cpu = existsSync(cpuFile) ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number).reduce((a, b) => a + b, 0) : undefined;
      resolve({ seconds, cpu, lines: count });
    });
  });
}

const chars = lines.reduce((sum, line) => sum + line.length, 0) / lines.length;
console.log(`${size.toLocaleString('en-CA')} answers from ${texts.length} corpus texts (mean line ${chars.toFixed(0)} characters)`);
const times: number[] = [];
const cpus: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const { seconds, cpu, lines: out } = await once();
  if (out !== size) throw new Error(`expected ${size} output lines, got ${out}`);
  times.push(seconds);
  if (cpu !== undefined) cpus.push(cpu);
  const cpuNote = cpu === undefined ? '' : `; CPU ${cpu.toFixed(2)} s, ${Math.round(size / cpu).toLocaleString('en-CA')} answers per CPU-second`;
  console.log(`run ${run + 1}: ${seconds.toFixed(2)} s, ${Math.round(size / seconds).toLocaleString('en-CA')} answers/s (start-up included)${cpuNote}`);
}
rmSync(input, { force: true });
rmSync(cpuFile, { force: true });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`median ${median(times).toFixed(2)} s: ${Math.round(size / median(times)).toLocaleString('en-CA')} answers/s (goal: 200,000 in under 12 s)`);
if (cpus.length) console.log(`median CPU ${median(cpus).toFixed(2)} s (user + system, start-up included)`);
