import { describe, expect, it } from 'vitest';
import { closedThemeWeights, rankWeight } from '../../../analysis/coding';
import { summarizeWeighted } from '../../../analysis/summaries';

describe('rankWeight', () => {
  it.each([
    ['reciprocal', 1, 4, 1],
    ['reciprocal', 2, 4, 1 / 2],
    ['reciprocal', 4, 4, 1 / 4],
    ['borda', 1, 4, 1],
    ['borda', 2, 4, 3 / 4],
    ['borda', 4, 4, 1 / 4],
    ['borda', 1, 1, 1],
  ] as const)('%s weighs place %i of %i as %f', (weighting, place, size, weight) => {
    expect(rankWeight(weighting, place, size)).toBeCloseTo(weight, 12);
  });
});

describe('closedThemeWeights', () => {
  const survey = {
    elements: [
      {
        type: 'ranking',
        name: 'priorities',
        choices: [
          { value: 'rent', themes: ['housing', 'basic_needs'] },
          { value: 'job', themes: ['employment'] },
          { value: 'doctor', themes: ['health'] },
        ],
      },
      { type: 'checkbox', name: 'needs', choices: [{ value: 'food', themes: ['basic_needs'] }] },
      { type: 'paneldynamic', name: 'members', templateElements: [{ type: 'ranking', name: 'top', choices: [{ value: 'school', themes: ['education'] }, { value: 'job', themes: ['employment'] }] }] },
    ],
  };

  it('weighs each ranked theme by its best place and any other closed theme as 1', () => {
    const weights = closedThemeWeights(survey, { priorities: ['job', 'doctor', 'rent'], needs: ['food'], members: [{ top: ['school', 'job'] }] }, 'reciprocal');
    expect(Object.fromEntries(weights)).toEqual({ employment: 1, health: 1 / 2, housing: 1 / 3, basic_needs: 1, education: 1 });
  });

  it('gives Borda points scaled so that first place is 1', () => {
    const weights = closedThemeWeights(survey, { priorities: ['doctor', 'rent', 'job'] }, 'borda');
    expect(Object.fromEntries(weights)).toEqual({ health: 1, housing: 2 / 3, basic_needs: 2 / 3, employment: 1 / 3 });
  });
});

describe('summarizeWeighted', () => {
  const rows = [
    new Map([['housing', 1], ['employment', 0.5]]),
    new Map([['employment', 1], ['housing', 1 / 3]]),
    new Map([['health', 1]]),
  ];

  it('sums the weights per theme, shares them by respondent and ranks them', () => {
    expect(summarizeWeighted(rows, ['housing', 'employment', 'health', 'language'])).toEqual({
      respondents: 3,
      themes: [
        { theme: 'employment', score: 1.5, share: 0.5, rank: 1, suppressed: false },
        { theme: 'housing', score: 1.333333, share: 0.444444, rank: 2, suppressed: false },
        { theme: 'health', score: 1, share: 0.333333, rank: 3, suppressed: false },
        { theme: 'language', score: 0, share: 0, rank: 4, suppressed: false },
      ],
    });
  });

  it('gives no figure for a hidden theme, and no share or rank without respondents', () => {
    expect(summarizeWeighted(rows, ['health'], new Set(['health'])).themes).toEqual([{ theme: 'health', score: null, share: null, rank: null, suppressed: true }]);
    expect(summarizeWeighted([], ['health']).themes).toEqual([{ theme: 'health', score: 0, share: null, rank: null, suppressed: false }]);
  });
});
