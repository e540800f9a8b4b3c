import { randomUUID } from 'node:crypto';

/** A complete, valid response to the shipped newcomer questionnaire. */
export function validNewcomerAnswers(): Record<string, unknown> {
  return {
    time_in_canada: 'years_1_to_3',
    household_size: 4,
    children_count: 2,
    needs: ['housing', 'find_job', 'learn_language'],
    top_priorities: ['housing', 'find_job'],
    belonging: 3,
    has_family_doctor: false,
    discrimination_experienced: 'no',
    biggest_challenge: 'Finding an apartment I can afford near the bus.',
  };
}

export function submission(overrides: Record<string, unknown> = {}) {
  return { id: randomUUID(), locale: 'en', answers: validNewcomerAnswers(), channel: 'web', ...overrides };
}
