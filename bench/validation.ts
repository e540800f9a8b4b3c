/**
 * Compiled validation vs survey-core validation on the newcomer questionnaire, per response.
 * Run: npx tsx bench/validation.ts   (median and 90th percentile, microseconds)
 */
import { readFileSync } from 'node:fs';
import { SurveyModel } from 'survey-core';
import { compileValidator } from '../server/validation/compile-validator';
import { answerGenerator } from '../test/server/validation/generate-answers';
import { SeededRandom } from '../test/server/validation/seeded-random';
import { respondentPool } from './realistic-respondents';

// survey-core logs every wrong-typed value it is handed; the generated responses include many.
console.warn = () => {};

const json = JSON.parse(readFileSync(new URL('../surveys/newcomer-needs.json', import.meta.url), 'utf8')) as object;
const generate = answerGenerator(json);
const responses = Array.from({ length: 3000 }, (_, i) => generate(new SeededRandom(i)));

function measure(label: string, runs: number, run: (answers: Record<string, unknown>) => void): void {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const answers = responses[i % responses.length] ?? {};
    const start = performance.now();
    run(answers);
    times.push((performance.now() - start) * 1000);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(0);
  console.log(`${label.padEnd(34)} median ${at(0.5).padStart(6)} µs   p90 ${at(0.9).padStart(6)} µs   (${runs} runs)`);
}

const compileStart = performance.now();
const validator = compileValidator(json);
console.log(`compileValidator once: ${(performance.now() - compileStart).toFixed(1)} ms`);

measure('compiled validator', 3000, (answers) => validator.validate(answers, 'en'));

// Intake's own work on what respondents send (valid bodies in every shipped language): the
// answers to store come from validate()'s own pass in check(), not from a second walk.
const realistic = respondentPool(2000).filter((body) => !body.path.includes('provider'));
function measureCpu(label: string, run: (body: (typeof realistic)[number]) => void): number {
  const rounds: number[] = [];
  for (let round = 0; round < 12; round++) {
    const before = process.cpuUsage();
    for (const body of realistic) run(body);
    const used = process.cpuUsage(before);
    rounds.push((used.user + used.system) / realistic.length);
  }
  const median = rounds.slice(2).sort((a, b) => a - b)[5]!;
  console.log(`${label.padEnd(34)} median ${median.toFixed(0).padStart(6)} µs CPU per realistic response (${realistic.length} bodies, 10 rounds)`);
  return median;
}
const twoWalks = measureCpu('validate, then answersToStore', (body) => {
  if (validator.validate(body.answers, body.locale).length === 0) validator.answersToStore(body.answers);
});
const onePass = measureCpu('check (what intake calls)', (body) => validator.check(body.answers, body.locale));
console.log(`check / (validate + answersToStore): ${(onePass / twoWalks).toFixed(2)}`);

const reused = new SurveyModel(json);
measure('reused survey-core model', 1000, (answers) => {
  reused.data = answers;
  reused.validate(true, false);
});
measure('new survey-core model per response', 200, (answers) => {
  const survey = new SurveyModel(json);
  survey.data = answers;
  survey.validate(true, false);
  survey.dispose();
});
