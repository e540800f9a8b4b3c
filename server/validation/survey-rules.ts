import { EmailValidator, Helpers } from 'survey-core';
import type { CompiledQuestion } from './compile-questions';
import { compileCondition, type Condition } from './expressions';
import { cellRules, isMatrixEmpty, tooFewAnsweredRows } from './matrix-cells';
import { textItemRules } from './multiple-text';
import { arePanelsEmpty, panelRules } from './panel-dynamic';
import { comparable, renderedMinMax } from './text-inputs';
import { isRequired, otherSelected, visibleItemValues, type Values } from './visibility';

/** A rule survey-core's own validate() enforces, named by its localization key. */
export interface RuleBreak {
  code: 'required' | 'out_of_range' | 'validator';
  key: string;
  args: unknown[];
  /** A validator's own error text from the survey JSON, when the author wrote one. */
  text?: (locale: string) => string;
  /** Where inside its question, for a rule of a question nested in it (a dynamic panel's). */
  within?: (locale: string) => string;
}

type Validator = CompiledQuestion['validators'][number];

/**
 * survey-core's Question.checkForErrors for a visible, editable question: the built-in checks of
 * its type first, then, only if those pass, its validators (Question.collectErrors).
 */
export function surveyCoreRules(question: CompiledQuestion, values: Values): RuleBreak[] {
  const value = values[question.name];
  const breaks = builtInChecks(question, value, values);
  // A matrix's cells are validated apart from the matrix itself (hasErrorInRows).
  // So are a multipletext's items (hasErrorInItems).
  // And a dynamic panel's questions, panel by panel (validateInPanels).
  const cells = question.cells ? cellRules(question, value, values, surveyCoreRules)
    : question.textItems ? textItemRules(question.textItems, value, values, surveyCoreRules)
    : question.panels ? panelRules(question.panels, value, values, surveyCoreRules) : [];
  if (breaks.length > 0) return [...breaks, ...cells];
  return [...question.validators.flatMap((validator) => runValidator(validator, question, value, values)), ...cells];
}

/** survey-core trims strings before deciding whether a question is answered. */
function isEmpty(value: unknown): boolean {
  return Helpers.isValueEmpty(typeof value === 'string' ? value.trim() : value);
}

function builtInChecks(question: CompiledQuestion, value: unknown, values: Values): RuleBreak[] {
  const breaks: RuleBreak[] = [];
  const empty = question.cells ? isMatrixEmpty(value) : question.panels ? arePanelsEmpty(value) : isEmpty(value);
  if (isRequired(question, values) && empty) breaks.push({ code: 'required', key: 'requiredError', args: [] });
  if (otherSelected(question, value) && !values[`${question.name}-Comment`]) {
    breaks.push({ code: 'required', key: 'otherRequiredError', args: [] });
  }
  if (question.kind === 'checkbox' && minSelectedUnreached(question, value)) {
    breaks.push({ code: 'required', key: 'minSelectError', args: [question.minSelected] });
  }
  if (question.kind === 'text') breaks.push(...textChecks(question, value, values));
  if (question.kind === 'matrix') breaks.push(...matrixChecks(question, value, values));
  if (isRequired(question, values) && tooFewAnsweredRows(question, value)) {
    breaks.push({ code: 'validator', key: 'minRowCountError', args: [question.cells?.minRows] });
  }
  return breaks;
}

function minSelectedUnreached(question: CompiledQuestion, value: unknown): boolean {
  if (question.minSelected < 1) return false;
  const length = Array.isArray(value) ? value.length : 0;
  if (length === 1 && question.exclusive.includes((value as unknown[])[0])) return false;
  return length < question.minSelected;
}

function textChecks(question: CompiledQuestion, value: unknown, values: Values): RuleBreak[] {
  const breaks: RuleBreak[] = [];
  const { min, max } = question.bounds ? question.bounds(values) : renderedMinMax(question.inputType, question.min, question.max);
  if (!isEmpty(value) && (!Helpers.isValueEmpty(min) || !Helpers.isValueEmpty(max))) {
    const compared = comparable(question.inputType, value) as number;
    if (!Helpers.isValueEmpty(min) && compared < (comparable(question.inputType, min) as number)) {
      breaks.push({ code: 'out_of_range', key: 'minError', args: [min] });
    }
    if (!Helpers.isValueEmpty(max) && compared > (comparable(question.inputType, max) as number)) {
      breaks.push({ code: 'out_of_range', key: 'maxError', args: [max] });
    }
  }
  if (question.inputType === 'number' && !isEmpty(value) && breaks.length === 0 && stepIncorrect(value as number, question.step)) {
    breaks.push({ code: 'out_of_range', key: 'stepError', args: [question.step] });
  }
  if (question.inputType === 'email' && !question.validators.some((v) => v.getType() === 'emailvalidator')) {
    if (new EmailValidator().validate(value)?.error) breaks.push({ code: 'validator', key: 'invalidEmail', args: [] });
  }
  return breaks;
}

/** QuestionTextModel.isStepNumberIncorrect, scaling to integers to dodge floating-point remainders. */
function stepIncorrect(value: number, stepSetting: unknown): boolean {
  if (!Helpers.isNumber(stepSetting)) return false;
  let step = Helpers.getNumber(stepSetting);
  let scaled = value;
  let power = 1;
  while ((Math.round(step * power) / power !== step || Math.round(scaled * power) / power !== scaled) && power < 1_000_000) {
    power *= 10;
  }
  scaled = Math.round(scaled * power);
  step = Math.round(step * power);
  return step > 0 && scaled % step !== 0;
}

function matrixChecks(question: CompiledQuestion, value: unknown, values: Values): RuleBreak[] {
  if (!question.eachRowRequired && !question.eachRowUnique) return [];
  const cells = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const rows = visibleItemValues(question.rows, question.rowsVisibleIf, values);
  const seen = new Set<unknown>();
  let missing = false;
  let repeated = false;
  for (const row of rows) {
    const cell = cells[String(row)];
    if (Helpers.isValueEmpty(cell)) {
      missing ||= question.eachRowRequired;
      continue;
    }
    repeated ||= question.eachRowUnique && seen.has(cell);
    seen.add(cell);
  }
  const breaks: RuleBreak[] = [];
  if (missing) breaks.push({ code: 'required', key: 'requiredInAllRowsError', args: [] });
  if (repeated) breaks.push({ code: 'validator', key: 'eachRowUniqueError', args: [] });
  return breaks;
}

const expressionConditions = new WeakMap<Validator, Condition | null>();

function runValidator(validator: Validator, question: CompiledQuestion, value: unknown, values: Values): RuleBreak[] {
  const authored = validator.locText.isEmpty ? undefined : (locale: string) => validator.locText.getLocaleText(locale) || validator.locText.getLocaleText('default');
  if (validator.getType() === 'expressionvalidator') {
    if (!expressionConditions.has(validator)) {
      expressionConditions.set(validator, compileCondition(validator.getPropertyValue('expression')) ?? null);
    }
    const condition = expressionConditions.get(validator);
    if (!condition || condition.test(values)) return [];
    return [{ code: 'validator', key: 'invalidExpression', args: [condition.text], text: authored }];
  }
  // Numeric, text, regex, email and answer-count validators are pure functions of the value.
  const result = validator.validate(value, question.name, {});
  if (!result?.error) return [];
  return [{ code: 'validator', key: validatorKey(validator), args: validatorArgs(validator), text: authored }];
}

function validatorKey(validator: Validator): string {
  const type = validator.getType();
  if (type === 'numericvalidator') return 'numericMinMax';
  if (type === 'textvalidator') return 'textMinMaxLength';
  if (type === 'emailvalidator') return 'invalidEmail';
  if (type === 'answercountvalidator') return 'minSelectError';
  return 'invalidFormat';
}

function validatorArgs(validator: Validator): unknown[] {
  const type = validator.getType();
  if (type === 'numericvalidator') return [validator.getPropertyValue('minValue'), validator.getPropertyValue('maxValue')];
  if (type === 'textvalidator') return [validator.getPropertyValue('minLength'), validator.getPropertyValue('maxLength')];
  return [];
}
