/**
 * survey-core's own words (Next, Previous, errors) for Tessera's locales, one small chunk per
 * locale in ../survey-locales/, so a respondent downloads only the language they chose.
 * English is built into survey-core and has no module. The list is written out rather than
 * globbed so the server, which renders first pages outside Vite, can load the same modules.
 */
const MODULES: Record<string, () => Promise<unknown>> = {
  ar: () => import('../survey-locales/ar'),
  es: () => import('../survey-locales/es'),
  fa: () => import('../survey-locales/fa'),
  fr: () => import('../survey-locales/fr'),
  pa: () => import('../survey-locales/pa'),
  tl: () => import('../survey-locales/tl'),
  uk: () => import('../survey-locales/uk'),
  'zh-cn': () => import('../survey-locales/zh-cn'),
};
const pending = new Map<string, Promise<void>>();
const ready = new Set<string>();

/** Starts loading a locale's words (once); resolves when survey-core knows them. */
export function loadSurveyLocale(locale: string): Promise<void> {
  const load = MODULES[locale];
  if (!load) return Promise.resolve();
  let loading = pending.get(locale);
  if (!loading) {
    loading = load().then(() => {
      ready.add(locale);
    }, (error: unknown) => {
      pending.delete(locale);
      throw error;
    });
    pending.set(locale, loading);
  }
  return loading;
}

export function isSurveyLocaleReady(locale: string): boolean {
  return ready.has(locale) || !MODULES[locale];
}
