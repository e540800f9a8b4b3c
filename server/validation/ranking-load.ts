import { Helpers } from 'survey-core';
import type { CompiledQuestion } from './compile-questions';
import { findChoice } from './loaded-values';

/**
 * What a ranking holds once `survey.data = answers` has loaded, as QuestionRankingModel in
 * survey-core 3.0.0 makes it (selectToRankEnabled rankings are plain lists and stay as loaded).
 *
 * survey-core re-ranks a ranking that holds anything twice while loading: first against the
 * choices it showed before the answers came in (onSurveyValueChanged runs before the conditions,
 * on the empty survey's choices, or the copied choices of the loaded source question), then,
 * once the conditions have run, against the choices shown now (onVisibleChoicesChanged). A
 * choice that was hidden at first therefore goes last, whatever place the answer gave it.
 * And when the choices shown change to a single one, the ranking holds that choice even when
 * nothing was sent ("a ranking with one choice makes no sense"), so `isRequired` is met and
 * conditions read it; survey-core does not put it in the data, so it is not stored.
 *
 * A well-formed ranking is not re-ranked here: the respondent's browser ranked the choices it
 * showed and keeps that order (see the oracle in test/server/validation/oracle.ts).
 */
export interface RankingChoices {
  /** The regular choices shown before any answer was loaded. */
  before: readonly unknown[];
  /** The regular choices shown when its value is announced: `before`, or those copied from the loaded source. */
  announced: readonly unknown[];
  /** The regular choices shown once everything is loaded and the conditions have run. */
  after: readonly unknown[];
}

/** True for a ranking survey-core completes and re-ranks (every one but selectToRankEnabled). */
export function reRanks(question: CompiledQuestion): boolean {
  return !!question.ranking && !question.ranking.selectToRank;
}

/** `value` is the answer as a checkbox loads it (a list, each item mapped to the choice it matches). */
export function loadedRanking(question: CompiledQuestion, value: unknown, choices: RankingChoices): unknown {
  const { before, announced, after } = choices;
  if (after.length === 1 && !sameList(before, after)) return [after[0]];
  if (!Array.isArray(value) || value.length === 0) return value;
  const first = rankedBy(question, value, announced);
  if (first.length === 0) return first;
  const ranked = sameList(announced, after) ? first : rankedBy(question, first, after);
  return Helpers.isTwoValueEquals(ranked, value, false, true, false) ? value : ranked;
}

/**
 * QuestionRankingModel.getRankedValueByVisibleChoices: the listed items some shown choice
 * matches, each once, in the answer's order, then the other shown choices in theirs.
 */
function rankedBy(question: CompiledQuestion, value: readonly unknown[], shown: readonly unknown[]): unknown[] {
  const ranked: unknown[] = [];
  for (const item of value) {
    if (findChoice(shown, item, question.distinctValues) && !ranked.includes(item)) ranked.push(item);
  }
  for (const choice of shown) if (!ranked.includes(choice)) ranked.push(choice);
  return ranked;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * True when filling a ranking's only choice changes survey-core's data: it empties the ranking
 * first, which is a change unless it held nothing. [] always loads as nothing; null and '' do
 * too, except when the choices are copied from another question (survey-core then fills the
 * ranking as the source's answer loads, before its own answer has been read as a list). The data
 * changing, survey-core runs the conditions at once, in the middle of loading, so every ranking is
 * re-ranked against the choices shown once the answers are in, not those of the empty survey;
 * and the answer is removed from the data.
 */
export function fillChangesData(question: CompiledQuestion, sent: unknown): boolean {
  if (sent === undefined || (Array.isArray(sent) && sent.length === 0)) return false;
  return !!question.choicesFrom || (sent !== null && sent !== '');
}

/** True when the ranking comes to hold its only shown choice, sent or not (see above). */
export function fillsOnlyChoice(choices: RankingChoices): boolean {
  return choices.after.length === 1 && !sameList(choices.before, choices.after);
}

/**
 * What survey-core stores for a ranking sent blank, where `held` is what it holds once loaded
 * and `filled` says whether it came to hold its only shown choice. `{}` is blank to survey-core,
 * yet a checkbox loads it as a list of one unknown item, which a re-ranking turns into every
 * shown choice: that ranking is stored. Filling the only choice may remove the answer from the
 * data (fillChangesData); survey-core then adds the choice to the list it holds, not to the
 * data. Anything else is stored as sent (undefined).
 */
export function storedRanking(question: CompiledQuestion, sent: unknown, held: unknown, filled: boolean): { value: unknown } | 'removed' | undefined {
  if (!reRanks(question) || !Helpers.isValueEmpty(sent) || Array.isArray(sent)) return undefined;
  if (filled) return fillChangesData(question, sent) ? 'removed' : undefined;
  return Array.isArray(held) && held.length > 0 ? { value: held } : undefined;
}
