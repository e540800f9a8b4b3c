import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { loadConsultation, takeInlinePayload, type ConsultationPayload, type LoadResult, type ResponseBody } from './api';
import { CountdownOverlay } from './components/countdown-overlay';
import { PinDialog } from './components/pin-dialog';
import { QueueStatus } from './components/queue-status';
import { SurveyPreview, readServerPreview, type FirstPagePreview } from './components/survey-preview';
import { useScreen } from './components/use-screen';
import { deliverDue } from './delivery/deliver';
import { useOutbox } from './delivery/use-outbox';
import { directionOf, htmlLangOf, nativeNameOf, stringsFor } from './i18n/languages';
import { useIdle } from './kiosk/use-idle';
import { loadSurveyPage } from './load-survey-page';
import { loadSurveyLocale } from './pages/survey-locales';
import { ConsentPage } from './pages/consent-page';
import { ErrorPage } from './pages/error-page';
import { LanguagePage } from './pages/language-page';
import { QueuePage } from './pages/queue-page';
import { ThanksPage } from './pages/thanks-page';
import { FORM_PARAMS, type Route } from './route';
import { enqueue, listOutbox } from './storage/outbox';
import { clearProgress, loadProgress, progressKey, saveProgress, type Progress } from './storage/progress';
import { newResponseId } from './uuid';
import { GlobeIcon } from './components/globe-icon';

const SurveyPage = lazy(() => loadSurveyPage().then((module) => ({ default: module.SurveyPage })));

export type RespondentRoute = Extract<Route, { kind: 'respondent' }>;
type Screen = 'language' | 'consent' | 'question' | 'thanks' | 'offline-queue' | 'kiosk-exited';

const DEFAULT_THANKS_SECONDS = 10;

/** Drawn on the server when the page was served from there; the same screens either way. */
const ON_SERVER = typeof window === 'undefined';

export function RespondentApp({ route }: { route: RespondentRoute }) {
  // A page drawn by the server carries the consultation, so the first render is the screen
  // already showing, not "loading".
  const [inline] = useState(() => takeInlinePayload(route.slug));
  const [preview] = useState(readServerPreview);
  const [result, setResult] = useState<LoadResult | null>(inline ? { ok: true, payload: inline } : null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (inline && attempt === 0) return;
    let live = true;
    setResult(null);
    void loadConsultation(route.slug).then((loaded) => live && setResult(loaded));
    return () => {
      live = false;
    };
  }, [route.slug, attempt, inline]);

  if (!result) return <Loading />;
  if (!result.ok) return <ErrorPage reason={result.reason} onRetry={() => setAttempt((n) => n + 1)} />;
  return <Respondent route={route} payload={result.payload} preview={preview} />;
}

function Loading() {
  useScreen('loading');
  return <p className="loading" role="status">{stringsFor(navigatorLocale()).loading}</p>;
}

export function Respondent({ route, payload, preview }: {
  route: RespondentRoute;
  payload: ConsultationPayload;
  preview: FirstPagePreview | null;
}) {
  const key = progressKey(route.slug, route.kiosk);
  const initial = useMemo(() => startingState(route, payload, key), [route, payload, key]);
  const [progress, setProgress] = useState<Progress | null>(initial.progress);
  const [locale, setLocale] = useState(initial.locale);
  const [screen, setScreen] = useState<Screen>(initial.screen);
  const [returnTo, setReturnTo] = useState<Screen | null>(null);
  const [queued, setQueued] = useState(false);
  const [idle, setIdle] = useState(false);
  const [pinOpen, setPinOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  const counts = useOutbox();
  const strings = stringsFor(locale);
  const kiosk = route.kiosk;

  const idleSeconds = route.timing.idleSeconds ?? payload.kiosk.idleTimeoutSeconds;
  const countdownSeconds = route.timing.countdownSeconds ?? payload.kiosk.countdownSeconds;
  const thanksSeconds = route.timing.thanksSeconds ?? DEFAULT_THANKS_SECONDS;

  useScreen(idle ? 'countdown' : screen);

  useEffect(() => {
    document.documentElement.lang = htmlLangOf(locale);
    document.documentElement.dir = screen === 'language' ? 'ltr' : directionOf(locale);
    document.title = payload.consultation.title;
  }, [locale, screen, payload]);

  useEffect(() => {
    document.body.classList.toggle('kiosk', kiosk);
  }, [kiosk]);

  // Consent given on the server-drawn page arrives in the address: keep it as progress and
  // take it out of the address, so a copied or bookmarked link starts at the beginning.
  useEffect(() => {
    if (initial.progress && route.start) saveProgress(key, initial.progress);
    const url = new URL(window.location.href);
    if (!FORM_PARAMS.some((name) => name !== 'lang' && url.searchParams.has(name))) return;
    for (const name of FORM_PARAMS) if (name !== 'lang') url.searchParams.delete(name);
    window.history.replaceState(null, '', url);
  }, [initial, route.start, key]);

  // survey-core's words for the chosen language download while the consent screen is read.
  useEffect(() => {
    if (screen !== 'language') void loadSurveyLocale(locale).catch(() => undefined);
  }, [locale, screen]);

  /** Forgets everything about the person who just left; the delivery queue stays. */
  const startOver = useCallback(() => {
    clearProgress(key);
    setProgress(null);
    setIdle(false);
    setPinOpen(false);
    setQueued(false);
    setReturnTo(null);
    setLocale(payload.locales[0] ?? 'en');
    setScreen('language');
    setGeneration((n) => n + 1);
    const clean = new URL(window.location.href);
    for (const name of FORM_PARAMS) clean.searchParams.delete(name);
    window.history.replaceState(null, '', clean);
    window.scrollTo(0, 0);
  }, [key, payload]);

  // A kiosk page brought back from the browser's back-forward cache would show the last person.
  useEffect(() => {
    if (!kiosk) return;
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) startOver();
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, [kiosk, startOver]);

  const onIdle = useCallback(() => setIdle(true), []);
  const idleWatched = kiosk && !idle && !pinOpen && (screen === 'consent' || screen === 'question' || screen === 'offline-queue' || (screen === 'language' && progress !== null));
  useIdle(idleWatched, idleSeconds * 1000, onIdle);

  const chooseLanguage = (next: string) => {
    setLocale(next);
    if (progress) {
      const updated = { ...progress, locale: next };
      setProgress(updated);
      saveProgress(key, updated);
    }
    setScreen(returnTo ?? (progress?.consented ? 'question' : 'consent'));
    setReturnTo(null);
  };

  const openLanguages = () => {
    setReturnTo(screen);
    setScreen('language');
  };

  const accept = (community: string | null) => {
    const started: Progress = {
      v: 1, locale, consented: true, community, data: {}, pageNo: 0,
      responseId: newResponseId(), submitted: false,
    };
    setProgress(started);
    saveProgress(key, started);
    setScreen('question');
  };

  const onSurveyProgress = useCallback((data: Record<string, unknown>, pageNo: number) => {
    setProgress((current) => {
      if (!current) return current;
      const updated = { ...current, data, pageNo };
      saveProgress(key, updated);
      return updated;
    });
  }, [key]);

  const onSurveyComplete = useCallback((data: Record<string, unknown>) => {
    void (async () => {
      const current = loadProgress(key) ?? progress;
      if (!current) return;
      const community = payload.community ?? current.community ?? route.community ?? soleCommunity(payload);
      const body: ResponseBody = {
        id: current.responseId, locale: current.locale, answers: data, channel: route.channel,
        ...(community ? { community } : {}),
      };
      await enqueue(route.slug, body);
      if (kiosk) {
        clearProgress(key);
        setProgress(null);
      } else {
        const submitted = { ...current, data, submitted: true };
        saveProgress(key, submitted);
        setProgress(submitted);
      }
      setQueued(true);
      setScreen('thanks');
      await deliverDue(true).catch(() => undefined);
      const still = (await listOutbox()).some((entry) => entry.id === body.id && entry.state === 'pending');
      setQueued(still);
    })();
  }, [key, progress, payload, route, kiosk]);

  // The thank-you message follows the queue: "saved on this device" turns into "received".
  useEffect(() => {
    if (screen !== 'thanks' || !queued) return;
    const id = progress?.responseId;
    if (counts.pending === 0 || (id && !loadProgress(key) && !kiosk)) setQueued(false);
  }, [counts, screen, queued, progress, key, kiosk]);

  const translationDraft = payload.translationStatus[locale] === 'draft';
  const community = payload.community ?? route.community ?? soleCommunity(payload);

  return (
    <div className={`app${kiosk ? ' kiosk' : ''}`} key={generation}>
      <header className="top-bar">
        <span className="brand" dir="ltr">Tessera</span>
        {screen === 'consent' || screen === 'question' ? (
          <button type="button" className="language-switch" onClick={openLanguages}
            aria-label={`${strings.changeLanguage}: ${nativeNameOf(locale)}`}>
            <GlobeIcon />{nativeNameOf(locale)}
          </button>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {screen === 'language' ? (
          <LanguagePage title={payload.consultation.title} locales={payload.locales}
            current={progress ? locale : null} linkParams={route.linkParams} onChoose={chooseLanguage} />
        ) : null}
        {screen === 'consent' ? (
          <ConsentPage strings={strings} title={payload.consultation.title} draft={translationDraft}
            communities={community ? null : payload.communities} locale={locale} linkParams={route.linkParams}
            onAccept={accept} />
        ) : null}
        {screen === 'question' ? <h1 className="visually-hidden">{payload.consultation.title}</h1> : null}
        {screen === 'question' && progress ? (() => {
          // Until survey-core arrives: the server-drawn first page when the respondent is on it.
          const waiting = preview && preview.locale === locale && progress.pageNo === 0 && Object.keys(progress.data).length === 0
            ? <SurveyPreview preview={preview} strings={strings} />
            : <p className="loading" role="status">{strings.loading}</p>;
          if (ON_SERVER) return waiting;
          return (
            <Suspense fallback={waiting}>
              <SurveyPage json={payload.survey} locale={locale} data={progress.data} pageNo={progress.pageNo}
                kiosk={kiosk} onProgress={onSurveyProgress} onComplete={onSurveyComplete} />
            </Suspense>
          );
        })() : null}
        {screen === 'thanks' ? (
          <ThanksPage strings={strings} queued={queued}
            restartAfterSeconds={kiosk ? thanksSeconds : null} onStartOver={kiosk ? startOver : null} />
        ) : null}
        {screen === 'offline-queue' ? (
          <QueuePage strings={strings} onBack={() => {
            setScreen(returnTo ?? 'language');
            setReturnTo(null);
          }} />
        ) : null}
        {screen === 'kiosk-exited' ? (
          <section className="thanks-page">
            <h1>{strings.kioskExited}</h1>
            <QueuePage strings={strings} onBack={null} />
            <button type="button" className="primary big" onClick={startOver}>{strings.restartKiosk}</button>
          </section>
        ) : null}
      </main>
      <footer className="bottom-bar">
        <QueueStatus counts={counts} strings={strings} onOpen={screen === 'offline-queue' || screen === 'kiosk-exited' ? undefined : () => {
          setReturnTo(screen);
          setScreen('offline-queue');
        }} />
        {kiosk && payload.kiosk.exitPin && screen !== 'kiosk-exited' ? (
          <button type="button" className="staff-exit" onClick={() => setPinOpen(true)}>{strings.staff}</button>
        ) : null}
      </footer>
      {idle ? (
        <CountdownOverlay seconds={countdownSeconds} strings={strings} onStay={() => setIdle(false)} onExpire={startOver} />
      ) : null}
      {pinOpen && payload.kiosk.exitPin ? (
        <PinDialog exitPin={payload.kiosk.exitPin} strings={strings} onCancel={() => setPinOpen(false)} onExit={() => {
          clearProgress(key);
          setProgress(null);
          setPinOpen(false);
          setScreen('kiosk-exited');
        }} />
      ) : null}
    </div>
  );
}

export type Start = { progress: Progress | null; locale: string; screen: Screen };

export function startingState(route: RespondentRoute, payload: ConsultationPayload, key: string): Start {
  const fallback = payload.locales[0] ?? 'en';
  const saved = loadProgress(key);
  if (saved && payload.locales.includes(saved.locale)) {
    if (saved.submitted) {
      if (route.kiosk) clearProgress(key);
      else return { progress: saved, locale: saved.locale, screen: 'thanks' };
    } else {
      return { progress: saved, locale: saved.locale, screen: saved.consented ? 'question' : 'consent' };
    }
  }
  if (route.lang && payload.locales.includes(route.lang)) {
    if (!route.start) return { progress: null, locale: route.lang, screen: 'consent' };
    const community = route.start.community && payload.communities.includes(route.start.community) ? route.start.community : null;
    const needsCommunity = !(payload.community ?? route.community) && payload.communities.length > 1;
    if (needsCommunity && !community) return { progress: null, locale: route.lang, screen: 'consent' };
    const started: Progress = {
      v: 1, locale: route.lang, consented: true, community, data: {}, pageNo: 0,
      responseId: newResponseId(), submitted: false,
    };
    return { progress: started, locale: route.lang, screen: 'question' };
  }
  return { progress: null, locale: fallback, screen: 'language' };
}

function soleCommunity(payload: ConsultationPayload): string | null {
  return payload.communities.length === 1 ? (payload.communities[0] ?? null) : null;
}

function navigatorLocale(): string {
  return (navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
