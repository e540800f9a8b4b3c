import { useScreen } from '../components/use-screen';
import { stringsFor } from '../i18n/languages';

/** Shown when the consultation cannot be loaded, in English and French (no locale chosen yet). */
export function ErrorPage(props: { reason: 'not_found' | 'closed' | 'offline' | 'error'; onRetry: () => void }) {
  const { reason, onRetry } = props;
  useScreen(`error-${reason}`);
  const canRetry = reason === 'offline' || reason === 'error';
  return (
    <main id="main" className="error-page">
      {(['en', 'fr'] as const).map((locale) => {
        const strings = stringsFor(locale);
        const text = reason === 'not_found' ? strings.errorNotFound : reason === 'closed' ? strings.errorClosed : strings.errorOffline;
        return <p key={locale} lang={locale}>{text}</p>;
      })}
      {canRetry ? <button type="button" className="primary" onClick={onRetry}>{stringsFor('en').retry} / {stringsFor('fr').retry}</button> : null}
    </main>
  );
}
