import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorMessage } from '../components/error-message';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Partnership } from '../shell/api-types';
import { useSession } from '../shell/session';

function CreatePartnership() {
  const t = useStrings();
  const p = t.partnerships;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [communities, setCommunities] = useState('');
  const create = useMutation({
    mutationFn: () => api<Partnership>('/api/partnerships', {
      method: 'POST',
      body: { name, communities: communities.split('\n').map((line) => line.trim()).filter(Boolean) },
    }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['partnerships'] });
      navigate(`/workspace/partnerships/${created.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="create-title">
      <h2 id="create-title">{p.create}</h2>
      <form className="ws-form" onSubmit={submit}>
        <label>{p.name}<input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label>
          {p.communities}
          <textarea required rows={4} aria-describedby="communities-help" value={communities} onChange={(e) => setCommunities(e.target.value)} />
        </label>
        <span className="help" id="communities-help">{p.communitiesHelp}</span>
        <ErrorMessage error={create.error} />
        <div className="actions"><button type="submit" className="primary" disabled={create.isPending}>{p.createButton}</button></div>
      </form>
    </section>
  );
}

export function PartnershipsListPage() {
  const t = useStrings();
  const p = t.partnerships;
  const session = useSession();
  const query = useQuery({ queryKey: ['partnerships'], queryFn: () => api<{ partnerships: Partnership[] }>('/api/partnerships') });
  return (
    <section>
      <h1>{p.listTitle}</h1>
      <QueryState query={query}>
        {({ partnerships }) => partnerships.length === 0 ? <p>{p.empty}</p> : (
          <ul className="cards plain">
            {partnerships.map((partnership) => (
              <li key={partnership.id} className="card">
                <h2><Link to={`/workspace/partnerships/${partnership.id}`}>{partnership.name}</Link></h2>
                <p>{partnership.communities.join(', ')}</p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {session.isAdmin && <CreatePartnership />}
    </section>
  );
}
