import { isThemeCode, type ThemeCode } from '../taxonomy';
import { CHOICE_CELL_TYPES, CHOICE_TYPES, cellType, matrixColumns, questionsOf, topLevelQuestions } from './answer-tree';
import { isJsonObject, type JsonObject } from './survey-elements';

/** A choice as an author sees it: its value, its text (a string or one per language) and its themes. */
export type ChoiceWithThemes = { value: string; text: unknown; themes: ThemeCode[] };

/**
 * One list of choices whose chosen items closed coding reads (see codeClosedAnswers): a choice
 * question's own choices, a single-choice matrix's columns, a matrixdropdown or matrixdynamic
 * column's choices or the choices its columns share, and the same inside a dynamic panel's
 * template. `id` names it by question names ("household/languages", "services/used"), so the
 * workspace and the server find the same list in the same JSON.
 */
export type ChoiceSlot = {
  id: string;
  /** The top-level question a theme found here counts for. */
  question: string;
  /** Titles from the top-level question down to the element holding the choices. */
  titles: unknown[];
  choices: ChoiceWithThemes[];
};

type FoundSlot = { slot: ChoiceSlot; list: unknown[] };

/** Every list of choices in the questionnaire that can carry themes, in document order. */
export function choiceSlots(survey: unknown): ChoiceSlot[] {
  return findSlots(survey).map((found) => found.slot);
}

/** An author's decision: the themes one choice of one slot names (an empty list removes them). */
export type ChoiceThemeEdit = { slot: string; value: string; themes: readonly string[] };

/**
 * A copy of the questionnaire with each edited choice naming the themes given, nothing else
 * changed. A choice written as a bare value ("Yes") becomes `{ value, themes }`, which SurveyJS
 * shows the same way. Unknown theme codes are dropped, and so are edits whose slot or value the
 * questionnaire does not have: the caller compares `applied` with what it sent.
 */
export function withChoiceThemes(survey: unknown, edits: readonly ChoiceThemeEdit[]): { survey: unknown; applied: number } {
  const copy = structuredClone(survey);
  const bySlot = new Map(findSlots(copy).map((found) => [found.slot.id, found.list]));
  let applied = 0;
  for (const edit of edits) {
    const list = bySlot.get(edit.slot);
    const index = list?.findIndex((choice) => choiceValue(choice) === edit.value) ?? -1;
    if (!list || index < 0) continue;
    const themes = [...new Set(edit.themes.filter(isThemeCode))];
    const choice = list[index];
    const object: JsonObject = isJsonObject(choice) ? { ...choice } : { value: choice };
    if (themes.length > 0) object.themes = themes;
    else delete object.themes;
    list[index] = object;
    applied += 1;
  }
  return { survey: copy, applied };
}

function findSlots(survey: unknown): FoundSlot[] {
  const found: FoundSlot[] = [];
  const add = (id: string, question: string, titles: unknown[], list: unknown) => {
    if (!Array.isArray(list) || list.length === 0) return;
    found.push({ slot: { id, question, titles, choices: list.flatMap((choice) => describeChoice(choice)) }, list });
  };
  const visit = (element: JsonObject, prefix: string, question: string, titles: unknown[]): void => {
    const name = element.name as string;
    const id = prefix + name;
    const here = [...titles, element.title ?? name];
    const type = element.type;
    if (typeof type !== 'string') return;
    // A question whose choices are copied from another has no list of its own: the source's themes apply.
    if (CHOICE_TYPES.has(type)) add(id, question, here, element.choices);
    else if (type === 'matrix') add(id, question, here, element.columns);
    else if (type === 'matrixdropdown' || type === 'matrixdynamic') {
      let sharedUsed = false;
      for (const column of matrixColumns(element)) {
        if (!CHOICE_CELL_TYPES.has(cellType(element, column))) continue;
        if (Array.isArray(column.choices) && column.choices.length > 0) add(`${id}/${column.name as string}`, question, [...here, column.title ?? column.name], column.choices);
        else sharedUsed = true;
      }
      if (sharedUsed) add(id, question, here, element.choices);
    } else if (type === 'paneldynamic') {
      for (const inner of questionsOf(element.templateElements)) visit(inner, `${id}/`, question, here);
    }
  };
  for (const question of topLevelQuestions(survey)) visit(question, '', question.name as string, []);
  return found;
}

function describeChoice(choice: unknown): ChoiceWithThemes[] {
  if (isJsonObject(choice)) {
    if (choice.value === undefined || choice.value === null) return [];
    const themes = Array.isArray(choice.themes) ? choice.themes.filter(isThemeCode) : [];
    return [{ value: String(choice.value), text: choice.text ?? String(choice.value), themes }];
  }
  return typeof choice === 'string' || typeof choice === 'number' ? [{ value: String(choice), text: String(choice), themes: [] }] : [];
}

function choiceValue(choice: unknown): string | undefined {
  if (isJsonObject(choice)) return choice.value === undefined || choice.value === null ? undefined : String(choice.value);
  return typeof choice === 'string' || typeof choice === 'number' ? String(choice) : undefined;
}

/** The themes the open-answer coder reads in one choice's text, for an author to accept or not. */
export type ChoiceThemeSuggestion = { slot: string; value: string; themes: ThemeCode[] };

// The coder is measured best in the two official languages; a translation coded as well would
// add its own misreadings, so the others are read only when a choice has neither.
const PREFERRED_TEXTS = ['default', 'en', 'fr'];

/** One text of a choice to code for suggestions. */
export type ChoiceText = { slot: string; value: string; text: string; lang?: string };

/**
 * The texts to read for suggestions: each choice that names no theme yet, in its English or
 * French texts (any text when it has neither). Choices that already name themes keep the
 * author's decision and are not read.
 */
export function textsToSuggestFrom(slots: readonly ChoiceSlot[]): ChoiceText[] {
  return slots.flatMap((slot) =>
    slot.choices.flatMap((choice) =>
      choice.themes.length > 0 ? [] : textsToRead(choice.text).map(([lang, text]) => ({ slot: slot.id, value: choice.value, text, ...(lang && { lang }) })),
    ),
  );
}

/**
 * Suggestions from the coder's accepted themes for each text (in textsToSuggestFrom's order): a
 * choice gets every theme accepted in one of its texts. `no_content` is what an empty answer is
 * coded, and a choice is never empty.
 */
export function gatherSuggestions(texts: readonly ChoiceText[], themesPerText: ReadonlyArray<readonly string[]>): ChoiceThemeSuggestion[] {
  const byChoice = new Map<string, ChoiceThemeSuggestion>();
  texts.forEach((text, index) => {
    const themes = (themesPerText[index] ?? []).filter((theme): theme is ThemeCode => isThemeCode(theme) && theme !== 'no_content');
    if (themes.length === 0) return;
    const key = `${text.slot}\u0000${text.value}`;
    const found = byChoice.get(key) ?? { slot: text.slot, value: text.value, themes: [] };
    for (const theme of themes) if (!found.themes.includes(theme)) found.themes.push(theme);
    byChoice.set(key, found);
  });
  return [...byChoice.values()];
}

/** Suggestions for every choice that names no theme, coded here with `code`. */
export function suggestChoiceThemes(slots: readonly ChoiceSlot[], code: (input: { text: string; lang?: string }) => { themes: readonly string[] }): ChoiceThemeSuggestion[] {
  const texts = textsToSuggestFrom(slots);
  return gatherSuggestions(texts, texts.map(({ text, lang }) => code({ text, ...(lang && { lang }) }).themes));
}

function textsToRead(text: unknown): Array<[string | undefined, string]> {
  if (typeof text === 'string') return [[undefined, text]];
  if (!isJsonObject(text)) return [];
  const all = Object.entries(text).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '');
  const preferred = all.filter(([lang]) => PREFERRED_TEXTS.includes(lang));
  return (preferred.length > 0 ? preferred : all).map(([lang, value]) => [lang === 'default' ? undefined : lang, value]);
}
