// The coder's CPU per answer, start-up left out: `npx tsx bench/coding-cpu.ts [answers] [rounds]`.
// Codes corpus texts (each with its respondent's language, cycled to the size) with one coder,
// `rounds` times, and prints CPU µs (user + system) per answer for each round and their median.
// CPU time rather than wall time: on a shared machine it measures the coder, not the others.
import { createCoder } from '../analysis/coding';
import { readCorpus } from '../server/cli/devset-files';

const size = Number(process.argv[2] ?? 30_000);
const rounds = Number(process.argv[3] ?? 5);
const texts = readCorpus().texts;
if (texts.length === 0) throw new Error('no corpus texts in analysis/devset/corpus/texts');
const coder = createCoder();
const perAnswer: number[] = [];
let themes = 0;
for (let round = 0; round < rounds; round += 1) {
  const started = process.cpuUsage();
  for (let index = 0; index < size; index += 1) {
    const text = texts[index % texts.length]!;
    themes += coder({ text: text.text, lang: text.lang }).themes.length;
  }
  const used = process.cpuUsage(started);
  perAnswer.push((used.user + used.system) / size);
}
const median = [...perAnswer].sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
console.log(`${size.toLocaleString('en-CA')} corpus answers × ${rounds} rounds (${themes} themes applied)`);
console.log(`CPU µs per answer by round: ${perAnswer.map((value) => value.toFixed(1)).join(', ')}`);
console.log(`median ${median.toFixed(1)} µs per answer: ${Math.round(1e6 / median).toLocaleString('en-CA')} answers per CPU-second, start-up left out`);
