import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Partnership, Questionnaire } from '../shell/api-types';
import { canWrite, useSession } from '../shell/session';

export function QuestionnairesListPage() {
  const t = useStrings();
  const q = t.questionnaires;
  const session = useSession();
  const query = useQuery({ queryKey: ['questionnaires'], queryFn: () => api<{ questionnaires: Questionnaire[] }>('/api/questionnaires') });
  const partnerships = useQuery({ queryKey: ['partnerships'], queryFn: () => api<{ partnerships: Partnership[] }>('/api/partnerships') });
  const nameOf = (id: string | null) => (id === null ? q.shared : partnerships.data?.partnerships.find((p) => p.id === id)?.name ?? id);
  const mayUpload = session.isAdmin || session.memberships.some((m) => canWrite(session, m.partnershipId));
  return (
    <section>
      <h1>{q.listTitle}</h1>
      {mayUpload && <p><Link className="button primary" to="/workspace/questionnaires/new">{q.upload}</Link></p>}
      <QueryState query={query}>
        {({ questionnaires }) =>
          questionnaires.length === 0 ? <p>{q.empty}</p> : (
            <div className="table-wrap">
              <table>
                <thead><tr><th scope="col">{q.title}</th><th scope="col">{q.key}</th><th scope="col">{q.owner}</th></tr></thead>
                <tbody>
                  {questionnaires.map((questionnaire) => (
                    <tr key={questionnaire.id}>
                      <td><Link to={`/workspace/questionnaires/${questionnaire.id}`}>{questionnaire.title}</Link></td>
                      <td><code>{questionnaire.key}</code></td>
                      <td>{nameOf(questionnaire.partnershipId)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
      </QueryState>
    </section>
  );
}
