import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../components/confirm-dialog';
import { CopyField } from '../components/copy-field';
import { ErrorMessage } from '../components/error-message';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Partnership } from '../shell/api-types';
import { useSession } from '../shell/session';
import type { Role } from '../shell/types';

type Token = {
  id: string;
  label: string;
  role: Role;
  partnershipId: string | null;
  createdAt: string;
  expiresAt: string | null;
  lastUsedOn: string | null;
  revokedAt: string | null;
};
type Issued = Token & { token?: string; secret?: string };

export function TokensPage() {
  const t = useStrings();
  const p = t.partnerships;
  const session = useSession();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: () => api<{ tokens: Token[] }>('/api/tokens') });
  const partnerships = useQuery({ queryKey: ['partnerships'], queryFn: () => api<{ partnerships: Partnership[] }>('/api/partnerships') });
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<Role>('researcher');
  const [partnershipId, setPartnershipId] = useState('');
  const [days, setDays] = useState('90');
  const [issued, setIssued] = useState<Issued | null>(null);
  const [revoking, setRevoking] = useState<Token | null>(null);
  const choices = partnerships.data?.partnerships ?? [];
  const chosenPartnership = partnershipId || choices[0]?.id || '';
  const globalAdminToken = session.isAdmin && role === 'admin' && partnershipId === '';

  const issue = useMutation({
    mutationFn: () => api<Issued>('/api/tokens', {
      method: 'POST',
      body: {
        role,
        label,
        ...(globalAdminToken ? {} : { partnershipId: chosenPartnership }),
        ...(days && { expiresInDays: Number(days) }),
      },
    }),
    onSuccess: (token) => {
      setIssued(token);
      setLabel('');
      void queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api<void>(`/api/tokens/${id}`, { method: 'DELETE' }),
    onSuccess: () => setRevoking(null),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
  const nameOf = (id: string | null) => (id === null ? '—' : choices.find((c) => c.id === id)?.name ?? id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIssued(null);
    issue.mutate();
  };
  const secret = issued?.secret ?? issued?.token;

  return (
    <section>
      <h1>{p.tokensTitle}</h1>
      <p>{p.tokensIntro}</p>
      <form className="ws-form" onSubmit={submit} aria-labelledby="issue-title">
        <h2 id="issue-title">{p.issue}</h2>
        <label>{p.label}<input required maxLength={200} value={label} onChange={(e) => setLabel(e.target.value)} /></label>
        <label>
          {p.role}
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {(['admin', 'researcher', 'viewer'] as const).map((r) => <option key={r} value={r}>{t.common.roles[r]}</option>)}
          </select>
        </label>
        <label>
          {p.partnership}
          <select value={partnershipId} onChange={(e) => setPartnershipId(e.target.value)}>
            {session.isAdmin && role === 'admin' ? <option value="">{p.allPartnerships}</option> : null}
            {choices.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <label>{p.expiresInDays}<input type="number" min={1} max={3650} value={days} onChange={(e) => setDays(e.target.value)} /></label>
        <ErrorMessage error={issue.error} />
        <div className="actions"><button type="submit" className="primary" disabled={issue.isPending}>{p.issueButton}</button></div>
      </form>
      {issued && secret && (
        <div className="ws-notice" role="status">
          <p>{p.secretShown(issued.label)}</p>
          <CopyField value={secret} label={issued.label} />
          {issued.expiresAt && <p>{p.expires} {t.common.date(issued.expiresAt)}</p>}
        </div>
      )}
      <QueryState query={tokens}>
        {({ tokens: list }) => list.length === 0 ? <p>{p.tokensEmpty}</p> : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{p.label}</th><th scope="col">{p.role}</th><th scope="col">{p.partnership}</th>
                  <th scope="col">{p.created}</th><th scope="col">{p.expires}</th><th scope="col">{p.lastUsed}</th>
                  <th scope="col"><span className="visually-hidden">{p.revoke}</span></th>
                </tr>
              </thead>
              <tbody>
                {list.map((token) => (
                  <tr key={token.id}>
                    <td>{token.label}</td>
                    <td>{t.common.roles[token.role]}</td>
                    <td>{nameOf(token.partnershipId)}</td>
                    <td>{t.common.date(token.createdAt)}</td>
                    <td>{token.expiresAt ? t.common.date(token.expiresAt) : p.noExpiry}</td>
                    <td>{token.lastUsedOn ?? p.never}</td>
                    <td>
                      {token.revokedAt ? `${p.revoked} ${t.common.date(token.revokedAt)}` : (
                        <button type="button" className="danger" aria-label={p.revokeToken(token.label)} onClick={() => { revoke.reset(); setRevoking(token); }}>{p.revoke}</button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      <ConfirmDialog
        open={revoking !== null}
        title={revoking ? p.revokeTokenTitle(revoking.label) : ''}
        confirmLabel={p.revoke}
        danger
        busy={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
        onCancel={() => setRevoking(null)}
      >
        <p>{p.revokeTokenBody}</p>
        <ErrorMessage error={revoke.error} />
      </ConfirmDialog>
    </section>
  );
}
