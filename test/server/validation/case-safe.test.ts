import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../../server/validation/compile-validator';
import { Oracle } from './oracle';
import { byField, showFields, showKept } from './verdicts';

const survey = {
  pages: [{
    name: 'p',
    elements: [
      { type: 'text', name: 'age', inputType: 'number' },
      { type: 'comment', name: 'work', visibleIf: '{age} > 17', isRequired: true },
      { type: 'radiogroup', name: 'school', choices: ['a', 'b'], choicesVisibleIf: "{item} = 'a' or {Age} < 18" },
      { type: 'matrixdropdown', name: 'grid', rows: ['r1'], columns: [{ name: 'c', cellType: 'text', visibleIf: '{row.c} empty or {age} > 0' }] },
    ],
  }],
};

/**
 * Conditions run on just the answers they read when no name can match another in another case
 * (case-safe.ts); survey-core finds names without case, so responses that break that must still be
 * judged as survey-core judges them.
 */
describe('conditions reading names in another case', () => {
  const validator = compileValidator(survey);
  const oracle = new Oracle(survey, { fresh: true });
  it.each([
    [{ age: 10, AGE: 20, work: 'x' }],
    [{ age: 20, school: 'b' }],
    [{ age: 10, school: 'b', 'Age.x': 1 }],
    [{ age: 20, work: 'w', grid: { r1: { c: 'x' } } }],
    [{ constructor: 1, age: 20, work: 'w' }],
    [{ AGE: 20 }],
    [{ AGE: 20, age: 10 }],
    [{ age: 20, Work: 'w' }],
    [{ AGE: 20, grid: { r1: { c: 'x' } } }],
  ])('judges %j as survey-core does', (answers) => {
    const expected = oracle.judge(answers);
    const { errors, toStore } = validator.check(answers, 'en');
    expect(showFields(byField(errors))).toBe(showFields(expected.fields));
    if (errors.length === 0) expect(showKept(toStore)).toBe(showKept(expected.kept));
  });
});

describe('a stray key that differs from a question only by case', () => {
  const validator = compileValidator(survey);

  // survey-core reads {age} from the question age, never from "AGE": only the stray key is wrong.
  it('is refused as an unknown question, and no condition reads it', () => {
    expect(validator.validate({ AGE: 20 }, 'en').map((error) => [error.field, error.code])).toEqual([['AGE', 'unknown_question']]);
    expect(validator.validate({ AGE: 20, age: 10 }, 'en').map((error) => [error.field, error.code])).toEqual([['AGE', 'unknown_question']]);
  });

  it('leaves the question it resembles answered as sent', () => {
    const errors = validator.validate({ age: 20, Work: 'w' }, 'en').map((error) => [error.field, error.code]);
    expect(errors).toEqual([['Work', 'unknown_question'], ['work', 'required']]);
  });
});
