export type JsonObject = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every element of a SurveyJS questionnaire's JSON, in document order: pages, panels, questions
 * and the template elements of dynamic panels, however deeply nested. Read from the JSON itself,
 * so no survey-core model is built to find them.
 */
export function surveyElements(survey: unknown): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (element: unknown): void => {
    if (!isJsonObject(element)) return;
    found.push(element);
    for (const key of ['pages', 'elements', 'templateElements']) {
      const children = element[key];
      if (Array.isArray(children)) children.forEach(visit);
    }
  };
  visit(survey);
  return found;
}
