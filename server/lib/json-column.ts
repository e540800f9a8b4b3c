/** JSON text columns: one place that parses them, so a corrupt row fails loudly and typed. */
export function parseJsonColumn<T>(text: string): T {
  return JSON.parse(text) as T;
}
