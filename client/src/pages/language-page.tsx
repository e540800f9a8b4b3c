import { LinkParams } from '../components/link-params';
import { LANGUAGES, directionOf, htmlLangOf, nativeNameOf, stringsFor } from '../i18n/languages';

/** The first screen: every language the consultation offers, each named in itself. */
export function LanguagePage(props: {
  title: string;
  locales: string[];
  current: string | null;
  linkParams: [string, string][];
  onChoose(locale: string): void;
}) {
  const { title, locales, current, linkParams, onChoose } = props;
  const known = LANGUAGES.map((language) => language.code);
  const ordered = [...locales].sort((a, b) => rank(known, a) - rank(known, b));
  return (
    <section className="language-page" aria-labelledby="language-title">
      <h1 id="language-title">
        {ordered.slice(0, 2).map((locale, index) => (
          <span key={locale} lang={htmlLangOf(locale)} dir={directionOf(locale)} className={index ? 'second' : undefined}>
            {stringsFor(locale).chooseLanguage}
          </span>
        ))}
      </h1>
      <p className="consultation-title">{title}</p>
      <form method="get">
        <LinkParams params={linkParams} />
        <ul className="language-list">
          {ordered.map((locale) => (
            <li key={locale}>
              <button type="submit" name="lang" value={locale} className="language-button" lang={htmlLangOf(locale)}
                dir={directionOf(locale)} aria-current={current === locale ? 'true' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  onChoose(locale);
                }}>
                {nativeNameOf(locale)}
              </button>
            </li>
          ))}
        </ul>
      </form>
    </section>
  );
}

function rank(known: string[], locale: string): number {
  const index = known.indexOf(locale);
  return index === -1 ? known.length : index;
}
