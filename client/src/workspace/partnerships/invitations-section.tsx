import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { CopyField } from '../components/copy-field';
import { ErrorMessage } from '../components/error-message';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Role } from '../shell/types';

type Invitation = { id: string; email: string; role: Role; expiresAt: string; link?: string };

/** Invite by email and role; the single-use link is shown once, to be sent by the inviter. */
export function InvitationsSection({ partnershipId }: { partnershipId: string }) {
  const t = useStrings();
  const p = t.partnerships;
  const queryClient = useQueryClient();
  const key = ['invitations', partnershipId];
  const query = useQuery({ queryKey: key, queryFn: () => api<{ invitations: Invitation[] }>(`/api/partnerships/${partnershipId}/invitations`) });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('researcher');
  const [created, setCreated] = useState<Invitation | null>(null);
  const invite = useMutation({
    mutationFn: () => api<Invitation>(`/api/partnerships/${partnershipId}/invitations`, { method: 'POST', body: { email, role } }),
    onSuccess: (invitation) => {
      setCreated(invitation);
      setEmail('');
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api<void>(`/api/partnerships/${partnershipId}/invitations/${id}`, { method: 'DELETE' }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    invite.mutate();
  };
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{p.invitations}</h2>
      <form className="ws-form" onSubmit={submit} aria-labelledby="invite-title">
        <h3 id="invite-title">{p.invite}</h3>
        <label>{p.email}<input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} /></label>
        <label>
          {p.role}
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {(['admin', 'researcher', 'viewer'] as const).map((r) => <option key={r} value={r}>{t.common.roles[r]}</option>)}
          </select>
        </label>
        <ErrorMessage error={invite.error} />
        <div className="actions"><button type="submit" className="primary" disabled={invite.isPending}>{p.inviteButton}</button></div>
      </form>
      {created?.link && (
        <div className="ws-notice" role="status" data-testid="invitation-link">
          <p>{p.inviteShown(created.email, t.common.date(created.expiresAt))}</p>
          <CopyField value={`${window.location.origin}${created.link}`} label={p.invitations} />
        </div>
      )}
      <h3>{p.pending}</h3>
      <ErrorMessage error={revoke.error} />
      <QueryState query={query}>
        {({ invitations }) => invitations.length === 0 ? <p>{p.pendingEmpty}</p> : (
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">{p.email}</th><th scope="col">{p.role}</th><th scope="col">{p.expires}</th><th scope="col"><span className="visually-hidden">{p.revoke}</span></th></tr></thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <td>{invitation.email}</td>
                    <td>{t.common.roles[invitation.role]}</td>
                    <td>{t.common.date(invitation.expiresAt)}</td>
                    <td><button type="button" className="danger" aria-label={p.revokeFor(invitation.email)} disabled={revoke.isPending} onClick={() => revoke.mutate(invitation.id)}>{p.revoke}</button></td>
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
