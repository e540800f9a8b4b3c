import { Helpers } from 'survey-core';
import type { Values } from './visibility';

/**
 * survey-core finds a condition's `{name}` by walking every answer with for...in and comparing
 * names without case, once per name read: on a 100-question survey most of a condition's cost.
 * When no two names a values object can hold differ only by case, the one named exactly is the
 * one that walk finds, so a condition can run on just the answers it reads (expressions.ts).
 *
 * The values of a response that qualifies carry, under this symbol, the names the validator puts
 * at the top level (for...in, Object.keys and JSON skip symbols; spreads and overlays keep it):
 * every name such an object holds then comes from the response, checked here, or from that set.
 */
export const SAFE_NAMES = Symbol('case-safe names');

export interface KnownNames {
  names: ReadonlySet<string>;
  byLowerCase: ReadonlyMap<string, string>;
}

/**
 * The validator's top-level names, or undefined when two of them differ only by case or one holds
 * a dot (survey-core tries `{a.b}` as the name "a.b" before "a": no key may hold a dot).
 */
export function knownNames(names: Iterable<string>): KnownNames | undefined {
  const byLowerCase = new Map<string, string>();
  for (const name of names) {
    if (name.includes('.')) return undefined;
    const seen = byLowerCase.get(name.toLowerCase());
    if (seen !== undefined && seen !== name) return undefined;
    byLowerCase.set(name.toLowerCase(), name);
  }
  return { names: new Set(byLowerCase.values()), byLowerCase };
}

/**
 * survey-core finds `{age}` among the questions before the answers (SurveyValueGetterContext), by
 * name without case, and reads that question's own answer: a stray key that differs from a
 * question's name only by case (`AGE` beside question `age`) is never read by its conditions.
 * The answers without such keys, or the same object when there are none (the usual case).
 */
export function withoutCaseStrays(answers: Values, questionNames: ReadonlySet<string>, byLowerCase: ReadonlyMap<string, string>): Values {
  let readable = answers;
  for (const key of Object.keys(answers)) {
    if (questionNames.has(key) || !byLowerCase.has(key.toLowerCase())) continue;
    if (readable === answers) readable = { ...answers };
    delete readable[key];
  }
  return readable;
}

/** A copy of the values marked safe, unless a key of the response is a known name in another case or holds a dot. */
export function markedSafe(values: Values, known: KnownNames | undefined): Values {
  if (!known) return values;
  for (const key of Object.keys(values)) {
    if (known.names.has(key)) continue;
    if (key.includes('.')) return values;
    if (known.byLowerCase.has(key.toLowerCase())) return values;
  }
  return { ...values, [SAFE_NAMES]: known.names };
}

/** Values loaded from marked ones, marked too: they hold the response's names and known ones. */
export function markedLike(values: Values, marked: Values): Values {
  const names = (marked as { [SAFE_NAMES]?: ReadonlySet<string> })[SAFE_NAMES];
  return names ? { ...values, [SAFE_NAMES]: names } : values;
}

/**
 * The top-level name survey-core's ValueGetter finds for a variable in marked values: its path is
 * split at dots and an index (getPath), and of the longer names it tries first ("a.b" for
 * `{a.b}`) none can be a key there. Undefined when survey-core reads it otherwise (`{$name}`, an
 * element property).
 */
export function topLevelName(variable: string): string | undefined {
  const part = variable.split('.')[0] ?? '';
  const open = part.lastIndexOf('[');
  const indexed = part.endsWith(']') && open > -1 && !Number.isNaN(Helpers.getNumber(part.substring(open + 1, part.length - 1)));
  const name = indexed ? part.substring(0, open) : part;
  return name.startsWith('$') ? undefined : name;
}

/**
 * survey-core compares a name's first character with the key's before the whole name; a name
 * Object.prototype holds (`constructor`) is never an enumerable key, so it is left to survey-core.
 */
export function findsExactName(name: string): boolean {
  if (name === '' || name in Object.prototype) return false;
  const first = name[0]!;
  return first === name.toLowerCase()[0] || first === first.toLocaleUpperCase();
}

/**
 * The named answers, own or inherited (an overlay's). An undefined answer is left out: survey-core
 * treats it as not found too.
 */
export function picked(values: Values, names: readonly string[]): Values {
  const small: Values = {};
  for (const name of names) {
    const value = values[name];
    if (value !== undefined) small[name] = value;
  }
  return small;
}
