import { ExpressionRunner, Helpers, type QuestionExpressionModel } from 'survey-core';
import type { CompiledQuestion } from './compile-questions';
import type { Values } from './visibility';
import { loadHold, setResult, type Hold } from './expression-hold';

/**
 * An expression question's value is survey-core's to compute: on loading a response it runs the
 * expression and overwrites what the client sent (QuestionExpressionModel.runConditionCore), so
 * the computed one is what conditions read and what is stored; a sent value survives only where
 * survey-core's question keeps it (expression-hold.ts).
 */
export interface Computed {
  run(values: Values): unknown;
  /** An expression question's state in a new survey-core model (a calculated value has none). */
  initial?: Hold;
}

export function compileComputed(question: QuestionExpressionModel): Computed {
  const runner = new ExpressionRunner(question.expression);
  const precision = question.precision;
  return { run: (values) => rounded(runner.runValues(values), precision) };
}

/** QuestionExpressionModel.roundValue. */
function rounded(value: unknown, precision: number): unknown {
  if (value === Infinity) return undefined;
  if (precision < 0 || !Helpers.isNumber(value)) return value;
  return parseFloat(Number(value).toFixed(precision));
}

/**
 * The values with every expression question's result in place of what was sent. survey-core
 * re-runs the expressions whenever a value they read changes, so one that reads another settles
 * after a few passes; a handful covers any chain a questionnaire writes. An expression question
 * takes its result as survey-core's question does (expression-hold.ts); a calculated value is
 * simply replaced.
 */
export function withComputed(computedQuestions: readonly Pick<CompiledQuestion, 'name' | 'computed'>[], values: Values): Values {
  if (computedQuestions.length === 0) return values;
  const result: Values = { ...values };
  const holds = computedQuestions.map(({ name, computed }) => (computed?.initial ? loadHold(computed.initial, values[name]) : undefined));
  for (let pass = 0; pass < computedQuestions.length + 1; pass++) {
    let changed = false;
    for (const [index, question] of computedQuestions.entries()) {
      const value = question.computed?.run(result);
      const hold = holds[index];
      if (hold) {
        changed = setResult(hold, question.name, value, result) || changed;
        continue;
      }
      // Strictly: survey-core replaces a sent true with a computed 1, which a loose comparison equates.
      if (Object.hasOwn(result, question.name) && sameValue(value, result[question.name])) continue;
      if (value === undefined && !Object.hasOwn(result, question.name)) continue;
      if (value === undefined) delete result[question.name];
      else result[question.name] = value;
      changed = true;
    }
    if (!changed) break;
  }
  return result;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  return Helpers.isTwoValueEquals(a, b, false, true, false);
}

/**
 * A survey's calculatedValues: variables survey-core computes from the answers, read as `{name}`
 * by conditions and, with includeIntoResult, stored with the answers (it overwrites a value the
 * client sends under that name; without includeIntoResult such a key is a stray one).
 */
export interface CalculatedValue {
  name: string;
  computed: Computed;
  includeIntoResult: boolean;
}

export function compileCalculatedValues(surveyJson: unknown): CalculatedValue[] {
  const list = (surveyJson as { calculatedValues?: unknown } | null)?.calculatedValues;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: { name?: unknown; expression?: unknown; includeIntoResult?: unknown }) => {
    if (typeof entry?.name !== 'string' || entry.name === '') return [];
    const runner = new ExpressionRunner(typeof entry.expression === 'string' ? entry.expression : '');
    return [{ name: entry.name, computed: { run: (values: Values) => runner.runValues(values) }, includeIntoResult: entry.includeIntoResult === true }];
  });
}
