/** Each question's title in one language, by name, read from a SurveyJS document (panels included). */
export function questionTitles(survey: Record<string, unknown>, locale: string): Map<string, string> {
  const titles = new Map<string, string>();
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as Array<Record<string, unknown>>) {
      if (!element || typeof element !== 'object') continue;
      if (element.type === 'panel') visit(element.elements);
      else if (typeof element.name === 'string' && !titles.has(element.name)) titles.set(element.name, textIn(element.title, locale) ?? element.name);
    }
  };
  for (const page of Array.isArray(survey.pages) ? (survey.pages as Array<Record<string, unknown>>) : []) visit(page?.elements);
  return titles;
}

/** A SurveyJS text in one language: the language's own, else the default, else English, else the first. */
export function textIn(value: unknown, locale: string): string | undefined {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return undefined;
  const texts = value as Record<string, unknown>;
  const text = texts[locale] ?? texts.default ?? texts.en ?? Object.values(texts)[0];
  return typeof text === 'string' ? text : undefined;
}
