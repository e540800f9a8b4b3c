/**
 * The answers with one more name on top (`{row}` in a matrix row, `{item}` for a choice), without
 * copying them: survey-core's conditions find a name by walking the object with for...in, which
 * sees inherited keys, so a prototype-chained overlay reads as the spread copy did while costing
 * nothing per question. Copying every answer per row and per choice made a 100-question
 * questionnaire several times slower (bench/validator-types.ts). Spread (`{...}`) or
 * Object.keys() would drop the answers underneath: read it only by name.
 */
export function overlay<T extends Record<string, unknown>>(values: T, name: string, value: unknown): T {
  const layered = Object.create(values) as T;
  (layered as Record<string, unknown>)[name] = value;
  return layered;
}
