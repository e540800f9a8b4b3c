import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { QueryState } from '../components/query-state';
import { api } from '../shell/api';
import type { Partnership } from '../shell/api-types';
import { canWrite, roleIn, useSession } from '../shell/session';
import { InvitationsSection } from './invitations-section';
import { MembersSection } from './members-section';
import { PeopleSection } from './people-section';

export function PartnershipPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const query = useQuery({ queryKey: ['partnership', id], queryFn: () => api<Partnership>(`/api/partnerships/${id}`) });
  // People and invitations are managed by the partnership's admins (and global admins).
  const manage = roleIn(session, id) === 'admin';
  return (
    <QueryState query={query}>
      {(partnership) => (
        <section>
          <h1>{partnership.name}</h1>
          <p>{partnership.communities.join(', ')}</p>
          <MembersSection partnership={partnership} editable={canWrite(session, id)} />
          <PeopleSection partnershipId={id} manage={manage} canReset={canWrite(session, id)} />
          {manage && <InvitationsSection partnershipId={id} />}
        </section>
      )}
    </QueryState>
  );
}
