import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../../server/validation/compile-validator';
import { Oracle } from './oracle';
import { showFields, showKept } from './verdicts';

const survey = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/matrix-cell-types.json'), 'utf8')) as unknown;
const validator = compileValidator(survey);
const oracle = new Oracle(survey, { fresh: true });
const codes = (answers: Record<string, unknown>) => validator.validate(answers, 'en').map(({ field, code }) => `${field}:${code}`);

/** Each case is also judged by survey-core (the oracle), so a hand-written expectation cannot drift from it. */
const agree = (answers: Record<string, unknown>, expected: string[]) => {
  expect(codes(answers)).toEqual(expected);
  expect(showFields(oracle.judge(answers).fields)).toBe([...expected].sort().join(' '));
};

const household = [{ first_name: 'Amina', languages: ['english', 'arabic'] }];
const needs = { health: { partner: ['interpreter'] }, school: { partner: ['class', 'translated_forms'] } };
const base = { arrived_recently: true, household, needs };

describe('tagbox cells', () => {
  it('accepts lists of the choices each cell shows, from the column or the matrix', () => {
    agree({ ...base, languages_by_place: { home: { used: true, spoken: ['arabic', 'ukrainian'], written: ['arabic', 'english'], preferred: 'arabic' } } }, []);
  });

  it('refuses a single value, an unknown or hidden choice, and a none-like choice with others', () => {
    agree({ ...base, household: [{ first_name: 'Amina', languages: 'english' }] }, ['household:invalid_type']);
    agree({ ...base, household: [{ first_name: 'Amina', languages: ['klingon'] }] }, ['household:invalid_choice']);
    agree({ ...base, arrived_recently: false, household: [{ first_name: 'Amina', languages: ['tagalog'] }] }, ['household:invalid_choice']);
    agree({ ...base, languages_by_place: { home: { used: true, spoken: ['none', 'french'] } } }, ['languages_by_place:invalid_choice']);
  });

  it('holds a cell to maxSelectedChoices, minSelectedChoices and a validator reading {row.x}', () => {
    agree({ ...base, languages_by_place: { home: { used: true, spoken: ['english', 'french', 'arabic', 'spanish'], preferred: 'english' } } }, ['languages_by_place:too_many_choices']);
    agree({ ...base, languages_by_place: { home: { used: true, spoken: ['english'], written: ['english'] } } }, ['languages_by_place:required']);
    agree({ ...base, household: [{ first_name: 'Amina', languages: ['french'], classes: ['french'] }] }, ['household:validator']);
  });

  it('requires a tagbox cell where its column asks, in each row drawn, and reads its length in {row.x}', () => {
    agree({ ...base, household: [{ first_name: 'Amina' }] }, ['household:required']);
    agree({ ...base, needs: { ...needs, health: { you: ['class'] } } }, ['needs:required']);
    agree({ ...base, languages_by_place: { work: { used: true, spoken: ['english', 'french'], written: ['english', 'french'] } } }, ['languages_by_place:required']);
  });

  it('asks for the text of an "other" chosen in a cell', () => {
    agree({ ...base, household: [{ first_name: 'Amina', languages: ['other'] }] }, ['household:required']);
    agree({ ...base, household: [{ first_name: 'Amina', languages: ['other'], 'languages-Comment': 'Tigrinya' }] }, []);
  });
});

describe('expression cells', () => {
  const stored = (answers: Record<string, unknown>) => {
    const { errors, toStore } = validator.check(answers, 'en');
    expect(errors).toEqual([]);
    expect(showKept(toStore)).toBe(showKept(oracle.judge(answers).kept));
    return toStore!;
  };

  it('computes each row from its cells and the survey answers, and stores the result in the row', () => {
    const kept = stored({ ...base, household_size: 4, costs: { food: { price: 30, quantity: 2 } }, jobs: [{ hours: 10, wage: 20 }] });
    expect(kept.costs).toEqual({ food: { price: 30, quantity: 2, cost: 60, per_person: 15 }, rent: { cost: 0 }, transport: { cost: 0 } });
    expect(kept.jobs).toEqual([{ hours: 10, wage: 20, pay: 200, level: 'low' }]);
  });

  it('never keeps what the client sent for a cell: a forged value is overwritten, one whose result is empty dropped', () => {
    const kept = stored({ ...base, household_size: 4, costs: { food: { cost: 999, price: 30, quantity: 2, per_person: 'x' } }, jobs: [{ hours: 10, wage: 20, pay: 5000, level: 'high' }] });
    expect(kept.costs).toEqual({ food: { price: 30, quantity: 2, cost: 60, per_person: 15 }, rent: { cost: 0 }, transport: { cost: 0 } });
    expect(kept.jobs).toEqual([{ hours: 10, wage: 20, pay: 200, level: 'low' }]);
  });

  it('draws and fills the rows of an unanswered matrix, rowCount of them for a matrixdynamic, none for a hidden one', () => {
    expect(stored({ ...base }).jobs).toEqual([{ pay: 0 }]);
    const hidden = stored({ ...base, household_size: 1, jobs: [{ hours: 10, wage: 20, pay: 5000 }] });
    expect(hidden).not.toHaveProperty('jobs');
  });

  it('reads computed cells in {row.x} conditions and runs validators on the computed value', () => {
    agree({ ...base, household_size: 4, costs: { rent: { price: 400, quantity: 1, paid_by: ['me'] } } }, ['costs:required']);
    agree({ ...base, household_size: 4, costs: { rent: { price: 400, quantity: 1, why: 'Two rooms', paid_by: ['me'] } } }, []);
    agree({ ...base, household_size: 4, costs: { rent: { price: 400, quantity: 4, why: 'Two rooms', paid_by: ['me'] } } }, ['costs:validator']);
    // A forged "pay" does not hide the overtime cell its computed value shows.
    agree({ ...base, jobs: [{ hours: 40, wage: 30, pay: 1 }] }, ['jobs:required']);
    agree({ ...base, jobs: [{ hours: 40, wage: 30, overtime: false }] }, []);
  });
});
