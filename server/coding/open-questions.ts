import { surveyElements } from '../../analysis/coding';

export interface OpenQuestion {
  /** The key of the answer in a response: the question name, or `<name>-Comment` for "Other (specify)". */
  key: string;
  title: unknown;
}

/**
 * The free-text answers the coder reads: questions marked `openEnded`, and the text typed in
 * an "Other (please specify)" box, which SurveyJS stores under `<name>-Comment`.
 */
export function openQuestions(survey: unknown): OpenQuestion[] {
  const found: OpenQuestion[] = [];
  for (const element of surveyElements(survey)) {
    if (typeof element.name !== 'string' || typeof element.type !== 'string') continue;
    if (element.openEnded === true) found.push({ key: element.name, title: element.title ?? element.name });
    if (element.showOtherItem === true || element.hasOther === true) found.push({ key: `${element.name}-Comment`, title: element.title ?? element.name });
  }
  return found;
}
