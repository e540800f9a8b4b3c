import { useEffect, useRef, type ReactNode } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { analysisNav } from '../analysis/routes';
import { useStrings } from '../i18n/strings';
import { LanguageSwitch } from './language-switch';
import { useLocale } from './locale';
import { useSessionState } from './session';

/** After a client-side navigation, focus moves to the new screen's heading, as a page load would. */
function useFocusOnNavigate() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [location.pathname]);
}

function Frame({ nav, children }: { nav?: ReactNode; children: ReactNode }) {
  const t = useStrings();
  useFocusOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main">{t.common.skipToContent}</a>
      <header className="ws-header">
        <p className="ws-brand"><a href="/workspace">{t.common.appName}</a></p>
        {nav}
        <LanguageSwitch />
      </header>
      <main id="main" className="ws-main" tabIndex={-1}>{children}</main>
    </>
  );
}

/** Screens anyone may open: sign-in, accepting an invitation, resetting a password. */
export function PublicLayout() {
  return (
    <Frame>
      <Outlet />
    </Frame>
  );
}

function MainNav() {
  const t = useStrings();
  const { locale } = useLocale();
  const { session, signOut } = useSessionState();
  const navigate = useNavigate();
  if (!session) return null;
  const leave = async (everywhere: boolean) => {
    await signOut(everywhere).catch(() => undefined);
    navigate('/workspace/sign-in');
  };
  return (
    <>
      <nav className="ws-nav" aria-label={t.common.mainNav}>
        <ul>
          <li><NavLink to="/workspace/consultations">{t.common.nav.consultations}</NavLink></li>
          <li><NavLink to="/workspace/questionnaires">{t.common.nav.questionnaires}</NavLink></li>
          {analysisNav.map((item) => (
            <li key={item.to}><NavLink to={item.to}>{item.label[locale]}</NavLink></li>
          ))}
          <li><NavLink to="/workspace/partnerships">{t.common.nav.partnerships}</NavLink></li>
          {(session.isAdmin || session.memberships.some((m) => m.role === 'admin')) && (
            <li><NavLink to="/workspace/tokens">{t.common.nav.tokens}</NavLink></li>
          )}
          {session.isAdmin && <li><NavLink to="/workspace/people">{t.common.nav.people}</NavLink></li>}
        </ul>
      </nav>
      <div className="ws-account">
        <span>{t.common.signedInAs(session.user.name || session.user.email)}</span>
        <button type="button" onClick={() => void leave(false)}>{t.common.signOut}</button>
        <button type="button" onClick={() => void leave(true)} title={t.common.signOutEverywhereHelp}>{t.common.signOutEverywhere}</button>
      </div>
    </>
  );
}

/** Every screen behind sign-in; without a session it sends the person to sign in, then back. */
export function SignedInLayout() {
  const { session } = useSessionState();
  const location = useLocation();
  const t = useStrings();
  if (session === undefined) return <p className="ws-loading" role="status">{t.common.loading}</p>;
  if (session === null) {
    const next = location.pathname + location.search;
    return <Navigate to={`/workspace/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <Frame nav={<MainNav />}>
      <Outlet />
    </Frame>
  );
}
