import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../../server/validation/compile-validator';

/**
 * survey-core reads other questions' conditions against what its questions hold, and it reshapes
 * or clears a malformed answer before they read it (loaded-values.ts, clear-unknown-choices.ts).
 * The compiled validator reports the malformed answer itself and, on the other questions, what
 * survey-core reports; each case below was checked against survey-core.
 */
const survey = {
  elements: [
    { type: 'checkbox', name: 'needs', choices: ['housing', 'work'], showNoneItem: true },
    {
      type: 'checkbox', name: 'top', choices: ['housing', 'work'],
      visibleIf: "{needs} notempty and {needs} notcontains 'none'", requiredIf: "{needs} notempty and {needs} notcontains 'none'",
    },
    { type: 'dropdown', name: 'region', choices: ['north', 'south'] },
    { type: 'text', name: 'city', visibleIf: '{region} notempty', isRequired: true },
    { type: 'radiogroup', name: 'status', choices: ['citizen', 'student'], showOtherItem: true },
    { type: 'text', name: 'permit', visibleIf: "{status} notempty and {status} <> 'citizen'", isRequired: true },
    { type: 'text', name: 'email', inputType: 'email' },
    { type: 'comment', name: 'why', visibleIf: "{region} = 'south'" },
  ],
};
const validator = compileValidator(survey);
const codes = (answers: Record<string, unknown>) => validator.validate(answers, 'en').map(({ field, code }) => `${field}:${code}`);

describe('conditions on other questions when an answer is malformed', () => {
  it('reads a checkbox sent false as no answer, and one sent a single value as a list of it', () => {
    expect(codes({ needs: false })).toEqual(['needs:invalid_type']);
    expect(codes({ needs: 'housing' })).toEqual(['needs:invalid_type', 'top:required']);
  });

  it('reads a checkbox after validation has dropped its unknown values, and none with them', () => {
    // survey-core clears 'zzz' before it validates 'top', and takes 'none' out as a click would;
    // with nothing else left, the answer ends empty and 'top' hidden.
    expect(codes({ needs: ['housing', 'none', 'zzz'] })).toEqual(['needs:invalid_choice', 'top:required']);
    expect(codes({ needs: ['none', 'zzz'] })).toEqual(['needs:invalid_choice']);
  });

  it('reads a single choice no choice knows as cleared, or as other when the question offers it', () => {
    expect(codes({ region: 'east' })).toEqual(['region:invalid_choice']);
    expect(codes({ status: 'visitor' })).toEqual(['status:invalid_choice', 'permit:required']);
    expect(codes({ status: ['citizen'] })).toEqual(['status:invalid_type', 'permit:required']);
  });

  it('judges a text answer sent as a list by the text survey-core makes of it', () => {
    expect(codes({ email: [] })).toEqual([]);
    expect(codes({ email: ['a@b'] })).toEqual(['email:invalid_type']);
  });
});

describe('answersToStore, as survey-core leaves the data on completion', () => {
  it('keeps an empty answer to a hidden question, and drops one with content', () => {
    expect(codes({ why: '' })).toEqual([]);
    expect(validator.answersToStore({ why: '' })).toEqual({ why: '' });
    expect(validator.answersToStore({ why: 'Busy' })).toEqual({});
  });

  it("keeps an empty 'other' comment whose 'other' is not chosen", () => {
    const answers = { status: 'student', permit: 'Study permit', 'status-Comment': '' };
    expect(codes(answers)).toEqual([]);
    expect(validator.answersToStore(answers)).toEqual(answers);
  });
});
