import { describe, expect, it } from 'vitest';
import { codeClosedAnswers, themesOffered } from '../../../analysis/coding';

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

describe('codeClosedAnswers on the types inside questions', () => {
  const themed = (value: string, ...themes: string[]) => ({ value, text: value, themes });
  const every = {
    pages: [
      {
        name: 'p1',
        elements: [
          { type: 'ranking', name: 'priorities', choices: [themed('rent', 'housing'), themed('job', 'employment')] },
          { type: 'imagepicker', name: 'transport', choices: [themed('bus', 'transportation'), themed('car')] },
          { type: 'tagbox', name: 'tags', choices: [themed('doctor', 'health')] },
          { type: 'ranking', name: 'copied', choicesFromQuestion: 'tags', choicesFromQuestionMode: 'selected' },
          { type: 'matrix', name: 'grid', rows: ['clinic', 'school'], columns: [themed('ok'), themed('poor', 'settlement_services')] },
          {
            type: 'matrixdropdown',
            name: 'services',
            rows: ['food_bank', 'library'],
            choices: [themed('cost', 'basic_needs')],
            columns: [
              { name: 'barrier' },
              { name: 'ways', cellType: 'checkbox', choices: [themed('far', 'transportation'), themed('lang', 'language')] },
              { name: 'note', cellType: 'text', choices: [themed('cost', 'education')] },
            ],
          },
          { type: 'matrixdynamic', name: 'jobs', columns: [{ name: 'sector', cellType: 'radiogroup', choices: [themed('care', 'health'), themed('trades', 'credential_recognition')] }] },
          {
            type: 'paneldynamic',
            name: 'members',
            templateElements: [
              { type: 'panel', name: 'box', elements: [{ type: 'checkbox', name: 'needs', choices: [themed('school', 'education'), themed('friends', 'social_inclusion')] }] },
              { type: 'paneldynamic', name: 'visits', templateElements: [{ type: 'dropdown', name: 'where', choices: [themed('mosque', 'religious_organizations')] }] },
            ],
          },
          {
            type: 'paneldynamic',
            name: 'trips',
            templateElements: [
              { type: 'buttongroup', name: 'way', choices: [themed('bus', 'transportation'), themed('walk')] },
              { type: 'imagepicker', name: 'place', choices: [themed('clinic', 'health')] },
              { type: 'ranking', name: 'first', choices: [themed('rent', 'housing'), themed('job', 'employment')] },
            ],
          },
        ],
      },
    ],
  };

  it.each([
    ['a ranking, every choice ranked', { priorities: ['job', 'rent'] }, { priorities: ['housing', 'employment'] }],
    ['an image choice', { transport: 'bus' }, { transport: ['transportation'] }],
    ['an image choice without themes', { transport: 'car' }, {}],
    ['a ranking of choices copied from another question', { copied: ['doctor'] }, { copied: ['health'] }],
    ['the chosen columns of a matrix', { grid: { clinic: 'poor', school: 'ok' } }, { grid: ['settlement_services'] }],
    ['matrixdropdown cells, the matrix choices for a column without its own', { services: { food_bank: { barrier: 'cost', ways: ['lang'] }, library: { ways: ['far'] } } }, { services: ['basic_needs', 'language', 'transportation'] }],
    ['a text cell, never coded from choices', { services: { food_bank: { note: 'cost' } } }, {}],
    ['matrixdynamic rows', { jobs: [{ sector: 'trades' }, { sector: 'care' }] }, { jobs: ['credential_recognition', 'health'] }],
    ['dynamic panels, nested ones included', { members: [{ needs: ['school'] }, { needs: ['friends'], visits: [{ where: 'mosque' }] }] }, { members: ['education', 'social_inclusion', 'religious_organizations'] }],
    ['a buttongroup, an imagepicker and a ranking inside a dynamic panel', { trips: [{ way: 'bus', place: 'clinic' }, { way: 'walk', first: ['job', 'rent'] }] }, { trips: ['transportation', 'health', 'housing', 'employment'] }],
    ['values of the wrong shape', { services: ['cost'], jobs: { sector: 'care' }, members: { needs: ['school'] }, grid: 'poor' }, {}],
  ])('codes %s', (_, answers, byQuestion) => {
    expect(codeClosedAnswers(every, answers).byQuestion).toEqual(byQuestion);
  });

  it('lists every theme each top-level question can name, nested choices included', () => {
    expect(Object.fromEntries(themesOffered(every))).toEqual({
      priorities: ['housing', 'employment'],
      transport: ['transportation'],
      tags: ['health'],
      copied: ['health'],
      grid: ['settlement_services'],
      services: ['basic_needs', 'transportation', 'language'],
      jobs: ['health', 'credential_recognition'],
      members: ['education', 'social_inclusion', 'religious_organizations'],
      trips: ['transportation', 'health', 'housing', 'employment'],
    });
  });

  it('does not code a dynamic panel question as if it were answered at the top level', () => {
    expect(codeClosedAnswers(every, { needs: ['school'], where: 'mosque' }).codes).toEqual([]);
  });
});
