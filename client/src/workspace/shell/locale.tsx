import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from './api';
import { useSessionState } from './session';
import type { Locale, Session } from './types';

const STORAGE_KEY = 'tessera-workspace-locale';

type LocaleState = { locale: Locale; setLocale(locale: Locale): void };

const LocaleContext = createContext<LocaleState | null>(null);

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' || value === 'fr' ? value : null;
  } catch {
    return null;
  }
}

// A choice made while signed out is kept for this tab until the next sign-in, so that it
// survives the page loads between choosing a language and signing in.
const PICKED_KEY = 'tessera-workspace-locale-picked';

function pickedWhileSignedOut(): Locale | null {
  try {
    const value = sessionStorage.getItem(PICKED_KEY);
    return value === 'en' || value === 'fr' ? value : null;
  } catch {
    return null;
  }
}

function rememberPick(locale: Locale | null): void {
  try {
    if (locale) sessionStorage.setItem(PICKED_KEY, locale);
    else sessionStorage.removeItem(PICKED_KEY);
  } catch {
    // Storage refused: the choice still holds until the page is left.
  }
}

function browserLocale(): Locale {
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice still holds for this page.
  }
}

/**
 * The language the workspace will most likely show, known before the session arrives: the one
 * this browser used last (the signed-in person's, kept below), else the browser's. Route loaders
 * that ask the API for text in one language start with it; a wrong guess costs one more request.
 */
export function likelyLocale(): Locale {
  return storedLocale() ?? browserLocale();
}

/**
 * The workspace language: before sign-in, the choice kept in this browser (or the browser's
 * language); once signed in, the person's own, which the server remembers for every device.
 * Choosing a language on the sign-in page and then signing in makes that choice the person's.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { session, setSession } = useSessionState();
  const [locale, setLocaleState] = useState<Locale>(likelyLocale);
  useEffect(() => {
    if (!session) return;
    // A language picked on the sign-in page is what the person wants: it becomes theirs.
    const picked = pickedWhileSignedOut();
    rememberPick(null);
    if (picked && picked !== session.user.locale) {
      setLocaleState(picked);
      api<Session>('/api/auth/session', { method: 'PATCH', body: { locale: picked } })
        .then(setSession)
        .catch((error: unknown) => console.warn('The language choice was not saved', error));
      return;
    }
    setLocaleState(session.user.locale);
    storeLocale(session.user.locale);
  }, [session, setSession]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    storeLocale(next);
    if (!session) rememberPick(next);
    else if (session.user.locale !== next) {
      api<Session>('/api/auth/session', { method: 'PATCH', body: { locale: next } })
        .then(setSession)
        .catch((error: unknown) => console.warn('The language choice was not saved', error));
    }
  }, [session, setSession]);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale is used outside LocaleProvider');
  return state;
}
