import { describe, expect, it } from 'vitest';
import { SurveyModel } from 'survey-core';
import { findQuestionnaire } from '../../surveys/catalog';
import { registerTesseraProperties } from '../../surveys/survey-properties';

registerTesseraProperties();

const provider = findQuestionnaire('provider-survey');
if (!provider) throw new Error('provider-survey is not in the catalog');

const plausible = {
  org_sector: 'school_board',
  respondent_role: 'manager',
  populations_served: ['refugees', 'children_youth', 'francophones'],
  newcomers_served_per_year: 850,
  service_gaps: ['mental_health', 'school_supports', 'interpretation', 'coordination'],
  top_gaps: ['mental_health', 'interpretation'],
  gaps_explained: 'Refugee youth wait months for counselling in their language.',
  populations_underserved: ['refugee_claimants', 'children_youth'],
  lip_involvement: 'working_group_member',
  lip_usefulness: 4,
  referral_ease: 2,
  collaboration_barriers: ['staff_time', 'data_sharing'],
  supports_needed: ['interpretation_access', 'trauma_training'],
  recommendations: 'A shared referral form across school boards and settlement agencies.',
  what_works: 'Settlement workers in schools.',
};

function errorsOf(data: Record<string, unknown>): Record<string, number> {
  const model = new SurveyModel(provider?.json);
  model.data = data;
  for (const page of model.pages) page.validate(true, false);
  const errors: Record<string, number> = {};
  for (const question of model.getAllQuestions()) {
    if (question.errors.length > 0) errors[question.name] = question.errors.length;
  }
  return errors;
}

describe('the service provider survey logic', () => {
  it('accepts a complete, plausible response', () => {
    expect(errorsOf(plausible)).toEqual({});
  });

  it('requires the sector and the part in the partnership', () => {
    expect(errorsOf({})).toEqual({ org_sector: 1, lip_involvement: 1 });
  });

  it('requires the most urgent gaps once gaps are chosen', () => {
    const { top_gaps: _omitted, ...withoutTopGaps } = plausible;
    expect(errorsOf(withoutTopGaps)).toEqual({ top_gaps: 1 });
  });

  it('rejects a negative number of newcomers served', () => {
    expect(errorsOf({ ...plausible, newcomers_served_per_year: -5 })).toMatchObject({ newcomers_served_per_year: 1 });
  });
});
