import { describe, expect, it } from 'vitest';
import { proposeLinks, validateLinks, type QuestionLink } from '../../../server/questionnaires/question-links';
import { RENAMED_LINKS, waveSurvey } from './wave-surveys';

const survey = (...elements: Record<string, unknown>[]) => ({ pages: [{ name: 'p', elements }] });
const radio = (name: string, title: string, choices: string[]) => ({ type: 'radiogroup', name, title, choices });

describe('proposing question links', () => {
  it('links renamed and split questions by title and choices, and records new and dropped ones', () => {
    expect(proposeLinks(waveSurvey('renamed', 1), waveSurvey('renamed', 2))).toEqual(RENAMED_LINKS[2]);
    expect(proposeLinks(waveSurvey('renamed', 2), waveSurvey('renamed', 3))).toEqual(RENAMED_LINKS[3]);
  });

  it('keeps questions whose names stayed', () => {
    const kinds = proposeLinks(waveSurvey('stable', 1), waveSurvey('stable', 2)).map((link) => link.kind);
    expect(kinds).toEqual(['kept', 'kept', 'kept', 'kept']);
  });

  it.each([
    ['a reworded title', radio('q', 'Do you drive?', ['yes', 'no']), 'rewritten'],
    ['a choice added', radio('q', 'Do you take the bus?', ['yes', 'no', 'sometimes']), 'choices_added'],
    ['a choice removed', radio('q', 'Do you take the bus?', ['yes']), 'choices_removed'],
    ['a choice swapped', radio('q', 'Do you take the bus?', ['yes', 'often']), 'rewritten'],
    ['a new type', { ...radio('q', 'Do you take the bus?', ['yes', 'no']), type: 'dropdown' }, 'rewritten'],
  ])('calls a question with %s %s', (_what, after, kind) => {
    const before = survey(radio('q', 'Do you take the bus?', ['yes', 'no']));
    expect(proposeLinks(before, survey(after))).toEqual([{ question: 'q', predecessor: 'q', kind }]);
  });

  it('does not link a dropped question to an unrelated new one', () => {
    const links = proposeLinks(survey(radio('bus', 'Do you take the bus?', ['yes', 'no'])), survey(radio('doctor', 'Have you found a family doctor?', ['found', 'searching'])));
    expect(links).toEqual([
      { question: 'doctor', predecessor: null, kind: 'new' },
      { question: null, predecessor: 'bus', kind: 'dropped' },
    ]);
  });
});

describe('validating links a researcher sends', () => {
  const before = waveSurvey('renamed', 1);
  const after = waveSurvey('renamed', 2);
  const valid = RENAMED_LINKS[2] as readonly QuestionLink[];

  it('accepts the confirmed links', () => {
    expect(validateLinks(valid, before, after)).toEqual([]);
  });

  it('reports unknown names on either side, per link', () => {
    const links = valid.map((link, index) => (index === 0 ? { ...link, question: 'needs_typo' } : index === 3 ? { ...link, predecessor: 'nowhere' } : link));
    const problems = validateLinks(links, before, after);
    expect(problems.filter((p) => p.link !== null).map((p) => [p.field, p.code])).toEqual([
      ['links.0.question', 'unknown_question'],
      ['links.3.predecessor', 'unknown_predecessor'],
    ]);
    expect(problems.filter((p) => p.link === null).map((p) => p.code).sort()).toEqual(['predecessor_unlinked', 'question_unlinked']);
  });

  it('refuses two questions sharing a predecessor unless both are a split, and kinds that do not fit', () => {
    const links = valid.map((link) => (link.question === 'services_other' ? { ...link, kind: 'renamed' as const } : link));
    expect(validateLinks(links, before, after).map((p) => p.code)).toEqual(['shared_predecessor']);
    const mismatched = [...valid.slice(0, 4), { question: 'q4_newsletter', predecessor: 'q4_newsletter', kind: 'new' as const }];
    expect(validateLinks(mismatched, before, after).map((p) => [p.field, p.code])).toEqual([
      ['links.4.predecessor', 'kind_mismatch'],
    ]);
  });
});
