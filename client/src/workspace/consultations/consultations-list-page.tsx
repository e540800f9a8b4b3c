import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Consultation } from '../shell/api-types';
import { canWrite, useSession } from '../shell/session';

export function ConsultationsListPage() {
  const t = useStrings();
  const session = useSession();
  const query = useQuery({
    queryKey: ['consultations'],
    queryFn: () => api<{ consultations: Consultation[] }>('/api/consultations'),
  });
  const mayLaunch = session.isAdmin || session.memberships.some((m) => canWrite(session, m.partnershipId));
  return (
    <section>
      <h1>{t.consultations.listTitle}</h1>
      {mayLaunch && <p><Link className="button primary" to="/workspace/consultations/new">{t.consultations.launch}</Link></p>}
      <QueryState query={query}>
        {({ consultations }) =>
          consultations.length === 0 ? <p>{t.consultations.empty}</p> : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.consultations.title}</th>
                    <th scope="col">{t.consultations.wave}</th>
                    <th scope="col">{t.consultations.status}</th>
                    <th scope="col" className="number">{t.consultations.responses}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...consultations].reverse().map((consultation) => (
                    <tr key={consultation.id}>
                      <td><Link to={`/workspace/consultations/${consultation.id}`}>{consultation.title}</Link></td>
                      <td>{consultation.wave}</td>
                      <td>{t.consultations.statuses[consultation.status]}</td>
                      <td className="number">{consultation.responses}</td>
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
