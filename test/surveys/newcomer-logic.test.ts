import { describe, expect, it } from 'vitest';
import { SurveyModel } from 'survey-core';
import { findQuestionnaire } from '../../surveys/catalog';
import { registerTesseraProperties } from '../../surveys/survey-properties';

registerTesseraProperties();

const newcomer = findQuestionnaire('newcomer-needs');
if (!newcomer) throw new Error('newcomer-needs is not in the catalog');

const plausible = {
  time_in_canada: 'years_1_to_3',
  immigration_status: 'permanent_resident',
  age_band: 'age_35_44',
  gender: 'woman',
  first_language: 'arabic',
  official_language_ability: 'a_little',
  household_size: 4,
  children_count: 2,
  employment_status: 'working_part_time',
  work_matches_skills: 'not_at_all',
  has_family_doctor: false,
  needs: ['credentials', 'housing', 'family_doctor', 'learn_language'],
  top_priorities: ['credentials', 'housing', 'learn_language'],
  children_school_help: ['language_support', 'making_friends'],
  barriers: ['waiting_lists', 'no_childcare'],
  services_used: ['settlement_agency', 'language_classes'],
  services_satisfaction: { settlement_agency: 'very_satisfied', language_classes: 'satisfied' },
  services_in_my_language: 'often',
  belonging: 3,
  feel_welcome: 4,
  has_support_network: true,
  participation: ['volunteered'],
  plan_to_stay: 'not_sure',
  reasons_to_leave: ['better_jobs', 'housing_cost'],
  discrimination_experienced: 'yes',
  discrimination_settings: ['work_job_search'],
  discrimination_by_whom: ['employer_coworker'],
  discrimination_reported: 'did_not_know_where',
  discrimination_details: 'At an interview they said my accent was a problem.',
  biggest_challenge: 'Finding work in my field as an engineer.',
  what_helped: 'The settlement worker at my children’s school.',
  more_welcoming: 'More language classes in the evening.',
};

function modelWith(data: Record<string, unknown>): SurveyModel {
  const model = new SurveyModel(newcomer?.json);
  model.data = data;
  return model;
}

function errorsOf(model: SurveyModel): Record<string, number> {
  const errors: Record<string, number> = {};
  for (const page of model.pages) page.validate(true, false);
  for (const question of model.getAllQuestions()) {
    if (question.errors.length > 0) errors[question.name] = question.errors.length;
  }
  return errors;
}

describe('the newcomer needs questionnaire logic', () => {
  it('accepts a complete, plausible response on every page', () => {
    expect(errorsOf(modelWith(plausible))).toEqual({});
  });

  it('accepts a response that only refuses the required question', () => {
    expect(errorsOf(modelWith({ time_in_canada: 'refused' }))).toEqual({});
  });

  it('requires the time in Canada', () => {
    expect(errorsOf(modelWith({}))).toEqual({ time_in_canada: 1 });
  });

  it('rejects more children than people in the home', () => {
    expect(errorsOf(modelWith({ ...plausible, children_count: 4 }))).toEqual({ children_count: 1 });
  });

  it('rejects a household size outside 1 to 20', () => {
    expect(errorsOf(modelWith({ ...plausible, household_size: 25 }))).toMatchObject({ household_size: 1 });
  });

  it('asks for top priorities only after needs are chosen, and then requires them', () => {
    const { top_priorities: _omitted, ...withoutPriorities } = plausible;
    expect(errorsOf(modelWith(withoutPriorities))).toEqual({ top_priorities: 1 });

    const noNeeds = modelWith({ time_in_canada: 'refused', needs: ['none'] });
    expect(noNeeds.getQuestionByName('top_priorities').isVisible).toBe(false);
    expect(errorsOf(noNeeds)).toEqual({});
  });

  it('shows the discrimination follow-ups only to those who answered yes', () => {
    const followUps = ['discrimination_settings', 'discrimination_by_whom', 'discrimination_reported', 'discrimination_details'];
    const yes = modelWith({ discrimination_experienced: 'yes' });
    const refused = modelWith({ discrimination_experienced: 'refused' });
    expect(followUps.map((name) => yes.getQuestionByName(name).isVisible)).toEqual(followUps.map(() => true));
    expect(followUps.map((name) => refused.getQuestionByName(name).isVisible)).toEqual(followUps.map(() => false));
  });

  it('asks about children at school only when children live in the home', () => {
    expect(modelWith({ household_size: 3, children_count: 0 }).getQuestionByName('children_school_help').isVisible).toBe(false);
    expect(modelWith({ household_size: 3, children_count: 1 }).getQuestionByName('children_school_help').isVisible).toBe(true);
  });
});
