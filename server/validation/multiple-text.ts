import type { MultipleTextItemModel, Question, QuestionMultipleTextModel } from 'survey-core';
import { compileQuestion, type CompiledQuestion } from './compile-questions';
import { overlay } from './overlay';
import type { RuleBreak } from './survey-rules';
import type { Problem } from './value-checks';
import type { Values } from './visibility';
import { isJsonObject } from '../../analysis/coding/survey-elements';

/**
 * multipletext: an object keyed by item name, each item a text question of its own (survey-core
 * gives every item an editor, a QuestionTextModel with the item's inputType, maxLength,
 * isRequired and validators). An item has no visibleIf or enableIf: it is checked whenever its
 * question is.
 */
export function compileTextItems(question: QuestionMultipleTextModel): CompiledQuestion[] {
  return question.items.map((item: MultipleTextItemModel) => {
    const compiled = compileQuestion(item.editor as unknown as Question);
    compiled.name = item.name;
    compiled.title = (locale) => item.locTitle.getLocaleText(locale) || item.locTitle.getLocaleText('default') || item.name;
    compiled.shownIf = [];
    compiled.pageShownIf = undefined;
    compiled.alwaysHidden = false;
    compiled.enabledIf = [];
    compiled.alwaysReadOnly = false;
    compiled.isRequired = item.isRequired;
    compiled.requiredIf = undefined;
    return compiled;
  });
}

/** survey-core refuses to hold anything but an object (isNewValueCorrect): the question then holds nothing. */
export function loadedTextItems(raw: unknown, blank: boolean): unknown {
  return blank || isJsonObject(raw) ? raw : undefined;
}

/** Every key an item's name, every value one its item's input could send. */
export function checkTextItems(
  items: readonly CompiledQuestion[],
  value: unknown,
  checkItem: (item: CompiledQuestion, itemValue: unknown) => Problem | undefined,
): Problem | undefined {
  if (!isJsonObject(value)) return { code: 'invalid_type', expected: 'an answer per item' };
  for (const [key, itemValue] of Object.entries(value)) {
    const item = items.find((candidate) => candidate.name === key);
    if (!item) return { code: 'invalid_choice', detail: key, expected: 'item' };
    const problem = checkItem(item, itemValue);
    if (problem) return { ...problem, cell: `item "${key}"` };
  }
  return undefined;
}

/** Each item's own rules (required, input checks, validators), reading its value under its own name. */
export function textItemRules(
  items: readonly CompiledQuestion[],
  value: unknown,
  values: Values,
  rulesOf: (item: CompiledQuestion, values: Values) => RuleBreak[],
): RuleBreak[] {
  const held = isJsonObject(value) ? value : {};
  return items.flatMap((item) => rulesOf(item, overlay(values, item.name, held[item.name])));
}
