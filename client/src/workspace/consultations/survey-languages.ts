/**
 * The languages a SurveyJS document is written in, as the server reads them
 * (server/questionnaires/survey-locales.ts): a localized string is `{default, fr, …}` and
 * `default` is English. The launch form needs them without loading survey-core.
 */
export function surveyLanguages(survey: unknown): string[] {
  const found = new Set<string>(['en']);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.default === 'string') {
      for (const [key, value] of Object.entries(record)) {
        if (key !== 'default' && typeof value === 'string' && /^[a-z]{2,3}(-[a-z]{2,4})?$/.test(key)) found.add(key);
      }
    }
    Object.values(record).forEach(visit);
  };
  visit(survey);
  return [...found];
}
