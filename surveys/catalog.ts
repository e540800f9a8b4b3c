import type { Audience } from './survey-properties';
import newcomerNeeds from './newcomer-needs.json';
import providerSurvey from './provider-survey.json';

export type QuestionnaireKey = 'newcomer-needs' | 'provider-survey';

export interface ShippedQuestionnaire {
  key: QuestionnaireKey;
  title: { en: string; fr: string };
  audience: Audience;
  /** SurveyJS JSON; the shape is SurveyJS's own, so it is kept as plain data. */
  json: Record<string, unknown>;
}

export const questionnaires: readonly ShippedQuestionnaire[] = [
  {
    key: 'newcomer-needs',
    title: { en: newcomerNeeds.title.default, fr: newcomerNeeds.title.fr },
    audience: 'newcomers',
    json: newcomerNeeds,
  },
  {
    key: 'provider-survey',
    title: { en: providerSurvey.title.default, fr: providerSurvey.title.fr },
    audience: 'providers',
    json: providerSurvey,
  },
];

export function findQuestionnaire(key: string): ShippedQuestionnaire | undefined {
  return questionnaires.find((questionnaire) => questionnaire.key === key);
}
