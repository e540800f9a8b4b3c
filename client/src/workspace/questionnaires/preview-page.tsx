import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../components/query-state';
import { surveyLanguages } from '../consultations/survey-languages';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Questionnaire, Version } from '../shell/api-types';

const SurveyView = lazy(() => import('./survey-view').then((module) => ({ default: module.SurveyView })));

function languageName(code: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A version as respondents see it, in one language, or two side by side. */
export function PreviewPage() {
  const t = useStrings();
  const q = t.questionnaires;
  const { id = '', version = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const questionnaire = useQuery({ queryKey: ['questionnaire', id], queryFn: () => api<Questionnaire>(`/api/questionnaires/${id}`) });
  const query = useQuery({ queryKey: ['version', id, version], queryFn: () => api<Version>(`/api/questionnaires/${id}/versions/${version}`) });
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <QueryState query={query}>
      {(loaded) => {
        const languages = surveyLanguages(loaded.survey);
        const lang = languages.includes(params.get('lang') ?? '') ? params.get('lang')! : languages[0]!;
        const compare = languages.includes(params.get('compare') ?? '') ? params.get('compare')! : '';
        const name = (code: string) => `${languageName(code, code)} (${code})`;
        return (
          <section>
            <h1>{q.previewTitle(questionnaire.data?.title ?? '', loaded.version)}</h1>
            <p><Link to={`/workspace/questionnaires/${id}`}>{q.back}</Link></p>
            <p className="muted">{q.previewNote}</p>
            <div className="actions">
              <label>{q.previewLanguage}{' '}
                <select value={lang} onChange={(e) => set('lang', e.target.value)}>
                  {languages.map((code) => <option key={code} value={code}>{name(code)}</option>)}
                </select>
              </label>
              <label>{q.compareWith}{' '}
                <select value={compare} onChange={(e) => set('compare', e.target.value)}>
                  <option value="">{q.noComparison}</option>
                  {languages.filter((code) => code !== lang).map((code) => <option key={code} value={code}>{name(code)}</option>)}
                </select>
              </label>
            </div>
            <Suspense fallback={<p role="status">{q.loadingSurvey}</p>}>
              <div className={compare ? 'side-by-side' : ''}>
                <div className="preview-pane" data-locale={lang}><SurveyView json={loaded.survey} locale={lang} /></div>
                {compare && <div className="preview-pane" data-locale={compare}><SurveyView json={loaded.survey} locale={compare} /></div>}
              </div>
            </Suspense>
          </section>
        );
      }}
    </QueryState>
  );
}
