type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every element of a SurveyJS questionnaire's JSON, in document order: pages, panels, questions
 * and the template elements of dynamic panels, however deeply nested. Read from the JSON itself,
 * so no survey-core model is built to find them.
 */
export function surveyElements(survey: unknown): Json[] {
  const found: Json[] = [];
  const visit = (element: unknown): void => {
    if (!isObject(element)) return;
    found.push(element);
    for (const key of ['pages', 'elements', 'templateElements']) {
      const children = element[key];
      if (Array.isArray(children)) children.forEach(visit);
    }
  };
  visit(survey);
  return found;
}
