/**
 * The compiled validator per response, on realistic (careful respondent) answers:
 *  - the shipped newcomer questionnaire (goal: median under 100 µs);
 *  - a 100-question questionnaire built from the validation fixtures, so it holds every type and
 *    input type the validator supports, matrices included (goal: median under 1 ms).
 * Run: npx tsx bench/validator-types.ts   (median and 90th percentile, microseconds)
 */
import { readFileSync } from 'node:fs';
import { compileValidator } from '../server/validation/compile-validator';
import { respondentGenerator } from '../test/server/validation/generate-respondent';
import { SeededRandom } from '../test/server/validation/seeded-random';

type Json = { pages: { name: string; elements: Record<string, unknown>[] }[] };
const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Json;

/** Copies of the fixtures' pages with every question renamed apart, until the questionnaire has 100 questions. */
function everyType(): Json {
  const sources = ['every-feature', 'text-inputs', 'matrices', 'image-choices', 'tagbox', 'ranking'].map((name) => read(`../test/server/validation/fixtures/${name}.json`));
  const pages: Json['pages'] = [];
  let count = 0;
  for (let copy = 0; count < 100; copy++) {
    sources.forEach((source, index) => {
      const names = source.pages.flatMap((page) => page.elements.map((element) => String(element.name)));
      let text = JSON.stringify(source.pages);
      for (const name of names) {
        const renamed = `${name}_${copy}_${index}`;
        text = text.split(`"name":"${name}"`).join(`"name":"${renamed}"`).split(`{${name}}`).join(`{${renamed}}`).split(`{${name}.`).join(`{${renamed}.`);
        text = text.split(`"choicesFromQuestion":"${name}"`).join(`"choicesFromQuestion":"${renamed}"`);
      }
      for (const page of JSON.parse(text) as Json['pages']) {
        const elements = page.elements.filter((element) => count < 100 || element.type === 'html');
        count += elements.filter((element) => element.type !== 'html').length;
        if (elements.length > 0) pages.push({ ...page, name: `${page.name}_${copy}_${index}`, elements });
      }
    });
  }
  return { pages };
}

function measure(label: string, json: unknown, runs: number): void {
  const validator = compileValidator(json);
  const generate = respondentGenerator(json);
  const responses = Array.from({ length: 500 }, (_, i) => generate.careful(new SeededRandom(i + 1)));
  for (const answers of responses) validator.validate(answers, 'en');
  const times: number[] = [];
  let valid = 0;
  for (let i = 0; i < runs; i++) {
    const answers = responses[i % responses.length] ?? {};
    const start = performance.now();
    const errors = validator.validate(answers, 'en');
    times.push((performance.now() - start) * 1000);
    if (errors.length === 0) valid++;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(0);
  if (process.env.BENCH_SHOW_ERRORS) console.log(validator.validate(responses[0] ?? {}, 'en'));
  console.log(`| ${label} | ${validator.questionNames.length} | ${at(0.5)} | ${at(0.9)} | ${Math.round((100 * valid) / runs)}% |`);
}

console.log('| questionnaire | questions | median µs | p90 µs | responses valid |');
console.log('| --- | ---: | ---: | ---: | ---: |');
measure('newcomer-needs.json, careful respondents', read('../surveys/newcomer-needs.json'), 5000);
measure('100 questions of every supported type', everyType(), 3000);
