// Open-answer coding throughput on one core: `npx tsx bench/coding.ts [answers]`.
// Builds a corpus by recombining labelled development answers, codes it, and extrapolates to
// 1,000,000 answers; measures the million for real when that is predicted to take under a minute.
import { readFileSync } from 'node:fs';
import { codeAnswer, parseLabelledAnswers } from '../analysis/coding';

const read = (part: string) => parseLabelledAnswers(readFileSync(new URL(`../analysis/devset/${part}.jsonl`, import.meta.url), 'utf8'));
const pool = [...read('development'), ...read('held-out')];

function corpus(size: number): { text: string; lang?: string }[] {
  // A fixed linear congruential generator: the same corpus on every run, no clock or Math.random.
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const answers: { text: string; lang?: string }[] = [];
  for (let index = 0; index < size; index += 1) {
    const first = pool[Math.floor(next() * pool.length)]!;
    const parts = 1 + Math.floor(next() * 3);
    let text = first.text;
    for (let part = 1; part < parts; part += 1) {
      const other = pool[Math.floor(next() * pool.length)]!;
      if (other.lang === first.lang) text += `, ${other.text}`;
    }
    answers.push(first.lang === undefined ? { text } : { text, lang: first.lang });
  }
  return answers;
}

function time(answers: { text: string; lang?: string }[]): number {
  const start = process.hrtime.bigint();
  let coded = 0;
  for (const answer of answers) coded += codeAnswer(answer).themes.length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (coded < 0) throw new Error('unreachable');
  return seconds;
}

const size = Number(process.argv[2] ?? 200_000);
codeAnswer({ text: 'warm up the lexicons', lang: 'en' });
const answers = corpus(size);
const seconds = time(answers);
const perSecond = size / seconds;
const million = 1_000_000 / perSecond;
console.log(`${size.toLocaleString('en-CA')} answers in ${seconds.toFixed(2)} s: ${Math.round(perSecond).toLocaleString('en-CA')} answers/s on one core`);
console.log(`extrapolated 1,000,000 answers: ${million.toFixed(1)} s (goal < 60 s)`);
if (size < 1_000_000 && million < 60) {
  const measured = time(corpus(1_000_000));
  console.log(`measured 1,000,000 answers: ${measured.toFixed(1)} s`);
}
