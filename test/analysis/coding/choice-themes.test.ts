import { describe, expect, it } from 'vitest';
import { choiceSlots, codeClosedAnswers, createCoder, freeTextQuestions, openAnswerPlan, suggestChoiceThemes, themesOffered, withChoiceThemes, withFreeTextCoding } from '../../../analysis/coding';

/** A questionnaire as SurveyJS Creator writes it: no choice names a theme. */
const CREATOR_SURVEY = {
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'checkbox',
          name: 'needs',
          title: { default: 'What do you need help with?', fr: "De quoi avez-vous besoin?" },
          choices: [
            { value: 'job', text: { default: 'Finding a job', fr: 'Trouver un emploi' } },
            { value: 'home', text: { default: 'Finding an affordable apartment', fr: 'Trouver un appartement abordable' } },
            'Yes',
          ],
        },
        { type: 'dropdown', name: 'same_needs', choicesFromQuestion: 'needs' },
        { type: 'matrix', name: 'satisfaction', rows: ['clinic'], columns: [{ value: 'bad', text: 'Hard to get a doctor' }, 'Fine'] },
        {
          type: 'matrixdropdown',
          name: 'services',
          rows: ['library'],
          choices: ['Often', 'Never'],
          columns: [
            { name: 'used' },
            { name: 'why', cellType: 'checkbox', title: 'Why', choices: [{ value: 'bus', text: 'No bus to get there' }] },
            { name: 'note', cellType: 'text' },
          ],
        },
        {
          type: 'panel',
          name: 'inner',
          elements: [
            {
              type: 'paneldynamic',
              name: 'household',
              templateElements: [{ type: 'radiogroup', name: 'school', choices: [{ value: 'no_place', text: 'No place in a school nearby' }] }],
            },
          ],
        },
        { type: 'comment', name: 'story' },
      ],
    },
  ],
};

describe('the lists of choices an author can put themes on', () => {
  it('finds every list closed coding reads, named by question, once each', () => {
    const slots = choiceSlots(CREATOR_SURVEY);
    expect(slots.map((slot) => [slot.id, slot.question, slot.choices.map((choice) => choice.value)])).toEqual([
      ['needs', 'needs', ['job', 'home', 'Yes']],
      ['satisfaction', 'satisfaction', ['bad', 'Fine']],
      ['services/why', 'services', ['bus']],
      // The matrix's own choices, shared by the "used" column (dropdown by default).
      ['services', 'services', ['Often', 'Never']],
      ['household/school', 'household', ['no_place']],
    ]);
    expect(slots[2]?.titles).toEqual(['services', 'Why']);
    expect(slots[0]?.choices[2]).toEqual({ value: 'Yes', text: 'Yes', themes: [] });
  });

  it('lists the choices of a buttongroup, an imagepicker and a ranking inside a dynamic panel', () => {
    const survey = {
      elements: [
        {
          type: 'paneldynamic',
          name: 'trips',
          templateElements: [
            { type: 'buttongroup', name: 'way', choices: ['bus', 'walk'] },
            { type: 'imagepicker', name: 'place', choices: [{ value: 'clinic', imageLink: '/pictures/clinic.png' }] },
            { type: 'ranking', name: 'first', choices: ['rent', 'job'] },
          ],
        },
      ],
    };
    expect(choiceSlots(survey).map((slot) => [slot.id, slot.question, slot.choices.map((choice) => choice.value)])).toEqual([
      ['trips/way', 'trips', ['bus', 'walk']],
      ['trips/place', 'trips', ['clinic']],
      ['trips/first', 'trips', ['rent', 'job']],
    ]);
  });

  it('writes an author\'s themes into a copy, and closed coding then counts them for the right question', () => {
    const { survey, applied } = withChoiceThemes(CREATOR_SURVEY, [
      { slot: 'needs', value: 'job', themes: ['employment'] },
      { slot: 'needs', value: 'Yes', themes: ['social_inclusion'] },
      { slot: 'services/why', value: 'bus', themes: ['transportation', 'not_a_theme'] },
      { slot: 'household/school', value: 'no_place', themes: ['education'] },
      { slot: 'needs', value: 'nobody', themes: ['housing'] },
      { slot: 'elsewhere', value: 'job', themes: ['housing'] },
    ]);
    expect(applied).toBe(4);
    expect(CREATOR_SURVEY.pages[0]?.elements[0]?.choices?.[2]).toBe('Yes');
    expect((survey as typeof CREATOR_SURVEY).pages[0]?.elements[0]?.choices).toEqual([
      { value: 'job', text: { default: 'Finding a job', fr: 'Trouver un emploi' }, themes: ['employment'] },
      { value: 'home', text: { default: 'Finding an affordable apartment', fr: 'Trouver un appartement abordable' } },
      { value: 'Yes', themes: ['social_inclusion'] },
    ]);
    expect(Object.fromEntries(themesOffered(survey))).toEqual({ needs: ['employment', 'social_inclusion'], same_needs: ['employment', 'social_inclusion'], services: ['transportation'], household: ['education'] });
    const coded = codeClosedAnswers(survey, { needs: ['job'], same_needs: 'Yes', services: { library: { why: ['bus'] } }, household: [{ school: 'no_place' }] });
    expect(coded.byQuestion).toEqual({ needs: ['employment'], same_needs: ['social_inclusion'], services: ['transportation'], household: ['education'] });
  });

  it('removes a choice\'s themes when the author leaves none', () => {
    const themed = withChoiceThemes(CREATOR_SURVEY, [{ slot: 'needs', value: 'job', themes: ['employment'] }]).survey;
    const cleared = withChoiceThemes(themed, [{ slot: 'needs', value: 'job', themes: [] }]).survey;
    expect(cleared).toEqual(CREATOR_SURVEY);
  });
});

describe('suggesting themes from choices\' texts', () => {
  const coder = createCoder();

  it('reads needs in English or French texts and leaves plain answers and themed choices alone', () => {
    const themed = withChoiceThemes(CREATOR_SURVEY, [{ slot: 'needs', value: 'job', themes: ['education'] }]).survey;
    const suggestions = suggestChoiceThemes(choiceSlots(themed), coder);
    const byChoice = Object.fromEntries(suggestions.map((s) => [`${s.slot}:${s.value}`, s.themes]));
    expect(byChoice['needs:job']).toBeUndefined();
    expect(byChoice['needs:home']).toContain('housing');
    expect(byChoice['needs:Yes']).toBeUndefined();
    expect(byChoice['services/why:bus']).toContain('transportation');
    expect(byChoice['household/school:no_place']).toContain('education');
    expect(suggestions.every((s) => !s.themes.includes('no_content'))).toBe(true);
  });

  it('reads a choice written only in a newcomer language', () => {
    const survey = { elements: [{ type: 'radiogroup', name: 'q', choices: [{ value: 'v', text: { es: 'Encontrar trabajo' } }] }] };
    expect(suggestChoiceThemes(choiceSlots(survey), coder)).toEqual([{ slot: 'q', value: 'v', themes: ['employment'] }]);
  });
});

describe('the free text an author has coded', () => {
  const survey = {
    pages: [{
      name: 'p',
      elements: [
        { type: 'text', name: 'challenge', title: 'Your biggest challenge?' },
        { type: 'text', name: 'arrived', inputType: 'date' },
        { type: 'comment', name: 'anything_else' },
        { type: 'panel', name: 'box', elements: [{ type: 'text', name: 'helped', openEnded: true }] },
        { type: 'paneldynamic', name: 'people', templateElements: [{ type: 'comment', name: 'note' }] },
      ],
    }],
  };

  it('lists typed-text questions with whether they are coded, and not dates or dynamic panels\' questions', () => {
    expect(freeTextQuestions(survey)).toEqual([
      { name: 'challenge', title: 'Your biggest challenge?', type: 'text', coded: false },
      { name: 'anything_else', title: 'anything_else', type: 'comment', coded: true },
      { name: 'helped', title: 'helped', type: 'text', coded: true },
    ]);
  });

  it('codes or stops coding a question as decided, and the open-answer plan follows', () => {
    const { survey: edited, applied } = withFreeTextCoding(survey, [
      { name: 'challenge', coded: true },
      { name: 'anything_else', coded: false },
      { name: 'helped', coded: true },
      { name: 'arrived', coded: true },
    ]);
    expect(applied).toBe(3);
    expect(openAnswerPlan(edited).questions.map((question) => question.name)).toEqual(['challenge', 'helped', 'people']);
    const elements = (edited as typeof survey).pages[0]!.elements as Array<Record<string, unknown>>;
    expect(elements[0]).toEqual({ type: 'text', name: 'challenge', title: 'Your biggest challenge?', openEnded: true });
    expect(elements[2]).toEqual({ type: 'comment', name: 'anything_else', openEnded: false });
    // Back to the defaults: nothing of openEnded is left where it says what the type already says.
    const restored = withFreeTextCoding(edited, [{ name: 'challenge', coded: false }, { name: 'anything_else', coded: true }]).survey;
    expect(restored).toEqual(survey);
  });
});
