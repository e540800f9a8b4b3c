import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useStrings } from '../i18n/strings';
import { api, ApiError } from '../shell/api';
import { useSessionState } from '../shell/session';
import type { Session } from '../shell/types';

/** Only same-site workspace paths are followed after sign-in, never another origin. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/workspace') && !next.startsWith('//') ? next : '/workspace';
}

export function SignInPage() {
  const t = useStrings();
  const { session, setSession } = useSessionState();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (session) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setSession(await api<Session>('/api/auth/sign-in', { method: 'POST', body: { email, password } }));
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'invalid_credentials') setError(t.auth.invalidCredentials);
      else if (caught instanceof ApiError && caught.code === 'too_many_attempts') setError(t.auth.tooManyAttempts(null));
      else setError(caught instanceof Error ? caught.message : String(caught));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ws-narrow">
      <h1>{t.auth.signInTitle}</h1>
      <p>{t.auth.signInIntro}</p>
      <form onSubmit={(event) => void submit(event)} className="ws-form">
        <label>
          {t.auth.email}
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t.auth.password}
          <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && <p className="ws-error" role="alert">{error}</p>}
        <button type="submit" className="primary" disabled={busy}>{t.auth.signInButton}</button>
      </form>
    </section>
  );
}
