import { ConditionRunner } from 'survey-core';

/**
 * A SurveyJS boolean expression (visibleIf, requiredIf, choicesVisibleIf, expression validators)
 * parsed once by survey-core's own ConditionRunner and evaluated against a plain values object,
 * so the server keeps survey-core's operators, functions and comparison rules without a model.
 * Evaluation is synchronous, so one runner can serve every request in turn.
 */
export interface Condition {
  readonly text: string;
  test(values: Record<string, unknown>): boolean;
}

export function compileCondition(text: unknown): Condition | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const runner = new ConditionRunner(text);
  return { text, test: (values) => runner.runValues(values) };
}

/** True when every condition holds (an absent condition holds). */
export function allHold(conditions: readonly Condition[], values: Record<string, unknown>): boolean {
  for (const condition of conditions) if (!condition.test(values)) return false;
  return true;
}
