import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../../server/validation/compile-validator';

/** skip-triggers.json: "provider" jumps from the first page to org_type (third page); "no" or more than 40 hours from the work page to the last. */
const validator = compileValidator(JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/skip-triggers.json'), 'utf8')) as unknown);
const codes = (answers: Record<string, unknown>) => validator.validate(answers, 'en').map(({ field, code }) => `${field}:${code}`);

const provider = { status: 'provider', age: 41, org_type: 'health', capacity: 2, more: 'yes', employer: 'Clinic', work_story: 'Nights.', credential: true, final: 'Thanks.' };
const newcomer = { status: 'newcomer', age: 30, arrival: '2024-03-01', needs: ['housing'], org_type: 'school', capacity: 3, more: 'no', employer: 'Retail', final: 'Thanks.' };

describe('skip triggers', () => {
  it('leaves the pages a skip passes over unvalidated, and validates the page it lands on', () => {
    expect(codes(provider)).toEqual([]);
    expect(codes({ ...provider, org_type: undefined })).toEqual(['org_type:required']);
    // The newcomer page is validated when no skip passed over it.
    expect(codes({ ...provider, status: 'newcomer' })).toEqual(['arrival:required', 'needs:required']);
  });

  it('passes over the page it was on as well: its other questions were never validated', () => {
    expect(codes({ ...provider, intro_note: 'x' })).toEqual([]);
    expect(codes({ ...provider, status: 'other', intro_note: 'x' })).toEqual(['intro_note:validator', 'arrival:required', 'needs:required']);
  });

  it('still checks what was sent on a page passed over: its type and its choices', () => {
    expect(codes({ ...provider, needs: ['a ride'], arrival: 2024 })).toEqual(['needs:invalid_choice', 'arrival:invalid_type']);
  });

  it('does not jump to a hidden question, nor when no question it reads could have been changed without error', () => {
    // org_type is shown only below 90: the device stayed, and the newcomer page was validated.
    expect(codes({ ...provider, age: 95, org_type: undefined })).toEqual(['arrival:required', 'needs:required']);
    // More than 40 hours would jump, but hours breaks its validator and "more" is required and empty.
    expect(codes({ ...newcomer, more: undefined, hours: 70 })).toEqual(['more:required', 'hours:validator', 'work_story:required', 'credential:required']);
    // With "more" answered the device jumped from its change, past the work story.
    expect(codes({ ...newcomer, more: 'yes', hours: 70 })).toEqual([]);
  });

  it('changes nothing when it jumps back to an earlier page: the pages after it are passed again by Next', () => {
    expect(codes({ ...newcomer, restart: true })).toEqual([]);
    expect(codes({ ...newcomer, more: 'yes', restart: true })).toEqual(['work_story:required', 'credential:required']);
  });

  it('stores the answers given on the pages passed over, as survey-core keeps them', () => {
    const sent = { ...provider, needs: ['housing', 'work'] };
    expect(validator.check(sent, 'en')).toEqual({ errors: [], toStore: sent });
  });
});
