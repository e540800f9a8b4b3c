// The CLI as a user runs it, start-up included: `npx tsx bench/coding-cli.ts [answers] [runs]`.
// Feeds real corpus texts (analysis/devset/corpus: every language, answers and prose, as
// written, not recombined), each with the language its respondent chose, cycled to the size.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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

function once(): Promise<{ seconds: number; lines: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('sh', ['-c', `"${cli}" server/cli/main.ts code < "${input}"`], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let count = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) count += 1;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`tessera code exited with ${code}`));
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, lines: count });
    });
  });
}

const chars = lines.reduce((sum, line) => sum + line.length, 0) / lines.length;
console.log(`${size.toLocaleString('en-CA')} answers from ${texts.length} corpus texts (mean line ${chars.toFixed(0)} characters)`);
const times: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const { seconds, lines: out } = await once();
  if (out !== size) throw new Error(`expected ${size} output lines, got ${out}`);
  times.push(seconds);
  console.log(`run ${run + 1}: ${seconds.toFixed(2)} s, ${Math.round(size / seconds).toLocaleString('en-CA')} answers/s (start-up included)`);
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
console.log(`median ${median.toFixed(2)} s: ${Math.round(size / median).toLocaleString('en-CA')} answers/s (goal: 200,000 in under 12 s)`);
