import { Model } from 'survey-core';
import { registerTesseraProperties } from '../../../surveys/survey-properties';

export type SurveyModelOptions = {
  locale: string;
  data: Record<string, unknown>;
  pageNo: number;
  kiosk: boolean;
};

/**
 * The questionnaire's survey-core model as respondents see it. The server builds the same model
 * to render a first page that shows before survey-core reaches a slow phone, so both sides
 * must configure it here and nowhere else.
 */
export function createSurveyModel(json: Record<string, unknown>, options: SurveyModelOptions): Model {
  registerTesseraProperties();
  const survey = new Model(json);
  survey.locale = options.locale;
  survey.data = options.data;
  survey.showCompletedPage = false;
  survey.textUpdateMode = 'onTyping';
  survey.showProgressBar = true;
  survey.progressBarType = 'pages';
  survey.questionErrorLocation = 'bottom';
  if (options.pageNo > 0 && options.pageNo < survey.visiblePages.length) survey.currentPageNo = options.pageNo;
  if (options.kiosk) {
    // A shared screen must not offer the previous person's typing as autofill.
    for (const question of survey.getAllQuestions()) {
      if (question.getType() === 'text' || question.getType() === 'comment') {
        question.setPropertyValue('autocomplete', 'off');
      }
    }
  }
  return survey;
}
