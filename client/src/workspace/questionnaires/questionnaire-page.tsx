import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ErrorMessage } from '../components/error-message';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api, ApiError } from '../shell/api';
import type { Questionnaire, VersionSummary } from '../shell/api-types';
import { canWrite, useSession } from '../shell/session';
import { CodingSummary, ProblemList, type SurveyProblem } from './problem-list';
import { parseSurveyText, SurveyJsonInput } from './survey-json-input';
import { useSurveyCheck } from './use-survey-check';
import { VersionDiff } from './version-diff';

type Detail = Questionnaire & { versions: VersionSummary[] };

function NewVersionForm({ questionnaireId }: { questionnaireId: string }) {
  const t = useStrings();
  const q = t.questionnaires;
  const queryClient = useQueryClient();
  const [json, setJson] = useState(parseSurveyText(''));
  const check = useSurveyCheck();
  const save = useMutation({
    mutationFn: () => api<VersionSummary>(`/api/questionnaires/${questionnaireId}/versions`, { method: 'POST', body: { survey: json.survey } }),
    onSuccess: () => {
      setJson(parseSurveyText(''));
      check.reset();
      void queryClient.invalidateQueries({ queryKey: ['questionnaire', questionnaireId] });
    },
  });
  return (
    <section aria-labelledby="new-version-title">
      <h2 id="new-version-title">{q.newVersion}</h2>
      <form className="ws-form" onSubmit={(event) => { event.preventDefault(); if (json.survey) save.mutate(); }}>
        <SurveyJsonInput value={json} onChange={(value) => { setJson(value); check.reset(); }} />
        <ProblemList problems={check.data?.problems ?? null} />
        <CodingSummary coding={check.data?.coding} />
        <ErrorMessage error={check.error ?? save.error} />
        <div className="actions">
          <button type="button" disabled={!json.survey || check.isPending} onClick={() => json.survey && check.mutate(json.survey)}>{q.check}</button>
          <button type="submit" className="primary" disabled={!json.survey || save.isPending}>{q.saveNewVersion}</button>
        </div>
      </form>
    </section>
  );
}

function Versions({ detail, editable }: { detail: Detail; editable: boolean }) {
  const t = useStrings();
  const q = t.questionnaires;
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const publish = useMutation({
    mutationFn: (version: number) => api<VersionSummary>(`/api/questionnaires/${detail.id}/versions/${version}/publish`, { method: 'POST' }),
    onSuccess: (published) => {
      setNotice(q.publishedNotice(published.version));
      void queryClient.invalidateQueries({ queryKey: ['questionnaire', detail.id] });
    },
    onSettled: () => setTarget(null),
  });
  const problems: SurveyProblem[] | null =
    publish.error instanceof ApiError && publish.error.code === 'invalid_survey' ? publish.error.fields ?? [] : null;
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{q.versions}</h2>
      <p role="status" className="muted">{notice}</p>
      <ProblemList problems={problems} />
      {!problems && <ErrorMessage error={publish.error} />}
      <div className="table-wrap">
        <table>
          <thead>
            <tr><th scope="col">{q.version}</th><th scope="col">{q.status}</th><th scope="col">{q.created}</th><th scope="col">{q.published}</th><th scope="col"><span className="visually-hidden">{q.preview}</span></th></tr>
          </thead>
          <tbody>
            {detail.versions.map((version) => (
              <tr key={version.version}>
                <th scope="row">{version.version}</th>
                <td>{q.statuses[version.status]}</td>
                <td>{t.common.date(version.createdAt)}</td>
                <td>{version.publishedAt ? t.common.date(version.publishedAt) : '—'}</td>
                <td className="actions">
                  <Link to={`/workspace/questionnaires/${detail.id}/preview/${version.version}`}>{q.preview}<span className="visually-hidden"> {version.version}</span></Link>
                  <Link to={`/workspace/questionnaires/${detail.id}/versions/${version.version}/themes`}>{t.choiceThemes.link}<span className="visually-hidden">{t.choiceThemes.linkSuffix(version.version)}</span></Link>
                  {version.version > 1 && (
                    <Link to={`/workspace/questionnaires/${detail.id}/versions/${version.version}/links`} aria-label={t.links.linkFor(version.version)}>{t.links.link}</Link>
                  )}
                  {editable && version.status === 'draft' && (
                    <button type="button" onClick={() => { publish.reset(); setNotice(null); setTarget(version.version); }}>
                      {q.publish}<span className="visually-hidden"> {version.version}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={target !== null}
        title={target !== null ? q.publishTitle(target) : ''}
        confirmLabel={q.publish}
        busy={publish.isPending}
        onConfirm={() => target !== null && publish.mutate(target)}
        onCancel={() => setTarget(null)}
      >
        <p>{q.publishBody}</p>
      </ConfirmDialog>
    </section>
  );
}

export function QuestionnairePage() {
  const { id = '' } = useParams();
  const session = useSession();
  const query = useQuery({ queryKey: ['questionnaire', id], queryFn: () => api<Detail>(`/api/questionnaires/${id}`) });
  return (
    <QueryState query={query}>
      {(detail) => {
        const editable = detail.partnershipId === null ? session.isAdmin : canWrite(session, detail.partnershipId);
        return (
          <section>
            <h1>{detail.title}</h1>
            <p><code>{detail.key}</code></p>
            <Versions detail={detail} editable={editable} />
            <VersionDiff questionnaireId={detail.id} versions={detail.versions} />
            {editable && <NewVersionForm questionnaireId={detail.id} />}
          </section>
        );
      }}
    </QueryState>
  );
}
