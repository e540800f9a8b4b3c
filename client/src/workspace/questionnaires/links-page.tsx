import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../components/error-message';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api, ApiError, type FieldError } from '../shell/api';
import type { Questionnaire, Version, VersionSummary } from '../shell/api-types';
import { useLocale } from '../shell/locale';
import { canWrite, useSession } from '../shell/session';
import { questionTitles } from './question-titles';

export const LINK_KINDS = ['kept', 'renamed', 'rewritten', 'choices_added', 'choices_removed', 'split', 'new', 'dropped'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
export type QuestionLink = { question: string | null; predecessor: string | null; kind: LinkKind };
export type VersionLinks = { version: number; predecessorVersion: number | null; origin: 'proposed' | 'researcher'; stored: boolean; links: QuestionLink[] };

type Detail = Questionnaire & { versions: VersionSummary[] };
/** A question of this version and what the researcher says it came from. */
type Row = { question: string; predecessor: string | null; kind: LinkKind };

/**
 * The links of one version to the version before: proposed by the semantic diff, confirmed or
 * edited here (plain selects, so the keyboard does everything), saved through PUT …/links, whose
 * 422 problems are shown on the link they concern. Read-only once the version is published.
 */
export function LinksPage() {
  const { id = '', version = '' } = useParams();
  const detail = useQuery({ queryKey: ['questionnaire', id], queryFn: () => api<Detail>(`/api/questionnaires/${id}`) });
  const links = useQuery({ queryKey: ['links', id, version], queryFn: () => api<VersionLinks>(`/api/questionnaires/${id}/versions/${version}/links`) });
  return (
    <QueryState query={detail}>
      {(questionnaire) => <QueryState query={links}>{(loaded) => <Links questionnaire={questionnaire} loaded={loaded} />}</QueryState>}
    </QueryState>
  );
}

function useVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: ['version', id, String(version)],
    queryFn: () => api<Version>(`/api/questionnaires/${id}/versions/${version}`),
    enabled: version !== null,
  });
}

function Links({ questionnaire, loaded }: { questionnaire: Detail; loaded: VersionLinks }) {
  const t = useStrings();
  const l = t.links;
  const { locale } = useLocale();
  const session = useSession();
  const queryClient = useQueryClient();
  const summary = questionnaire.versions.find((v) => v.version === loaded.version);
  const mayEdit = questionnaire.partnershipId === null ? session.isAdmin : canWrite(session, questionnaire.partnershipId);
  const editable = mayEdit && summary?.status === 'draft' && loaded.predecessorVersion !== null;
  const current = useVersion(questionnaire.id, loaded.version);
  const previous = useVersion(questionnaire.id, loaded.predecessorVersion);
  const titles = useMemo(() => (current.data ? questionTitles(current.data.survey, locale) : new Map<string, string>()), [current.data, locale]);
  const previousTitles = useMemo(() => (previous.data ? questionTitles(previous.data.survey, locale) : new Map<string, string>()), [previous.data, locale]);

  const initialRows = useMemo(
    () => loaded.links.filter((link): link is QuestionLink & { question: string } => link.question !== null).map(({ question, predecessor, kind }) => ({ question, predecessor, kind })),
    [loaded],
  );
  // Every predecessor question: those already in a link and those the links say were dropped.
  const predecessors = useMemo(() => [...new Set(loaded.links.flatMap((link) => (link.predecessor === null ? [] : [link.predecessor])))], [loaded]);
  const [rows, setRows] = useState<Row[]>(initialRows);
  const [notice, setNotice] = useState<string | null>(null);
  const dropped = predecessors.filter((name) => !rows.some((row) => row.predecessor === name));
  const sent: QuestionLink[] = [...rows, ...dropped.map((predecessor) => ({ question: null, predecessor, kind: 'dropped' as const }))];

  const save = useMutation({
    mutationFn: () => api<VersionLinks>(`/api/questionnaires/${questionnaire.id}/versions/${loaded.version}/links`, { method: 'PUT', body: { links: sent } }),
    onSuccess: (saved) => {
      setNotice(l.saved);
      queryClient.setQueryData(['links', questionnaire.id, String(loaded.version)], saved);
    },
  });
  const fields: FieldError[] = save.error instanceof ApiError && save.error.code === 'invalid_links' ? save.error.fields ?? [] : [];
  const problemsOf = (index: number) => fields.filter((field) => field.field.startsWith(`links.${index}.`));
  const listProblems = fields.filter((field) => !/^links\.\d+\./.test(field.field));
  const problemText = (field: FieldError) => (locale === 'en' ? field.message : (l.problems[field.code] ?? field.message));

  const change = (index: number, next: Partial<Row>) => {
    setNotice(null);
    save.reset();
    setRows((all) =>
      all.map((row, i) => {
        if (i !== index) return row;
        const merged = { ...row, ...next };
        // Choosing "nothing" makes the question new; choosing a predecessor for a new one makes it renamed or kept.
        if (next.predecessor !== undefined) {
          if (next.predecessor === null) merged.kind = 'new';
          else if (row.kind === 'new') merged.kind = next.predecessor === row.question ? 'kept' : 'renamed';
        }
        return merged;
      }),
    );
  };

  const predecessorVersion = loaded.predecessorVersion;
  return (
    <section className="links-page">
      <p><Link to={`/workspace/questionnaires/${questionnaire.id}`}>{l.back}</Link></p>
      <h1>{l.title(questionnaire.title, loaded.version)}</h1>
      {predecessorVersion === null ? (
        <p>{l.first}</p>
      ) : (
        <>
          <p className="muted">{l.intro(loaded.version, predecessorVersion)}</p>
          <p data-testid="links-origin">{loaded.origin === 'researcher' ? l.confirmed : l.proposed}</p>
          {summary?.status === 'published' && <p data-testid="links-frozen">{l.frozen}</p>}
        </>
      )}
      <form
        className="links-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (editable) save.mutate();
        }}
      >
        {fields.length > 0 && (
          <div role="alert" className="ws-error" data-testid="links-problems">
            <p><strong>{l.problemsTitle(fields.length)}</strong></p>
            {listProblems.length > 0 && <ul className="problems">{listProblems.map((field, i) => <li key={i}>{problemText(field)}</li>)}</ul>}
          </div>
        )}
        <ErrorMessage error={fields.length > 0 ? null : save.error} />
        <div className="table-wrap">
          <table className="links-table">
            <thead>
              <tr>
                <th scope="col">{l.question(loaded.version)}</th>
                {predecessorVersion !== null && <th scope="col">{l.predecessor(predecessorVersion)}</th>}
                <th scope="col">{l.kind}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const problems = problemsOf(index);
                const problemId = problems.length > 0 ? `link-problem-${index}` : undefined;
                return (
                  <tr key={row.question} data-question={row.question} className={problems.length > 0 ? 'has-problem' : undefined}>
                    <th scope="row">
                      <code>{row.question}</code>
                      {titles.get(row.question) !== undefined && titles.get(row.question) !== row.question && <span className="links-title">{titles.get(row.question)}</span>}
                      {problemId && (
                        <ul className="links-problem" id={problemId} data-testid="link-problem">
                          {problems.map((field, i) => <li key={i}>{problemText(field)}</li>)}
                        </ul>
                      )}
                    </th>
                    {predecessorVersion !== null && (
                      <td>
                        {editable ? (
                          <select
                            aria-label={l.predecessorOf(row.question)}
                            aria-describedby={problemId}
                            aria-invalid={problems.some((field) => field.field.endsWith('.predecessor')) || undefined}
                            value={row.predecessor ?? ''}
                            onChange={(event) => change(index, { predecessor: event.target.value || null })}
                          >
                            <option value="">{l.none}</option>
                            {predecessors.map((name) => (
                              <option key={name} value={name}>{name}{previousTitles.get(name) && previousTitles.get(name) !== name ? ` — ${previousTitles.get(name)}` : ''}</option>
                            ))}
                          </select>
                        ) : row.predecessor === null ? (
                          <span className="muted">—</span>
                        ) : (
                          <>
                            <code>{row.predecessor}</code>
                            {previousTitles.get(row.predecessor) && previousTitles.get(row.predecessor) !== row.predecessor && <span className="links-title">{previousTitles.get(row.predecessor)}</span>}
                          </>
                        )}
                      </td>
                    )}
                    <td>
                      {editable ? (
                        <select
                          aria-label={l.kindOf(row.question)}
                          aria-describedby={problemId}
                          aria-invalid={problems.some((field) => field.field.endsWith('.kind') || field.code === 'kind_mismatch') || undefined}
                          value={row.kind}
                          onChange={(event) => change(index, { kind: event.target.value as LinkKind })}
                        >
                          {LINK_KINDS.filter((kind) => kind !== 'dropped').map((kind) => <option key={kind} value={kind}>{l.kinds[kind]}</option>)}
                        </select>
                      ) : (
                        l.kinds[row.kind]
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {predecessorVersion !== null && (
          <>
            <h2 id="dropped-title">{l.dropped(predecessorVersion)}</h2>
            {dropped.length === 0 ? (
              <p>{l.noneDropped}</p>
            ) : (
              <ul aria-labelledby="dropped-title" data-testid="links-dropped">
                {dropped.map((name, i) => {
                  const problems = problemsOf(rows.length + i);
                  return (
                    <li key={name}>
                      <code>{name}</code>
                      {previousTitles.get(name) && previousTitles.get(name) !== name && <span className="links-title">{previousTitles.get(name)}</span>}
                      {problems.length > 0 && <ul className="links-problem">{problems.map((field, j) => <li key={j}>{problemText(field)}</li>)}</ul>}
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
        <p role="status" className="muted">{notice}</p>
        {editable && (
          <div className="actions">
            <button type="submit" className="primary" disabled={save.isPending}>{l.save}</button>
          </div>
        )}
      </form>
    </section>
  );
}
