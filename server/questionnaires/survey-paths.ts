/**
 * Where each object of a SurveyJS document sits, as a path a person can find in their file:
 * `pages[0].elements[2].choices[1]`. survey-core reports JSON errors against the very objects
 * it was given, so a lookup by identity finds the place of each.
 */
export function objectPaths(json: unknown): Map<object, string> {
  const paths = new Map<object, string>();
  const visit = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object') return;
    paths.set(node, path);
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${path}[${index}]`));
    else for (const [key, value] of Object.entries(node)) visit(value, path ? `${path}.${key}` : key);
  };
  visit(json, '');
  return paths;
}

/** Paths of the questions (objects with a `type` and a `name`) named `name`, in document order. */
export function questionPaths(json: unknown, name: string): string[] {
  const found: string[] = [];
  for (const [node, path] of objectPaths(json)) {
    const record = node as Record<string, unknown>;
    if (!Array.isArray(node) && typeof record.type === 'string' && record.name === name) found.push(path);
  }
  return found;
}
