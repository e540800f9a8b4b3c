import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken, setUnauthorizedHandler } from './api';
import type { Role, Session } from './types';

export type { Session } from './types';

type SessionState = {
  /** undefined while the first GET /api/auth/session is under way; null when signed out. */
  session: Session | null | undefined;
  /** After sign-in, accepting an invitation or changing the language: the server's new Session. */
  setSession(session: Session | null): void;
  signOut(everywhere?: boolean): Promise<void>;
};

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSessionState] = useState<Session | null | undefined>(undefined);
  const queryClient = useQueryClient();

  const setSession = useCallback((next: Session | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    // Another person's cached lists must not survive a change of who is signed in.
    if (!next) queryClient.clear();
    setSessionState(next);
  }, [queryClient]);

  useEffect(() => {
    let cancelled = false;
    api<Session>('/api/auth/session')
      .then((value) => { if (!cancelled) setSession(value); })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (!(error instanceof ApiError) || error.status !== 401) console.warn('Could not read the session', error);
        setSession(null);
      });
    return () => { cancelled = true; };
  }, [setSession]);

  useEffect(() => {
    setUnauthorizedHandler(() => setSession(null));
    return () => setUnauthorizedHandler(null);
  }, [setSession]);

  const signOut = useCallback(async (everywhere = false) => {
    await api<void>(everywhere ? '/api/auth/sign-out-everywhere' : '/api/auth/sign-out', { method: 'POST' });
    setSession(null);
  }, [setSession]);

  const value = useMemo(() => ({ session, setSession, signOut }), [session, setSession, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSessionState is used outside SessionProvider');
  return state;
}

/** The signed-in person's Session; only for screens behind sign-in (the layout guarantees one). */
export function useSession(): Session {
  const { session } = useSessionState();
  if (!session) throw new Error('useSession is used on a screen that does not require sign-in');
  return session;
}

/** The role the person holds in a partnership (admins hold every role everywhere). */
export function roleIn(session: Session, partnershipId: string): Role | null {
  if (session.isAdmin) return 'admin';
  return session.memberships.find((m) => m.partnershipId === partnershipId)?.role ?? null;
}

/** Raw answers and exports: admins and the partnership's admins and researchers, never viewers. */
export function canReadRaw(session: Session, partnershipId: string): boolean {
  const role = roleIn(session, partnershipId);
  return role === 'admin' || role === 'researcher';
}

export const canWrite = canReadRaw;
