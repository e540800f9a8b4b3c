import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../components/confirm-dialog';
import { CopyField } from '../components/copy-field';
import { ErrorMessage } from '../components/error-message';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Role } from '../shell/types';

type Person = { userId: string; email: string; name: string; role: Role };
const ROLES: Role[] = ['admin', 'researcher', 'viewer'];

/**
 * The people of a partnership and their roles. Those who manage people change roles and remove
 * people; researchers may also hand out password reset links. The server has the last word.
 */
export function PeopleSection({ partnershipId, manage, canReset }: { partnershipId: string; manage: boolean; canReset: boolean }) {
  const t = useStrings();
  const p = t.partnerships;
  const queryClient = useQueryClient();
  const key = ['people', partnershipId];
  const query = useQuery({ queryKey: key, queryFn: () => api<{ people: Person[] }>(`/api/partnerships/${partnershipId}/people`) });
  const [removing, setRemoving] = useState<Person | null>(null);
  const [reset, setReset] = useState<{ person: Person; link: string; expiresAt: string } | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      api(`/api/partnerships/${partnershipId}/people/${userId}`, { method: 'PATCH', body: { role } }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) => api<void>(`/api/partnerships/${partnershipId}/people/${userId}`, { method: 'DELETE' }),
    onSuccess: () => setRemoving(null),
    onSettled: refresh,
  });
  const issueReset = useMutation({
    mutationFn: (person: Person) =>
      api<{ link: string; expiresAt: string }>(`/api/users/${person.userId}/password-reset`, { method: 'POST' }).then((body) => ({ person, ...body })),
    onSuccess: setReset,
  });
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">{p.people}</h2>
      <ErrorMessage error={changeRole.error ?? issueReset.error} />
      {reset && (
        <div className="ws-notice" role="status">
          <p>{p.resetLinkShown(reset.person.name || reset.person.email, t.common.date(reset.expiresAt))}</p>
          <CopyField value={`${window.location.origin}${reset.link}`} label={p.resetLinkFor(reset.person.name || reset.person.email)} />
        </div>
      )}
      <QueryState query={query}>
        {({ people }) => (
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">{p.name}</th><th scope="col">{p.email}</th><th scope="col">{p.role}</th><th scope="col"><span className="visually-hidden">{p.remove}</span></th></tr></thead>
              <tbody>
                {people.map((person) => {
                  const label = person.name || person.email;
                  return (
                    <tr key={person.userId}>
                      <td>{person.name}</td>
                      <td>{person.email}</td>
                      <td>
                        {manage ? (
                          <select aria-label={p.roleOf(label)} value={person.role} disabled={changeRole.isPending}
                            onChange={(e) => changeRole.mutate({ userId: person.userId, role: e.target.value as Role })}>
                            {ROLES.map((role) => <option key={role} value={role}>{t.common.roles[role]}</option>)}
                          </select>
                        ) : t.common.roles[person.role]}
                      </td>
                      <td className="actions">
                        {canReset && <button type="button" aria-label={p.resetLinkFor(label)} onClick={() => issueReset.mutate(person)}>{p.resetLink}</button>}
                        {manage && <button type="button" className="danger" aria-label={p.removeTitle(label)} onClick={() => { remove.reset(); setRemoving(person); }}>{p.remove}</button>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      <ConfirmDialog
        open={removing !== null}
        title={removing ? p.removeTitle(removing.name || removing.email) : ''}
        confirmLabel={p.remove}
        danger
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing.userId)}
        onCancel={() => setRemoving(null)}
      >
        <p>{p.removeBody}</p>
        <ErrorMessage error={remove.error} />
      </ConfirmDialog>
    </section>
  );
}
