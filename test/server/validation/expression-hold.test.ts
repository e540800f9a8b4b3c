import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../../server/validation/compile-validator';

const survey = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/expression-zero.json'), 'utf8')) as unknown;
const validator = compileValidator(survey);

/** Each stored response is what survey-core 3.0.0 keeps after loading and completing it on a new model. */
describe('an expression question whose result is 0, false or empty', () => {
  it.each([
    ['stores a result of 0 and keeps the answer it shows', { jobs: 5, no_work: 'n' }, { jobs: 5, no_work: 'n', paid_hours: 0, long_hours: false }],
    ['stores no result over a list sent for it, and drops the answer the result would show', { jobs: 5, hours: 0, paid_hours: [1], no_work: 'n' }, { jobs: 5, hours: 0, long_hours: false }],
    ['keeps a [] sent for it instead of the result', { jobs: 5, hours: 0, paid_hours: [], no_work: 'n' }, { jobs: 5, hours: 0, paid_hours: [], long_hours: false }],
    ['drops a [] sent for one that is empty on an empty survey', { jobs: 0, week: [], no_work: 'n' }, { jobs: 0, no_work: 'n', paid_hours: 0, long_hours: false }],
    ['keeps a null sent for an empty result', { jobs: 0, week: null, no_work: 'n' }, { jobs: 0, week: null, no_work: 'n', paid_hours: 0, long_hours: false }],
    ['takes a truthy result over a list sent', { jobs: 1, hours: 60, long_hours: [1], rest: 'yes' }, { jobs: 1, hours: 60, long_hours: true, paid_hours: 60, week: 'full-time', rest: 'yes' }],
  ])('%s', (_, answers, stored) => {
    expect(validator.check(answers, 'en')).toEqual({ errors: [], toStore: stored });
  });
});
