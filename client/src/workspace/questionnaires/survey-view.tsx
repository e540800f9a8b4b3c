import { useEffect, useMemo, useState } from 'react';
import 'survey-core/survey-core.fontless.min.css';
import { Survey } from 'survey-react-ui';
import { createSurveyModel } from '../../pages/survey-model';
import { isSurveyLocaleReady, loadSurveyLocale } from '../../pages/survey-locales';
import '../../pages/survey-page.css';

/**
 * One questionnaire drawn by survey-react-ui with the respondent app's own model settings,
 * read-only and on one page so every question can be read and compared. This module carries
 * survey-core: the preview screen loads it on demand, no other screen does.
 */
export function SurveyView({ json, locale }: { json: Record<string, unknown>; locale: string }) {
  const [ready, setReady] = useState(() => isSurveyLocaleReady(locale));
  useEffect(() => {
    if (isSurveyLocaleReady(locale)) return setReady(true);
    setReady(false);
    let cancelled = false;
    void loadSurveyLocale(locale).then(() => { if (!cancelled) setReady(true); });
    return () => { cancelled = true; };
  }, [locale]);
  const model = useMemo(() => {
    if (!ready) return null;
    const survey = createSurveyModel(json, { locale, data: {}, pageNo: 0, kiosk: false });
    survey.readOnly = true;
    survey.questionsOnPageMode = 'singlePage';
    survey.showProgressBar = false;
    return survey;
  }, [json, locale, ready]);
  const rtl = ['ar', 'fa', 'he', 'ur'].includes(locale.split('-')[0]!);
  if (!model) return null;
  return (
    <div lang={locale} dir={rtl ? 'rtl' : 'ltr'}>
      <Survey model={model} />
    </div>
  );
}
