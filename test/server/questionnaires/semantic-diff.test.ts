import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  diffQuestionnaires,
  formatDiff,
  type QuestionChange,
  type QuestionnaireDiff,
  type SurveyJson,
} from '../../../server/questionnaires/semantic-diff';

type Json = Record<string, any>;

function base(): Json {
  return {
    title: { default: 'Newcomer needs', fr: 'Besoins des nouveaux arrivants' },
    translationStatus: { ar: 'draft' },
    pages: [
      {
        name: 'about',
        title: { default: 'About you', fr: 'À propos de vous' },
        elements: [
          {
            type: 'radiogroup',
            name: 'first_language',
            title: { default: 'Your first language?', fr: 'Votre première langue ?' },
            isRequired: true,
            choices: [
              { value: 'en', text: { default: 'English', fr: 'Anglais' } },
              { value: 'fr', text: { default: 'French', fr: 'Français' } },
              { value: 'ar', text: { default: 'Arabic', fr: 'Arabe' } },
            ],
          },
          {
            type: 'panel',
            name: 'household',
            elements: [
              { type: 'text', name: 'household_size', inputType: 'number', title: 'People at home' },
              { type: 'text', name: 'postal_code', title: 'Postal code' },
            ],
          },
        ],
      },
      {
        name: 'housing',
        title: { default: 'Housing', fr: 'Logement' },
        elements: [
          {
            type: 'checkbox',
            name: 'housing_barriers',
            title: { default: 'What makes housing hard?', fr: "Qu'est-ce qui rend le logement difficile ?" },
            showOtherItem: true,
            choices: [
              { value: 'high_rent', text: { default: 'High rent', fr: 'Loyer élevé' }, themes: ['housing', 'basic_needs'] },
              { value: 'no_credit', text: { default: 'No credit history', fr: 'Pas d’historique de crédit' }, themes: ['housing'] },
              { value: 'discrimination', text: { default: 'Discrimination', fr: 'Discrimination' }, themes: ['racism_discrimination'] },
            ],
          },
          { type: 'rating', name: 'housing_satisfaction', title: 'How satisfied?', rateMax: 5 },
          {
            type: 'matrix',
            name: 'services_used',
            title: 'Services used',
            columns: [
              { value: 'yes', text: { default: 'Yes', fr: 'Oui' } },
              { value: 'no', text: { default: 'No', fr: 'Non' } },
            ],
            rows: [
              { value: 'language', text: { default: 'Language classes', fr: 'Cours de langue' } },
              { value: 'employment', text: { default: 'Job search', fr: "Recherche d'emploi" } },
            ],
          },
          { type: 'comment', name: 'housing_story', title: 'Tell us more', visibleIf: '{housing_barriers} notempty' },
        ],
      },
    ],
  };
}

function changed(edit: (survey: Json) => void): Json {
  const copy = structuredClone(base());
  edit(copy);
  return copy;
}

const page = (survey: Json, name: string): Json => survey.pages.find((p: Json) => p.name === name);
const question = (survey: Json, name: string): Json => {
  const stack: Json[] = [...survey.pages];
  while (stack.length > 0) {
    const node = stack.shift()!;
    for (const element of node.elements ?? []) {
      if (element.name === name && element.type !== 'panel') return element;
      if (element.elements) stack.push(element);
    }
  }
  throw new Error(`no question ${name}`);
};

function changesOf(diff: QuestionnaireDiff, name: string): QuestionChange[] {
  return diff.questions.find((q) => q.name === name)?.changes ?? [];
}

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reverseKeys(inner)]));
  }
  return value;
}

describe('diffQuestionnaires finds nothing when nothing changed', () => {
  it('reports a questionnaire compared with itself as identical', () => {
    const diff = diffQuestionnaires(base(), base());
    expect(diff.identical).toBe(true);
    expect(diff.questions).toEqual([]);
    expect(diff.pages).toEqual([]);
    expect(diff.survey).toEqual([]);
    expect(Object.values(diff.summary).every((count) => count === 0)).toBe(true);
  });

  it('ignores JSON key order at every depth', () => {
    expect(diffQuestionnaires(base(), reverseKeys(base()) as SurveyJson).identical).toBe(true);
  });

  it('treats a default spelled out, a plain string for the default locale and trimmed spaces as no change', () => {
    const after = changed((s) => {
      question(s, 'postal_code').isRequired = false;
      question(s, 'postal_code').title = { default: 'Postal code ' };
      question(s, 'housing_satisfaction').rateMin = 1;
      question(s, 'housing_story').visibleIf = '  {housing_barriers} notempty ';
      question(s, 'housing_barriers').validators = [];
      question(s, 'housing_barriers').choices[0].themes = ['basic_needs', 'housing'];
    });
    expect(diffQuestionnaires(base(), after)).toMatchObject({ identical: true, questions: [] });
  });
});

describe('diffQuestionnaires reports each kind of question change', () => {
  const cases: Array<{ what: string; edit: (s: Json) => void; name: string; expected: QuestionChange[] }> = [
    {
      what: 'a title reworded in one language only',
      edit: (s) => (question(s, 'first_language').title.fr = 'Quelle est votre première langue ?'),
      name: 'first_language',
      expected: [
        {
          kind: 'reworded',
          field: 'title',
          texts: [{ locale: 'fr', change: 'changed', before: 'Votre première langue ?', after: 'Quelle est votre première langue ?' }],
        },
      ],
    },
    {
      what: 'a title translated into a new locale',
      edit: (s) => (question(s, 'first_language').title.ar = 'ما هي لغتك الأولى؟'),
      name: 'first_language',
      expected: [
        { kind: 'reworded', field: 'title', texts: [{ locale: 'ar', change: 'added', before: null, after: 'ما هي لغتك الأولى؟' }] },
      ],
    },
    {
      what: 'a translation removed and a description added',
      edit: (s) => {
        delete question(s, 'first_language').title.fr;
        question(s, 'first_language').description = 'The one you learned first';
      },
      name: 'first_language',
      expected: [
        { kind: 'reworded', field: 'title', texts: [{ locale: 'fr', change: 'removed', before: 'Votre première langue ?', after: null }] },
        { kind: 'reworded', field: 'description', texts: [{ locale: 'en', change: 'added', before: null, after: 'The one you learned first' }] },
      ],
    },
    {
      what: 'radiogroup turned into checkbox',
      edit: (s) => (question(s, 'first_language').type = 'checkbox'),
      name: 'first_language',
      expected: [{ kind: 'retyped', from: { type: 'radiogroup', inputType: null }, to: { type: 'checkbox', inputType: null } }],
    },
    {
      what: 'a text inputType changed',
      edit: (s) => (question(s, 'postal_code').inputType = 'tel'),
      name: 'postal_code',
      expected: [{ kind: 'retyped', from: { type: 'text', inputType: 'text' }, to: { type: 'text', inputType: 'tel' } }],
    },
    {
      what: 'required switched off',
      edit: (s) => delete question(s, 'first_language').isRequired,
      name: 'first_language',
      expected: [{ kind: 'required', from: true, to: false }],
    },
    {
      what: 'visibleIf changed and requiredIf added',
      edit: (s) => {
        question(s, 'housing_story').visibleIf = "{housing_barriers} contains 'high_rent'";
        question(s, 'housing_story').requiredIf = '{housing_satisfaction} < 2';
      },
      name: 'housing_story',
      expected: [
        { kind: 'logic', property: 'visibleIf', from: '{housing_barriers} notempty', to: "{housing_barriers} contains 'high_rent'" },
        { kind: 'logic', property: 'requiredIf', from: null, to: '{housing_satisfaction} < 2' },
      ],
    },
    {
      what: 'a choice added, one removed',
      edit: (s) => {
        const choices = question(s, 'housing_barriers').choices;
        choices.splice(1, 1);
        choices.push({ value: 'overcrowding', text: 'Overcrowding', themes: ['housing'] });
      },
      name: 'housing_barriers',
      expected: [
        {
          kind: 'choices',
          list: 'choices',
          changes: [
            { kind: 'removed', value: 'no_credit', position: 2, text: { en: 'No credit history', fr: 'Pas d’historique de crédit' }, themes: ['housing'] },
            { kind: 'added', value: 'overcrowding', position: 3, text: { en: 'Overcrowding' }, themes: ['housing'] },
          ],
        },
      ],
    },
    {
      what: 'a choice moved, reworded in French and recoded to other themes',
      edit: (s) => {
        const choices = question(s, 'housing_barriers').choices;
        const [rent] = choices.splice(0, 1);
        rent.text.fr = 'Loyers trop chers';
        rent.themes = ['housing', 'cost_of_living'];
        choices.push(rent);
      },
      name: 'housing_barriers',
      expected: [
        {
          kind: 'choices',
          list: 'choices',
          changes: [
            { kind: 'moved', value: 'high_rent', from: 1, to: 3 },
            { kind: 'reworded', value: 'high_rent', texts: [{ locale: 'fr', change: 'changed', before: 'Loyer élevé', after: 'Loyers trop chers' }] },
            { kind: 'themes', value: 'high_rent', added: ['cost_of_living'], removed: ['basic_needs'], before: ['housing', 'basic_needs'], after: ['housing', 'cost_of_living'] },
          ],
        },
      ],
    },
    {
      what: 'the built-in other item switched off and none switched on',
      edit: (s) => {
        delete question(s, 'housing_barriers').showOtherItem;
        question(s, 'housing_barriers').showNoneItem = true;
      },
      name: 'housing_barriers',
      expected: [
        {
          kind: 'choices',
          list: 'choices',
          changes: [
            { kind: 'removed', value: 'other', position: 4, text: {}, themes: [] },
            { kind: 'added', value: 'none', position: 4, text: {}, themes: [] },
          ],
        },
      ],
    },
    {
      what: 'matrix rows reordered and a column reworded',
      edit: (s) => {
        const matrix = question(s, 'services_used');
        matrix.rows.reverse();
        matrix.columns[1].text.fr = 'Pas utilisé';
      },
      name: 'services_used',
      expected: [
        { kind: 'choices', list: 'rows', changes: [{ kind: 'moved', value: 'language', from: 1, to: 2 }] },
        {
          kind: 'choices',
          list: 'columns',
          changes: [{ kind: 'reworded', value: 'no', texts: [{ locale: 'fr', change: 'changed', before: 'Non', after: 'Pas utilisé' }] }],
        },
      ],
    },
    {
      what: 'a rating scale widened and labelled at its ends',
      edit: (s) => {
        question(s, 'housing_satisfaction').rateMax = 10;
        question(s, 'housing_satisfaction').minRateDescription = { default: 'Not at all', fr: 'Pas du tout' };
      },
      name: 'housing_satisfaction',
      expected: [
        {
          kind: 'reworded',
          field: 'minRateDescription',
          texts: [
            { locale: 'en', change: 'added', before: null, after: 'Not at all' },
            { locale: 'fr', change: 'added', before: null, after: 'Pas du tout' },
          ],
        },
        { kind: 'rating', property: 'rateMax', from: 5, to: 10 },
      ],
    },
    {
      what: 'rating values relabelled and a boolean label translated',
      edit: (s) => {
        question(s, 'housing_satisfaction').rateValues = [
          { value: 1, text: 'Bad' },
          { value: 2, text: 'Good' },
        ];
      },
      name: 'housing_satisfaction',
      expected: [
        {
          kind: 'choices',
          list: 'rateValues',
          changes: [
            { kind: 'added', value: 1, position: 1, text: { en: 'Bad' }, themes: [] },
            { kind: 'added', value: 2, position: 2, text: { en: 'Good' }, themes: [] },
          ],
        },
      ],
    },
    {
      what: 'a choice value changing from the number 1 to the text "1"',
      edit: (s) => {
        question(s, 'first_language').choices[0].value = 1;
        question(s, 'first_language').choices[1].value = '1';
      },
      name: 'first_language',
      expected: [
        {
          kind: 'choices',
          list: 'choices',
          changes: [
            { kind: 'removed', value: 'en', position: 1, text: { en: 'English', fr: 'Anglais' }, themes: [] },
            { kind: 'removed', value: 'fr', position: 2, text: { en: 'French', fr: 'Français' }, themes: [] },
            { kind: 'added', value: 1, position: 1, text: { en: 'English', fr: 'Anglais' }, themes: [] },
            { kind: 'added', value: '1', position: 2, text: { en: 'French', fr: 'Français' }, themes: [] },
          ],
        },
      ],
    },
    {
      what: 'a checkbox capped at three selections',
      edit: (s) => (question(s, 'housing_barriers').maxSelectedChoices = 3),
      name: 'housing_barriers',
      expected: [{ kind: 'setting', property: 'maxSelectedChoices', from: 0, to: 3 }],
    },
  ];

  it.each(cases)('reports $what', ({ edit, name, expected }) => {
    const diff = diffQuestionnaires(base(), changed(edit));
    expect(diff.identical).toBe(false);
    expect(diff.questions.map((q) => q.name)).toEqual([name]);
    expect(diff.questions[0]!.status).toBe('changed');
    expect(changesOf(diff, name)).toEqual(expected);
  });
});

describe('diffQuestionnaires places questions', () => {
  it('reports a question moved to another page with from and to page and position', () => {
    const after = changed((s) => {
      const [story] = page(s, 'housing').elements.splice(3, 1);
      page(s, 'about').elements.push(story);
    });
    const diff = diffQuestionnaires(base(), after);
    expect(diff.questions).toHaveLength(1);
    expect(changesOf(diff, 'housing_story')).toEqual([
      {
        kind: 'moved',
        pageChanged: true,
        panelChanged: false,
        orderChanged: true,
        withPage: false,
        from: { page: 'housing', panel: null, position: 7 },
        to: { page: 'about', panel: null, position: 4 },
      },
    ]);
    expect(diff.summary.moved).toBe(1);
  });

  it('reports a question taken out of its panel on the same page as moved', () => {
    const after = changed((s) => {
      const panel = page(s, 'about').elements[1];
      const postal = panel.elements.pop();
      page(s, 'about').elements.push(postal);
    });
    expect(changesOf(diffQuestionnaires(base(), after), 'postal_code')).toEqual([
      {
        kind: 'moved',
        pageChanged: false,
        panelChanged: true,
        orderChanged: false,
        withPage: false,
        from: { page: 'about', panel: 'household', position: 3 },
        to: { page: 'about', panel: null, position: 3 },
      },
    ]);
  });

  it('does not call the questions after an inserted one moved', () => {
    const after = changed((s) => {
      page(s, 'about').elements.unshift({ type: 'boolean', name: 'consent', title: 'Do you agree?' });
    });
    const diff = diffQuestionnaires(base(), after);
    expect(diff.questions.map((q) => [q.name, q.status])).toEqual([['consent', 'added']]);
    expect(diff.questions[0]!.after).toEqual({ page: 'about', panel: null, position: 1 });
    expect(diff.summary).toMatchObject({ added: 1, moved: 0 });
  });

  it('reports a swap of two neighbours as one move, not two', () => {
    const after = changed((s) => {
      const elements = page(s, 'housing').elements;
      [elements[0], elements[1]] = [elements[1], elements[0]];
    });
    const moved = diffQuestionnaires(base(), after).questions.filter((q) => q.changes.some((c) => c.kind === 'moved'));
    expect(moved).toHaveLength(1);
  });

  it('reports the fewest moves that explain a reversed page', () => {
    const after = changed((s) => page(s, 'housing').elements.reverse());
    const moved = diffQuestionnaires(base(), after).questions.filter((q) => q.changes.some((c) => c.kind === 'moved'));
    // Four questions reversed: the longest run still in order is one question, so three moved.
    expect(moved).toHaveLength(3);
  });

  it('marks questions that only followed their page, without counting or printing them as moved', () => {
    const after = changed((s) => s.pages.reverse());
    const diff = diffQuestionnaires(base(), after);
    const moves = diff.questions.flatMap((q) => q.changes).filter((c) => c.kind === 'moved');
    expect(moves.length).toBeGreaterThan(0);
    expect(moves.every((c) => c.kind === 'moved' && c.withPage && c.orderChanged && !c.pageChanged)).toBe(true);
    expect(diff.summary).toMatchObject({ moved: 0, pagesChanged: 1 });
    expect(formatDiff(diff, 'en')).toHaveLength(1);
    expect(formatDiff(diff, 'en')[0]).toMatch(/^Page (about|housing) moved from position [12] to [12]$/);
  });

  it('lists a removed question where it stood, between the questions around it', () => {
    const after = changed((s) => {
      page(s, 'housing').elements.splice(1, 1);
      question(s, 'first_language').isRequired = false;
      question(s, 'housing_story').isRequired = true;
    });
    const diff = diffQuestionnaires(base(), after);
    expect(diff.questions.map((q) => [q.name, q.status])).toEqual([
      ['first_language', 'changed'],
      ['housing_satisfaction', 'removed'],
      ['housing_story', 'changed'],
    ]);
    expect(diff.questions[1]!.before).toEqual({ page: 'housing', panel: null, position: 5 });
    expect(diff.questions[1]!.title).toEqual({ en: 'How satisfied?' });
  });

  it('matches questions of a survey with top-level elements and no pages', () => {
    const before = { elements: [{ type: 'text', name: 'a' }, { type: 'text', name: 'b' }] };
    const after = { elements: [{ type: 'text', name: 'b' }, { type: 'comment', name: 'a' }] };
    const diff = diffQuestionnaires(before, after);
    expect(diff.pages).toEqual([]);
    expect(changesOf(diff, 'a').map((c) => c.kind)).toEqual(['moved', 'retyped']);
  });
});

describe('diffQuestionnaires reports pages and the survey itself', () => {
  it('reports pages added, removed, retitled and moved', () => {
    const before = {
      pages: [
        { name: 'one', title: 'One', elements: [] },
        { name: 'two', title: { default: 'Two', fr: 'Deux' }, elements: [] },
        { name: 'three', elements: [] },
      ],
    };
    const after = {
      pages: [
        { name: 'three', elements: [] },
        { name: 'two', title: { default: 'Two', fr: 'Deuxième' }, elements: [] },
        { name: 'four', title: 'Four', elements: [] },
      ],
    };
    const diff = diffQuestionnaires(before, after);
    expect(diff.pages).toEqual([
      { name: 'one', status: 'removed', positionBefore: 1, positionAfter: null, title: { en: 'One' }, changes: [] },
      { name: 'three', status: 'changed', positionBefore: 3, positionAfter: 1, title: {}, changes: [{ kind: 'moved', from: 3, to: 1 }] },
      {
        name: 'two',
        status: 'changed',
        positionBefore: 2,
        positionAfter: 2,
        title: { en: 'Two', fr: 'Deuxième' },
        changes: [{ kind: 'reworded', field: 'title', texts: [{ locale: 'fr', change: 'changed', before: 'Deux', after: 'Deuxième' }] }],
      },
      { name: 'four', status: 'added', positionBefore: null, positionAfter: 3, title: { en: 'Four' }, changes: [] },
    ]);
    expect(diff.summary).toMatchObject({ pagesAdded: 1, pagesRemoved: 1, pagesChanged: 2 });
  });

  it('reports the survey title reworded per language and a locale the survey now speaks', () => {
    const after = changed((s) => {
      s.title.fr = 'Les besoins des nouveaux arrivants';
      s.title.es = 'Necesidades de los recién llegados';
      s.translationStatus.es = 'draft';
    });
    expect(diffQuestionnaires(base(), after).survey).toEqual([
      {
        kind: 'reworded',
        field: 'title',
        texts: [
          { locale: 'es', change: 'added', before: null, after: 'Necesidades de los recién llegados' },
          { locale: 'fr', change: 'changed', before: 'Besoins des nouveaux arrivants', after: 'Les besoins des nouveaux arrivants' },
        ],
      },
      { kind: 'locales', added: ['es'], removed: [] },
      { kind: 'translationStatus', locale: 'es', from: null, to: 'draft' },
    ]);
  });

  it('reports a locale dropped when its last string goes', () => {
    const before = { title: { default: 'T', ar: 'ع' }, elements: [{ type: 'text', name: 'a', title: { default: 'A', ar: 'أ' } }] };
    const after = { title: { default: 'T' }, elements: [{ type: 'text', name: 'a', title: { default: 'A', ar: 'أ' } }] };
    expect(diffQuestionnaires(before, after).survey.map((c) => c.kind)).toEqual(['reworded']);
    delete (after.elements[0]!.title as Record<string, string>).ar;
    expect(diffQuestionnaires(before, after).survey).toContainEqual({ kind: 'locales', added: [], removed: ['ar'] });
  });
});

describe('diffQuestionnaires output', () => {
  it('is the same whatever the key order of either input', () => {
    const after = changed((s) => {
      page(s, 'housing').elements.reverse();
      question(s, 'first_language').title.fr = 'Langue ?';
      question(s, 'housing_barriers').choices.reverse();
      s.pages.push({ name: 'end', elements: [{ type: 'html', name: 'thanks', html: 'Thanks' }] });
    });
    const once = JSON.stringify(diffQuestionnaires(base(), after));
    const again = JSON.stringify(diffQuestionnaires(reverseKeys(base()) as SurveyJson, reverseKeys(after) as SurveyJson));
    expect(again).toBe(once);
  });

  it('counts questions per kind of change in the summary', () => {
    const after = changed((s) => {
      question(s, 'first_language').title.fr = 'Langue ?';
      question(s, 'first_language').type = 'dropdown';
      question(s, 'postal_code').title = 'Postal code (first three characters)';
      page(s, 'housing').elements.splice(2, 1);
      page(s, 'housing').elements.push({ type: 'boolean', name: 'renting', title: 'Do you rent?' });
    });
    expect(diffQuestionnaires(base(), after).summary).toEqual({
      added: 1,
      removed: 1,
      moved: 0,
      retyped: 1,
      reworded: 2,
      requiredChanged: 0,
      logicChanged: 0,
      choicesChanged: 0,
      ratingChanged: 0,
      settingsChanged: 0,
      pagesAdded: 0,
      pagesRemoved: 0,
      pagesChanged: 0,
    });
  });
});

describe('formatDiff', () => {
  const after = changed((s) => {
    question(s, 'housing_barriers').choices[0].text.fr = 'Loyers trop chers';
    question(s, 'first_language').isRequired = false;
    page(s, 'about').elements.unshift({ type: 'boolean', name: 'consent' });
  });
  const diff = diffQuestionnaires(base(), after);

  it('writes one English line per change', () => {
    expect(formatDiff(diff, 'en')).toEqual([
      'Question consent added (page about, position 1)',
      'Question first_language: no longer required',
      'Question housing_barriers: choice \'high_rent\' reworded in fr: "Loyer élevé" → "Loyers trop chers"',
    ]);
  });

  it('writes the same lines in French', () => {
    expect(formatDiff(diff, 'fr')).toEqual([
      'Question consent ajoutée (page about, position 1)',
      "Question first_language : n'est plus obligatoire",
      "Question housing_barriers : choix 'high_rent' reformulé en fr : « Loyer élevé » → « Loyers trop chers »",
    ]);
  });

  it('writes at least one readable line per change of every kind, in both languages', () => {
    const everything = changed((s) => {
      s.title.fr = 'Besoins';
      s.translationStatus.ar = 'reviewed';
      s.audience = 'newcomers';
      page(s, 'housing').title.fr = 'Se loger';
      page(s, 'housing').visibleIf = '{first_language} notempty';
      s.pages.push({ name: 'extra', elements: [{ type: 'text', name: 'extra_q' }] });
      s.pages.reverse();
      question(s, 'first_language').type = 'dropdown';
      question(s, 'first_language').isRequired = false;
      question(s, 'first_language').title.ar = 'اللغة';
      question(s, 'housing_story').visibleIf = '{housing_satisfaction} < 3';
      question(s, 'housing_barriers').choices.reverse();
      question(s, 'housing_barriers').choices[0].themes = ['housing'];
      question(s, 'housing_barriers').choices.push({ value: 'new', text: 'New' });
      question(s, 'housing_barriers').maxSelectedChoices = 2;
      question(s, 'housing_satisfaction').rateMax = 7;
      question(s, 'services_used').rows.pop();
      page(s, 'about').elements.splice(1, 1);
    });
    const diff = diffQuestionnaires(base(), everything);
    const kinds = new Set(diff.questions.flatMap((q) => q.changes.map((c) => c.kind)));
    expect([...kinds].sort()).toEqual(['choices', 'logic', 'moved', 'rating', 'required', 'retyped', 'reworded', 'setting']);
    expect(diff.summary).toMatchObject({ added: 1, removed: 2, pagesAdded: 1 });
    for (const lang of ['en', 'fr'] as const) {
      const lines = formatDiff(diff, lang);
      const changeCount =
        diff.survey.length +
        diff.pages.reduce((n, p) => n + Math.max(1, p.changes.length), 0) +
        diff.questions.filter((q) => q.changes.length === 0 || q.changes.some((c) => c.kind !== 'moved' || !c.withPage)).length;
      expect(lines.length).toBeGreaterThanOrEqual(changeCount);
      expect(lines.filter((line) => /undefined|\[object Object\]|NaN/.test(line))).toEqual([]);
    }
  });

  it('writes nothing for an identical questionnaire', () => {
    expect(formatDiff(diffQuestionnaires(base(), base()), 'en')).toEqual([]);
  });
});

const shipped = ['newcomer-needs', 'provider-survey']
  .map((key) => ({ key, url: new URL(`../../../surveys/${key}.json`, import.meta.url) }))
  .filter(({ url }) => existsSync(url));

describe.each(shipped)('diffQuestionnaires on the shipped $key questionnaire', ({ url }) => {
  const load = (): SurveyJson => JSON.parse(readFileSync(url, 'utf8')) as SurveyJson;

  it('finds no change against itself, nor against a key-reordered copy', () => {
    expect(diffQuestionnaires(load(), load()).identical).toBe(true);
    expect(diffQuestionnaires(load(), reverseKeys(load()) as SurveyJson).identical).toBe(true);
  });

  it('finds exactly the edits made to a copy', () => {
    const after = load() as Json;
    const pages = after.pages as Json[];
    const lastPage = pages[pages.length - 1]!;
    const moved = (pages[0]!.elements as Json[]).find((e) => e.type !== 'panel' && e.type !== 'html');
    pages[0]!.elements = (pages[0]!.elements as Json[]).filter((e) => e !== moved);
    lastPage.elements.push(moved);
    lastPage.elements.push({ type: 'comment', name: 'added_by_test', title: { default: 'Anything else?', fr: 'Autre chose ?' } });
    const diff = diffQuestionnaires(load(), after);
    expect(diff.questions.map((q) => [q.name, q.status])).toEqual([
      [moved!.name, 'changed'],
      ['added_by_test', 'added'],
    ]);
    expect(diff.questions[0]!.changes[0]).toMatchObject({ kind: 'moved', pageChanged: pages.length > 1 });
  });
});
