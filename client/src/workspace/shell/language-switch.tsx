import { useStrings } from '../i18n/strings';
import { useLocale } from './locale';
import type { Locale } from './types';

const LOCALES: Locale[] = ['en', 'fr'];

/** Two buttons, each named in its own language; the pressed one is the language in use. */
export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const t = useStrings();
  return (
    <div className="language-switch" role="group" aria-label={t.common.language}>
      {LOCALES.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={code === locale} onClick={() => setLocale(code)}>
          {t.common.languageNames[code]}
        </button>
      ))}
    </div>
  );
}
