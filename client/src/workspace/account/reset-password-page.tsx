import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../components/error-message';
import { useStrings } from '../i18n/strings';
import { api, ApiError } from '../shell/api';

/** /workspace/reset/:token — a new password from a single-use link an admin or researcher issued. */
export function ResetPasswordPage() {
  const t = useStrings();
  const a = t.auth;
  const { token = '' } = useParams();
  const [password, setPassword] = useState('');
  const [state, setState] = useState<'form' | 'busy' | 'done'>('form');
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState('busy');
    setError(null);
    try {
      await api<void>(`/api/password-resets/${encodeURIComponent(token)}`, { method: 'POST', body: { password } });
      setState('done');
    } catch (caught) {
      setError(caught);
      setState('form');
    }
  };
  const gone = error instanceof ApiError && (error.status === 404 || error.status === 410);
  return (
    <section className="ws-narrow">
      <h1>{a.resetTitle}</h1>
      {state === 'done' ? (
        <>
          <p className="ws-notice" role="status">{a.resetDone}</p>
          <p><Link to="/workspace/sign-in">{a.goToSignIn}</Link></p>
        </>
      ) : (
        <form className="ws-form" onSubmit={(event) => void submit(event)}>
          <label>
            {a.newPassword}
            <input aria-describedby="password-help" type="password" required minLength={10} autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          <span className="help" id="password-help">{a.passwordHelp}</span>
          {gone ? <p className="ws-error" role="alert">{a.resetGone}</p> : <ErrorMessage error={error} />}
          <button type="submit" className="primary" disabled={state === 'busy'}>{a.resetButton}</button>
        </form>
      )}
    </section>
  );
}
