import { TAXONOMY_VERSION, isThemeCode, type ThemeCode } from '../taxonomy';
import type { AppliedCode } from './applied-code';
import { isJsonObject, surveyElements } from './survey-elements';

export type ClosedCoding = {
  /** One code per theme named by any chosen choice. */
  codes: AppliedCode[];
  /** Themes per question, for reports that break results down by question. */
  byQuestion: Record<string, ThemeCode[]>;
};

const CHOICE_TYPES = new Set(['checkbox', 'radiogroup', 'dropdown', 'tagbox']);

/**
 * Codes a response's closed answers from the `themes` custom property that the questionnaire
 * puts on its choices (see docs/architecture.md). Walks the SurveyJS JSON itself (pages,
 * panels, nested elements), so no survey model is built on the server.
 */
export function codeClosedAnswers(
  survey: unknown,
  answers: Readonly<Record<string, unknown>>,
  taxonomyVersion: string = TAXONOMY_VERSION,
): ClosedCoding {
  const byQuestion: Record<string, ThemeCode[]> = {};
  const all = new Set<ThemeCode>();
  for (const question of surveyElements(survey)) {
    const name = question.name;
    if (typeof question.type !== 'string' || !CHOICE_TYPES.has(question.type)) continue;
    if (typeof name !== 'string' || !(name in answers)) continue;
    const answer = answers[name];
    const chosen = new Set((Array.isArray(answer) ? answer : [answer]).map((value) => String(value)));
    const themes = new Set<ThemeCode>();
    for (const choice of Array.isArray(question.choices) ? question.choices : []) {
      if (!isJsonObject(choice) || !chosen.has(String(choice.value))) continue;
      for (const theme of Array.isArray(choice.themes) ? choice.themes : []) {
        if (isThemeCode(theme)) themes.add(theme);
      }
    }
    if (themes.size === 0) continue;
    byQuestion[name] = [...themes];
    for (const theme of themes) all.add(theme);
  }
  const codes = [...all].map((theme): AppliedCode => ({ theme, source: 'closed', confidence: 1, taxonomyVersion }));
  return { codes, byQuestion };
}
