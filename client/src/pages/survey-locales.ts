/**
 * survey-core's own words (Next, Previous, errors) for Tessera's locales, one small chunk per
 * locale in ../survey-locales/, so a respondent downloads only the language they chose.
 * English is built into survey-core and has no module.
 */
const MODULES = import.meta.glob('../survey-locales/*.ts');
const pending = new Map<string, Promise<void>>();
const ready = new Set<string>();

/** Starts loading a locale's words (once); resolves when survey-core knows them. */
export function loadSurveyLocale(locale: string): Promise<void> {
  const load = MODULES[`../survey-locales/${locale}.ts`];
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
  return ready.has(locale) || !MODULES[`../survey-locales/${locale}.ts`];
}
