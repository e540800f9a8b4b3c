type Json = Record<string, unknown>;

export interface OpenQuestion {
  /** The key of the answer in a response: the question name, or `<name>-Comment` for "Other (specify)". */
  key: string;
  title: unknown;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The free-text answers the coder reads: questions marked `openEnded`, and the text typed in
 * an "Other (please specify)" box, which SurveyJS stores under `<name>-Comment`.
 */
export function openQuestions(survey: unknown): OpenQuestion[] {
  const found: OpenQuestion[] = [];
  const visit = (element: unknown): void => {
    if (!isObject(element)) return;
    if (typeof element.name === 'string' && typeof element.type === 'string') {
      if (element.openEnded === true) found.push({ key: element.name, title: element.title ?? element.name });
      if (element.showOtherItem === true || element.hasOther === true) found.push({ key: `${element.name}-Comment`, title: element.title ?? element.name });
    }
    for (const key of ['pages', 'elements', 'templateElements']) {
      const children = element[key];
      if (Array.isArray(children)) children.forEach(visit);
    }
  };
  visit(survey);
  return found;
}
