import { use, useEffect, useMemo } from 'react';
import 'survey-core/survey-core.fontless.min.css';
import { Survey } from 'survey-react-ui';
import { createSurveyModel } from './survey-model';
import { isSurveyLocaleReady, loadSurveyLocale } from './survey-locales';
import './survey-page.css';

export type SurveyPageProps = {
  json: Record<string, unknown>;
  locale: string;
  data: Record<string, unknown>;
  pageNo: number;
  kiosk: boolean;
  onProgress(data: Record<string, unknown>, pageNo: number): void;
  onComplete(data: Record<string, unknown>): void;
};

/**
 * The questionnaire itself. This module carries survey-core and survey-react-ui, so it is
 * a separate chunk, downloaded from startup while the language and consent screens show.
 * The model is built once per mount from the saved progress, so changing language or
 * reloading resumes on the same page with the same answers.
 */
export function SurveyPage(props: SurveyPageProps) {
  const { json, kiosk, onProgress, onComplete } = props;
  // Suspends (the Suspense around this page shows "loading") until survey-core has the words.
  if (!isSurveyLocaleReady(props.locale)) use(loadSurveyLocale(props.locale));
  const model = useMemo(
    () => createSurveyModel(json, { locale: props.locale, data: props.data, pageNo: props.pageNo, kiosk }),
    // Built once per mount on purpose: later props come from this model's own events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [json],
  );

  useEffect(() => {
    model.locale = props.locale;
  }, [model, props.locale]);

  useEffect(() => {
    const save = () => onProgress(model.data, model.currentPageNo);
    const complete = () => onComplete(model.data);
    const focusTop = () => {
      save();
      document.getElementById('main')?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    };
    model.onValueChanged.add(save);
    model.onCurrentPageChanged.add(focusTop);
    model.onComplete.add(complete);
    return () => {
      model.onValueChanged.remove(save);
      model.onCurrentPageChanged.remove(focusTop);
      model.onComplete.remove(complete);
    };
  }, [model, onProgress, onComplete]);

  return <Survey model={model} />;
}
