import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../../server/validation/compile-validator';
import { findSurveyProblems } from '../../../server/questionnaires/survey-check';
import { Oracle } from './oracle';
import { showKept } from './verdicts';

const survey = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/matrix-totals.json'), 'utf8')) as unknown;
const validator = compileValidator(survey);
const oracle = new Oracle(survey, { fresh: true });

/** What the server stores, held to what survey-core stores (the oracle) as well as to the figures worked out by hand. */
const stored = (answers: Record<string, unknown>) => {
  const { errors, toStore } = validator.check(answers, 'en');
  expect(errors).toEqual([]);
  expect(showKept(toStore)).toBe(showKept(oracle.judge(answers).kept));
  return toStore ?? {};
};

// The jobs matrix draws one row whose employer is required: "not working" hides it.
const notWorking = { working: false };

describe('matrix totals', () => {
  it('stores sum, count of answered cells, avg, min and expressions as <name>-total', () => {
    const kept = stored({ ...notWorking, household: 2, spending: { rent: { amount: 900, paid_by: 'me', share: 50, priority: 2 }, food: { amount: 300, share: 100, priority: 4, late: true } } });
    expect(kept['spending-total']).toEqual({ amount: 1200, paid_by: 1, share: 75, priority: 2, late: 1, per_person: 600 });
  });

  it('gives a column with no answer 0 for sum, count and avg but no min or max', () => {
    const kept = stored({ ...notWorking, spending: { rent: { amount: 5 } } });
    expect(kept['spending-total']).toEqual({ amount: 5, paid_by: 0, share: 0, late: 0, per_person: 0 });
    expect(stored({ working: true, jobs: [{ employer: 'A', kind: 'seasonal' }] })['jobs-total']).toEqual({ employer: 1, hours: 0, wage: 0, weekly_pay: 0 });
  });

  it('stores no total for an unanswered matrix, or one whose totals come out as on the empty survey', () => {
    expect(stored({ ...notWorking, household: 3 })).not.toHaveProperty('spending-total');
    expect(stored({ ...notWorking, spending: { rent: { amount: 0, note: 'Family' } } })).not.toHaveProperty('spending-total');
  });

  it('ignores the total a client sends, forged or stale, and stores the one it computes', () => {
    expect(stored({ ...notWorking, 'spending-total': { amount: 999 } })).not.toHaveProperty('spending-total');
    expect(stored({ ...notWorking, spending: { rent: { amount: 7 } }, 'spending-total': { amount: 999 } })['spending-total']).toMatchObject({ amount: 7 });
  });

  it("keeps a hidden matrix's total although its answer is dropped on completion", () => {
    const kept = stored({ working: false, jobs: [{ employer: 'A', hours: 40, overtime: 5, wage: 20 }] });
    expect(kept).not.toHaveProperty('jobs');
    expect(kept['jobs-total']).toEqual({ employer: 1, hours: 40, overtime: 5, wage: 20, weekly_pay: 800, full_time: 'yes' });
  });

  it('refuses a total key for a matrix without totals as an unknown question', () => {
    expect(validator.validate({ ...notWorking, 'household-total': 3 }, 'en').map((error) => [error.field, error.code])).toEqual([['household-total', 'unknown_question']]);
  });
});

describe('publishing a matrix with totals', () => {
  const matrix = (extra: Record<string, unknown> = {}) => ({
    type: 'matrixdynamic', name: 'jobs', columns: [{ name: 'hours', cellType: 'text', inputType: 'number', totalType: 'sum' }, { name: 'pay', cellType: 'text', totalExpression: "{row.hours} * 20" }], ...extra,
  });
  const page = (...elements: unknown[]) => ({ pages: [{ name: 'p1', elements }] });

  it('accepts totalType and totalExpression', () => {
    expect(findSurveyProblems(page(matrix()))).toEqual([]);
  });

  it('refuses a condition reading a total or the total row, and a total stored under a valueName, each with its path', () => {
    const problems = findSurveyProblems(page(
      matrix(),
      { type: 'comment', name: 'why', visibleIf: '{jobs-total.hours} > 60' },
      { type: 'expression', name: 'pay_total', expression: '{ JOBS-total.pay }' },
      { type: 'matrixdropdown', name: 'grid', rows: ['a'], columns: [{ name: 'c', cellType: 'text', visibleIf: '{totalRow.c} > 1', totalType: 'count' }] },
      matrix({ name: 'other', valueName: 'shared' }),
    ));
    expect(problems.map((problem) => problem.field)).toEqual(['pages[0].elements[4]', 'pages[0].elements[1].visibleIf', 'pages[0].elements[2].expression', 'pages[0].elements[3].columns[0].visibleIf']);
    expect(problems[1]?.message).toMatch(/reads the totals of "jobs".*sumInArray\(\{jobs\}, 'column'\)/);
  });
});
