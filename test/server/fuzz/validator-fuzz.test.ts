import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { SurveyModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_DEPTH } from '../../../server/intake/intake.schemas';
import { jsonShapeProblem } from '../../../server/lib/json-shape';
import { compileValidator } from '../../../server/validation/compile-validator';
import { registerTesseraProperties } from '../../../surveys/survey-properties';
import { validNewcomerAnswers } from '../../helpers/answers';
import { hostileJson, hostileString } from './hostile-values';

registerTesseraProperties();

/**
 * Property-based tests of the compiled validator against survey-core on the shipped newcomer
 * questionnaire, with answers as intake lets them through (its shape check runs first): it
 * never throws, never changes what it is given, and what it accepts survey-core accepts too
 * and is stored as sent. FUZZ_RUNS raises the run count (default 100).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const survey = JSON.parse(readFileSync(join(import.meta.dirname, '../../../surveys/newcomer-needs.json'), 'utf8')) as Record<string, unknown>;
const validator = compileValidator(survey);
const LOCALES = ['en', 'fr', 'ar', 'es', 'zh-cn', 'pa', 'tl'];

/** survey-core on a fresh model, as a respondent completing the survey would meet it. */
function surveyCoreErrors(answers: Record<string, unknown>): string[] {
  const model = new SurveyModel(survey);
  try {
    model.data = structuredClone(answers);
    model.validate(true, false);
    return model.getAllQuestions(false, false, true).filter((question) => question.errors.length > 0).map((question) => question.name);
  } finally {
    model.dispose();
  }
}

/** `arbitrary` one time in three, else `otherwise`. */
const sometimes = <T, U>(arbitrary: fc.Arbitrary<T>, otherwise: U) => fc.oneof({ weight: 2, arbitrary: fc.constant(otherwise) }, { weight: 1, arbitrary });

describe('fuzzing the compiled validator against survey-core', { timeout: 300_000 }, () => {
  const names = [...validator.questionNames];
  const answers = fc
    .record({
      // Mostly a valid response with one kind of damage now and then, so both verdicts are common.
      base: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      replaced: sometimes(fc.dictionary(fc.constantFrom(...names), hostileJson(), { minKeys: 1, maxKeys: 3 }), {}),
      added: sometimes(fc.dictionary(fc.oneof(hostileString(), fc.constantFrom(...names.map((name) => `${name}-Comment`))), hostileJson(), { minKeys: 1, maxKeys: 2 }), {}),
      removed: sometimes(fc.subarray(names, { minLength: 1, maxLength: 3 }), []),
      freeText: fc.option(hostileString(), { nil: undefined }),
    })
    .map(({ base, replaced, added, removed, freeText }) => {
      const result: Record<string, unknown> = { ...(base ? validNewcomerAnswers() : {}), ...(freeText !== undefined && { biggest_challenge: freeText }), ...replaced, ...added };
      for (const name of removed) delete result[name];
      // As intake hands them over: parsed from JSON text (plain objects, no undefined, -0 as 0).
      return JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
    })
    .filter((value) => jsonShapeProblem(value, MAX_ANSWER_DEPTH) === null);

  it('never throws, never changes its input, and reports each problem as a field, a code and a message', () => {
    let accepted = 0;
    fc.assert(
      fc.property(answers, fc.constantFrom(...LOCALES), (given, locale) => {
        const before = structuredClone(given);
        const errors = validator.validate(given, locale);
        expect(given).toEqual(before);
        for (const error of errors) {
          expect(typeof error.field).toBe('string');
          expect(typeof error.code).toBe('string');
          expect(error.message.length).toBeGreaterThan(0);
        }
        if (errors.length === 0) accepted += 1;
      }),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    console.log(`validator fuzz: ${RUNS} runs, ${accepted} accepted`);
  });

  it('accepts only what survey-core accepts, and stores the answers as sent', () => {
    let accepted = 0;
    fc.assert(
      fc.property(answers, (given) => {
        if (validator.validate(given, 'en').length > 0) return;
        accepted += 1;
        expect(surveyCoreErrors(given)).toEqual([]);
        const stored = validator.answersToStore(given);
        for (const [name, value] of Object.entries(stored)) {
          expect(names.includes(name) || names.includes(name.replace(/-Comment$/, ''))).toBe(true);
          expect(value).toEqual(given[name]);
        }
      }),
      // A fresh survey-core model per case costs 5–30 ms, several times that on a loaded machine.
      { numRuns: Math.ceil(RUNS / 4) },
    );
    console.log(`validator fuzz against survey-core: ${Math.ceil(RUNS / 4)} runs, ${accepted} accepted and checked`);
  });
});
