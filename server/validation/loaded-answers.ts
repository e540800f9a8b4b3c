import { Helpers } from 'survey-core';
import { clearUnknownChoices, unchanged } from './clear-unknown-choices';
import type { CompiledQuestion } from './compile-questions';
import { loadedValue } from './loaded-values';
import { offeredChoices, shownChoices, type Values } from './visibility';

/**
 * The answers as survey-core's questions hold them after `survey.data = answers`, in document
 * order, each read against the choices shown by those before it; the answers themselves when
 * every one is held as sent. Keys that are not questions ('other' comments, stray keys) stay as
 * sent: conditions read those from the data.
 *
 * `malformed` names the answers the strict checks refused on the answers as sent. Any other
 * answer is held as sent unless it is empty or its question's choices follow the answers: it is
 * of the right shape and known to choices that do not change, so it is not read again.
 */
export function loadedAnswers(
  questions: readonly CompiledQuestion[],
  byName: ReadonlyMap<string, CompiledQuestion>,
  answers: Values,
  malformed: ReadonlySet<string>,
): Values {
  let loaded = answers;
  const hold = (question: CompiledQuestion, value: unknown) => {
    if (value === loaded[question.name]) return;
    if (loaded === answers) loaded = { ...answers };
    loaded[question.name] = value;
  };
  for (const question of questions) {
    if (question.kind === 'html' || !Object.hasOwn(answers, question.name)) continue;
    const raw = answers[question.name];
    if (!malformed.has(question.name) && !question.choicesFollowAnswers && !Helpers.isValueEmpty(raw)) continue;
    const choices = () => ({ shown: shownChoices(question, loaded, byName), offered: offeredChoices(question, loaded, byName) });
    hold(question, loadedValue(question, raw, choices));
  }
  // Once every value is in, each question that copies another's choices drops what they lack
  // (updateChoicesDependedQuestions, as the source's value is announced).
  for (const question of questions) {
    if (!question.choicesFrom || !Object.hasOwn(answers, question.name)) continue;
    const cleared = clearUnknownChoices(question, loaded[question.name], shownChoices(question, loaded, byName));
    if (cleared !== unchanged) hold(question, cleared);
  }
  return loaded;
}

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
