import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../../server/validation/compile-validator';

/** default-values.json: defaults that read no answer (today(), constants), which survey-core never recomputes over an answer sent. */
const validator = compileValidator(JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/default-values.json'), 'utf8')) as unknown);
const today = new Date().toISOString().slice(0, 10);

describe('defaultValueExpression that reads no answer', () => {
  it('stores the defaults a respondent left untouched, as the browser sent them', () => {
    const untouched = { interview_date: today, household: 2, children: 0, contact: 'none', needs: ['language'], consent: true };
    expect(validator.check(untouched, 'en')).toEqual({ errors: [], toStore: untouched });
  });

  it('stores what the respondent chose over a default, even an answer equal to another default', () => {
    const changed = { interview_date: '2026-11-30', household: 5, children: 2, contact: 'email', email: 'amina.k@example.ca', needs: ['housing', 'work'], consent: false, why: 'I work evenings.' };
    expect(validator.check(changed, 'en')).toEqual({ errors: [], toStore: changed });
  });

  it('does not fill a default the respondent cleared, and validates as without one', () => {
    expect(validator.check({ household: 2, children: 1 }, 'en').errors.map(({ field, code }) => `${field}:${code}`)).toEqual(['interview_date:required']);
    expect(validator.check({ interview_date: today, household: 2, children: 3 }, 'en').errors.map(({ field, code }) => `${field}:${code}`)).toEqual(['children:validator']);
  });
});
