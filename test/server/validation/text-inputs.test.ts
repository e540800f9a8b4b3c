import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../../server/validation/compile-validator';
import { Oracle } from './oracle';
import { showFields } from './verdicts';

const survey = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/text-inputs.json'), 'utf8')) as unknown;
const validator = compileValidator(survey);
const oracle = new Oracle(survey, { fresh: true });
const codes = (answers: Record<string, unknown>) => validator.validate(answers, 'en').map(({ field, code }) => `${field}:${code}`);

/** Each case is also judged by survey-core (the oracle), so a hand-written expectation cannot drift from it. */
const agree = (answers: Record<string, unknown>, expected: string[]) => {
  expect(codes(answers)).toEqual(expected);
  expect(showFields(oracle.judge(answers).fields)).toBe([...expected].sort().join(' '));
};

const valid = { arrived: '2018-04-12' };

describe('text input types', () => {
  it('accepts what a browser input of each type sends, within min and max', () => {
    agree({
      ...valid, birthdate: '1990-05-01', appointment: '2024-03-01T09:30', open_from: '09:15', first_month: '2019-11', week: '2024-W10',
      household: 4, distance: 2.5, comfort: 7, volume: 100, favourite: '#ff8800', email: 'a@example.org', phone: '+1 613 555 0100', site: 'https://example.org',
    }, []);
  });

  it('refuses values a browser input of the type could not have sent', () => {
    agree({ ...valid, birthdate: '1990-02-30' }, ['birthdate:invalid_type']);
    agree({ ...valid, appointment: '2024-03-01 09:30' }, ['appointment:invalid_type']);
    agree({ ...valid, open_from: '9:15', week: '2024-W10' }, ['open_from:invalid_type']);
    agree({ ...valid, first_month: '2019-13' }, ['first_month:invalid_type']);
    agree({ ...valid, week: '2024-W9' }, ['week:invalid_type']);
    agree({ ...valid, favourite: 'red' }, ['favourite:invalid_type']);
    agree({ ...valid, comfort: '7' }, ['comfort:invalid_type']);
  });

  it('applies min and max as survey-core compares them: dates as dates, times, months and weeks as text', () => {
    agree({ arrived: '1999-12-31' }, ['arrived:out_of_range']);
    agree({ arrived: '2025-07-01', recent: 'Work' }, ['arrived:out_of_range']);
    agree({ ...valid, appointment: '2023-12-31T23:59' }, ['appointment:out_of_range']);
    agree({ ...valid, open_from: '18:01', week: '2024-W10' }, ['open_from:out_of_range']);
    agree({ ...valid, first_month: '2025-01' }, ['first_month:out_of_range']);
    agree({ ...valid, open_from: '09:00', week: '2024-W04' }, ['week:out_of_range']);
    agree({ ...valid, household: 0 }, ['household:out_of_range']);
    agree({ ...valid, distance: 1.25 }, ['distance:out_of_range']);
  });

  it('keeps a range slider within its bounds, 0 to 100 when the question sets none', () => {
    agree({ ...valid, comfort: 11 }, ['comfort:out_of_range']);
    agree({ ...valid, volume: 101 }, ['volume:out_of_range']);
  });

  it('runs conditions and expression validators on dates and times', () => {
    agree({ arrived: '2021-03-01' }, ['recent:required']);
    agree({ arrived: '2021-03-01', recent: 'Work' }, []);
    agree({ ...valid, birthdate: '2015-01-01' }, ['birthdate:validator']);
    agree({ ...valid, open_from: '10:00' }, ['week:required']);
  });
});
