import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../components/error-message';
import { useStrings } from '../i18n/strings';
import { api, ApiError } from '../shell/api';
import { useLocale } from '../shell/locale';
import { useSessionState } from '../shell/session';
import type { Role, Session } from '../shell/types';

type Invitation = { email: string; partnershipName: string; role: Role; expiresAt: string };

/** /workspace/accept/:token — the invited person chooses a name and a password, and is signed in. */
export function AcceptInvitationPage() {
  const t = useStrings();
  const a = t.auth;
  const { token = '' } = useParams();
  const { locale } = useLocale();
  const { setSession } = useSessionState();
  const navigate = useNavigate();
  const invitation = useQuery({ queryKey: ['invitation', token], queryFn: () => api<Invitation>(`/api/invitations/${encodeURIComponent(token)}`), retry: false });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      let session = await api<Session>(`/api/invitations/${encodeURIComponent(token)}/accept`, { method: 'POST', body: { name, password } });
      // The language the page was read in becomes the person's own.
      if (session.user.locale !== locale) {
        session = await api<Session>('/api/auth/session', { method: 'PATCH', body: { locale }, headers: { 'x-csrf-token': session.csrfToken } });
      }
      setSession(session);
      navigate('/workspace', { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const gone = invitation.error instanceof ApiError && (invitation.error.status === 404 || invitation.error.status === 410);
  return (
    <section className="ws-narrow">
      <h1>{a.acceptTitle}</h1>
      {invitation.isPending && <p role="status">{t.common.loading}</p>}
      {gone && <p className="ws-error" role="alert">{a.invitationGone}</p>}
      {invitation.isError && !gone && <ErrorMessage error={invitation.error} />}
      {invitation.isError && <p><Link to="/workspace/sign-in">{a.goToSignIn}</Link></p>}
      {invitation.data && (
        <>
          <p>{a.acceptIntro(invitation.data.partnershipName, t.common.roles[invitation.data.role], invitation.data.email)}</p>
          <form className="ws-form" onSubmit={(event) => void submit(event)}>
            <input type="hidden" name="username" autoComplete="username" value={invitation.data.email} readOnly />
            <label>{a.name}<input required autoComplete="name" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} /></label>
            <label>
              {a.newPassword}
              <input aria-describedby="password-help" type="password" required minLength={10} autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
            </label>
            <span className="help" id="password-help">{a.passwordHelp}</span>
            <ErrorMessage error={error} />
            <button type="submit" className="primary" disabled={busy}>{a.acceptButton}</button>
          </form>
        </>
      )}
    </section>
  );
}
