import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../../server/validation/compile-validator';
import { caseGenerator } from './generate-cases';
import { Oracle } from './oracle';
import { byField, showFields, showKept } from './verdicts';

/**
 * Rankings (and tag boxes copying another question's choices) as survey-core loads them
 * (server/validation/ranking-load.ts). Every case is also judged by survey-core, so a
 * hand-written expectation cannot drift from it.
 */
const survey = {
  pages: [
    {
      name: 'p',
      elements: [
        { type: 'ranking', name: 'needs', choices: [{ value: 'school', visibleIf: '{has_children} = true' }, 'housing', { value: 'work', visibleIf: '{has_children} <> true' }, 'health'] },
        { type: 'boolean', name: 'has_children' },
        { type: 'text', name: 'school_note', visibleIf: "{needs[0]} = 'school'", isRequired: true },
        { type: 'checkbox', name: 'services', choices: ['library', 'clinic', 'food_bank'] },
        { type: 'ranking', name: 'services_rank', choicesFromQuestion: 'services', choicesFromQuestionMode: 'selected' },
        { type: 'text', name: 'clinic_note', visibleIf: "{services_rank[0]} = 'clinic'", isRequired: true },
        { type: 'tagbox', name: 'services_again', choicesFromQuestion: 'services', choicesFromQuestionMode: 'selected' },
        { type: 'ranking', name: 'pick', selectToRankEnabled: true, choicesFromQuestion: 'services' },
      ],
    },
  ],
};

const validator = compileValidator(survey);
const oracle = new Oracle(survey, { fresh: true });

/** The codes per field, and what is stored when the response passes, as both survey-core and the server say. */
function agree(answers: Record<string, unknown>, codes: string[], stored?: Record<string, unknown>): void {
  const expected = [...codes].sort().join(' ');
  const core = oracle.judge(answers);
  expect(showFields(core.fields)).toBe(expected);
  expect(showFields(byField(validator.validate(answers, 'en')))).toBe(expected);
  if (!stored) return;
  expect(showKept(core.kept)).toBe(showKept(stored));
  expect(showKept(validator.answersToStore(answers))).toBe(showKept(stored));
}

describe('a ranking as survey-core loads it', () => {
  it('keeps a full ranking in the order the respondent gave, a choice shown by a later answer included', () => {
    const answers = { has_children: true, needs: ['school', 'health', 'housing'], school_note: 'a place in grade 3' };
    agree(answers, [], answers);
  });

  it('refuses a partial ranking, and reads it as survey-core re-ranks it: a choice hidden before loading goes last', () => {
    // Re-ranked against the choices shown on the empty survey (housing, work, health), then
    // against those shown once has_children is read: school, not first, so no note is asked for.
    agree({ has_children: true, needs: ['school', 'housing'] }, ['needs:invalid_choice']);
  });

  it('re-ranks against the choices shown once loaded when filling another ranking\'s only choice runs the conditions early', () => {
    // services_rank held something and is emptied to hold clinic alone: survey-core runs the
    // conditions there, so needs is re-ranked with school already shown, and school stays first.
    agree({ has_children: true, needs: ['school', 'housing'], services: ['clinic'], services_rank: ['clinic', 'library'], clinic_note: 'x' },
      ['needs:invalid_choice', 'school_note:required', 'services_rank:invalid_choice']);
  });

  it('refuses a ranking that lists a choice twice', () => {
    agree({ has_children: false, needs: ['housing', 'housing', 'work', 'health'] }, ['needs:invalid_choice']);
  });

  it('stores every shown choice, in the order shown, for a ranking sent as {}', () => {
    agree({ needs: {} }, [], { needs: ['housing', 'work', 'health'] });
    agree({ services: ['clinic', 'library'], services_rank: {} }, [], { services: ['clinic', 'library'], services_rank: ['library', 'clinic'] });
  });

  it('stores a blank ranking as sent when there is nothing to re-rank', () => {
    agree({ needs: [] }, [], { needs: [] });
    agree({ needs: null }, [], { needs: null });
  });

  it('ranks choices copied from another question against that question as sent', () => {
    const answers = { services: ['library', 'clinic'], services_rank: ['clinic', 'library'], clinic_note: 'open late' };
    agree(answers, [], answers);
    agree({ services: ['library', 'clinic'], services_rank: ['clinic', 'library'] }, ['clinic_note:required']);
    agree({ services: ['library', 'clinic'], services_rank: ['food_bank', 'library', 'clinic'] }, ['services_rank:invalid_choice']);
  });

  it('holds the only copied choice though nothing was sent, so conditions read it, but does not store it', () => {
    agree({ services: ['clinic'] }, ['clinic_note:required']);
    agree({ services: ['clinic'], clinic_note: 'open late' }, [], { services: ['clinic'], clinic_note: 'open late' });
    agree({ services: ['clinic'], services_rank: {}, clinic_note: 'open late' }, [], { services: ['clinic'], clinic_note: 'open late' });
    agree({ services: ['clinic'], services_rank: [], clinic_note: 'open late' }, [], { services: ['clinic'], services_rank: [], clinic_note: 'open late' });
  });

  it('leaves a select-to-rank ranking partial, and refuses a choice given as an object', () => {
    agree({ services: ['clinic', 'library'], pick: ['library'] }, [], { services: ['clinic', 'library'], pick: ['library'] });
    agree({ services: ['clinic', 'library'], pick: [{ value: 'clinic' }] }, ['pick:invalid_type']);
  });
});

describe('a tag box copying another question’s choices', () => {
  it('accepts the copied values and refuses copied choice objects', () => {
    agree({ services: ['clinic', 'library'], services_again: ['library'] }, [], { services: ['clinic', 'library'], services_again: ['library'] });
    agree({ services: ['clinic', 'library'], services_again: [{ value: 'library' }] }, ['services_again:invalid_type']);
    agree({ services: ['clinic', 'library'], services_again: { value: 'library' } }, ['services_again:invalid_type']);
  });

  it('stores an answer among copied choices with the ones a later answer shows put last, as survey-core reorders it while loading', () => {
    const copying = {
      pages: [{ name: 'p', elements: [
        { type: 'checkbox', name: 'languages', choices: [{ value: 'ukrainian', visibleIf: '{arrived_recently} = true' }, 'english', 'tagalog'] },
        { type: 'boolean', name: 'arrived_recently' },
        { type: 'tagbox', name: 'class_languages', choicesFromQuestion: 'languages', choicesFromQuestionMode: 'selected' },
      ] }],
    };
    const answers = { languages: ['ukrainian', 'tagalog'], arrived_recently: true, class_languages: ['ukrainian', 'tagalog'] };
    const stored = { ...answers, class_languages: ['tagalog', 'ukrainian'] };
    expect(showKept(new Oracle(copying, { fresh: true }).judge(answers).kept)).toBe(showKept(stored));
    expect(showKept(compileValidator(copying).answersToStore(answers))).toBe(showKept(stored));
  });

  it('does not store a tag box sent as {}: survey-core empties it while loading', () => {
    agree({ services: ['clinic', 'library'], services_again: {} }, [], { services: ['clinic', 'library'] });
  });
});

/** Responses the differential check once judged otherwise than survey-core, replayed by seed. */
describe('replayed differential seeds', () => {
  const fixtures = join(import.meta.dirname, 'fixtures');
  const replays: [file: string, seeds: number[]][] = [
    ['tagbox.json', [1751096455, 1751097805]],
    ['ranking.json', [1447542844]],
  ];

  it.each(replays.filter(([, seeds]) => seeds.length > 0))('judges %s seeds as survey-core does', (file, seeds) => {
    const json = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as unknown;
    const generate = caseGenerator(json);
    const compiled = compileValidator(json);
    const reference = new Oracle(json, { fresh: true });
    for (const seed of seeds) {
      const { answers } = generate(seed);
      const core = reference.judge(answers);
      const errors = compiled.validate(answers, 'en');
      expect(showFields(byField(errors)), `seed ${seed}`).toBe(showFields(core.fields));
      if (errors.length === 0) expect(showKept(compiled.answersToStore(answers)), `seed ${seed}`).toBe(showKept(core.kept));
    }
  });
});
