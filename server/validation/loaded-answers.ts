import { Helpers } from 'survey-core';
import { clearUnknownChoices, unchanged } from './clear-unknown-choices';
import type { CompiledQuestion } from './compile-questions';
import { loadedValue } from './loaded-values';
import { fillChangesData, fillsOnlyChoice, loadedRanking, reRanks, type RankingChoices } from './ranking-load';
import { offeredChoices, shownChoices, type Values } from './visibility';

/**
 * The answers as survey-core's questions hold them after `survey.data = answers`, in document
 * order, each read against the choices shown by those before it; the answers themselves when
 * every one is held as sent. Keys that are not questions ('other' comments, stray keys) stay as
 * sent: conditions read those from the data.
 *
 * `malformed` names the answers the strict checks refused on the answers as sent. Any other
 * answer is held as sent unless it is empty or its question's choices follow the answers: it is
 * of the right shape and known to choices that do not change, so it is not read again; a
 * well-formed ranking is held as the respondent ranked it (ranking-load.ts). `notes` receives
 * what storing needs to know of the load.
 */
export function loadedAnswers(
  questions: readonly CompiledQuestion[],
  byName: ReadonlyMap<string, CompiledQuestion>,
  answers: Values,
  malformed: ReadonlySet<string>,
  notes?: LoadNotes,
): Values {
  let loaded = answers;
  const hold = (question: CompiledQuestion, value: unknown) => {
    if (value === loaded[question.name]) return;
    if (loaded === answers) loaded = { ...answers };
    loaded[question.name] = value;
  };
  const early = conditionsRunEarly(questions, byName, answers);
  for (const question of questions) {
    if (question.kind === 'html') continue;
    const sent = Object.hasOwn(answers, question.name);
    const raw = answers[question.name];
    if (!sent) {
      // A ranking left unanswered can still come to hold its only shown choice (ranking-load.ts).
      if (!reRanks(question) || !question.choicesFollowAnswers) continue;
      const held = loadedRanking(question, [], rankingChoices(question, byName, loaded, early));
      if (Array.isArray(held) && held.length > 0) hold(question, held);
      continue;
    }
    if (!malformed.has(question.name) && (!question.choicesFollowAnswers || reRanks(question)) && !Helpers.isValueEmpty(raw)) continue;
    const choices = () => ({ shown: shownChoices(question, loaded, byName), offered: offeredChoices(question, loaded, byName) });
    const ranking = () => {
      const made = rankingChoices(question, byName, loaded, early);
      if (fillsOnlyChoice(made)) notes?.filled.add(question.name);
      return made;
    };
    hold(question, loadedValue(question, raw, choices, ranking));
  }
  // Once every value is in, each question that copies another's choices drops what they lack
  // (updateChoicesDependedQuestions, as the source's value is announced); survey-core writes
  // what it holds then into its data, and removes an answer so emptied.
  for (const question of questions) {
    if (!question.choicesFrom || !Object.hasOwn(answers, question.name)) continue;
    const value = copiedOnLoad(question, byName, loaded, early);
    if (value === unchanged) continue;
    hold(question, value);
    notes?.[Helpers.isValueEmpty(value) ? 'cleared' : 'rewritten'].add(question.name);
  }
  return loaded;
}

export interface LoadNotes {
  /** Answers survey-core emptied while loading, and so removed from its data. */
  cleared: Set<string>;
  /** Answers survey-core rewrote in its data while loading: it stores what they hold. */
  rewritten: Set<string>;
  /** Rankings that came to hold their only shown choice (ranking-load.ts). */
  filled: Set<string>;
}

/** The choices a ranking shows on the empty survey, when its value is announced, and once loaded (ranking-load.ts). */
function rankingChoices(question: CompiledQuestion, byName: ReadonlyMap<string, CompiledQuestion>, loaded: Values, early: boolean): RankingChoices {
  const before = shownChoices(question, EMPTY, byName);
  const after = shownChoices(question, loaded, byName);
  return { before, announced: question.choicesFrom || early ? after : before, after };
}

/** True when a ranking filled with its only choice makes survey-core run the conditions while loading (ranking-load.ts). */
function conditionsRunEarly(questions: readonly CompiledQuestion[], byName: ReadonlyMap<string, CompiledQuestion>, answers: Values): boolean {
  return questions.some(
    (question) =>
      reRanks(question) &&
      question.choicesFollowAnswers &&
      fillChangesData(question, answers[question.name]) &&
      fillsOnlyChoice(rankingChoices(question, byName, answers, false)),
  );
}

const EMPTY: Values = {};

/**
 * A question copying another's choices, once the answers are in. It is first cleared against the
 * source's choices as announced, before the conditions run (the empty survey's, unless a ranking
 * ran them early). When the conditions then show more of the source's choices, a checkbox
 * (QuestionCheckboxModel.clearIncorrectAndDisabledValues) puts back, at the end and in the
 * choices' order, the items it dropped that are shown now.
 */
function copiedOnLoad(question: CompiledQuestion, byName: ReadonlyMap<string, CompiledQuestion>, loaded: Values, early: boolean): unknown {
  const held = loaded[question.name];
  const after = shownChoices(question, loaded, byName);
  if (reRanks(question)) return clearUnknownChoices(question, held, after);
  const announced = shownChoices(question, loaded, byName, early ? loaded : EMPTY);
  const cleared = clearUnknownChoices(question, held, announced);
  if (cleared === unchanged || question.kind !== 'checkbox' || sameChoices(announced, after)) return cleared;
  const kept = Array.isArray(cleared) ? cleared : [];
  const dropped = (Array.isArray(held) ? held : [held]).filter((item) => !kept.includes(item));
  const restored = after.filter((choice) => dropped.includes(choice) && !kept.includes(choice));
  const again = clearUnknownChoices(question, kept, after);
  return [...(again === unchanged ? kept : (again as unknown[])), ...restored];
}

/**
 * Questions whose well-formed answers survey-core may still hold otherwise than sent: rankings
 * whose choices follow the answers (they may fill their only choice) and checkboxes copying
 * choices that conditions show (they may be reordered).
 */
export function rewritingQuestions(questions: readonly CompiledQuestion[], byName: ReadonlyMap<string, CompiledQuestion>): CompiledQuestion[] {
  return questions.filter((question) => {
    if (reRanks(question)) return question.choicesFollowAnswers;
    const source = question.choicesFrom && byName.get(question.choicesFrom.question);
    return question.kind === 'checkbox' && !!source && (!!source.itemsVisibleIf || source.choices.some((choice) => choice.visibleIf));
  });
}

/** True when loading these answers rewrites one of them (see rewritingQuestions): checked on the choices alone. */
export function loadRewrites(rewriting: readonly CompiledQuestion[], byName: ReadonlyMap<string, CompiledQuestion>, answers: Values): boolean {
  return rewriting.some((question) => {
    if (reRanks(question)) return fillsOnlyChoice(rankingChoices(question, byName, answers, false));
    if (!Object.hasOwn(answers, question.name)) return false;
    return !sameChoices(shownChoices(question, answers, byName, EMPTY), shownChoices(question, answers, byName));
  });
}

const sameChoices = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * True when survey-core holds every answer as sent, given that each is well formed: only an empty
 * one can then change (an empty list sent to a text question becomes '', null to a checkbox []).
 */
export function loadsAsSent(answers: Values, byName: ReadonlyMap<string, CompiledQuestion>): boolean {
  for (const [key, value] of Object.entries(answers)) {
    if (!Helpers.isValueEmpty(value)) continue;
    const question = byName.get(key);
    if (question && question.kind !== 'html' && !sameValue(loadedValue(question, value, NO_CHOICES), value)) return false;
  }
  return true;
}

/** An empty answer is no choice, known or not. */
const NO_CHOICES = () => ({ shown: [], offered: [] });

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === 0 && b.length === 0;
  return false;
}
