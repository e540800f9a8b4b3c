import { ExpressionRunner, Helpers, type QuestionExpressionModel } from 'survey-core';
import type { CompiledQuestion } from './compile-questions';
import type { Values } from './visibility';

/**
 * An expression question's value is survey-core's to compute: on loading a response it runs the
 * expression and overwrites whatever the client sent (QuestionExpressionModel.runConditionCore),
 * so a sent value is ignored, never trusted, and the computed one is what conditions read and
 * what is stored.
 */
export interface Computed {
  run(values: Values): unknown;
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
 * after a few passes; a handful covers any chain a questionnaire writes.
 */
export function withComputed(computedQuestions: readonly CompiledQuestion[], values: Values): Values {
  if (computedQuestions.length === 0) return values;
  const result: Values = { ...values };
  for (let pass = 0; pass < computedQuestions.length + 1; pass++) {
    let changed = false;
    for (const question of computedQuestions) {
      const value = question.computed?.run(result);
      if (Object.hasOwn(result, question.name) && Helpers.isTwoValueEquals(value, result[question.name], false, true, false)) continue;
      if (value === undefined && !Object.hasOwn(result, question.name)) continue;
      if (value === undefined) delete result[question.name];
      else result[question.name] = value;
      changed = true;
    }
    if (!changed) break;
  }
  return result;
}
