import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileValidator, type AnswerError } from '../../../server/validation/compile-validator';
import { answerGenerator } from './generate-answers';
import { Oracle } from './oracle';
import { SeededRandom } from './seeded-random';

/**
 * The compiled validator against survey-core itself (see oracle.ts), on seeded generated
 * responses over the test fixtures and every shipped questionnaire in surveys/. A failure prints
 * the seed and the response, so it can be replayed. VALIDATION_DIFF_CASES raises the count.
 */
const CASES = Number(process.env.VALIDATION_DIFF_CASES ?? 100);

function questionnaires(): [string, unknown][] {
  const found: [string, unknown][] = [];
  for (const dir of [join(import.meta.dirname, 'fixtures'), join(import.meta.dirname, '../../../surveys')]) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
      found.push([file, JSON.parse(readFileSync(join(dir, file), 'utf8'))]);
    }
  }
  return found;
}

function byField(errors: readonly AnswerError[]): Map<string, Set<string>> {
  const fields = new Map<string, Set<string>>();
  for (const error of errors) fields.set(error.field, (fields.get(error.field) ?? new Set()).add(error.code));
  return fields;
}

const show = (fields: Map<string, Set<string>>) =>
  [...fields].map(([field, codes]) => `${field}:${[...codes].sort().join('+')}`).sort().join(' ');

describe.each(questionnaires())('the compiled validator on %s', (file, json) => {
  const seedBase = [...file].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7);

  it(`reports the same fields and codes as survey-core plus the strict checks on ${CASES} generated responses`, () => {
    const validator = compileValidator(json);
    const oracle = new Oracle(json);
    const generate = answerGenerator(json);
    const mismatches: string[] = [];
    let accepted = 0;
    for (let i = 0; i < CASES; i++) {
      const seed = seedBase + i;
      const answers = generate(new SeededRandom(seed));
      const expected = oracle.judge(answers);
      const actual = validator.validate(answers, 'en');
      const [want, got] = [show(expected.fields), show(byField(actual))];
      if (want !== got) mismatches.push(`seed ${seed}: survey-core [${want}] compiled [${got}] for ${JSON.stringify(answers)}`);
      if (actual.length === 0) {
        accepted++;
        const kept = JSON.stringify(sortKeys(validator.answersToStore(answers)));
        const completed = JSON.stringify(sortKeys(expected.kept ?? {}));
        if (kept !== completed) mismatches.push(`seed ${seed}: survey-core keeps ${completed}, compiled keeps ${kept} of ${JSON.stringify(answers)}`);
      }
      if (mismatches.length >= 5) break;
    }
    expect(mismatches).toEqual([]);
    // Both verdicts must be exercised, or the agreement says little. The feature fixture packs
    // so many rules that random responses almost never pass it; its passing cases are in
    // examples.test.ts.
    if (!file.startsWith('every-feature')) expect(accepted).toBeGreaterThan(CASES * 0.05);
    expect(accepted).toBeLessThan(CASES * 0.95);
  }, 240_000);
});

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
