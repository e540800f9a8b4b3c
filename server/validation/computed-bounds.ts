import { ExpressionRunner, Helpers, settings, type QuestionTextModel } from 'survey-core';
import { renderedMinMax, type MinMax } from './text-inputs';
import type { Values } from './visibility';

/**
 * A text input's minValueExpression and maxValueExpression, computed from the answers as
 * survey-core does whenever its conditions run (QuestionTextModel.setRenderedMinMax): an
 * expression that is set replaces the fixed min or max, even when it yields nothing; its result
 * is converted as for the input (a Date becomes `YYYY-MM-DD`), and an empty result on a date
 * input falls back to settings.minDate / settings.maxDate, as a fixed bound would.
 */
export type Bounds = (values: Values) => MinMax;

export function compileBounds(question: QuestionTextModel): Bounds | undefined {
  const min = runnable(question.minValueExpression);
  const max = runnable(question.maxValueExpression);
  if (!min && !max) return undefined;
  const inputType = question.inputType;
  const date = inputType === 'date' || inputType === 'datetime-local';
  const fixed = renderedMinMax(inputType, question.min, question.max);
  const computed = (runner: ExpressionRunner, values: Values, fallback: string) => {
    const value = runner.runValues(values);
    return Helpers.convertValToQuestionVal(!value && date && fallback ? fallback : value, inputType);
  };
  return (values) => ({
    min: min ? computed(min, values, settings.minDate) : fixed.min,
    max: max ? computed(max, values, settings.maxDate) : fixed.max,
  });
}

/** survey-core falls back to the fixed bound when the expression cannot run (it does not parse). */
function runnable(text: unknown): ExpressionRunner | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const runner = new ExpressionRunner(text);
  return runner.canRun() ? runner : undefined;
}
