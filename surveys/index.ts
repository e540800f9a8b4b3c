// The questionnaires Tessera ships (SurveyJS JSON, every string localized) and their catalog,
// plus the custom SurveyJS properties (themes, openEnded, translationStatus, audience) they rely on
// and where a questionnaire links its pictures.
export { questionnaires, findQuestionnaire } from './catalog';
export type { QuestionnaireKey, ShippedQuestionnaire } from './catalog';
export { registerTesseraProperties, choiceThemes, AUDIENCES } from './survey-properties';
export type { Audience, TranslationState } from './survey-properties';
export { isServedPicture, pictureLinks } from './picture-links';
export type { PictureLink } from './picture-links';
