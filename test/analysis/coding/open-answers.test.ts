import { describe, expect, it } from 'vitest';
import { answerAt, openAnswerPlan } from '../../../analysis/coding';

const survey = {
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'comment', name: 'story', openEnded: true },
        { type: 'text', name: 'postal_code' },
        { type: 'radiogroup', name: 'language', showOtherItem: true, choices: ['en'] },
        {
          type: 'multipletext',
          name: 'household',
          openEnded: true,
          items: [{ name: 'worry' }, { name: 'adults', inputType: 'number' }, { name: 'email', inputType: 'email' }, { name: 'private', openEnded: false }],
        },
        { type: 'multipletext', name: 'contact', items: [{ name: 'phone', inputType: 'tel' }, { name: 'hope', openEnded: true }] },
        {
          type: 'matrixdropdown',
          name: 'services',
          rows: ['food_bank', 'clinic'],
          columns: [
            { name: 'used', cellType: 'boolean' },
            { name: 'note', cellType: 'comment', openEnded: true },
            { name: 'code', cellType: 'text' },
            { name: 'how', cellType: 'radiogroup', showOtherItem: true, choices: ['phone'] },
          ],
        },
        { type: 'matrixdynamic', name: 'jobs', openEnded: true, columns: [{ name: 'title', cellType: 'text' }, { name: 'start', cellType: 'text', inputType: 'date' }] },
        {
          type: 'paneldynamic',
          name: 'members',
          templateElements: [
            { type: 'comment', name: 'need', openEnded: true },
            { type: 'panel', name: 'box', elements: [{ type: 'dropdown', name: 'work', showOtherItem: true, choices: ['yes'] }] },
            { type: 'text', name: 'name' },
          ],
        },
        { type: 'text', name: 'zip' },
      ],
    },
  ],
};

const answers = {
  story: 'The rent is too high.',
  postal_code: 'K1A',
  language: 'other',
  'language-Comment': 'Dari',
  household: { worry: 'No family doctor.', adults: 2, email: 'a@b.c', private: 'skip me' },
  contact: { phone: '613-555-0100', hope: 'A job in my field.' },
  services: { food_bank: { used: true, note: 'Too far.', code: 'F12', how: 'other', 'how-Comment': 'A neighbour drove me' }, clinic: { note: '  ' } },
  jobs: [{ title: 'Cook', start: '2024-01-02' }, { title: 'Driver' }],
  members: [{ need: 'School for my son.', work: 'other', 'work-Comment': 'Volunteer', name: 'Amina' }, 'not a panel', { need: 'Friends.' }],
};

describe('openAnswerPlan', () => {
  it('reads open text at the top level and inside multipletext, matrices and dynamic panels, keyed by its path', () => {
    expect(openAnswerPlan(survey).read(answers)).toEqual([
      { key: 'story', question: 'story', text: 'The rent is too high.' },
      { key: 'language-Comment', question: 'language', text: 'Dari' },
      { key: 'household.worry', question: 'household', text: 'No family doctor.' },
      { key: 'contact.hope', question: 'contact', text: 'A job in my field.' },
      { key: 'services.food_bank.note', question: 'services', text: 'Too far.' },
      { key: 'services.food_bank.how-Comment', question: 'services', text: 'A neighbour drove me' },
      { key: 'jobs[0].title', question: 'jobs', text: 'Cook' },
      { key: 'jobs[1].title', question: 'jobs', text: 'Driver' },
      { key: 'members[0].need', question: 'members', text: 'School for my son.' },
      { key: 'members[0].work-Comment', question: 'members', text: 'Volunteer' },
      { key: 'members[2].need', question: 'members', text: 'Friends.' },
    ]);
  });

  it('names the top-level questions that hold open text, in questionnaire order', () => {
    expect(openAnswerPlan(survey).questions.map((question) => question.name)).toEqual(['story', 'language', 'household', 'contact', 'services', 'jobs', 'members']);
  });

  it('reads a comment question brought without openEnded, in a dynamic panel too, unless it is marked openEnded: false', () => {
    const creatorSurvey = {
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'comment', name: 'challenge' },
            { type: 'comment', name: 'staff_notes', openEnded: false },
            { type: 'text', name: 'city' },
            { type: 'paneldynamic', name: 'household', templateElements: [{ type: 'comment', name: 'needs' }, { type: 'text', name: 'first_name' }] },
          ],
        },
      ],
    };
    const read = openAnswerPlan(creatorSurvey).read({
      challenge: 'Finding an apartment I can afford',
      staff_notes: 'Interviewer was late',
      city: 'Windsor',
      household: [{ needs: 'A school for my daughter', first_name: 'Amina' }],
    });
    expect(read).toEqual([
      { key: 'challenge', question: 'challenge', text: 'Finding an apartment I can afford' },
      { key: 'household[0].needs', question: 'household', text: 'A school for my daughter' },
    ]);
  });

  it('reads nothing from values of the wrong shape', () => {
    expect(openAnswerPlan(survey).read({ household: 'text', services: ['Too far.'], jobs: { title: 'Cook' }, members: { need: 'x' } })).toEqual([]);
  });
});

describe('answerAt', () => {
  it.each([
    ['story', 'The rent is too high.'],
    ['language-Comment', 'Dari'],
    ['household.worry', 'No family doctor.'],
    ['services.food_bank.how-Comment', 'A neighbour drove me'],
    ['jobs[1].title', 'Driver'],
    ['members[0].work-Comment', 'Volunteer'],
    ['members[5].need', undefined],
    ['members.need', undefined],
    ['household[0]', undefined],
    ['nothing', undefined],
  ])('reads %s', (key, expected) => {
    expect(answerAt(answers, key)).toBe(expected);
  });

  it('resolves names that hold dots, top-level ones as they are', () => {
    expect(answerAt({ 'q.1': 'top', q: { '1.5': { note: 'row' } } }, 'q.1')).toBe('top');
    expect(answerAt({ q: { '1.5': { note: 'row' } } }, 'q.1.5.note')).toBe('row');
  });
});
