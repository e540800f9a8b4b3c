import { describe, expect, it } from 'vitest';
import { codeClosedAnswers } from '../../../analysis/coding';

const survey = {
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'checkbox',
          name: 'needs',
          choices: [
            { value: 'find_job', text: 'Finding a job', themes: ['employment'] },
            { value: 'rent', text: 'Paying the rent', themes: ['housing', 'basic_needs'] },
            { value: 'doctor', text: 'A family doctor', themes: ['health'] },
            'other_plain_choice',
          ],
        },
        {
          type: 'panel',
          name: 'panel',
          elements: [
            {
              type: 'radiogroup',
              name: 'transport',
              choices: [
                { value: 1, text: 'Bus', themes: ['transportation'] },
                { value: 2, text: 'Car', themes: ['not_a_theme'] },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'p2',
      elements: [
        { type: 'dropdown', name: 'school', choices: [{ value: 'yes', themes: ['education'] }] },
        { type: 'comment', name: 'biggest_challenge', openEnded: true },
      ],
    },
  ],
};

describe('codeClosedAnswers', () => {
  it('codes the themes of the chosen choices, across pages and panels, once per theme', () => {
    const result = codeClosedAnswers(survey, { needs: ['find_job', 'rent'], transport: 1, school: 'yes', biggest_challenge: 'rent' }, '2026.1');
    expect(result.byQuestion).toEqual({
      needs: ['employment', 'housing', 'basic_needs'],
      transport: ['transportation'],
      school: ['education'],
    });
    expect(result.codes.map((code) => code.theme)).toEqual(['employment', 'housing', 'basic_needs', 'transportation', 'education']);
    expect(result.codes[0]).toEqual({ theme: 'employment', source: 'closed', confidence: 1, taxonomyVersion: '2026.1' });
  });

  it('ignores unchosen choices, plain choices, unknown codes and unanswered questions', () => {
    const result = codeClosedAnswers(survey, { needs: ['other_plain_choice'], transport: 2 });
    expect(result.codes).toEqual([]);
    expect(result.byQuestion).toEqual({});
  });

  it('tolerates a survey that is not an object', () => {
    expect(codeClosedAnswers(null, { needs: ['rent'] }).codes).toEqual([]);
  });
});
