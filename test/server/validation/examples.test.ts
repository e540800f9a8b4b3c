import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../../server/validation/compile-validator';

const survey = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/every-feature.json'), 'utf8')) as unknown;
const validator = compileValidator(survey);

/** A response that passes every rule of the fixture. */
const valid = {
  status: 'student',
  years: 3,
  needs: ['housing', 'language'],
  children: false,
  consent: 'yes',
  satisfaction: 4,
  agree: { welcome: 5, safe: 4 },
  name: 'Amina',
};

const codes = (answers: Record<string, unknown>) => validator.validate(answers, 'en').map(({ field, code }) => `${field}:${code}`);

describe('compileValidator', () => {
  it('lists the questions that take an answer, leaving out display-only html', () => {
    expect(validator.questionNames).toContain('status');
    expect(validator.questionNames).not.toContain('intro');
  });

  it('accepts a complete, valid response', () => {
    expect(validator.validate(valid, 'en')).toEqual([]);
  });

  it('refuses keys that are not questions, including display-only ones', () => {
    expect(codes({ ...valid, shoe_size: 42, intro: 'x' })).toEqual(['shoe_size:unknown_question', 'intro:unknown_question']);
  });

  it('refuses values of the wrong type', () => {
    expect(codes({ ...valid, years: '3', needs: 'housing', children: 'no', agree: [5] })).toEqual([
      'years:invalid_type', 'needs:invalid_type', 'children:invalid_type', 'agree:invalid_type',
    ]);
  });

  it('refuses choices that are not offered, or hidden by a choice visibleIf', () => {
    expect(codes({ ...valid, status: 'tourist' })).toEqual(['status:invalid_choice']);
    expect(codes({ ...valid, years: 12, status: 'worker' })).toEqual(['status:invalid_choice']);
    expect(codes({ ...valid, years: 2, status: 'worker' })).toEqual([]);
    expect(codes({ ...valid, needs: ['school'] })).toEqual(['needs:invalid_choice']);
    expect(codes({ ...valid, children: true, needs: ['school'], agree: { welcome: 1, safe: 1, school_ok: 2 } })).toEqual([]);
  });

  it('refuses none together with other choices, and more choices than allowed', () => {
    expect(codes({ ...valid, needs: ['none', 'housing'] })).toEqual(['needs:invalid_choice']);
    expect(codes({ ...valid, needs: ['housing', 'employment', 'language', 'health'] })).toEqual(['needs:too_many_choices']);
  });

  it('refuses ratings and numbers outside their range', () => {
    expect(codes({ ...valid, satisfaction: 6 })).toEqual(['satisfaction:out_of_range']);
    expect(codes({ ...valid, effort: 3 })).toEqual(['effort:out_of_range']);
    expect(codes({ ...valid, years: 81 })).toEqual(['years:out_of_range']);
    expect(codes({ ...valid, years: 2.5 })).toEqual(['years:out_of_range']);
  });

  it('requires answers the way survey-core does: isRequired, requiredIf, the other comment, min choices, every matrix row', () => {
    expect(codes({ ...valid, status: undefined })).toEqual(['status:required']);
    expect(codes({ ...valid, name: '   ' })).toEqual(['name:required']);
    expect(codes({ ...valid, satisfaction: 2 })).toEqual(['mood:required']);
    expect(codes({ ...valid, status: 'other' })).toEqual(['status:required']);
    expect(codes({ ...valid, needs: [] })).toEqual(['needs:required']);
    expect(codes({ ...valid, agree: { welcome: 5 } })).toEqual(['agree:required']);
  });

  it('accepts an other comment only where survey-core stores one', () => {
    expect(codes({ ...valid, status: 'other', 'status-Comment': 'Visitor' })).toEqual([]);
    expect(codes({ ...valid, 'status-Comment': 'Visitor' })).toEqual(['status-Comment:unknown_question']);
    expect(codes({ ...valid, 'years-Comment': 'x' })).toEqual(['years-Comment:unknown_question']);
  });

  it('runs the survey validators: regex, numeric, text length, expression, e-mail', () => {
    expect(codes({ ...valid, postal: 'K1' })).toEqual(['postal:validator']);
    expect(codes({ ...valid, age: 12, arrival_age: 10 })).toEqual(['age:validator']);
    expect(codes({ ...valid, story: 'Hi' })).toEqual(['story:validator']);
    expect(codes({ ...valid, age: 30, arrival_age: 31 })).toEqual(['arrival_age:validator']);
    expect(codes({ ...valid, email: 'not an address' })).toEqual(['email:validator']);
  });

  it('does not validate hidden or disabled questions, and drops hidden answers for storage', () => {
    const answers = { ...valid, status: 'citizen', satisfaction: undefined, agree: undefined, effort: 99 };
    expect(codes(answers)).toEqual(['effort:out_of_range']);
    const hidden = { ...valid, status: 'citizen', satisfaction: 3 };
    expect(codes(hidden)).toEqual([]);
    expect(validator.answersToStore(hidden)).not.toHaveProperty('satisfaction');
    expect(codes({ ...valid, consent: 'no', name: undefined, why_not: 'Busy' })).toEqual([]);
  });

  it('names the question by its English title, and uses survey-core translations for other locales', () => {
    const [english] = validator.validate({ ...valid, status: undefined }, 'en');
    expect(english?.message).toBe('"What is your immigration status?" needs an answer.');
    const [french] = validator.validate({ ...valid, status: undefined }, 'fr');
    expect(french?.message).toContain("Quel est votre statut d'immigration ?");
  });

  it('refuses a questionnaire using features it cannot check', () => {
    expect(() => compileValidator({ elements: [{ type: 'file', name: 'upload' }] })).toThrow(/file/);
  });
});
