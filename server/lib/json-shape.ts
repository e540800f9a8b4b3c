/** The names Object.prototype gives every object, `__proto__` and `toString` among them. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * What is wrong with the shape of a parsed JSON value, or null: nesting deeper than `maxDepth`,
 * or a key that names a member of Object.prototype. Such a key is no question, row or column
 * name; as an own property it shadows what code relies on (an answer `{"toString": null}` makes
 * `String(value)` throw) or, as `__proto__`, reaches the prototype. Walked without recursion,
 * so a value nested thousands deep cannot overflow the stack of the check meant to refuse it.
 */
export function jsonShapeProblem(value: unknown, maxDepth: number): string | null {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return `Answers may nest at most ${maxDepth} levels deep.`;
    if (!Array.isArray(current)) {
      const reserved = Object.keys(current).find((key) => PROTOTYPE_NAMES.has(key));
      if (reserved !== undefined) return `"${reserved}" cannot be a question, row or column name.`;
    }
    for (const inner of Object.values(current)) pending.push([inner, depth + 1]);
  }
  return null;
}
