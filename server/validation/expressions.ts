import { ConditionRunner } from 'survey-core';
import { findsExactName, picked, SAFE_NAMES, topLevelName } from './case-safe';

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
  const found = runner.getVariables().map(topLevelName);
  const names = found.every((name) => name !== undefined) ? [...new Set(found)] : undefined;
  // Whether every name it reads is one the marked values can hold, per set of known names.
  let checked: ReadonlySet<string> | undefined;
  let readsKnown = false;
  return {
    text,
    test: (values) => {
      const known = (values as { [SAFE_NAMES]?: ReadonlySet<string> })[SAFE_NAMES];
      if (known && names && known !== checked) [checked, readsKnown] = [known, names.every((name) => known.has(name) && findsExactName(name))];
      return runner.runValues(known && names && readsKnown ? picked(values, names) : values);
    },
  };
}

/** True when every condition holds (an absent condition holds). */
export function allHold(conditions: readonly Condition[], values: Record<string, unknown>): boolean {
  for (const condition of conditions) if (!condition.test(values)) return false;
  return true;
}
