import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../../server/validation/compile-validator';
import { Oracle } from './oracle';
import { byField, showFields, showKept } from './verdicts';

const survey = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/matrices.json'), 'utf8')) as unknown;
const validator = compileValidator(survey);
const oracle = new Oracle(survey, { fresh: true });
const codes = (answers: Record<string, unknown>) => validator.validate(answers, 'en').map(({ field, code }) => `${field}:${code}`);

/** Each case is also judged by survey-core (the oracle), so a hand-written expectation cannot drift from it. */
const agree = (answers: Record<string, unknown>, expected: string[]) => {
  expect(codes(answers)).toEqual(expected);
  expect(showFields(oracle.judge(answers).fields)).toBe([...expected].sort().join(' '));
};

const services = { food_bank: { used: false }, settlement: { used: true, rating: 4, how: 'phone' } };
const household = [{ first_name: 'Amina', age: 34, relation: 'self' }];

describe('matrixdropdown and matrixdynamic', () => {
  it('accepts a complete answer, and does not take columns for questions', () => {
    agree({ services, household }, []);
    expect(validator.questionNames).toEqual(['has_children', 'services', 'household', 'languages', 'children', 'food_note']);
  });

  it('requires a cell only where its column is shown for that row ({row.used})', () => {
    agree({ services: { ...services, food_bank: { used: true } }, household }, ['services:required']);
    agree({ services: { ...services, settlement: { used: false } }, household }, []);
  });

  it('refuses unknown rows, unknown columns and cell values of the wrong type or choice', () => {
    agree({ services: { ...services, school: { used: true } }, household }, ['services:invalid_choice']);
    agree({ services: { ...services, food_bank: { used: false, colour: 'red' } }, household }, ['services:invalid_choice']);
    agree({ services: { ...services, food_bank: { used: 'no' } }, household }, ['services:invalid_type']);
    agree({ services: { ...services, settlement: { used: true, rating: 4, how: 'fax' } }, household }, ['services:invalid_choice']);
  });

  it('holds matrixdynamic rows to their required cells, maxRowCount and its key column', () => {
    agree({ services, household: [{ age: 30 }] }, ['household:required']);
    agree({ services, household: Array.from({ length: 6 }, (_, i) => ({ first_name: `P${i}` })) }, ['household:out_of_range']);
    agree({ services, household: [...household, { first_name: 'amina' }] }, ['household:validator']);
  });

  it('refuses fewer rows than minRowCount, an empty list included, which no browser sends', () => {
    agree({ services, household: [] }, ['household:out_of_range']);
    // An unanswered matrix is judged on the row survey-core draws, whose first name is required.
    agree({ services }, ['household:required']);
    agree({ services, household: [{}] }, ['household:required']);
  });

  it('asks a required matrixdynamic for minRowCount rows with an answer, as survey-core does', () => {
    const required = {
      elements: [{ type: 'matrixdynamic', name: 'children', isRequired: true, rowCount: 2, minRowCount: 2, columns: [{ name: 'age', cellType: 'text', inputType: 'number' }] }],
    };
    const strict = compileValidator(required);
    const judge = new Oracle(required, { fresh: true });
    for (const [children, expected] of [[[{ age: 3 }, {}], 'children:validator'], [[{ age: 3 }, { age: 5 }], ''], [undefined, 'children:required+validator']] as const) {
      const answers = children === undefined ? {} : { children };
      expect(showFields(byField(strict.validate(answers, 'en')))).toBe(expected);
      expect(showFields(judge.judge(answers).fields)).toBe(expected);
    }
    expect(strict.validate({ children: [{ age: 3 }, {}] }, 'en')[0]?.message).toBe('Fill in at least 2 rows of "children".');
  });

  it('runs cell validators that read the row, and conditions elsewhere that read a cell', () => {
    agree({ services, household: [{ first_name: 'Sara', age: 40, relation: 'child' }] }, ['household:validator']);
    agree({ services: { ...services, food_bank: { used: true, rating: 1, when: '2025-03-01' } }, household }, ['food_note:required']);
  });

  it('keeps only the shown rows on completion, as survey-core does', () => {
    const answers = { has_children: false, services: { ...services, school: {} }, household };
    agree(answers, []);
    expect(validator.answersToStore(answers)).toEqual(oracle.judge(answers).kept);
  });
});

describe('matrices as survey-core stores them once it has drawn their rows', () => {
  const drawn = {
    pages: [{
      name: 'p',
      elements: [
        { type: 'matrixdropdown', name: 'costs', rows: ['rent', 'food'], columns: [
          { name: 'amount', cellType: 'text', inputType: 'number' },
          { name: 'note', cellType: 'text' },
          { name: 'paid_by', cellType: 'dropdown', choices: ['me', 'partner'], showOtherItem: true },
        ] },
        { type: 'matrixdynamic', name: 'jobs', rowCount: 1, columns: [{ name: 'employer', cellType: 'text' }] },
        { type: 'matrixdynamic', name: 'children', rowCount: 1, minRowCount: 1, columns: [{ name: 'school', cellType: 'text' }] },
      ],
    }],
  };
  const drawnValidator = compileValidator(drawn);
  const drawnOracle = new Oracle(drawn, { fresh: true });
  const stored = (answers: Record<string, unknown>) => {
    const kept = drawnValidator.answersToStore(answers);
    expect(showKept(kept)).toBe(showKept(drawnOracle.judge(answers).kept));
    return kept;
  };

  it('drops blank cells and rows sent as null, keeping a row\'s other keys first', () => {
    expect(stored({ costs: { rent: { amount: 900, note: '  ' }, food: null } }).costs).toEqual({ rent: { amount: 900 } });
    expect(JSON.stringify(stored({ costs: { rent: { paid_by: 'other', 'paid_by-Comment': 'Aunt', note: null } } }).costs)).toBe('{"rent":{"paid_by-Comment":"Aunt","paid_by":"other"}}');
  });

  it('stores nothing for a matrix left with no answer, and keeps an untouched one as sent', () => {
    expect(stored({ costs: { rent: { amount: null } } })).not.toHaveProperty('costs');
    expect(stored({ costs: { rent: {}, food: { amount: 3 } } }).costs).toEqual({ rent: {}, food: { amount: 3 } });
  });

  it('stores nothing for a blank answer to a matrixdynamic that draws rows and asks for none', () => {
    expect(stored({ jobs: '' })).not.toHaveProperty('jobs');
    expect(stored({ jobs: null })).not.toHaveProperty('jobs');
    expect(stored({ jobs: [] }).jobs).toEqual([]);
    // With a minRowCount survey-core keeps the blank.
    expect(stored({ children: null })).toHaveProperty('children', null);
  });
});
